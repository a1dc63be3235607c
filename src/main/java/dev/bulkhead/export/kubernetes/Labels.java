package dev.bulkhead.export.kubernetes;

/** Label and annotation keys Bulkhead puts on, or selects in, what it exports. */
final class Labels {
    static final String TENANT = "bulkhead.dev/tenant";
    static final String ENVIRONMENT = "bulkhead.dev/environment";
    static final String TENANCY = "bulkhead.dev/tenancy";
    static final String AGENT = "bulkhead.dev/agent";
    /** On agent sandbox pods: the trust level of the code the agent runs. */
    static final String TRUST = "bulkhead.dev/trust";
    /**
     * On tenant namespaces whose pods must run in a sandbox: {@code all} (every pod), {@code synced} (every pod a
     * vCluster syncs, not its control plane) or {@code untrusted-agents} (pods labelled as untrusted agents).
     */
    static final String SANDBOXED = "bulkhead.dev/sandboxed";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";
    static final String DESTINATION = "bulkhead.dev/destination";
    static final String MAX_CONCURRENT = "bulkhead.dev/max-concurrent-sandboxes";

    /** vCluster's syncer marks each pod it syncs with the vCluster's name (loft-sh/vcluster pkg/util/translate). */
    static final String VCLUSTER_MANAGED_BY = "vcluster.loft.sh/managed-by";
    /** ... and with the pod's namespace inside the vCluster. */
    static final String VCLUSTER_NAMESPACE = "vcluster.loft.sh/namespace";
    /** The chart labels its control-plane (and deployed etcd) pods {@code release: NAME}; synced pods cannot carry it. */
    static final String VCLUSTER_RELEASE = "release";

    private Labels() {
    }
}
