package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.analysis.TenantNamespaces;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;

/**
 * Writes Kubernetes manifests for one way of placing every tenant (or the recommended mix), from typed
 * fabric8 objects. Layout, with a kustomization.yaml at every level:
 * <pre>
 * ENV/CLUSTER/runtimeclasses/           RuntimeClasses the cluster's sandboxes use
 * ENV/CLUSTER/tenants/NAMESPACE/        a tenant's namespace bundle, or its vCluster's host namespace
 * ENV/CLUSTER/tenants/NAMESPACE/inside/ the baseline to apply inside a tenant's vCluster
 * ENV/dedicated-NAMESPACE/              a tenant's dedicated cluster (runtimeclasses/ and tenants/)
 * </pre>
 * The same analysis always gives the same bytes: everything is iterated in id order and nothing holds a time.
 */
public final class KubernetesExporter {
    private final Analysis analysis;
    private final Model model;
    private final ExportChoice choice;
    private final TreeMap<String, String> files = new TreeMap<>();
    /** Objects waiting to be written as YAML; rendered together at the end, in parallel (files are independent). */
    private final Map<String, List<? extends HasMetadata>> pending = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Map<ElementId, TenantPlan> plans;
    private Peers peers;

    private KubernetesExporter(Analysis analysis, ExportChoice choice) {
        this.analysis = analysis;
        this.model = analysis.model();
        this.choice = choice;
    }

    /**
     * Builds the export of an analysed model.
     *
     * @param environment only this environment, or all when null
     * @param progress    receives the fraction of tenants done, 0 to 1
     * @throws ExportException when the model asks for something Kubernetes must not get (a system namespace)
     */
    public static ExportBundle export(Analysis analysis, ExportChoice choice, ElementId environment, DoubleConsumer progress)
            throws ExportException {
        return new KubernetesExporter(analysis, choice).build(environment, progress);
    }

