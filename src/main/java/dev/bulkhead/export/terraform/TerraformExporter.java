package dev.bulkhead.export.terraform;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.Exporter;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.TenantsMode;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.export.kubernetes.TenantObjects;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.TerraformLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;

/**
 * Writes Terraform skeletons for a placement plan, in the directories or the workspaces layout:
 * <pre>
 * modules/cluster-PROVIDER/   one per provider in use, all with the same outputs
 * modules/tenant-namespace/   a tenant's namespace, guard-rails and NetworkPolicies (kubernetes *_v1)
 * modules/tenant-vcluster/    a vCluster as a helm_release of the loft chart
 * modules/sandbox-runtime/    RuntimeClasses
 * envs/ENV/                   directories: one root per environment
 * main.tf, ...                workspaces: one root, environments chosen by terraform.workspace
 * envs/ENV/dedicated-NS/      a tenant's dedicated cluster: a root of its own in both layouts
 * </pre>
 * Tenants get the namespaces, objects and release names of the shared {@link PlacementPlan} and
 * {@link TenantObjects}, so this export and the Kubernetes export describe the same tenants. Deterministic:
 * everything is iterated in model order and nothing holds a time.
 */
public final class TerraformExporter implements Exporter {
    /** Dedicated clusters' names stay under GKE's limit of 40 characters. */
    private static final int CLUSTER_NAME = 40;

    @Override
    public ExportTarget target() {
        return ExportTarget.TERRAFORM;
    }

