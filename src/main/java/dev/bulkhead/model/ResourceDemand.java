package dev.bulkhead.model;

/**
 * What a tenant's own workloads need in one environment: CPU in vCPU, memory and storage in GiB, and
 * the number of pods. Sandboxes of the tenant's agents are counted separately.
 */
public record ResourceDemand(double cpu, double memoryGiB, int pods, double storageGiB) {
    /** No demand at all. */
    public static final ResourceDemand NONE = new ResourceDemand(0, 0, 0, 0);

    public ResourceDemand {
        Checks.nonNegative("CPU (vCPU)", cpu);
        Checks.nonNegative("memory (GiB)", memoryGiB);
        Checks.inRange("pods", pods, 0, 1_000_000);
        Checks.nonNegative("storage (GiB)", storageGiB);
    }
}
