package dev.bulkhead.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.Collections;

/**
 * A Kubernetes cluster in an environment. Its node pools are {@link NodePool} elements inside it.
 *
 * @param sandboxRuntimes the runtimes its nodes offer; runc is always among them
 * @param networkPolicyDefaultDeny whether tenant namespaces get a default-deny NetworkPolicy (and vClusters
 *                                 their network policies enabled)
 * @param addressRange    the CIDR block other clusters see this cluster's pods come from and can reach them
 *                        at (its pod range, or its egress NAT range), or null when unknown: a NetworkPolicy in
 *                        another cluster can then name this cluster's tenants only by this range
 */
public record Cluster(ElementId id, String name, ElementId environment, Provider provider, String region,
                      SupportTier supportTier, Set<SandboxRuntime> sandboxRuntimes,
                      boolean networkPolicyDefaultDeny, String addressRange) implements ContainedElement {
    public Cluster {
        Objects.requireNonNull(id, "id");
        Checks.name("cluster name", name);
        ContainedElement.requireParent(environment, ElementKind.CLUSTER);
        Objects.requireNonNull(provider, "provider");
        Checks.name("region", region);
        Objects.requireNonNull(supportTier, "support tier");
        EnumSet<SandboxRuntime> runtimes = EnumSet.of(SandboxRuntime.RUNC);
        runtimes.addAll(sandboxRuntimes);
        sandboxRuntimes = Collections.unmodifiableSet(runtimes);
        Cidr.optional("address range", addressRange);
    }

    /** A cluster whose address range is unknown. */
    public Cluster(ElementId id, String name, ElementId environment, Provider provider, String region,
                   SupportTier supportTier, Set<SandboxRuntime> sandboxRuntimes, boolean networkPolicyDefaultDeny) {
        this(id, name, environment, provider, region, supportTier, sandboxRuntimes, networkPolicyDefaultDeny, null);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.CLUSTER;
    }

    @Override
    public ElementId parentId() {
        return environment;
    }

    @Override
    public Cluster withName(String newName) {
        return new Cluster(id, newName, environment, provider, region, supportTier, sandboxRuntimes,
                networkPolicyDefaultDeny, addressRange);
    }

    @Override
    public Cluster withParent(ElementId newEnvironment) {
        return new Cluster(id, name, newEnvironment, provider, region, supportTier, sandboxRuntimes,
                networkPolicyDefaultDeny, addressRange);
    }

    /** A copy that also offers the given runtime. */
    public Cluster withRuntime(SandboxRuntime runtime) {
        EnumSet<SandboxRuntime> runtimes = EnumSet.copyOf(sandboxRuntimes);
        runtimes.add(runtime);
        return new Cluster(id, name, environment, provider, region, supportTier, runtimes, networkPolicyDefaultDeny,
                addressRange);
    }

    /** A copy with another address range (null when unknown). */
    public Cluster withAddressRange(String range) {
        return new Cluster(id, name, environment, provider, region, supportTier, sandboxRuntimes, networkPolicyDefaultDeny,
                range);
    }

    /** A copy with another provider. */
    public Cluster withProvider(Provider newProvider) {
        return new Cluster(id, name, environment, newProvider, region, supportTier, sandboxRuntimes, networkPolicyDefaultDeny,
                addressRange);
    }

    /** A copy with another region. */
    public Cluster withRegion(String newRegion) {
        return new Cluster(id, name, environment, provider, newRegion, supportTier, sandboxRuntimes, networkPolicyDefaultDeny,
                addressRange);
    }

    /** A copy with another support tier. */
    public Cluster withSupportTier(SupportTier newSupportTier) {
        return new Cluster(id, name, environment, provider, region, newSupportTier, sandboxRuntimes, networkPolicyDefaultDeny,
                addressRange);
    }

    /** A copy with other sandbox runtimes (runc is always kept). */
    public Cluster withSandboxRuntimes(Set<SandboxRuntime> newSandboxRuntimes) {
        return new Cluster(id, name, environment, provider, region, supportTier, newSandboxRuntimes, networkPolicyDefaultDeny,
                addressRange);
    }

    /** A copy with default-deny network policies on or off. */
    public Cluster withNetworkPolicyDefaultDeny(boolean newNetworkPolicyDefaultDeny) {
        return new Cluster(id, name, environment, provider, region, supportTier, sandboxRuntimes, newNetworkPolicyDefaultDeny,
                addressRange);
    }
}
