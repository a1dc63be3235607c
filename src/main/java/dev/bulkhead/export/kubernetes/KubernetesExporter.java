package dev.bulkhead.export.kubernetes;

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
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.TrustLevel;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;

/**
 * Writes Kubernetes manifests for a placement plan, from typed fabric8 objects. Layout, with a
 * kustomization.yaml in every folder that has something to apply:
 * <pre>
 * ENV/CLUSTER/runtimeclasses/           RuntimeClasses the cluster's sandboxes use (where the provider has none)
 * ENV/CLUSTER/admission/                ValidatingAdmissionPolicies and bindings (cluster-scoped)
 * ENV/CLUSTER/tenants/NAMESPACE/        a tenant's namespace bundle, or its vCluster's host namespace
 * ENV/CLUSTER/tenants/NAMESPACE/inside/ the baseline to apply inside a tenant's vCluster
 * ENV/dedicated-NAMESPACE/              a tenant's dedicated cluster (the same folders)
 * </pre>
 * The same analysis and settings always give the same bytes: everything is iterated in id order and nothing
 * holds a time.
 */
public final class KubernetesExporter implements Exporter {
    /** What the notes of admission refusing untrusted code say. */
    static final String REFUSES = "the admission policy will refuse";

    @Override
    public ExportTarget target() {
        return ExportTarget.K8S;
    }

    @Override
    public ExportBundle export(Analysis analysis, ExportSettings settings, DoubleConsumer progress) throws ExportException {
        Run run = new Run(PlacementPlan.of(analysis, settings.choice()), settings);
        List<String> notes = run.gather(progress);
        run.render();
        return ExportBundle.ofText(run.files, notes);
    }

    /**
     * What {@link #export} would write, without writing it: every path and every note, from the same run up to the
     * point where the manifests are rendered to YAML (most of an export's time), which it skips. The proposal
     * report lists the artefacts from here.
     */
    public Listing list(Analysis analysis, ExportSettings settings) throws ExportException {
        Run run = new Run(PlacementPlan.of(analysis, settings.choice()), settings);
        List<String> notes = run.gather(fraction -> { });
        return new Listing(List.copyOf(run.paths()), notes, List.copyOf(run.objects.unwritten()), List.copyOf(run.objects.widened()),
                run.sandboxes.outcome());
    }

    /**
     * The paths an export writes, sorted as in its bundle, its notes, the connections its README lists as not
     * written (the note {@link #unwrittenNote} points there), the egress to host names it opens to every public address on
     * the port (the note {@link #widenedNote} points there), and what becomes of the untrusted code it places.
     */
    public record Listing(List<String> paths, List<String> notes, List<UnwrittenConnection> unwritten, List<HostEgress> widened,
                          UntrustedCode untrusted) {
    }

    /**
     * What the export does with untrusted code that the model leaves without a sandbox, element by element, so that
     * a reader of the export (the proposal report) counts and names them without parsing the notes' wording.
     *
     * @param refusedAgents  untrusted agents under runc whose sandboxes the admission policy will refuse
     * @param refusedTenants tenants running untrusted code on a cluster that offers no sandbox runtime
     * @param forcedAgents   untrusted agents under runc that their vCluster runs under a sandbox all the same, with it
     * @param unguardedAgents untrusted agents under runc on a vCluster's private nodes, which the host's sandbox admission
     *                        policy does not reach
     */
    public record UntrustedCode(List<ElementId> refusedAgents, List<ElementId> refusedTenants, Map<ElementId, SandboxRuntime> forcedAgents,
                                List<ElementId> unguardedAgents) {
        public UntrustedCode {
            refusedAgents = List.copyOf(refusedAgents);
            refusedTenants = List.copyOf(refusedTenants);
            forcedAgents = Map.copyOf(forcedAgents);
            unguardedAgents = List.copyOf(unguardedAgents);
        }

        /** An export that places no untrusted code. */
        public static final UntrustedCode NONE = new UntrustedCode(List.of(), List.of(), Map.of(), List.of());
    }

    /** The export's note that {@code count} connections are not written, pointing to its README's list of them. */
    public static String unwrittenNote(int count) {
        return count + " modelled connection(s) could not be written as NetworkPolicy (see README.md, 'Connections not written')";
    }

    /** The export's own README, as its notes name it. */
    public static final String README = "README.md";

    /**
     * The export's note that {@code count} egress rules open a host name to every public address, pointing to the list in
     * {@code readme} (the export's own "README.md", or the Kubernetes export's from a Terraform export).
     */
    public static String widenedNote(int count, String readme) {
        return count + " egress rule(s) to a host name allow any public address on the port, since NetworkPolicy cannot name a "
                + "host (see " + readme + ", '" + ExportReadme.WIDENED_HEADING + "')";
    }

