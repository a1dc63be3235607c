package dev.bulkhead.model;

/**
 * What a tenant's own workloads need in one environment: CPU in vCPU, memory and storage in GiB, and
 * the number of pods. Sandboxes of the tenant's agents are counted separately.
 */
public record ResourceDemand(double cpu, double memoryGiB, int pods, double storageGiB) {
    /** No demand at all. */
    public static final ResourceDemand NONE = new ResourceDemand(0, 0, 0, 0);

    public ResourceDemand {
        ValueRanges.TENANT_CPU.check(cpu);
        ValueRanges.TENANT_MEMORY.check(memoryGiB);
        ValueRanges.TENANT_PODS.check(pods);
        ValueRanges.TENANT_STORAGE.check(storageGiB);
    }

    /** A copy with another CPU demand. */
    public ResourceDemand withCpu(double newCpu) {
        return new ResourceDemand(newCpu, memoryGiB, pods, storageGiB);
    }

    /** A copy with another memory size. */
    public ResourceDemand withMemoryGiB(double newMemoryGiB) {
        return new ResourceDemand(cpu, newMemoryGiB, pods, storageGiB);
    }

    /** A copy with another pod count. */
    public ResourceDemand withPods(int newPods) {
        return new ResourceDemand(cpu, memoryGiB, newPods, storageGiB);
    }

    /** A copy with another storage demand. */
    public ResourceDemand withStorageGiB(double newStorageGiB) {
        return new ResourceDemand(cpu, memoryGiB, pods, newStorageGiB);
    }
}
