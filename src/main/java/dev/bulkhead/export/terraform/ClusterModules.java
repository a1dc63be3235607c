package dev.bulkhead.export.terraform;

import static dev.bulkhead.export.terraform.Hcl.raw;
import static dev.bulkhead.export.terraform.TenantModules.output;
import static dev.bulkhead.export.terraform.TenantModules.variable;

import dev.bulkhead.model.Provider;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shared cluster modules, one per provider, all with the same outputs (endpoint, CA, how to get a token,
 * the kubeconfig command) so that the roots wire their Kubernetes and Helm providers the same way whatever
 * runs the cluster. Each wraps what that provider's users actually use, pinned:
 * terraform-aws-modules/eks ~> 21.0, terraform-google-modules/kubernetes-engine ~> 44.0 (its beta module when a
 * pool runs gVisor: only that one reads {@code sandbox_enabled}), azurerm's own resources, and a placeholder
 * for a cluster run on premises.
 */
final class ClusterModules {
    static final String EKS_SOURCE = "terraform-aws-modules/eks/aws";
    static final String EKS_VERSION = "~> 21.0";
    static final String GKE_SOURCE = "terraform-google-modules/kubernetes-engine/google";
    static final String GKE_BETA_SOURCE = GKE_SOURCE + "//modules/beta-public-cluster";
    static final String GKE_VERSION = "~> 44.0";

    private ClusterModules() {
    }

    /** The module's folder under {@code modules/}. */
    static String folder(Provider provider) {
        return switch (provider) {
            case EKS -> "cluster-eks";
            case GKE -> "cluster-gke";
            case AKS -> "cluster-aks";
            case ON_PREM -> "cluster-on-prem";
        };
    }

    /** The module's files, by path under {@code modules/}. */
    static Map<String, String> files(Provider provider, boolean gkeSandbox) {
        Map<String, String> files = new TreeMap<>();
        String dir = folder(provider) + "/";
        switch (provider) {
            case EKS -> {
                files.put(dir + "versions.tf", Providers.moduleVersions("aws"));
                files.put(dir + "main.tf", eksMain());
                files.put(dir + "variables.tf", eksVariables());
                files.put(dir + "outputs.tf", outputs("module.eks.cluster_name", "module.eks.cluster_endpoint",
                        "module.eks.cluster_certificate_authority_data", "\"aws\"",
                        "[\"eks\", \"get-token\", \"--cluster-name\", module.eks.cluster_name, \"--region\", var.region]",
                        "\"aws eks update-kubeconfig --name ${module.eks.cluster_name} --region ${var.region}\""));
            }
            case GKE -> {
                files.put(dir + "versions.tf", Providers.moduleVersions("google"));
                files.put(dir + "main.tf", gkeMain(gkeSandbox));
                files.put(dir + "variables.tf", gkeVariables());
                files.put(dir + "outputs.tf", outputs("module.gke.name", "\"https://${module.gke.endpoint}\"",
                        "module.gke.ca_certificate", "\"gke-gcloud-auth-plugin\"", "[]",
                        "\"gcloud container clusters get-credentials ${module.gke.name} --region ${var.region} "
                                + "--project ${var.project_id}\""));
            }
            case AKS -> {
                files.put(dir + "versions.tf", Providers.moduleVersions("azurerm"));
                files.put(dir + "main.tf", aksMain());
                files.put(dir + "variables.tf", aksVariables());
                files.put(dir + "outputs.tf", outputs("azurerm_kubernetes_cluster.this.name",
                        "azurerm_kubernetes_cluster.this.kube_config[0].host",
                        "azurerm_kubernetes_cluster.this.kube_config[0].cluster_ca_certificate", "\"kubelogin\"",
                        // The AKS AAD server application id is the same for every cluster (Microsoft's kubelogin docs).
                        "[\"get-token\", \"--login\", \"azurecli\", \"--server-id\", \"6dae42f8-4368-4678-94ff-3960e28e3630\"]",
                        "\"az aks get-credentials --resource-group ${var.resource_group_name} --name "
                                + "${azurerm_kubernetes_cluster.this.name}\""));
            }
            case ON_PREM -> {
                files.put(dir + "versions.tf", Providers.moduleVersions());
                files.put(dir + "main.tf", onPremMain());
                files.put(dir + "variables.tf", onPremVariables());
                files.put(dir + "outputs.tf", outputs("var.name", "var.endpoint", "var.ca_certificate", "var.exec_command",
                        "var.exec_args", "\"kubectl config use-context ${var.name}\""));
            }
        }
        return files;
    }