    /** The untrusted code an export has placed so far ({@link UntrustedCode}), in the order it met it. */
    private static final class UntrustedCodeSeen {
        private final List<ElementId> refusedAgents = new ArrayList<>();
        private final List<ElementId> refusedTenants = new ArrayList<>();
        private final Map<ElementId, SandboxRuntime> forcedAgents = new HashMap<>();
        private final List<ElementId> unguardedAgents = new ArrayList<>();

        UntrustedCode outcome() {
            return new UntrustedCode(refusedAgents, refusedTenants, forcedAgents, unguardedAgents);
        }
    }

    /** One export: the files and notes it gathers. */
    private static final class Run {
        private final PlacementPlan plan;
        private final Analysis analysis;
        private final Model model;
        private final ExportSettings settings;
        private final TenantObjects objects;
        private final TreeMap<String, String> files = new TreeMap<>();
        /** Objects waiting to be written as YAML; rendered together at the end, in parallel (files are independent). */
        private final Map<String, List<? extends HasMetadata>> pending = new HashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final UntrustedCodeSeen sandboxes = new UntrustedCodeSeen();
        private List<Environment> environments;

        Run(PlacementPlan plan, ExportSettings settings) {
            this.plan = plan;
            this.analysis = plan.analysis();
            this.model = analysis.model();
            this.settings = settings;
            this.objects = new TenantObjects(plan, settings);
        }

        /** Builds every object and notes what the export says, leaving the manifests to render; returns the notes. */
        List<String> gather(DoubleConsumer progress) throws ExportException {
            environments = model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER)
                    .filter(e -> settings.environment() == null || e.id().equals(settings.environment())).toList();
            if (environments.isEmpty()) {
                throw new ExportException("the model has no environment to export; add one on the canvas");
            }
            int total = Math.max(1, environments.stream().mapToInt(e -> clustersOf(e).stream()
                    .mapToInt(c -> plan.tenantsOf(c).size()).sum()).sum());
            int[] done = {0};
            Set<String> environmentDirs = new HashSet<>();
            List<String> root = new ArrayList<>();
            for (Environment environment : environments) {
                String environmentDir = KubernetesNames.unique(environmentDirs, KubernetesNames.label(environment.name()));
                if (exportEnvironment(environment, environmentDir, () -> progress.accept(++done[0] / (double) total))) {
                    root.add(environmentDir);
                }
            }
            kustomization("", root);
            OptionResult option = analysis.whole().option(settings.choice().option());
            notes.addAll(objects.notes());
            List<UnwrittenConnection> unwritten = objects.unwritten();
            List<String> allNotes = new ArrayList<>(plan.notes());
            allNotes.addAll(notes);
            if (!unwritten.isEmpty()) {
                allNotes.add(unwrittenNote(unwritten.size()));
            }
            if (!objects.widened().isEmpty()) {
                allNotes.add(widenedNote(objects.widened().size(), README));
            }
            if (!option.failing().isEmpty()) {
                allNotes.add(PlacementPlan.unmetRequirementsNote(option.unmetRequirements()));
            }
            return allNotes;
        }

        /** Renders the gathered manifests to YAML and writes the README: the files' contents. */
        void render() {
            Map<String, String> rendered = new ConcurrentHashMap<>();
            pending.entrySet().parallelStream().forEach(file -> rendered.put(file.getKey(), Yaml.documents(file.getValue())));
            files.putAll(rendered);
            files.put(README, ExportReadme.text(plan, settings, environments, objects.unwritten(),
                    objects.widened(), notes));
        }

        /** Every path the export writes: those written so far, the manifests waiting to render, and the README. */
        SortedSet<String> paths() {
            SortedSet<String> paths = new TreeSet<>(files.keySet());
            paths.addAll(pending.keySet());
            paths.add(README);
            return paths;
        }

