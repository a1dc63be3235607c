package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.TenantNamespaces;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.List;
import java.util.Map;

/** The README.md at the root of a Kubernetes export: what each folder is and how to apply it. */
final class ExportReadme {
    private ExportReadme() {
    }

    static String text(Model model, Analysis analysis, ExportChoice choice, List<Environment> environments) {
        Map<dev.bulkhead.model.ElementId, Placement> placements = analysis.whole().option(choice.option()).placements();
        TenantNamespaces namespaces = TenantNamespaces.of(model);
        StringBuilder text = new StringBuilder();
        text.append("# Kubernetes manifests: ").append(model.settings().name()).append("\n\n")
                .append("Exported by Bulkhead with every tenant placed as **").append(choice.option().label())
                .append("**").append(choice == ExportChoice.RECOMMENDED ? " (each tenant's cheapest placement that meets its "
                        + "isolation requirement)" : "").append(". Sizes come from the model and the ")
                .append(analysis.pricing().profile().name()).append(" assumptions. The same model always exports the "
                        + "same files.\n\n");
        text.append("""
                ## Layout

                Every folder has a `kustomization.yaml`, so `kubectl kustomize FOLDER` renders it.

                | Folder | What it holds | Apply to |
                |---|---|---|
                | `.` and `ENV/` | every tenant bundle below, for review | nothing: apply per cluster |
                | `ENV/CLUSTER/` | the cluster's RuntimeClasses and its tenants | that cluster |
                | `ENV/CLUSTER/runtimeclasses/` | RuntimeClasses with the pod overhead Bulkhead costed | that cluster |
                | `ENV/CLUSTER/tenants/NAMESPACE/` | a tenant's namespace: Pod Security (restricted), ResourceQuota, LimitRange, RBAC for its owner group, NetworkPolicies, agent sandboxes | that cluster |
                | `ENV/CLUSTER/tenants/NAMESPACE/` with `vcluster.yaml` | a vCluster's host namespace with the same guard-rails, its values and the Flux HelmRelease that installs it | that cluster |
                | `ENV/CLUSTER/tenants/NAMESPACE/inside/` | the baseline inside that vCluster | the vCluster |
                | `ENV/dedicated-NAMESPACE/` | a tenant's dedicated cluster: RuntimeClasses and its namespace (the cluster itself comes from the Terraform export) | that cluster |

                ## Before you apply

                - A CNI that enforces NetworkPolicy (Calico, Cilium, or your cloud's policy engine). Without one the
                  policies are accepted and ignored.
                - Agents run as [agent-sandbox](https://github.com/kubernetes-sigs/agent-sandbox) `SandboxTemplate`s and
                  `SandboxWarmPool`s: install its controller and CRDs, and replace the runtime image named in each
                  template's `bulkhead.dev/image` annotation with your agent's.
                - Sandbox runtimes: install the handler (gVisor `runsc`, Kata `kata-qemu`, `kata-fc`) on the nodes that a
                  RuntimeClass's `scheduling.nodeSelector` names, and label those nodes so.
                - Tenants placed on nodes of their own: label and taint their nodes
                  `bulkhead.dev/tenant=TENANT:NoSchedule`; their sandboxes select and tolerate that.
                - vCluster tenants are installed by Flux (`HelmRepository` + `HelmRelease`, values from `vcluster.yaml`).
                  Without Flux, run `vcluster create NAME -n NAMESPACE -f vcluster.yaml`. Private nodes need vCluster
                  Platform. vCluster's own network policies (`policies.networkPolicy.enabled`) let its control plane
                  reach the host API next to the namespace's default-deny.

                ## Apply

                ```sh
                kubectl --context CLUSTER apply -k ENV/CLUSTER           # a shared cluster
                kubectl --context TENANT-CLUSTER apply -k ENV/dedicated-NAMESPACE
                vcluster connect NAME -n NAMESPACE -- kubectl apply -k ENV/CLUSTER/tenants/NAMESPACE/inside
                ```

                ## What the network policies allow

                Each tenant namespace denies all traffic in and out, then allows: DNS to the cluster DNS; traffic into
                any pod from the same namespace; traffic out of the tenant's own workloads to the same namespace; and
                exactly the connections in the model, in each direction. Agent sandboxes (pods labelled
                `bulkhead.dev/agent`, warm or claimed) may be called from their namespace but may only call out to what
                their connections and their egress allow-list name. NetworkPolicy cannot name hosts or other clusters:
                a host name becomes HTTPS (or the connection's port) to the public internet with private ranges
                excluded, a peer in another cluster becomes `0.0.0.0/0` on its port; both say what they stand for in
                their `bulkhead.dev/destination` annotation, so you can narrow them.

                ## Tenants

                | Tenant | Environment | Placement | Namespace |
                |---|---|---|---|
                """);
        for (Environment environment : environments) {
            for (Cluster cluster : model.children(environment.id(), Cluster.class)) {
                for (Tenant tenant : model.children(cluster.id(), Tenant.class)) {
                    text.append("| ").append(tenant.name().replace("|", "\\|")).append(" | ").append(environment.name())
                            .append(" | ").append(placements.get(tenant.id()).label()).append(" | `")
                            .append(namespaces.of(tenant.id())).append("` |\n");
                }
            }
        }
        return text.toString();
    }
}