    private static String eksMain() {
        Hcl.Block file = Hcl.Block.file();
        Hcl.Block eks = file.block("module", "eks").attr("source", EKS_SOURCE).attr("version", EKS_VERSION);
        eks.blank();
        eks.attr("name", raw("var.name")).attr("kubernetes_version", raw("var.kubernetes_version"))
                .attr("vpc_id", raw("var.vpc_id")).attr("subnet_ids", raw("var.subnet_ids"))
                .attr("endpoint_public_access", raw("var.endpoint_public_access"))
                // Whoever applies becomes cluster admin, so the same run can create the tenants' namespaces.
                .attr("enable_cluster_creator_admin_permissions", Hcl.bool(true))
                .attr("upgrade_policy", new Hcl.Obj().put("support_type", raw("var.support_type")));
        eks.blank();
        // The VPC CNI enforces NetworkPolicy only when asked to; every tenant namespace relies on default deny.
        eks.attr("addons", new Hcl.Obj()
                .put("coredns", new Hcl.Obj())
                .put("eks-pod-identity-agent", new Hcl.Obj().put("before_compute", Hcl.bool(true)))
                .put("kube-proxy", new Hcl.Obj())
                .put("vpc-cni", new Hcl.Obj().put("before_compute", Hcl.bool(true))
                        .put("configuration_values", raw("jsonencode({ enableNetworkPolicy = \"true\" })"))));
        eks.blank();
        eks.attr("eks_managed_node_groups", raw("var.node_groups"));
        return file.text();
    }

    private static String eksVariables() {
        Hcl.Block file = Hcl.Block.file();
        common(file);
        variable(file, "region", "The AWS region (for the kubeconfig command; the aws provider passed in sets where).", "string");
        variable(file, "vpc_id", "The VPC the cluster runs in.", "string");
        validation(variable(file, "subnet_ids", "Private subnets for the control plane and nodes, in at least two zones.",
                "list(string)"), "length(var.subnet_ids) >= 2", "EKS needs subnets in at least two availability zones.");
        variable(file, "endpoint_public_access", "Whether the API endpoint is reachable from the internet "
                + "(Terraform must reach it to create the tenants).", "bool").attr("default", Hcl.bool(false));
        Hcl.Block support = variable(file, "support_type", "STANDARD, or EXTENDED support for older Kubernetes versions.",
                "string");
        validation(support, "contains([\"STANDARD\", \"EXTENDED\"], var.support_type)", "support_type is STANDARD or EXTENDED.");
        variable(file, "node_groups", "EKS managed node groups by name, from the model's node pools.",
                "map(object({ instance_types = list(string), min_size = number, max_size = number, desired_size = number, "
                        + "labels = map(string), taints = map(object({ key = string, value = optional(string), effect = string })) }))");
        return file.text();
    }

