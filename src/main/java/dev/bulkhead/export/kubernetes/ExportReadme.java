package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The README.md at the root of a Kubernetes export: what this export generated for the chosen placement, what
 * the clusters must provide, in what order to apply it, what its policies allow, and what it could not write.
 */
final class ExportReadme {
    /** The heading of the list of host names the policies open as any public address. */
    static final String WIDENED_HEADING = "Egress wider than the model";

    private ExportReadme() {
    }

    static String text(PlacementPlan plan, ExportSettings settings, List<Environment> environments, List<UnwrittenConnection> unwritten,
                       List<HostEgress> widened, List<String> notes) {
        List<TenantPlan> tenants = new ArrayList<>();
        for (Environment environment : environments) {
            for (Cluster cluster : plan.analysis().model().children(environment.id(), Cluster.class)) {
                tenants.addAll(plan.tenantsOf(cluster));
            }
        }
        Map<Placement, Integer> counts = new EnumMap<>(Placement.class);
        tenants.forEach(t -> counts.merge(t.placement(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        text.append("# Kubernetes manifests: ").append(plan.analysis().model().settings().name()).append("\n\n")
                .append(plan.scenarioLine())
                .append("Exported by Bulkhead with every tenant placed as **").append(settings.choice().label()).append("**")
                .append(describe(settings.choice())).append(". Sizes come from the model and the ")
                .append(plan.analysis().pricing().profile().name()).append(" assumptions. The same model always exports the "
                        + "same files.\n\n");
        text.append("## What this export generated\n\n");
        counts.forEach((placement, count) -> text.append("- ").append(count).append(count == 1 ? " tenant" : " tenants")
                .append(" as ").append(placement.label()).append(": ").append(generated(placement, settings.edition()))
                .append('\n'));
        text.append("""
                - Per cluster, `admission/`: ValidatingAdmissionPolicies that refuse pods without a sandbox runtime class in \
                namespaces of tenants that run untrusted code (and pods labelled `bulkhead.dev/trust: untrusted`), \
                Services of type NodePort or LoadBalancer and external IPs in tenant namespaces, and, for tenants on \
                nodes of their own, pods that do not select those nodes.
                - Per cluster, `runtimeclasses/`: RuntimeClasses with the pod overhead Bulkhead costed, for the sandbox \
                runtimes the provider does not install itself.

                """);
        layout(tenants, text);
        text.append("""
                ## What the clusters must provide

                - Kubernetes 1.30 or later (ValidatingAdmissionPolicy is built in from 1.30).
                - A CNI that enforces NetworkPolicy (Calico, Cilium, or your cloud's policy engine). Without one the
                  policies are accepted and ignored.
                """);
        if (tenants.stream().anyMatch(t -> !t.agents().isEmpty())) {
            text.append("- [agent-sandbox](https://github.com/kubernetes-sigs/agent-sandbox) ").append(AgentManifests.RELEASE)
                    .append(" or later (its controller and CRDs, in every cluster or vCluster with agents): the templates "
                            + "and warm pools are `").append(AgentManifests.API_VERSION).append("`, its storage version since "
                            + "v0.5.0 (`v1alpha1` is deprecated). Replace the runtime image named in each template's "
                            + "`bulkhead.dev/image` annotation with your agent's. The owner group may create SandboxClaims; a workload "
                            + "that claims sandboxes itself needs a ServiceAccount bound to a Role on `sandboxclaims` and "
                            + "egress to your API server's address, neither of which the model describes.\n");
        }
        sandboxRequirements(tenants, text);
        if (settings.policies() == dev.bulkhead.export.PolicyFlavour.CILIUM) {
            text.append("- Cilium as the CNI, with its DNS proxy (the default): `cilium-policies.yaml` names each host with "
                    + "`toFQDNs` (`cilium.io/v2` CiliumNetworkPolicy), enforced on the addresses the proxy saw returned "
                    + "for that name; each such policy sends the pods' DNS through the proxy. Managed offerings differ: "
                    + "GKE Dataplane V2 does not take CiliumNetworkPolicy objects, and Azure CNI powered by Cilium "
                    + "enforces `toFQDNs` only with Advanced Container Networking Services; elsewhere export without "
                    + "`--network-policy cilium`.\n");
        }
        if (tenants.stream().anyMatch(t -> t.placement().runsVCluster())) {
            text.append("- A default StorageClass in each host cluster (EKS from 1.30 ships none): the vCluster chart's "
                    + "volumes (its data, or each etcd member's) name no class.\n");
        }
        if (tenants.stream().anyMatch(t -> t.placement().ownNodes() && t.placement() != Placement.DEDICATED
                && t.ownPool() == null)) {
            text.append("- Tenants on nodes of their own without a dedicated pool in the model: label and taint their nodes "
                    + "`bulkhead.dev/tenant=TENANT:NoSchedule`; their pods must select and tolerate that (admission "
                    + "refuses those that do not select it).\n");
        }
        if (tenants.stream().anyMatch(t -> t.placement().runsVCluster())) {
            text.append("- Flux: source-controller (`HelmRepository` `source.toolkit.fluxcd.io/v1`, from v1.3.0; checked "
                    + "against v1.9.1) and helm-controller (`HelmRelease` `helm.toolkit.fluxcd.io/v2`, from v1.0.0; checked "
                    + "against v1.6.3). Without Flux, install each vCluster with `helm upgrade --install RELEASE vcluster "
                    + "--repo ").append(VClusterRelease.CHART_REPOSITORY).append(" --version ").append(VClusterRelease.CHART_VERSION)
                    .append(" -n NAMESPACE -f vcluster.yaml`.\n");
            text.append(settings.edition() == VClusterEdition.PLATFORM
                    ? "- vCluster Platform with a licence: this export uses embedded etcd for highly available control "
                    + "planes and private nodes where the design gives a vCluster nodes of its own; the open-source build "
                    + "refuses to start with them. Private nodes run the vCluster's own CNI: the policies under `inside/` "
                    + "are only enforced if that CNI enforces NetworkPolicy (for example Calico or Cilium as its CNI).\n"
                    : "- Nothing licensed: the vCluster values use only what the open-source chart runs (a deployed etcd "
                    + "for highly available control planes; a vCluster on nodes of its own runs on the host nodes of its "
                    + "pool, selected and tolerated for every synced pod). Private nodes and embedded etcd need vCluster "
                    + "Platform: export with `--vcluster-edition platform` to use them.\n");
        }
        text.append("\n## Apply, in this order\n\n```sh\n");
        text.append("# 1. Cluster-wide objects first, so that admission checks every pod that follows\n")
                .append("kubectl --context CLUSTER apply -k ENV/CLUSTER/runtimeclasses   # where the folder exists\n")
                .append("kubectl --context CLUSTER apply -k ENV/CLUSTER/admission\n")
                .append("# 2. The tenants (the Namespace objects apply first within each bundle)\n")
                .append("kubectl --context CLUSTER apply -k ENV/CLUSTER/tenants\n")
                .append("# A dedicated cluster, once the Terraform export has created it: the same three steps\n")
                .append("kubectl --context TENANT-CLUSTER apply -k ENV/dedicated-NAMESPACE\n");
        if (tenants.stream().anyMatch(t -> t.placement().runsVCluster())) {
            text.append("# 3. vCluster tenants: when the HelmRelease is Ready, the baseline inside\n")
                    .append("flux -n NAMESPACE get helmreleases\n")
                    .append("vcluster connect RELEASE -n NAMESPACE -- kubectl apply -k ENV/CLUSTER/tenants/NAMESPACE/inside\n");
        }
        text.append("```\n\n");
        if (tenants.stream().anyMatch(t -> t.placement().runsVCluster())) {
            text.append("""
                    ## How a vCluster's owners reach it

                    In the host namespace the owner group may look at its pods and events, read the kubeconfig Secret the \
                    chart writes (`vc-RELEASE`) and port-forward to the control plane: exactly what `vcluster connect \
                    RELEASE -n NAMESPACE` needs. Inside, that kubeconfig is the vCluster's administrator. To sign in \
                    with your identity provider instead, give the vCluster's API server OIDC flags \
                    (`controlPlane.distro.k8s.apiServer.extraArgs`: `--oidc-issuer-url`, `--oidc-client-id`, \
                    `--oidc-groups-claim`) and bind the group inside; the baseline under `inside/` already binds \
                    `tenant-developer` to it.

                    """);
        }
        text.append("""
                ## What the network policies allow

                Each tenant's pods deny all traffic in and out, then allow: DNS (the cluster DNS in kube-system, \
                NodeLocal DNSCache at 169.254.20.10 and on GKE Cloud DNS at 169.254.169.254, port 53 only; for a \
                vCluster its own CoreDNS); traffic into any pod of the tenant from the tenant's pods; traffic out of the tenant's own \
                workloads to the tenant's pods; and exactly the connections in the model, in each direction. Agent \
                sandboxes (pods labelled `bulkhead.dev/agent`, warm or claimed) may be called by their tenant but may \
                only call out to what their connections and their egress allow-list name. A peer in the same cluster is \
                named by its namespace and pod labels; a peer elsewhere by the address range the model gives it (a \
                cluster's or an endpoint's address range). Nothing is opened to the internet but an agent's open egress and \
                host names, which NetworkPolicy cannot name (the section 'Egress wider than the model' lists each). "Any public \
                address" (open egress, and host names unless exported with `--network-policy cilium`, since NetworkPolicy \
                cannot name a host) means `0.0.0.0/0` except \
                """).append(String.join(", ", Peer.NON_PUBLIC_RANGES)).append("""
                : no kubelet, node, VPC, pod network or cloud metadata service. Each policy says what it stands for in \
                its `bulkhead.dev/destination` annotation. Traffic the model does not draw stays closed, including from \
                your ingress controller: to publish a tenant through it, draw an endpoint with the controller's address \
                range and connect it to the tenant. Agent policies follow the `bulkhead.dev/agent` label, which the \
                tenant's own developers could also set on a workload: the rules stay within what the tenant's model \
                allows its agents.

                """);
        if (tenants.stream().anyMatch(t -> t.placement().runsVCluster())) {
            text.append("""
                    A vCluster's pods live in its host namespace, where the syncer keeps their labels, so the same \
                    policies select them there; the chart's own network policies are off (their workload policy would \
                    allow public egress to every pod), and the host namespace allows the control plane and CoreDNS the \
                    flows the chart's policies give them (the control plane, like the chart's, reaches the host API on \
                    443/6443/8443 and serves its own API on 8443). CoreDNS forwards what it cannot answer to the host \
                    cluster's DNS (`networking.advanced.fallbackHostCluster`), so a tenant can also resolve the host's \
                    service names, though not reach them. A vCluster on nodes of its own syncs those nodes, for which \
                    the chart grants its control plane read access to pods and nodes cluster-wide (the kubelet proxies, \
                    which would add `nodes/proxy`, are off).

                    """);
        }
        if (!unwritten.isEmpty()) {
            text.append("## Connections not written\n\nThese modelled connections could not be expressed as NetworkPolicy "
                    + "here, so no rule allows them (a TODO for you):\n\n");
            unwritten.forEach(line -> text.append("- ").append(line.readmeLine()).append('\n'));
            text.append('\n');
        }
        if (!widened.isEmpty()) {
            text.append("## ").append(WIDENED_HEADING).append("\n\nThe model allows these by host name, which NetworkPolicy "
                    + "cannot name, so their rules allow any public address on the port (a TODO for you):\n\n");
            widened.forEach(line -> text.append("- ").append(line.readmeLine()).append('\n'));
            text.append('\n');
        }
        List<String> allNotes = new ArrayList<>(plan.notes());
        allNotes.addAll(notes);
        if (!allNotes.isEmpty()) {
            text.append("## Notes\n\n");
            allNotes.forEach(line -> text.append("- ").append(line).append('\n'));
            text.append('\n');
        }
        text.append("## Tenants\n\n| Tenant | Environment | Placement | Namespace |\n|---|---|---|---|\n");
        for (TenantPlan tenant : tenants) {
            text.append("| ").append(tenant.tenant().name().replace("|", "\\|")).append(" | ").append(tenant.environment().name())
                    .append(" | ").append(tenant.placement().label()).append(" | `").append(tenant.namespace()).append("` |\n");
        }
        boolean vclusters = tenants.stream().anyMatch(t -> t.placement().runsVCluster());
        text.append("\n## Versions this export targets\n\n")
                .append(vclusters ? "- vCluster chart " + VClusterRelease.CHART_VERSION
                        + " (values checked against v0.36.1's schema, defaults and templates)\n" : "")
                .append("- agent-sandbox CRDs ").append(AgentManifests.RELEASE).append(" (`").append(AgentManifests.API_VERSION)
                .append("`)\n")
                .append(vclusters ? "- Flux `HelmRelease` "
                        + "`helm.toolkit.fluxcd.io/v2` (helm-controller v1.6.3), `HelmRepository` `source.toolkit.fluxcd.io/v1` "
                        + "(source-controller v1.9.1)\n" : "")
                .append("- Kubernetes 1.30+: `admissionregistration.k8s.io/v1` ValidatingAdmissionPolicy, `node.k8s.io/v1` "
                        + "RuntimeClass, `networking.k8s.io/v1` NetworkPolicy\n");
        return text.toString();
    }

    /** The folders this export has, one row each. */
    private static void layout(List<TenantPlan> tenants, StringBuilder text) {
        boolean vclusters = tenants.stream().anyMatch(t -> t.placement().runsVCluster());
        boolean namespaces = tenants.stream().anyMatch(t -> t.placement().inHostCluster() && !t.placement().runsVCluster());
        boolean dedicated = tenants.stream().anyMatch(t -> !t.placement().inHostCluster());
        text.append("""
                ## Layout

                Every folder with something to apply has a `kustomization.yaml`, so `kubectl kustomize FOLDER` renders it.

                | Folder | What it holds | Apply to |
                |---|---|---|
                | `.` and `ENV/` | every tenant bundle below, for review | nothing: apply per cluster |
                | `ENV/CLUSTER/` | the cluster's RuntimeClasses, admission policies and tenants | that cluster |
                """);
        if (namespaces) {
            text.append("| `ENV/CLUSTER/tenants/NAMESPACE/` | a tenant's namespace: Pod Security (restricted), ResourceQuota, "
                    + "LimitRange, a `default` ServiceAccount without a token, RBAC for its owner group, NetworkPolicies, "
                    + "agent sandboxes | that cluster |\n");
        }
        if (vclusters) {
            text.append("| `ENV/CLUSTER/tenants/NAMESPACE/` with `vcluster.yaml` | a vCluster's host namespace: the same "
                    + "guard-rails sized for its control plane too, the policies for its synced pods, its values and the Flux "
                    + "objects that install it | that cluster |\n"
                    + "| `ENV/CLUSTER/tenants/NAMESPACE/inside/` | the baseline inside that vCluster | the vCluster |\n");
        }
        if (dedicated) {
            text.append("| `ENV/dedicated-NAMESPACE/` | a tenant's dedicated cluster: its RuntimeClasses, admission policies "
                    + "and namespace (the cluster itself comes from the Terraform export) | that cluster |\n");
        }
        text.append('\n');
    }

    private static String describe(ExportChoice choice) {
        return switch (choice) {
            case RECOMMENDED -> " (each tenant's cheapest placement that meets its isolation requirement)";
            case AS_MODELLED -> " (each tenant's option as the model assigns it, else its environment's; undecided "
                    + "tenants as namespaces)";
            default -> "";
        };
    }

    private static String generated(Placement placement, VClusterEdition edition) {
        return switch (placement) {
            case NAMESPACE -> "a namespace with guard-rails, policies and agent sandboxes in its drawn cluster";
            case NAMESPACE_DEDICATED_NODES -> "a namespace whose pods must select the tenant's own nodes";
            case VCLUSTER -> "a vCluster (Flux HelmRelease and values) in a host namespace, with the baseline inside";
            case VCLUSTER_PRIVATE_NODES -> edition == VClusterEdition.PLATFORM
                    ? "a vCluster with private nodes (vCluster Platform)"
                    : "a vCluster whose synced pods run on the tenant's own host nodes";
            case DEDICATED -> "a cluster folder of its own (`ENV/dedicated-NAMESPACE/`)";
        };
    }

    /** What each sandbox runtime needs of the cluster that runs it. */
    private static void sandboxRequirements(List<TenantPlan> tenants, StringBuilder text) {
        boolean gkeSandbox = false;
        boolean aksSandbox = false;
        boolean own = false;
        for (TenantPlan tenant : tenants) {
            for (var agent : tenant.agents()) {
                SandboxRuntime runtime = agent.runtime();
                Provider provider = tenant.cluster().provider();
                if (runtime == SandboxRuntime.RUNC) {
                    continue;
                }
                if (RuntimeClasses.providedBy(runtime, provider)) {
                    gkeSandbox |= provider == Provider.GKE;
                    aksSandbox |= provider == Provider.AKS;
                } else {
                    own = true;
                }
            }
        }
        if (gkeSandbox) {
            text.append("- GKE: a node pool with GKE Sandbox enabled; GKE installs the `gvisor` RuntimeClass and schedules "
                    + "its pods onto those nodes, so this export only names it.\n");
        }
        if (aksSandbox) {
            text.append("- AKS: a node pool with pod sandboxing (`--workload-runtime KataVmIsolation`, Azure Linux, a size "
                    + "with nested virtualisation); AKS installs the `kata-vm-isolation` RuntimeClass, so this export only "
                    + "names it.\n");
        }
        if (own) {
            text.append("- Other sandbox runtimes: install the handler (gVisor `runsc`, Kata `kata-qemu`, `kata-fc`) on the "
                    + "nodes a RuntimeClass's `scheduling.nodeSelector` names, and label those nodes so.\n");
        }
    }
}
