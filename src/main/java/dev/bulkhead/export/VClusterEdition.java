package dev.bulkhead.export;

/**
 * Which vCluster an export may rely on. The open-source chart runs without a licence; vCluster Platform adds
 * features the open-source build refuses to start without a licence key (in the pinned v0.36 line: embedded
 * etcd and private nodes, see loft-sh/vcluster {@code pkg/pro}).
 */
public enum VClusterEdition {
    /** The open-source chart alone: deployed etcd for high availability, host nodes pinned by labels. */
    OPEN_SOURCE,
    /** vCluster Platform (licensed): embedded etcd and private nodes. */
    PLATFORM
}