    private static String gkeMain(boolean sandbox) {
        Hcl.Block file = Hcl.Block.file();
        Hcl.Block gke = file.block("module", "gke").attr("source", sandbox ? GKE_BETA_SOURCE : GKE_SOURCE)
                .attr("version", GKE_VERSION);
        gke.blank();
        gke.attr("project_id", raw("var.project_id")).attr("name", raw("var.name")).attr("region", raw("var.region"))
                .attr("kubernetes_version", raw("var.kubernetes_version")).attr("release_channel", raw("var.release_channel"))
                .attr("network", raw("var.network")).attr("subnetwork", raw("var.subnetwork"))
                .attr("ip_range_pods", raw("var.ip_range_pods")).attr("ip_range_services", raw("var.ip_range_services"))
                // Dataplane V2 enforces NetworkPolicy; every tenant namespace relies on default deny.
                .attr("datapath_provider", "ADVANCED_DATAPATH")
                .attr("remove_default_node_pool", Hcl.bool(true))
                .attr("deletion_protection", Hcl.bool(true));
        gke.blank();
        gke.attr("node_pools", raw("var.node_pools")).attr("node_pools_labels", raw("var.node_pools_labels"))
                .attr("node_pools_taints", raw("var.node_pools_taints"));
        return file.text();
    }

    private static String gkeVariables() {
        Hcl.Block file = Hcl.Block.file();
        common(file);
        variable(file, "project_id", "The Google Cloud project.", "string");
        variable(file, "region", "The region of this regional cluster.", "string");
        variable(file, "network", "The VPC network.", "string");
        variable(file, "subnetwork", "The subnetwork of the nodes.", "string");
        variable(file, "ip_range_pods", "The subnetwork's secondary range for pods.", "string");
        variable(file, "ip_range_services", "The subnetwork's secondary range for services.", "string");
        Hcl.Block channel = variable(file, "release_channel", "REGULAR, STABLE, RAPID, or EXTENDED for extended support.",
                "string");
        validation(channel, "contains([\"RAPID\", \"REGULAR\", \"STABLE\", \"EXTENDED\"], var.release_channel)",
                "release_channel is RAPID, REGULAR, STABLE or EXTENDED.");
        variable(file, "node_pools", "Node pools (the module reads each as a map of strings).", "list(map(string))");
        variable(file, "node_pools_labels", "Kubernetes labels by node pool name.", "map(map(string))");
        variable(file, "node_pools_taints", "Taints by node pool name.",
                "map(list(object({ key = string, value = string, effect = string })))");
        return file.text();
    }

    private static String aksMain() {
        Hcl.Block file = Hcl.Block.file();
        Hcl.Block cluster = file.block("resource", "azurerm_kubernetes_cluster", "this");
        cluster.attr("name", raw("var.name")).attr("location", raw("var.location"))
                .attr("resource_group_name", raw("var.resource_group_name")).attr("dns_prefix", raw("var.name"))
                .attr("kubernetes_version", raw("var.kubernetes_version")).attr("sku_tier", raw("var.sku_tier"))
                // Long-term support is what AKS calls extended support; it needs the Premium tier.
                .attr("support_plan", raw("var.sku_tier == \"Premium\" ? \"AKSLongTermSupport\" : \"KubernetesOfficial\""));
        cluster.blank();
        cluster.block("default_node_pool").attr("name", "system").attr("vm_size", raw("var.system_vm_size"))
                .attr("node_count", Hcl.number(2));
        cluster.block("identity").attr("type", "SystemAssigned");
        // Azure CNI powered by Cilium enforces NetworkPolicy; every tenant namespace relies on default deny.
        cluster.block("network_profile").attr("network_plugin", "azure").attr("network_plugin_mode", "overlay")
                .attr("network_data_plane", "cilium").attr("network_policy", "cilium");
        cluster.block("azure_active_directory_role_based_access_control").attr("azure_rbac_enabled", Hcl.bool(true));

        Hcl.Block pool = file.block("resource", "azurerm_kubernetes_cluster_node_pool", "this");
        pool.attr("for_each", raw("var.node_pools"));
        pool.blank();
        pool.attr("name", raw("each.key")).attr("kubernetes_cluster_id", raw("azurerm_kubernetes_cluster.this.id"))
                .attr("vm_size", raw("each.value.vm_size")).attr("auto_scaling_enabled", Hcl.bool(true))
                .attr("min_count", raw("each.value.min_count")).attr("max_count", raw("each.value.max_count"))
                .attr("node_labels", raw("each.value.labels")).attr("node_taints", raw("each.value.taints"))
                .attr("os_sku", raw("each.value.os_sku")).attr("workload_runtime", raw("each.value.workload_runtime"));
        return file.text();
    }