        /** Writes an environment's clusters; whether it had anything to write. */
        private boolean exportEnvironment(Environment environment, String environmentDir, Runnable tenantDone) {
            Set<String> dirs = new HashSet<>();
            List<String> environmentResources = new ArrayList<>();
            for (Cluster cluster : clustersOf(environment)) {
                String clusterDir = KubernetesNames.unique(dirs, KubernetesNames.label(cluster.name()));
                List<TenantPlan> hosted = new ArrayList<>();
                for (TenantPlan tenant : plan.tenantsOf(cluster)) {
                    if (tenant.placement() == Placement.DEDICATED) {
                        String dedicatedDir = KubernetesNames.unique(dirs, "dedicated-" + tenant.namespace());
                        if (writeCluster(environmentDir + "/" + dedicatedDir, cluster.provider(), List.of(tenant), List.of())) {
                            environmentResources.add(dedicatedDir + "/tenants");
                        }
                    } else {
                        hosted.add(tenant);
                    }
                    tenantDone.run();
                }
                if (writeCluster(environmentDir + "/" + clusterDir, cluster.provider(), hosted,
                        model.children(cluster.id(), NodePool.class))) {
                    environmentResources.add(clusterDir + "/tenants");
                }
            }
            return kustomization(environmentDir, environmentResources);
        }

        /** A cluster's folder: RuntimeClasses, admission policies, the tenants' bundles; whether it has tenants. */
        private boolean writeCluster(String dir, Provider provider, List<TenantPlan> tenants, List<NodePool> pools) {
            if (tenants.isEmpty()) {
                return false;
            }
            List<String> resources = new ArrayList<>();
            List<? extends HasMetadata> runtimeClasses = objects.runtimeClasses(tenants, provider, pools);
            if (!runtimeClasses.isEmpty()) {
                put(dir + "/runtimeclasses", "runtimeclasses.yaml", runtimeClasses);
                resources.add("runtimeclasses");
            }
            List<HasMetadata> admission = new ArrayList<>(AdmissionPolicies.common());
            List<String> bundles = new ArrayList<>();
            for (TenantPlan tenant : tenants) {
                String bundle = dir + "/tenants/" + tenant.namespace();
                if (tenant.placement().option() == TenancyOption.VCLUSTER) {
                    writeVClusterBundle(bundle, tenant);
                } else {
                    writeNamespaceBundle(bundle, tenant);
                }
                if (tenant.placement().ownNodes() && tenant.placement() != Placement.DEDICATED
                        && !VClusterValues.privateNodes(tenant, settings.edition())) {
                    admission.addAll(AdmissionPolicies.ownNodes(tenant.namespace(), OwnNodes.of(tenant).selector(),
                            tenant.placement().option() == TenancyOption.VCLUSTER));
                }
                bundles.add(tenant.namespace());
            }
            put(dir + "/admission", "admission-policies.yaml", admission);
            resources.add("admission");
            kustomization(dir + "/tenants", bundles);
            resources.add("tenants");
            kustomization(dir, resources);
            return true;
        }

        /** A tenant that works in a namespace of its own (a namespace placement, or its dedicated cluster). */
        private void writeNamespaceBundle(String dir, TenantPlan tenant) {
            TenantObjects.Namespace namespace = objects.ownNamespace(tenant);
            List<String> resources = new ArrayList<>();
            writeNamespace(dir, namespace, resources);
            if (!tenant.agents().isEmpty()) {
                OwnNodes nodes = tenant.placement() == Placement.NAMESPACE_DEDICATED_NODES ? OwnNodes.of(tenant) : null;
                put(dir, "agents.yaml", AgentManifests.of(tenant, tenant.namespace(),
                        GuardRails.labels(tenant, tenant.placement().option()), nodes), resources);
            }
            noteUnsandboxed(tenant);
            kustomization(dir, resources);
        }

        /**
         * A vCluster tenant: its host namespace (guard-rails sized for the control plane too, the policies its
         * synced pods and its own pods need, the values file and the Flux objects that install it), and the
         * baseline to apply inside the vCluster.
         */
        private void writeVClusterBundle(String dir, TenantPlan tenant) {
            String namespace = tenant.namespace();
            List<String> resources = new ArrayList<>();
            writeNamespace(dir, objects.vclusterHost(tenant), resources);
            put(dir, "helm-release.yaml", VClusterRelease.of(tenant.release(), namespace,
                    GuardRails.labels(tenant, TenancyOption.VCLUSTER)), resources);
            files.put(dir + "/vcluster.yaml", objects.vclusterValues(tenant));
            Kustomization kustomization = new Kustomization().resources(resources);
            kustomization.configMap(VClusterRelease.valuesConfigMap(tenant.release()), namespace, "vcluster.yaml");
            files.put(dir + "/kustomization.yaml", kustomization.yaml());

            String inside = dir + "/inside";
            String insideNamespace = tenant.label();
            Map<String, String> insideLabels = GuardRails.labels(tenant, TenancyOption.VCLUSTER);
            List<String> insideResources = new ArrayList<>();
            put(inside, "guard-rails.yaml", GuardRails.of(tenant, insideNamespace, TenancyOption.VCLUSTER, null,
                    Footprint.NONE, Map.of(), Map.of()), insideResources);
            if (VClusterValues.privateNodes(tenant, settings.edition())) {
                // On private nodes the host's policies do not reach the pods; the vCluster's own CNI must enforce these.
                writeNamespace(inside, objects.insidePrivateNodes(tenant, insideNamespace, insideLabels), insideResources);
            } else {
                // The host namespace enforces the tenant's rules; NetworkPolicies inside are not synced to the host
                // (syncing them would let the vCluster's administrator widen them), so this one only states intent.
                NetworkPolicy deny = DefaultDeny.of(insideNamespace, insideLabels);
                deny.getMetadata().setAnnotations(Map.of(Labels.DESTINATION, "nothing; enforced by the host namespace "
                        + namespace + ", whose policies select this vCluster's synced pods"));
                put(inside, "network-policies.yaml", List.of(deny), insideResources);
            }
            if (!tenant.agents().isEmpty()) {
                put(inside, "agents.yaml", AgentManifests.of(tenant, insideNamespace, insideLabels, null), insideResources);
            }
            noteUnsandboxed(tenant);
            kustomization(inside, insideResources);
        }

