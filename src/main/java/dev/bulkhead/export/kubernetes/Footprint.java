package dev.bulkhead.export.kubernetes;

/**
 * What a set of pods may request and use in a namespace, as a ResourceQuota counts it.
 *
 * @param cpuRequest        vCPU requested
 * @param memoryRequestGiB  memory requested
 * @param cpuLimit          vCPU limit
 * @param memoryLimitGiB    memory limit
 * @param scratchRequestGiB ephemeral storage requested
 * @param scratchLimitGiB   ephemeral storage limit
 * @param pods              pods
 * @param storageGiB        persistent volume claims' storage
 */
record Footprint(double cpuRequest, double memoryRequestGiB, double cpuLimit, double memoryLimitGiB,
                 double scratchRequestGiB, double scratchLimitGiB, int pods, double storageGiB) {
    static final Footprint NONE = new Footprint(0, 0, 0, 0, 0, 0, 0, 0);

    Footprint plus(Footprint other) {
        return new Footprint(cpuRequest + other.cpuRequest, memoryRequestGiB + other.memoryRequestGiB,
                cpuLimit + other.cpuLimit, memoryLimitGiB + other.memoryLimitGiB,
                scratchRequestGiB + other.scratchRequestGiB, scratchLimitGiB + other.scratchLimitGiB,
                pods + other.pods, storageGiB + other.storageGiB);
    }

    Footprint times(int count) {
        return new Footprint(cpuRequest * count, memoryRequestGiB * count, cpuLimit * count, memoryLimitGiB * count,
                scratchRequestGiB * count, scratchLimitGiB * count, pods * count, storageGiB * count);
    }
}