    private static String aksVariables() {
        Hcl.Block file = Hcl.Block.file();
        common(file);
        variable(file, "location", "The Azure region.", "string");
        variable(file, "resource_group_name", "The resource group the cluster goes in.", "string");
        Hcl.Block tier = variable(file, "sku_tier", "Free, Standard, or Premium (long-term support).", "string");
        validation(tier, "contains([\"Free\", \"Standard\", \"Premium\"], var.sku_tier)", "sku_tier is Free, Standard or Premium.");
        variable(file, "system_vm_size", "The VM size of the system node pool.", "string").attr("default", "Standard_D4s_v5");
        variable(file, "node_pools", "User node pools by name (lowercase letters and digits, at most 12).",
                "map(object({ vm_size = string, min_count = number, max_count = number, labels = map(string), "
                        + "taints = list(string), os_sku = string, workload_runtime = string }))");
        return file.text();
    }

    private static String onPremMain() {
        Hcl.Block file = Hcl.Block.file();
        file.comment("Placeholder: Bulkhead does not provision clusters on premises. Create the cluster with the tooling\n"
                + "you use (kubeadm, Cluster API, Rancher, OpenShift, ...) and pass its endpoint and CA in; the roots then\n"
                + "manage its tenants exactly as on a managed cluster, through this module's outputs.");
        file.block("locals").attr("placeholder", Hcl.bool(true));
        return file.text();
    }

    private static String onPremVariables() {
        Hcl.Block file = Hcl.Block.file();
        variable(file, "name", "The cluster's name (its kubeconfig context).", "string");
        variable(file, "endpoint", "TODO: the API server's URL, https://...", "string");
        variable(file, "ca_certificate", "TODO: the API server's CA certificate, base64-encoded PEM.", "string");
        variable(file, "exec_command", "The credential plugin that prints a token (kubectl's exec format).", "string");
        variable(file, "exec_args", "Its arguments.", "list(string)").attr("default", raw("[]"));
        return file.text();
    }

    /** The inputs every managed cluster module has. */
    private static void common(Hcl.Block file) {
        variable(file, "name", "The cluster's name.", "string");
        Hcl.Block version = variable(file, "kubernetes_version", "The Kubernetes minor version, for example 1.33.", "string");
        validation(version, "can(regex(\"^1\\\\.[0-9]+$\", var.kubernetes_version))", "kubernetes_version is a minor version such as 1.33.");
    }

    static void validation(Hcl.Block variable, String condition, String message) {
        variable.block("validation").attr("condition", raw(condition)).attr("error_message", message);
    }

    private static String outputs(String name, String endpoint, String ca, String command, String args, String kubeconfig) {
        Hcl.Block file = Hcl.Block.file();
        file.block("output", "name").attr("description", "The cluster's name.").attr("value", raw(name));
        file.block("output", "endpoint").attr("description", "The API server's URL.").attr("value", raw(endpoint));
        file.block("output", "ca_certificate").attr("description", "The API server's CA certificate, base64-encoded.")
                .attr("value", raw(ca));
        file.block("output", "exec_command").attr("description", "The credential plugin the Kubernetes and Helm providers run.")
                .attr("value", raw(command));
        file.block("output", "exec_args").attr("description", "Its arguments.").attr("value", raw(args));
        file.block("output", "kubeconfig_command").attr("description", "How to point kubectl at the cluster.")
                .attr("value", raw(kubeconfig));
        return file.text();
    }
}
