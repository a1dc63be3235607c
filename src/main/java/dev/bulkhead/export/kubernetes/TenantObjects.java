package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Kubernetes objects of each tenant's namespace on its cluster, built once for every exporter: the
 * Kubernetes export writes them as YAML and the Terraform export as {@code kubernetes_*_v1} resources, so both
 * describe the same namespaces, quotas, policies and bindings by construction. Also what the namespaces imply
 * for their cluster (RuntimeClasses) and a vCluster tenant's values file, with the notes and unwritten
 * connections gathered while building them.
 */
public final class TenantObjects {
    private final Analysis analysis;
    private final Model model;
    private final ExportSettings settings;
    private final Peers peers;
    private final List<UnwrittenConnection> unwritten = new ArrayList<>();
    private final List<HostEgress> widened = new ArrayList<>();
    /** One note per cluster whose nodes are smaller than a control-plane profile, naming its tenants. */
    private final Map<String, String> fittedControlPlanes = new TreeMap<>();
    /** Each vCluster tenant's footprint, worked out once for its quota and its values file. */
    private final Map<ElementId, VClusterFootprint> footprints = new HashMap<>();
    /** Each distinct vCluster values file's YAML. */
    private final Map<Map<String, Object>, String> valuesYaml = new HashMap<>();

    public TenantObjects(PlacementPlan plan, ExportSettings settings) {
        this.analysis = plan.analysis();
        this.model = analysis.model();
        this.settings = settings;
        this.peers = new Peers(plan, settings.edition());
    }

    /**
     * A tenant's namespace on its cluster: for a namespace or dedicated placement, the namespace it works in;
     * for a vCluster, its host namespace (guard-rails sized for the control plane too).
     *
     * @param guardRails     the namespace, quota, limit range, default service account, role and binding
     * @param policies       its NetworkPolicies
     * @param ciliumPolicies the CiliumNetworkPolicies that name its hosts (empty unless the Cilium flavour is chosen)
     */
    public record Namespace(List<HasMetadata> guardRails, List<NetworkPolicy> policies, List<HasMetadata> ciliumPolicies) {
    }

    /** The namespace of a tenant as the Kubernetes export writes it. */
    public Namespace namespaceOf(TenantPlan tenant) {
        return tenant.placement().option() == TenancyOption.VCLUSTER ? vclusterHost(tenant) : ownNamespace(tenant);
    }

    /** The values file of a vCluster tenant's Helm release, as YAML (the same bytes in every export). */
    public String vclusterValues(TenantPlan tenant) {
        String forced = VClusterValues.forcedRuntime(tenant).map(r -> RuntimeClasses.nameOf(r, tenant.cluster().provider()))
                .orElse(null);
        // Tenants sized alike have equal values (maps, lists, strings and numbers, equal by value) and so the same
        // YAML: it is written once per distinct values rather than once per tenant.
        return valuesYaml.computeIfAbsent(VClusterValues.of(tenant, footprint(tenant), settings.edition(), forced), Yaml::of);
    }

    /** The RuntimeClasses a cluster needs for these tenants' sandboxes (none for what the provider installs). */
    public List<RuntimeClass> runtimeClasses(Collection<TenantPlan> tenants, Provider provider, List<NodePool> pools) {
        Set<SandboxRuntime> runtimes = new TreeSet<>();
        tenants.forEach(t -> runtimes.addAll(runtimesOf(t)));
        return RuntimeClasses.of(runtimes, provider, analysis.pricing().assumptions(), pools);
    }

    /** Whether any of these tenants' pods run under {@code runtime}. */
    public static boolean anyRuns(Collection<TenantPlan> tenants, SandboxRuntime runtime) {
        return tenants.stream().anyMatch(t -> runtimesOf(t).contains(runtime));
    }

    /** Whether a node pool's labels say it runs this sandbox runtime (the pool RuntimeClasses schedule onto). */
    public static boolean poolRuns(NodePool pool, SandboxRuntime runtime, Provider provider) {
        return RuntimeClasses.runsOn(pool, runtime, provider);
    }

    /** A taint as the model writes it ({@code key=value:Effect} or {@code key:Effect}), parsed; the effect defaults to NoSchedule. */
    public static Toleration taint(String taint) {
        return RuntimeClasses.toleration(taint);
    }

    /** Modelled connections no NetworkPolicy could express, gathered over every namespace built so far. */
    public List<UnwrittenConnection> unwritten() {
        return unwritten;
    }

    /** Egress to host names written as every public address on the port, gathered over every namespace built so far. */
    public List<HostEgress> widened() {
        return widened;
    }