    private ExportBundle build(ElementId environmentFilter, DoubleConsumer progress) throws ExportException {
        for (Finding finding : analysis.findings()) {
            if (finding.code() == FindingCode.SYSTEM_NAMESPACE) {
                throw new ExportException("cannot export: " + finding.message());
            }
        }
        OptionResult option = analysis.whole().option(choice.option());
        TenantNamespaces namespaces = TenantNamespaces.of(model);
        plans = plans(option.placements(), namespaces);
        peers = new Peers(model, plans);
        List<Environment> environments = model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER)
                .filter(e -> environmentFilter == null || e.id().equals(environmentFilter)).toList();
        if (environments.isEmpty()) {
            throw new ExportException("the model has no environment to export");
        }
        int total = Math.max(1, (int) environments.stream().mapToLong(e -> tenantsOf(e).size()).sum());
        int[] done = {0};
        Set<String> environmentDirs = new HashSet<>();
        List<String> root = new ArrayList<>();
        for (Environment environment : environments) {
            String environmentDir = unique(environmentDirs, KubernetesNames.label(environment.name()));
            root.add(environmentDir);
            exportEnvironment(environment, environmentDir, () -> progress.accept(++done[0] / (double) total));
        }
        files.put("kustomization.yaml", new Kustomization().resources(root).yaml());
        Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();
        pending.entrySet().parallelStream().forEach(file -> rendered.put(file.getKey(), Yaml.documents(file.getValue())));
        files.putAll(rendered);
        files.put("README.md", ExportReadme.text(model, analysis, choice, environments));
        notes.addAll(option.failing().isEmpty() ? List.of() : List.of(option.unmetRequirements()
                + " tenants' isolation requirements are not met by this option; see 'bulkhead compare'"));
        return new ExportBundle(files, notes);
    }

    private void exportEnvironment(Environment environment, String environmentDir, Runnable tenantDone) {
        Set<String> dirs = new HashSet<>();
        List<String> environmentResources = new ArrayList<>();
        for (Cluster cluster : model.children(environment.id(), Cluster.class)) {
            String clusterDir = unique(dirs, KubernetesNames.label(cluster.name()));
            List<String> hostBundles = new ArrayList<>();
            Set<SandboxRuntime> hostRuntimes = new TreeSet<>();
            for (Tenant tenant : model.children(cluster.id(), Tenant.class)) {
                TenantPlan plan = plans.get(tenant.id());
                if (plan.placement() == Placement.DEDICATED) {
                    String dedicatedDir = unique(dirs, "dedicated-" + plan.namespace());
                    writeCluster(environmentDir + "/" + dedicatedDir, List.of(plan), List.of(plan.namespace()), runtimesOf(plan),
                            List.of());
                    environmentResources.add(dedicatedDir + "/tenants");
                } else {
                    hostBundles.add(plan.namespace());
                    hostRuntimes.addAll(runtimesOf(plan));
                }
                tenantDone.run();
            }
            List<TenantPlan> hostPlans = model.children(cluster.id(), Tenant.class).stream().map(t -> plans.get(t.id()))
                    .filter(TenantPlan::inHostCluster).toList();
            writeCluster(environmentDir + "/" + clusterDir, hostPlans, hostBundles, hostRuntimes,
                    model.children(cluster.id(), NodePool.class));
            if (!hostBundles.isEmpty()) {
                environmentResources.add(clusterDir + "/tenants");
            }
        }
        files.put(environmentDir + "/kustomization.yaml", new Kustomization().resources(environmentResources).yaml());
    }

    /** A cluster's folder: its RuntimeClasses, its tenants' bundles, and the kustomizations over them. */
    private void writeCluster(String dir, List<TenantPlan> tenants, List<String> bundles, Set<SandboxRuntime> runtimes,
                              List<NodePool> pools) {
        Kustomization cluster = new Kustomization();
        List<? extends HasMetadata> runtimeClasses = RuntimeClasses.of(runtimes, analysis.pricing().assumptions(), pools);
        if (!runtimeClasses.isEmpty()) {
            pending.put(dir + "/runtimeclasses/runtimeclasses.yaml", runtimeClasses);
            files.put(dir + "/runtimeclasses/kustomization.yaml", new Kustomization().resource("runtimeclasses.yaml").yaml());
            cluster.resource("runtimeclasses");
        }
        if (!bundles.isEmpty()) {
            files.put(dir + "/tenants/kustomization.yaml", new Kustomization().resources(bundles).yaml());
            cluster.resource("tenants");
        }
        files.put(dir + "/kustomization.yaml", cluster.yaml());
        for (TenantPlan plan : tenants) {
            String bundle = dir + "/tenants/" + plan.namespace();
            if (plan.placement().option() == TenancyOption.VCLUSTER) {
                writeVClusterBundle(bundle, plan, pools);
            } else {
                writeNamespaceBundle(bundle, plan, plan.namespace(), plan.placement().option(), false, List.of());
            }
        }
    }

    /**
     * A tenant namespace with its guard-rails, policies and agents (a namespace tenant, a dedicated cluster's
     * tenant, or the inside of a vCluster when {@code insideVCluster}).
     */
    private void writeNamespaceBundle(String dir, TenantPlan plan, String namespace, TenancyOption tenancy,
                                      boolean insideVCluster, List<HasMetadata> extra) {
        Map<String, String> labels = GuardRails.labels(plan, tenancy);
        Kustomization kustomization = new Kustomization();
        put(dir, "guard-rails.yaml", GuardRails.of(plan, namespace, tenancy, false, Resources.NONE), kustomization);
        put(dir, "network-policies.yaml", TenantNetworkPolicies.of(plan, namespace, connectionsOf(plan), peers,
                insideVCluster, true, labels), kustomization);
        if (!plan.agents().isEmpty()) {
            put(dir, "agents.yaml", AgentManifests.of(plan, namespace, labels,
                    plan.placement() == Placement.NAMESPACE_DEDICATED_NODES), kustomization);
        }
        if (!extra.isEmpty()) {
            put(dir, "runtimeclasses.yaml", extra, kustomization);
        }
        files.put(dir + "/kustomization.yaml", kustomization.yaml());
    }

    /**
     * A vCluster tenant: its host namespace with guard-rails (synced pods do not keep their labels there, so
     * its policies are namespace-wide), the values file, the Flux objects that install it, and the baseline
     * to apply inside the vCluster.
     */
    private void writeVClusterBundle(String dir, TenantPlan plan, List<NodePool> pools) {
        String namespace = plan.namespace();
        String release = plan.label();
        Map<String, String> labels = GuardRails.labels(plan, TenancyOption.VCLUSTER);
        Kustomization kustomization = new Kustomization();
        // The vCluster's control plane runs in the host namespace, so the host quota makes room for it.
        Resources controlPlane = analysis.pricing().assumptions().vclusterControlPlane(plan.environment().criticality())
                .plus(new Resources(0, 0, 1));
        put(dir, "guard-rails.yaml", GuardRails.of(plan, namespace, TenancyOption.VCLUSTER, true, controlPlane), kustomization);
        put(dir, "network-policies.yaml", TenantNetworkPolicies.of(plan, namespace, connectionsOf(plan), peers, false,
                false, labels), kustomization);
        put(dir, "helm-release.yaml", VClusterRelease.of(release, namespace, labels), kustomization);
        files.put(dir + "/vcluster.yaml", Yaml.of(VClusterValues.of(plan, analysis.pricing().assumptions())));
        kustomization.configMap(VClusterRelease.valuesConfigMap(release), namespace, "vcluster.yaml");
        files.put(dir + "/kustomization.yaml", kustomization.yaml());
        List<HasMetadata> insideRuntimeClasses = new ArrayList<>(RuntimeClasses.of(runtimesOf(plan),
                analysis.pricing().assumptions(), pools));
        writeNamespaceBundle(dir + "/inside", plan, plan.label(), TenancyOption.VCLUSTER, true, insideRuntimeClasses);
    }

    private void put(String dir, String file, List<? extends HasMetadata> objects, Kustomization kustomization) {
        pending.put(dir + "/" + file, objects);
        kustomization.resource(file);
    }

    private Map<ElementId, TenantPlan> plans(Map<ElementId, Placement> placements, TenantNamespaces namespaces) {
        Map<ElementId, TenantPlan> result = new HashMap<>();
        for (Tenant tenant : model.all(Tenant.class)) {
            Cluster cluster = model.get(tenant.cluster(), Cluster.class);
            Environment environment = model.get(cluster.environment(), Environment.class);
            result.put(tenant.id(), new TenantPlan(tenant, model.children(tenant.id(), Agent.class), environment, cluster,
                    Objects.requireNonNull(placements.get(tenant.id()), tenant.id().value()), namespaces.of(tenant.id()),
                    analysis.load(tenant.id())));
        }
        return result;
    }

    private List<Tenant> tenantsOf(Environment environment) {
        List<Tenant> tenants = new ArrayList<>();
        for (Cluster cluster : model.children(environment.id(), Cluster.class)) {
            tenants.addAll(model.children(cluster.id(), Tenant.class));
        }
        return tenants;
    }

    /** Connections with an end at the tenant or one of its agents, in id order. */
    private List<Connection> connectionsOf(TenantPlan plan) {
        Set<Connection> connections = new TreeSet<>(java.util.Comparator.comparing(Connection::id));
        connections.addAll(model.connectionsOf(plan.tenant().id()));
        for (Agent agent : plan.agents()) {
            connections.addAll(model.connectionsOf(agent.id()));
        }
        return new ArrayList<>(connections);
    }

    private static Set<SandboxRuntime> runtimesOf(TenantPlan plan) {
        Set<SandboxRuntime> runtimes = new TreeSet<>();
        plan.agents().forEach(agent -> runtimes.add(agent.runtime()));
        return runtimes;
    }

    private static String unique(Set<String> taken, String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(name); n++) {
            name = KubernetesNames.withSuffix(wanted, n);
        }
        return name;
    }
}
