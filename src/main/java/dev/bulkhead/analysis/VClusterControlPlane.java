package dev.bulkhead.analysis;

/**
 * The control plane one tenant's vCluster runs: a sizing profile, its replicas, and why it was chosen.
 *
 * @param profile    the profile's name: {@code chart defaults} or the vCluster docs' {@code P1} to {@code P3}
 * @param replicas   control-plane replicas
 * @param perReplica requests of one replica (one pod each)
 * @param reason     why this profile and this many replicas, citing the sizing guidance
 */
public record VClusterControlPlane(String profile, int replicas, Resources perReplica, String reason) {
    /** Requests of every replica together. */
    public Resources total() {
        return perReplica.times(replicas);
    }

    /** For example {@code P1 × 3 replicas (1 vCPU / 2 GiB each)}. */
    public String describe() {
        return profile + " × " + replicas + (replicas == 1 ? " replica (" : " replicas (") + Money.number(perReplica.cpu())
                + " vCPU / " + Money.number(perReplica.memoryGiB()) + " GiB" + (replicas == 1 ? ")" : " each)");
    }

    /** The profile with why it was chosen, for explanations. */
    public String explain() {
        return describe() + ": " + reason;
    }
}
