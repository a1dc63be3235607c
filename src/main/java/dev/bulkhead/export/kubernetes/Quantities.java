package dev.bulkhead.export.kubernetes;

/** Kubernetes quantities as exports write them: whole millicores and mebibytes, never below a floor. */
final class Quantities {
    /** The least CPU written, in cores: 10m. */
    static final double LEAST_CPU = 0.01;
    /** The least memory written, in GiB: 16Mi. */
    static final double LEAST_MEMORY_GIB = 16 / 1024.0;

    private Quantities() {
    }

    /** CPU in millicores, at least {@link #LEAST_CPU}. */
    static String millis(double cpu) {
        return Math.round(Math.max(LEAST_CPU, cpu) * 1000) + "m";
    }

    /** Memory in mebibytes, at least {@link #LEAST_MEMORY_GIB}. */
    static String mebibytes(double gib) {
        return Math.round(Math.max(LEAST_MEMORY_GIB, gib) * 1024) + "Mi";
    }
}