    @Override
    public ExportBundle export(Analysis analysis, ExportSettings settings, DoubleConsumer progress) throws ExportException {
        PlacementPlan plan = PlacementPlan.of(analysis, settings.choice());
        Model model = analysis.model();
        List<Environment> environments = model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER)
                .filter(e -> settings.environment() == null || e.id().equals(settings.environment())).toList();
        if (environments.isEmpty()) {
            throw new ExportException("the model has no environment to export; add one on the canvas");
        }
        return new Run(plan, settings, environments).build(progress);
    }

    /** One export: the files and notes it gathers. */
    private static final class Run {
        private final PlacementPlan plan;
        private final Model model;
        private final ExportSettings settings;
        private final List<Environment> environments;
        private final TenantObjects objects;
        private final LayoutAdvice advice;
        private final TreeMap<String, String> files = new TreeMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ClusterCall> allClusters = new ArrayList<>();
        private final List<String> roots = new ArrayList<>();

        Run(PlacementPlan plan, ExportSettings settings, List<Environment> environments) {
            this.plan = plan;
            this.model = plan.analysis().model();
            this.settings = settings;
            this.environments = environments;
            this.objects = new TenantObjects(plan, settings);
            this.advice = LayoutAdvice.of(model, environments, settings.layout());
        }

        ExportBundle build(DoubleConsumer progress) {
            int total = Math.max(1, environments.stream().mapToInt(e -> clustersOf(e).stream()
                    .mapToInt(c -> plan.tenantsOf(c).size()).sum()).sum());
            int[] done = {0};
            Runnable tenantDone = () -> progress.accept(++done[0] / (double) total);
            boolean workspaces = advice.layout() == TerraformLayout.WORKSPACES;
            RootWriter shared = workspaces ? root("", "./modules", true) : null;
            List<RootWriter.Part> sharedParts = new ArrayList<>();
            Set<String> environmentDirs = new HashSet<>();
            for (Environment environment : environments) {
                String environmentDir = KubernetesNames.unique(environmentDirs, KubernetesNames.label(environment.name()));
                RootWriter writer = workspaces ? shared : root("envs/" + environmentDir, "../../modules", false);
                RootWriter.Part part = environment(environment, environmentDir, writer, tenantDone);
                if (workspaces) {
                    sharedParts.add(part);
                } else if (part.clusters().isEmpty()) {
                    notes.add("environment '" + environment.name() + "' has no shared cluster to create with this option: "
                            + "no root envs/" + environmentDir + "/");
                } else {
                    files.putAll(writer.write(List.of(part)));
                    roots.add("envs/" + environmentDir);
                }
            }
            if (workspaces) {
                files.putAll(shared.write(sharedParts));
                roots.add(0, ".");
            }
            modules();
            List<String> allNotes = new ArrayList<>(plan.notes());
            allNotes.addAll(notes);
            allNotes.addAll(objects.notes());
            if (settings.tenants() == TenantsMode.TERRAFORM && settings.policies() == PolicyFlavour.CILIUM) {
                allNotes.add("the tenant modules write Kubernetes NetworkPolicies only: apply the CiliumNetworkPolicies "
                        + "that name hosts (cilium-policies.yaml) from the Kubernetes export with --network-policy cilium");
            }
            if (settings.tenants() == TenantsMode.TERRAFORM && !objects.unwritten().isEmpty()) {
                allNotes.add(objects.unwritten().size() + " modelled connection(s) could not be written as NetworkPolicy "
                        + "(see the Kubernetes export's README, 'Connections not written')");
            }
            if (settings.tenants() == TenantsMode.TERRAFORM && !objects.widened().isEmpty()) {
                allNotes.add(KubernetesExporter.widenedNote(objects.widened().size(), "the Kubernetes export's README"));
            }
            OptionResult option = plan.analysis().whole().option(settings.choice().option());
            if (!option.failing().isEmpty()) {
                allNotes.add(PlacementPlan.unmetRequirementsNote(option.unmetRequirements()));
            }
            files.put("README.md", TerraformReadme.text(plan, settings, advice, roots, allClusters, allNotes));
            return ExportBundle.ofText(files, allNotes);
        }

        private RootWriter root(String dir, String modules, boolean workspaces) {
            return new RootWriter(dir, modules, workspaces, settings.tenants(), objects, notes);
        }

        /** An environment's shared clusters (its part of a root); each dedicated tenant gets a root of its own. */
        private RootWriter.Part environment(Environment environment, String environmentDir, RootWriter writer,
                                            Runnable tenantDone) {
            boolean workspaces = advice.layout() == TerraformLayout.WORKSPACES;
            List<ClusterCall> clusters = new ArrayList<>();
            Map<String, List<TenantPlan>> tenants = new LinkedHashMap<>();
            Map<String, List<io.fabric8.kubernetes.api.model.node.v1.RuntimeClass>> runtimeClasses = new LinkedHashMap<>();
            Map<String, String> gitopsPaths = new LinkedHashMap<>();
            Set<String> kubernetesDirs = new HashSet<>();
            for (Cluster cluster : clustersOf(environment)) {
                String clusterDir = KubernetesNames.unique(kubernetesDirs, KubernetesNames.label(cluster.name()));
                List<NodePool> pools = model.children(cluster.id(), NodePool.class);
                List<TenantPlan> hosted = new ArrayList<>();
                for (TenantPlan tenant : plan.tenantsOf(cluster)) {
                    if (tenant.placement() == Placement.DEDICATED) {
                        dedicated(environmentDir, KubernetesNames.unique(kubernetesDirs, "dedicated-" + tenant.namespace()), tenant, pools);
                    } else {
                        hosted.add(tenant);
                    }
                    tenantDone.run();
                }
                if (!hosted.isEmpty() || plan.tenantsOf(cluster).isEmpty()) {
                    String key = writer.id((workspaces ? environmentDir + "_" : "") + KubernetesNames.label(cluster.name()));
                    ClusterCall call = new ClusterCall(key, cluster, KubernetesNames.label(cluster.name()),
                            ClusterCall.poolsFor(cluster, pools, hosted));
                    clusters.add(call);
                    allClusters.add(call);
                    tenants.put(key, hosted);
                    runtimeClasses.put(key, objects.runtimeClasses(hosted, cluster.provider(), pools));
                    if (!hosted.isEmpty()) {
                        gitopsPaths.put(key, environmentDir + "/" + clusterDir);
                    }
                }
            }
            return new RootWriter.Part(environment.name(), environmentDir, clusters, tenants, runtimeClasses, gitopsPaths);
        }

        /** A dedicated tenant's root: its own cluster, shaped like its pool (or the pools it shared), and its namespace. */
        private void dedicated(String environmentDir, String kubernetesDir, TenantPlan tenant, List<NodePool> hostPools) {
            String dir = "envs/" + environmentDir + "/" + kubernetesDir;
            RootWriter writer = root(dir, "../../../modules", false);
            Cluster host = tenant.cluster();
            String name = KubernetesNames.fit(KubernetesNames.label(host.name()) + "-" + tenant.namespace(),
                    host.name() + "/" + tenant.namespace(), CLUSTER_NAME);
            List<NodePool> pools = tenant.ownPool() != null ? List.of(tenant.ownPool())
                    : hostPools.stream().filter(NodePool::isShared).toList();
            ClusterCall call = new ClusterCall(writer.id(tenant.namespace()), host, name,
                    ClusterCall.poolsFor(host, pools, List.of(tenant)));
            allClusters.add(call);
            RootWriter.Part part = new RootWriter.Part(tenant.environment().name(), environmentDir, List.of(call),
                    Map.of(call.key(), List.of(tenant)),
                    Map.of(call.key(), objects.runtimeClasses(List.of(tenant), host.provider(), List.of())),
                    Map.of(call.key(), environmentDir + "/" + kubernetesDir));
            files.putAll(writer.write(List.of(part)));
            roots.add(dir);
        }

        /** The shared modules the roots call. */
        private void modules() {
            boolean gkeSandbox = allClusters.stream().anyMatch(ClusterCall::needsGkeSandbox);
            allClusters.stream().map(ClusterCall::provider).distinct()
                    .forEach(p -> ClusterModules.files(p, gkeSandbox).forEach((path, text) -> files.put("modules/" + path, text)));
            Set<String> tenantModules = switch (settings.tenants()) {
                case TERRAFORM -> Set.of("tenant-namespace", "tenant-vcluster", "sandbox-runtime");
                case GITOPS -> Set.of("gitops-bootstrap");
                case NONE -> Set.of();
            };
            TenantModules.files().forEach((path, text) -> {
                if (tenantModules.contains(path.substring(0, path.indexOf('/')))) {
                    files.put("modules/" + path, text);
                }
            });
        }

        private List<Cluster> clustersOf(Environment environment) {
            return model.children(environment.id(), Cluster.class);
        }
    }
}