    /** What the objects built so far should tell the user (control planes sized down to fit their nodes). */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        fittedControlPlanes.forEach((what, tenants) -> notes.add(what + tenants));
        return notes;
    }

    Namespace ownNamespace(TenantPlan tenant) {
        String namespace = tenant.namespace();
        TenancyOption tenancy = tenant.placement().option();
        Map<String, String> labels = GuardRails.labels(tenant, tenancy);
        boolean pinned = tenant.placement() == Placement.NAMESPACE_DEDICATED_NODES;
        OwnNodes nodes = pinned ? OwnNodes.of(tenant) : null;
        List<HasMetadata> guardRails = GuardRails.of(tenant, namespace, tenancy, null, Footprint.NONE,
                sandboxLabel(tenant, "all"), pinned ? NamespaceDefaults.annotations(tenant.cluster().provider(), nodes) : Map.of());
        TenantNetworkPolicies builder = policies(tenant, namespace, TenantPods.of(tenant),
                TenantNetworkPolicies.clusterDns(tenant.cluster().provider()), 53, CiliumPolicies.DnsServer.cluster(), labels);
        return new Namespace(guardRails, builder.build(connectionsOf(tenant)), builder.ciliumPolicies());
    }

    Namespace vclusterHost(TenantPlan tenant) {
        String namespace = tenant.namespace();
        Map<String, String> labels = GuardRails.labels(tenant, TenancyOption.VCLUSTER);
        List<HasMetadata> guardRails = GuardRails.of(tenant, namespace, TenancyOption.VCLUSTER, tenant.release(),
                footprint(tenant).total(), sandboxLabel(tenant, "synced"), Map.of());
        List<NetworkPolicy> hostPolicies = new ArrayList<>();
        List<HasMetadata> ciliumPolicies = List.of();
        if (!VClusterValues.privateNodes(tenant, settings.edition())) {
            TenantNetworkPolicies builder = policies(tenant, namespace, TenantPods.of(tenant), List.of(new NetworkPolicyPeerBuilder()
                    .withPodSelector(VClusterHostPolicies.coreDns(tenant.release())).build()), VClusterHostPolicies.DNS_PORT,
                    CiliumPolicies.DnsServer.vcluster(tenant.release()), labels);
            hostPolicies.addAll(builder.build(connectionsOf(tenant)));
            ciliumPolicies = builder.ciliumPolicies();
        } else {
            hostPolicies.add(DefaultDeny.of(namespace, labels));
        }
        hostPolicies.addAll(VClusterHostPolicies.of(tenant, namespace, labels, settings.edition()));
        return new Namespace(guardRails, hostPolicies, ciliumPolicies);
    }

    /** The policies of a tenant's own namespace inside a vCluster on private nodes, enforced by its own CNI. */
    Namespace insidePrivateNodes(TenantPlan tenant, String namespace, Map<String, String> labels) {
        TenantNetworkPolicies builder = policies(tenant, namespace, TenantPods.unsynced(tenant),
                TenantNetworkPolicies.clusterDns(tenant.cluster().provider()), 53, CiliumPolicies.DnsServer.cluster(), labels);
        return new Namespace(List.of(), builder.build(connectionsOf(tenant)), builder.ciliumPolicies());
    }

    /** A policy builder for one namespace; its unwritten connections and widened hosts are gathered once it has built. */
    private TenantNetworkPolicies policies(TenantPlan tenant, String namespace, TenantPods pods, List<NetworkPolicyPeer> dns,
                                           int dnsPort, CiliumPolicies.DnsServer ciliumDns, Map<String, String> labels) {
        return new TenantNetworkPolicies(tenant, namespace, pods, peers, dns, TenantNetworkPolicies.dnsPorts(dnsPort), labels,
                settings.policies() == PolicyFlavour.CILIUM ? ciliumDns : null, unwritten, widened);
    }

    /** The vCluster's footprint in its host namespace, worked out once per tenant. */
    private VClusterFootprint footprint(TenantPlan tenant) {
        return footprints.computeIfAbsent(tenant.tenant().id(), id -> newFootprint(tenant));
    }

    /** A tenant's footprint, noted under its cluster where the profile was fitted to a node. */
    private VClusterFootprint newFootprint(TenantPlan tenant) {
        VClusterFootprint footprint = VClusterFootprint.of(tenant, analysis, settings.edition());
        if (footprint.fittedToNode()) {
            fittedControlPlanes.merge("cluster '" + tenant.cluster().name() + "': vCluster control-plane replicas request "
                    + Quantities.millis(footprint.perReplica().cpu()) + " CPU and "
                    + Quantities.mebibytes(footprint.perReplica().memoryGiB()) + " memory, what one of its nodes offers pods, "
                    + "instead of the sizing profile's " + Quantities.millis(footprint.profile().cpu()) + " and "
                    + Quantities.mebibytes(footprint.profile().memoryGiB()) + " (kept as their limit); give the cluster "
                    + "larger nodes for the full profile. Tenants: ", tenant.tenant().name(), (a, b) -> a + ", " + b);
        }
        return footprint;
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

    /**
     * The sandbox runtimes the tenant's pods use: its agents', and the one every pod of a tenant that runs
     * untrusted code must use (admission refuses its pods without it, so its class must exist), or that a
     * vCluster forces onto its synced pods.
     */
    static Set<SandboxRuntime> runtimesOf(TenantPlan tenant) {
        Set<SandboxRuntime> runtimes = new TreeSet<>();
        tenant.agents().forEach(agent -> runtimes.add(agent.runtime()));
        VClusterValues.forcedRuntime(tenant).ifPresent(runtime -> {
            if (tenant.runsUntrustedCode() || tenant.placement().runsVCluster()) {
                runtimes.add(runtime);
            }
        });
        return runtimes;
    }
}