        /** A namespace's objects as files: guard-rails, NetworkPolicies and, with the Cilium flavour, the host-name policies. */
        private void writeNamespace(String dir, TenantObjects.Namespace namespace, List<String> resources) {
            if (!namespace.guardRails().isEmpty()) {
                put(dir, "guard-rails.yaml", namespace.guardRails(), resources);
            }
            put(dir, "network-policies.yaml", namespace.policies(), resources);
            if (!namespace.ciliumPolicies().isEmpty()) {
                put(dir, "cilium-policies.yaml", namespace.ciliumPolicies(), resources);
            }
        }

        /** Says where admission will refuse what the model draws: untrusted code with no sandbox to run in. */
        private void noteUnsandboxed(TenantPlan tenant) {
            // A vCluster forces a sandbox onto every pod it syncs to the host, so its runc agents are sandboxed all the
            // same; on private nodes its pods are not synced, and neither that nor the host's admission reaches them.
            boolean privateNodes = tenant.placement().runsVCluster() && VClusterValues.privateNodes(tenant, settings.edition());
            Optional<SandboxRuntime> forced = tenant.placement().runsVCluster() && !privateNodes
                    ? VClusterValues.forcedRuntime(tenant) : Optional.empty();
            for (Agent agent : tenant.agents()) {
                if (agent.trust() == TrustLevel.UNTRUSTED && agent.runtime() == SandboxRuntime.RUNC) {
                    if (forced.isPresent()) {
                        sandboxes.forcedAgents.put(agent.id(), forced.get());
                    } else if (privateNodes) {
                        sandboxes.unguardedAgents.add(agent.id());
                        notes.add("agent '" + agent.name() + "' of tenant '" + tenant.tenant().name() + "' runs untrusted code "
                                + "under runc on its vCluster's private nodes, which the host's admission policy requiring a "
                                + "sandbox does not reach; give it a sandbox runtime");
                    } else {
                        sandboxes.refusedAgents.add(agent.id());
                        notes.add("agent '" + agent.name() + "' of tenant '" + tenant.tenant().name() + "' runs untrusted code "
                                + "under runc; " + REFUSES + " its sandboxes until it gets a sandbox runtime");
                    }
                }
            }
            if (tenant.runsUntrustedCode() && VClusterValues.forcedRuntime(tenant).isEmpty()) {
                sandboxes.refusedTenants.add(tenant.tenant().id());
                notes.add("tenant '" + tenant.tenant().name() + "' runs untrusted code but cluster '" + tenant.cluster().name()
                        + "' offers no sandbox runtime; " + REFUSES + " its pods until it does");
            }
        }

        private void put(String dir, String file, List<? extends HasMetadata> content) {
            pending.put(dir + "/" + file, content);
            files.put(dir + "/kustomization.yaml", new Kustomization().resource(file).yaml());
        }

        private void put(String dir, String file, List<? extends HasMetadata> content, List<String> resources) {
            pending.put(dir + "/" + file, content);
            resources.add(file);
        }

        /** A kustomization.yaml listing {@code resources}; none at all when there are none ({@code apply -k} refuses those). */
        private boolean kustomization(String dir, List<String> resources) {
            if (resources.isEmpty()) {
                return false;
            }
            files.put(dir.isEmpty() ? "kustomization.yaml" : dir + "/kustomization.yaml", new Kustomization().resources(resources).yaml());
            return true;
        }

        private List<Cluster> clustersOf(Environment environment) {
            return model.children(environment.id(), Cluster.class);
        }
    }
}
