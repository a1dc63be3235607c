package dev.bulkhead.export.terraform;

import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.TenantsMode;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.TerraformLayout;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The Terraform export's README: the layout and why, the order of apply, what to fill in, what it does not do. */
final class TerraformReadme {
    /** HashiCorp's words, from developer.hashicorp.com/terraform/language/state/workspaces. */
    static final String WORKSPACES_CAVEAT = "Workspaces are not appropriate for system decomposition or deployments "
            + "requiring separate credentials and access controls.";

    private TerraformReadme() {
    }

    static String text(PlacementPlan plan, ExportSettings settings, LayoutAdvice advice, List<String> roots,
                       List<ClusterCall> clusters, List<String> notes) {
        boolean workspaces = advice.layout() == TerraformLayout.WORKSPACES;
        StringBuilder out = new StringBuilder();
        out.append("# Terraform skeletons exported by Bulkhead\n\n").append(plan.scenarioLine());
        out.append("Placement: **").append(settings.choice().label()).append("**. Layout: **")
                .append(advice.layout().name().toLowerCase(Locale.ROOT)).append("**, because ").append(advice.reason())
                .append(" Tenants: **").append(tenants(settings.tenants())).append("**.\n\n");
        out.append("## Layout\n\n");
        if (workspaces) {
            out.append("One root (this folder) holds every environment; `terraform.workspace` picks one. Each environment's "
                    + "clusters and tenants have `count = terraform.workspace == \"ENV\" ? 1 : 0`, and values that differ "
                    + "per environment are maps keyed by workspace (`kubernetes_version`).\n\n");
            out.append("> ").append(WORKSPACES_CAVEAT).append(" (HashiCorp, *Workspaces*)\n\n");
            out.append("Every workspace shares the one backend in `backend.tf` and its credentials. If an environment needs "
                    + "its own, export again with `--layout directories`.\n\n");
        } else {
            out.append("One root per environment under `envs/`, each with its own backend (state) and credentials.\n\n");
        }
        out.append("A tenant on a dedicated cluster has a root of its own (`envs/ENV/dedicated-NAMESPACE/`): its own state "
                + "and credentials. Roots call the shared modules under `modules/`.\n\nRoots:\n\n");
        roots.forEach(root -> out.append("- `").append(root).append("/`\n"));
        out.append("\n## Apply order\n\n");
        out.append("1. In each root, fill in `backend.tf` (the TODOs) and copy `terraform.tfvars.example` to "
                + "`terraform.tfvars`, replacing every `TODO`.\n");
        out.append("2. `terraform init`").append(workspaces ? ", then `terraform workspace new ENV` (or `select`) per environment" : "")
                .append(".\n");
        out.append("3. `terraform plan` and `terraform apply`. The clusters come first; the Kubernetes and Helm providers read "
                + "their endpoints, so on the very first run apply the clusters alone with `-target=module.CLUSTER`, then "
                + "apply again for the tenants (Terraform cannot configure a provider from a cluster that does not exist yet).\n\n");
        out.append("## What to fill in\n\n");
        out.append("- `backend.tf`: where the state lives (bucket, key, region: literal values).\n");
        out.append("- One object variable per cluster, named after it: the network it joins and the account it lives in ");
        out.append("(EKS: VPC and subnets; GKE: project, network and secondary ranges; AKS: subscription and resource group; ");
        out.append("on premises: endpoint, CA and credential plugin).\n");
        out.append("- `kubernetes_version`").append(workspaces ? " per workspace" : "").append(".\n");
        if (settings.tenants() == TenantsMode.GITOPS) {
            out.append("- `gitops_repository_url`, `gitops_branch` and the Flux chart versions: commit the Kubernetes export "
                    + "(`bulkhead export --to k8s`) at the repository's root; each cluster's Flux applies its folder.\n");
        }
        out.append("\n## What this skeleton does not do\n\n");
        out.append("- It does not create networks, accounts, projects or resource groups: it takes them as inputs.\n");
        out.append("- It does not apply the ValidatingAdmissionPolicies, the agents' sandboxes (custom resources) or the "
                + "baseline inside each vCluster: apply those from the Kubernetes export of the same model and option.\n");
        out.append("- `kubernetes_runtime_class_v1` has no overhead or scheduling: where the Kubernetes export's RuntimeClasses "
                + "pin sandboxes to their nodes, apply its `runtimeclasses/` instead of the sandbox-runtime module.\n");
        out.append("- EKS has no managed gVisor or Kata: pools that run them need a custom AMI you build.\n");
        out.append("- Clusters on premises are a placeholder module: create them with your tooling and pass endpoint and CA in.\n\n");
        out.append("## Versions, and where each input was checked\n\n");
        out.append("| What | Pinned | Checked against |\n|---|---|---|\n");
        Set<Provider> providers = new TreeSet<>();
        clusters.forEach(c -> providers.add(c.provider()));
        if (providers.contains(Provider.EKS)) {
            out.append("| `").append(ClusterModules.EKS_SOURCE).append("` | `").append(ClusterModules.EKS_VERSION)
                    .append("` (AWS provider `>= 6.28`) | terraform-aws-eks v21.19.0 `variables.tf`, `docs/UPGRADE-21.0.md` "
                            + "(renamed inputs: `name`, `kubernetes_version`, `addons`) |\n");
        }
        if (providers.contains(Provider.GKE)) {
            out.append("| `").append(ClusterModules.GKE_SOURCE).append("` (`//modules/beta-public-cluster` when a pool runs "
                    + "gVisor) | `").append(ClusterModules.GKE_VERSION).append("` (Google providers: the module's own "
                    + "constraint) | terraform-google-kubernetes-engine v44.2.0 `variables.tf` and the node-pool keys its "
                    + "`cluster.tf` reads |\n");
        }
        if (providers.contains(Provider.AKS)) {
            out.append("| `hashicorp/azurerm` `azurerm_kubernetes_cluster`, `azurerm_kubernetes_cluster_node_pool` | "
                    + "`>= 4.78, < 5.0` | terraform-provider-azurerm v4.81.0 resource docs |\n");
        }
        out.append("| `hashicorp/kubernetes` `*_v1` resources | `~> 3.0` | terraform-provider-kubernetes v3.2.1 resource docs |\n");
        out.append("| `hashicorp/helm` `helm_release` | `~> 3.1` | terraform-provider-helm v3.1.2 docs (3.x: `kubernetes` and "
                + "`set` are attributes) |\n");
        out.append("| vcluster chart (").append(TenantModules.VCLUSTER_REPOSITORY).append(") | `")
                .append(TenantModules.VCLUSTER_CHART_VERSION).append("` | its values schema, as the Kubernetes export |\n\n");
        if (!notes.isEmpty()) {
            out.append("## Notes\n\n");
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
            out.append('\n');
        }
        out.append("Same tenants, namespaces and release names as `bulkhead export --to k8s` of the same model and option ("
                + plan.choice().cliName() + ").\n");
        return out.toString();
    }

    private static String tenants(TenantsMode mode) {
        return switch (mode) {
            case TERRAFORM -> "applied by Terraform (kubernetes *_v1 resources, vCluster helm_release)";
            case GITOPS -> "applied by Flux from the Kubernetes export, bootstrapped by Terraform";
            case NONE -> "not managed here (clusters only)";
        };
    }
}
