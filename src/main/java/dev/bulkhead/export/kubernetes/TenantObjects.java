package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kubernetes objects of each tenant's namespace on its cluster, built once for every exporter: the
 * Kubernetes export writes them as YAML and the Terraform export as {@code kubernetes_*_v1} resources, so both
 * describe the same namespaces, quotas, policies and bindings by construction.
 */
public final class TenantObjects {
    private final Analysis analysis;
    private final Model model;
    private final VClusterEdition edition;
    private final Peers peers;
    private final List<String> unwritten = new ArrayList<>();

    public TenantObjects(PlacementPlan plan, ExportSettings settings) {
        this.analysis = plan.analysis();
        this.model = analysis.model();
        this.edition = settings.edition();
        this.peers = new Peers(plan, settings.edition());
    }

    /**
     * A tenant's namespace on its cluster: for a namespace or dedicated placement, the namespace it works in;
     * for a vCluster, its host namespace (guard-rails sized for the control plane too).
     *
     * @param guardRails the namespace, quota, limit range, default service account, role and binding
     * @param policies   its NetworkPolicies
     */
    public record Namespace(List<HasMetadata> guardRails, List<NetworkPolicy> policies) {
    }

    /** The namespace of a tenant as the Kubernetes export writes it. */
    public Namespace namespaceOf(TenantPlan tenant) {
        return tenant.placement().option() == TenancyOption.VCLUSTER ? vclusterHost(tenant) : ownNamespace(tenant);
    }

    /** The values file of a vCluster tenant's Helm release, as YAML (the same bytes in every export). */
    public String vclusterValues(TenantPlan tenant) {
        String forced = VClusterValues.forcedRuntime(tenant).map(r -> RuntimeClasses.nameOf(r, tenant.cluster().provider()))
                .orElse(null);
        return Yaml.of(VClusterValues.of(tenant, analysis.pricing().assumptions(), edition, forced));
    }

    /** The RuntimeClasses a cluster needs for these tenants' sandboxes (none for what the provider installs). */
    public List<RuntimeClass> runtimeClasses(Collection<TenantPlan> tenants, Provider provider, List<NodePool> pools) {
        Set<SandboxRuntime> runtimes = new TreeSet<>();
        tenants.forEach(t -> runtimes.addAll(runtimesOf(t)));
        return RuntimeClasses.of(runtimes, provider, analysis.pricing().assumptions(), pools);
    }

    /** Whether a node pool's labels say it runs this sandbox runtime (the pool RuntimeClasses schedule onto). */
    public static boolean poolRuns(NodePool pool, SandboxRuntime runtime, Provider provider) {
        return RuntimeClasses.runsOn(pool, runtime, provider);
    }

    /** A taint as the model writes it ({@code key=value:Effect} or {@code key:Effect}), parsed; the effect defaults to NoSchedule. */
    public static io.fabric8.kubernetes.api.model.Toleration taint(String taint) {
        return RuntimeClasses.toleration(taint);
    }

    /** Modelled connections no NetworkPolicy could express, gathered over every namespace built so far. */
    public List<String> unwritten() {
        return unwritten;
    }

    Namespace ownNamespace(TenantPlan tenant) {
        String namespace = tenant.namespace();
        TenancyOption tenancy = tenant.placement().option();
        Map<String, String> labels = GuardRails.labels(tenant, tenancy);
        boolean pinned = tenant.placement() == Placement.NAMESPACE_DEDICATED_NODES;
        OwnNodes nodes = pinned ? OwnNodes.of(tenant) : null;
        List<HasMetadata> guardRails = GuardRails.of(tenant, namespace, tenancy, null, Footprint.NONE,
                sandboxLabel(tenant, "all"), pinned ? NamespaceDefaults.annotations(tenant.cluster().provider(), nodes) : Map.of());
        return new Namespace(guardRails, policies(tenant, namespace, TenantPods.of(tenant), TenantNetworkPolicies.clusterDns(),
                53, labels));
    }

    Namespace vclusterHost(TenantPlan tenant) {
        String namespace = tenant.namespace();
        Map<String, String> labels = GuardRails.labels(tenant, TenancyOption.VCLUSTER);
        Footprint controlPlane = VClusterFootprint.of(tenant, analysis.pricing().assumptions(), edition).total();
        List<HasMetadata> guardRails = GuardRails.of(tenant, namespace, TenancyOption.VCLUSTER, tenant.release(),
                controlPlane, sandboxLabel(tenant, "synced"), Map.of());
        List<NetworkPolicy> hostPolicies = new ArrayList<>();
        if (!VClusterValues.privateNodes(tenant, edition)) {
            hostPolicies.addAll(policies(tenant, namespace, TenantPods.of(tenant), new NetworkPolicyPeerBuilder()
                    .withPodSelector(VClusterHostPolicies.coreDns(tenant.release())).build(),
                    VClusterHostPolicies.DNS_PORT, labels));
        } else {
            hostPolicies.add(DefaultDeny.of(namespace, labels));
        }
        hostPolicies.addAll(VClusterHostPolicies.of(tenant, namespace, labels, edition));
        return new Namespace(guardRails, hostPolicies);
    }

    List<NetworkPolicy> policies(TenantPlan tenant, String namespace, TenantPods pods, NetworkPolicyPeer dns, int dnsPort,
                                 Map<String, String> labels) {
        TenantNetworkPolicies builder = new TenantNetworkPolicies(tenant, namespace, pods, peers, dns,
                TenantNetworkPolicies.dnsPorts(dnsPort), labels);
        List<NetworkPolicy> policies = builder.build(connectionsOf(tenant));
        unwritten.addAll(builder.unwritten());
        return policies;
    }

    /** The namespace label that makes admission require sandboxes, when the tenant needs them. */
    private static Map<String, String> sandboxLabel(TenantPlan tenant, String whenUntrustedCode) {
        if (tenant.runsUntrustedCode()) {
            return Map.of(Labels.SANDBOXED, whenUntrustedCode);
        }
        return tenant.hasUntrustedAgents() ? Map.of(Labels.SANDBOXED, "untrusted-agents") : Map.of();
    }

    /** Connections with an end at the tenant or one of its agents, in id order. */
    private List<Connection> connectionsOf(TenantPlan tenant) {
        Set<Connection> connections = new TreeSet<>(Comparator.comparing(Connection::id));
        connections.addAll(model.connectionsOf(tenant.tenant().id()));
        tenant.agents().forEach(agent -> connections.addAll(model.connectionsOf(agent.id())));
        return new ArrayList<>(connections);
    }

    /** The sandbox runtimes the tenant's pods use: its agents', and the one forced on a tenant that runs untrusted code. */
    private static Set<SandboxRuntime> runtimesOf(TenantPlan tenant) {
        Set<SandboxRuntime> runtimes = new TreeSet<>();
        tenant.agents().forEach(agent -> runtimes.add(agent.runtime()));
        if (tenant.placement().option() == TenancyOption.VCLUSTER) {
            VClusterValues.forcedRuntime(tenant).ifPresent(runtimes::add);
        }
        return runtimes;
    }
}
