package dev.bulkhead.analysis;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The control plane one tenant's vCluster runs: a sizing profile, its replicas, and why it was chosen (written
 * when first asked for: the cost model asks for the size of every vCluster tenant many times, the reason rarely).
 */
public final class VClusterControlPlane {
    /**
     * Several replicas need a backing store they share; without vCluster Platform that is a deployed etcd (the
     * open-source default the export writes): an odd member count keeps quorum through one loss.
     */
    public static final int HA_ETCD_MEMBERS = 3;
    /** A deployed etcd member's requests: the chart's defaults, 20m CPU and 150Mi (chart/values.yaml, v0.36.1). */
    public static final Resources ETCD_MEMBER = new Resources(0.02, 150 / 1024.0, 1);

    private final String profile;
    private final int replicas;
    private final Resources perReplica;
    private final Supplier<String> because;
    private volatile String reason;

    VClusterControlPlane(String profile, int replicas, Resources perReplica, Supplier<String> because) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.replicas = replicas;
        this.perReplica = Objects.requireNonNull(perReplica, "perReplica");
        this.because = Objects.requireNonNull(because, "because");
    }

    /** The profile's name: {@code chart defaults} or the vCluster docs' {@code P1} to {@code P3}. */
    public String profile() {
        return profile;
    }

    /** Control-plane replicas. */
    public int replicas() {
        return replicas;
    }

    /** Requests of one replica (one pod). */
    public Resources perReplica() {
        return perReplica;
    }

    /** Requests of every replica together, with the deployed etcd that several replicas share. */
    public Resources total() {
        return perReplica.times(replicas).plus(etcd());
    }

    /** The deployed etcd of a highly available control plane, or nothing for a single replica. */
    public Resources etcd() {
        return replicas > 1 ? ETCD_MEMBER.times(HA_ETCD_MEMBERS) : Resources.NONE;
    }

    /** Why this profile and this many replicas, citing the sizing guidance. */
    public String reason() {
        String text = reason;
        if (text == null) {
            text = because.get();
            reason = text;
        }
        return text;
    }

    /** For example {@code P1 × 3 replicas (1 vCPU / 2 GiB each)}. */
    public String describe() {
        return describe(profile, replicas, perReplica);
    }

    /** The profile with why it was chosen, for explanations. */
    public String explain() {
        return describe() + ": " + reason();
    }

    static String describe(String profile, int replicas, Resources perReplica) {
        return profile + " × " + replicas + (replicas == 1 ? " replica (" : " replicas (") + Money.number(perReplica.cpu())
                + " vCPU / " + Money.number(perReplica.memoryGiB()) + " GiB" + (replicas == 1 ? ")"
                : " each, with a deployed etcd of " + HA_ETCD_MEMBERS + " members at 20m / 150Mi each)");
    }
}
