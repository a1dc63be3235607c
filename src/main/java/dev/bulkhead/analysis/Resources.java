package dev.bulkhead.analysis;

/** Requested resources: vCPU, memory in GiB and pods. */
public record Resources(double cpu, double memoryGiB, int pods) {
    /** Nothing. */
    public static final Resources NONE = new Resources(0, 0, 0);

    /** The sum of both; a pod count beyond an int's range stays at its largest value instead of wrapping. */
    public Resources plus(Resources other) {
        return new Resources(cpu + other.cpu, memoryGiB + other.memoryGiB, saturated((long) pods + other.pods));
    }

    /** These resources less {@code other} (the caller takes away only a part of them). */
    public Resources minus(Resources other) {
        return new Resources(cpu - other.cpu, memoryGiB - other.memoryGiB, saturated((long) pods - other.pods));
    }

    /** These resources {@code times} times (pod counts saturate as in {@link #plus}). */
    public Resources times(int times) {
        return new Resources(cpu * times, memoryGiB * times, saturated((long) pods * times));
    }

    private static int saturated(long pods) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, pods));
    }

    /** The amount of one resource. */
    public double of(Resource resource) {
        return switch (resource) {
            case CPU -> cpu;
            case MEMORY -> memoryGiB;
            case PODS -> pods;
        };
    }

    /** Whether nothing is requested. */
    public boolean isEmpty() {
        return cpu == 0 && memoryGiB == 0 && pods == 0;
    }

    /** One kind of schedulable resource. */
    public enum Resource {
        CPU("vCPU"), MEMORY("GiB memory"), PODS("pods");

        private final String unit;

        Resource(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }
}
