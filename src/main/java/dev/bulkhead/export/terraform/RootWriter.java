package dev.bulkhead.export.terraform;

import static dev.bulkhead.export.terraform.Hcl.raw;

import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.TenantsMode;
import dev.bulkhead.export.kubernetes.TenantObjects;
import dev.bulkhead.model.TenancyOption;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes one Terraform root: its clusters (module calls), the providers wired to them, the tenants on them, and
 * versions.tf, providers.tf, backend.tf, main.tf, variables.tf, outputs.tf and terraform.tfvars.example. In the
 * workspaces layout one root holds every environment, each part counted in only in its environment's workspace.
 */
final class RootWriter {
    /** What one environment puts in a root. */
    record Part(String environment, String workspace, List<ClusterCall> clusters, Map<String, List<TenantPlan>> tenants,
                Map<String, List<RuntimeClass>> runtimeClasses, Map<String, String> gitopsPaths) {
    }

    private final String dir;
    private final String modules;
    private final boolean workspaces;
    private final TenantsMode tenantsMode;
    private final TenantObjects objects;
    private final List<String> notes;
    private final Identifiers ids;
    private final Hcl.Block main = Hcl.Block.file();
    private final Hcl.Block providers = Hcl.Block.file();
    private final Hcl.Block variables = Hcl.Block.file();
    private final Hcl.Block outputs = Hcl.Block.file();
    private final Hcl.Block example = Hcl.Block.file();
    private final Set<String> providerNames = new LinkedHashSet<>();
    private final Hcl.Obj namespaces = new Hcl.Obj();

    /**
     * @param dir     the root's folder in the export ("" for the top)
     * @param modules the path from the root to {@code modules/}
     */
    RootWriter(String dir, String modules, boolean workspaces, TenantsMode tenantsMode, TenantObjects objects, List<String> notes) {
        this.dir = dir;
        this.modules = modules;
        this.workspaces = workspaces;
        this.tenantsMode = tenantsMode;
        this.objects = objects;
        this.notes = notes;
        this.ids = new Identifiers(dir.isEmpty() ? "." : dir, notes);
        for (String reserved : List.of("kubernetes_version", "gitops_repository_url", "gitops_branch", "flux_chart_version",
                "flux_sync_chart_version", "namespaces")) {
            ids.of(reserved);
        }
    }

    /** A fresh identifier in this root (for a cluster: its module, provider alias and input variable). */
    String id(String wanted) {
        return ids.of(wanted);
    }

    /** The root's files, by path in the export. */
    Map<String, String> write(List<Part> parts) {
        Map<String, String> files = new TreeMap<>();
        List<String> workspaceNames = parts.stream().map(Part::workspace).toList();
        kubernetesVersion(workspaceNames);
        if (workspaces) {
            Hcl.Block check = main.block("check", "workspace");
            check.block("assert").attr("condition", raw("contains(" + list(workspaceNames) + ", terraform.workspace)"))
                    .attr("error_message", "Select an environment's workspace first: terraform workspace select "
                            + String.join("|", workspaceNames) + ".");
        }
        boolean gitops = tenantsMode == TenantsMode.GITOPS && parts.stream().anyMatch(p -> !p.gitopsPaths().isEmpty());
        if (gitops) {
            gitopsVariables();
        }
        for (Part part : parts) {
            String count = workspaces ? "terraform.workspace == \"" + part.workspace() + "\" ? 1 : 0" : null;
            for (ClusterCall cluster : part.clusters()) {
                String module = cluster(cluster, count);
                List<TenantPlan> tenants = part.tenants().getOrDefault(cluster.key(), List.of());
                boolean helm = tenantsMode == TenantsMode.GITOPS
                        || tenantsMode == TenantsMode.TERRAFORM && tenants.stream().anyMatch(RootWriter::isVCluster);
                clusterProviders(cluster, module, helm);
                if (tenantsMode == TenantsMode.TERRAFORM) {
                    List<RuntimeClass> runtimeClasses = part.runtimeClasses().getOrDefault(cluster.key(), List.of());
                    if (!runtimeClasses.isEmpty()) {
                        runtimes(cluster, runtimeClasses, count);
                    }
                    for (TenantPlan tenant : tenants) {
                        tenant(cluster, tenant, count, files);
                    }
                } else if (tenantsMode == TenantsMode.GITOPS && part.gitopsPaths().containsKey(cluster.key())) {
                    gitops(cluster, part.gitopsPaths().get(cluster.key()), count);
                }
            }
        }
        if (!namespaces.isEmpty()) {
            outputs.block("output", "namespaces").attr("description", "Each tenant's namespace, by tenant.")
                    .attr("value", namespaces);
        }
        String prefix = dir.isEmpty() ? "" : dir + "/";
        files.put(prefix + "versions.tf", Providers.versions(providerNames));
        files.put(prefix + "providers.tf", providers.text());
        files.put(prefix + "backend.tf", backend());
        files.put(prefix + "main.tf", main.text());
        files.put(prefix + "variables.tf", variables.text());
        files.put(prefix + "outputs.tf", outputs.text());
        files.put(prefix + "terraform.tfvars.example", example.text());
        return files;
    }

    private void kubernetesVersion(List<String> workspaceNames) {
        if (workspaces) {
            Hcl.Block version = TenantModules.variable(variables, "kubernetes_version",
                    "The Kubernetes minor version of each environment's clusters, by workspace.", "map(string)");
            ClusterModules.validation(version, "alltrue([for workspace in " + list(workspaceNames)
                    + " : contains(keys(var.kubernetes_version), workspace)])", "Give a version for every workspace: "
                    + String.join(", ", workspaceNames) + ".");
            Hcl.Obj versions = new Hcl.Obj();
            workspaceNames.forEach(w -> versions.put(w, "1.33"));
            example.attr("kubernetes_version", versions);
        } else {
            Hcl.Block version = TenantModules.variable(variables, "kubernetes_version",
                    "The Kubernetes minor version of this root's clusters, for example 1.33.", "string");
            ClusterModules.validation(version, "can(regex(\"^1\\\\.[0-9]+$\", var.kubernetes_version))",
                    "kubernetes_version is a minor version such as 1.33.");
            example.attr("kubernetes_version", "1.33");
        }
    }

    /** The cluster's module call and its input variable; returns how to refer to the module's outputs. */
    private String cluster(ClusterCall cluster, String count) {
        Hcl.Obj inputType = new Hcl.Obj();
        Hcl.Obj inputExample = new Hcl.Obj();
        cluster.inputs().forEach((field, type) -> {
            inputType.put(field, raw(type));
            inputExample.put(field, type.startsWith("list") ? raw("[\"TODO\"]") : Hcl.str("TODO"));
        });
        Hcl.Block variable = variables.block("variable", cluster.key())
                .attr("description", "Where cluster '" + cluster.name() + "' (" + cluster.provider().label()
                        + ") goes; fill in the TODOs of terraform.tfvars.example.")
                .attr("type", Hcl.call("object", inputType));
        if (workspaces) {
            // Only the cluster's own workspace needs these; the others leave them unset.
            variable.attr("default", raw("null"));
        }
        example.attr(cluster.key(), inputExample);

        Hcl.Block module = main.block("module", cluster.key());
        if (count != null) {
            module.attr("count", raw(count));
        }
        module.attr("source", modules + "/" + ClusterModules.folder(cluster.provider()));
        String cloud = cloudProvider(cluster);
        if (cloud != null) {
            Hcl.Obj passed = new Hcl.Obj().put(cloud, raw(cloud + "." + cluster.key()));
            module.attr("providers", passed);
        }
        module.blank();
        cluster.writeInputs(module, workspaces ? "var.kubernetes_version[terraform.workspace]" : "var.kubernetes_version", notes);

        String ref = "module." + cluster.key() + (workspaces ? "[0]" : "");
        for (String output : List.of("endpoint", "kubeconfig_command")) {
            outputs.block("output", ids.of(cluster.key() + "_" + output))
                    .attr("description", "Cluster '" + cluster.name() + "': " + (output.equals("endpoint") ? "the API server's URL."
                            : "how to point kubectl at it."))
                    .attr("value", raw(workspaces ? "one(module." + cluster.key() + "[*]." + output + ")" : ref + "." + output));
        }
        return "module." + cluster.key();
    }

    /** The cloud provider block the cluster module gets, aliased by cluster; null on premises. */
    private String cloudProvider(ClusterCall cluster) {
        String input = "var." + cluster.key();
        switch (cluster.provider()) {
            case EKS -> {
                providerNames.add("aws");
                providers.block("provider", "aws").attr("alias", cluster.key()).attr("region", cluster.cluster().region());
                return "aws";
            }
            case GKE -> {
                providerNames.add("google");
                providers.block("provider", "google").attr("alias", cluster.key())
                        .attr("project", raw(workspaces ? "try(" + input + ".project_id, null)" : input + ".project_id"))
                        .attr("region", cluster.cluster().region());
                return "google";
            }
            case AKS -> {
                providerNames.add("azurerm");
                Hcl.Block azure = providers.block("provider", "azurerm").attr("alias", cluster.key())
                        .attr("subscription_id", raw(workspaces ? "try(" + input + ".subscription_id, null)"
                                : input + ".subscription_id"));
                azure.blank();
                azure.block("features");
                return "azurerm";
            }
            default -> {
                return null;
            }
        }
    }

    private void clusterProviders(ClusterCall cluster, String module, boolean helm) {
        providerNames.add("kubernetes");
        if (helm) {
            providerNames.add("helm");
        }
        if (workspaces) {
            // In another environment's workspace the cluster has no instance: the providers get nulls and stay unused.
            Providers.clusterProviders(providers, cluster.key(), output -> output.equals("ca_certificate")
                    ? "try(base64decode(one(" + module + "[*].ca_certificate)), null)" : "one(" + module + "[*]." + output + ")", helm);
        } else {
            Providers.clusterProviders(providers, cluster.key(), output -> output.equals("ca_certificate")
                    ? "base64decode(" + module + ".ca_certificate)" : module + "." + output, helm);
        }
    }

    private void runtimes(ClusterCall cluster, List<RuntimeClass> runtimeClasses, String count) {
        Hcl.Block module = tenantModule(ids.of("sandbox_runtime_" + cluster.key()), "sandbox-runtime", "kubernetes", cluster, count);
        module.attr("runtime_classes", Hcl.list(runtimeClasses.stream().map(rc -> (Hcl.Value) new Hcl.Obj()
                .put("metadata", HclValues.of(rc.getMetadata())).put("handler", rc.getHandler())).toList()));
        if (runtimeClasses.stream().anyMatch(rc -> rc.getScheduling() != null || rc.getOverhead() != null)) {
            notes.add("cluster '" + cluster.name() + "': kubernetes_runtime_class_v1 has no overhead or scheduling; apply "
                    + "the Kubernetes export's runtimeclasses/ (or add them by hand) for those");
        }
    }

    private void tenant(ClusterCall cluster, TenantPlan tenant, String count, Map<String, String> files) {
        TenantObjects.Namespace namespace = objects.namespaceOf(tenant);
        String moduleId = ids.of(prefix(cluster) + "tenant_" + tenant.namespace());
        Hcl.Block module = tenantModule(moduleId, "tenant-namespace", "kubernetes", cluster, count);
        for (HasMetadata object : namespace.guardRails()) {
            module.attr(inputFor(object), HclValues.of(object));
        }
        module.attr("network_policies", Hcl.list(namespace.policies().stream().map(p -> (Hcl.Value) HclValues.of(p)).toList()));
        namespaces.put(tenant.tenant().name(), tenant.namespace());
        if (isVCluster(tenant)) {
            String values = "tenants/" + cluster.key() + "/" + tenant.namespace() + "/vcluster.yaml";
            files.put((dir.isEmpty() ? "" : dir + "/") + values, objects.vclusterValues(tenant));
            Hcl.Block release = tenantModule(ids.of(prefix(cluster) + "vcluster_" + tenant.namespace()), "tenant-vcluster", "helm", cluster, count);
            release.attr("release", tenant.release())
                    .attr("namespace", raw("module." + moduleId + (workspaces ? "[0]" : "") + ".namespace"))
                    .attr("values_file", raw("\"${path.module}/" + values + "\""));
        }
    }

    /** The tenant-namespace input each guard-rail object goes to. */
    private static String inputFor(HasMetadata object) {
        if (object instanceof Namespace) {
            return "namespace";
        } else if (object instanceof ResourceQuota) {
            return "resource_quota";
        } else if (object instanceof LimitRange) {
            return "limit_range";
        } else if (object instanceof ServiceAccount) {
            return "default_service_account";
        } else if (object instanceof Role) {
            return "role";
        } else if (object instanceof RoleBinding) {
            return "role_binding";
        }
        throw new IllegalStateException("the tenant-namespace module has no input for a " + object.getKind());
    }

    /** In the workspaces layout every environment's tenants share the root: their modules say whose they are. */
    private String prefix(ClusterCall cluster) {
        return workspaces ? cluster.key() + "_" : "";
    }

    private Hcl.Block tenantModule(String id, String source, String provider, ClusterCall cluster, String count) {
        Hcl.Block module = main.block("module", id);
        if (count != null) {
            module.attr("count", raw(count));
        }
        module.attr("source", modules + "/" + source);
        module.attr("providers", new Hcl.Obj().put(provider, raw(provider + "." + cluster.key())));
        module.blank();
        return module;
    }

    private void gitopsVariables() {
        TenantModules.variable(variables, "gitops_repository_url", "The Git repository Flux syncs: where the Kubernetes "
                + "export is committed.", "string");
        TenantModules.variable(variables, "gitops_branch", "Its branch.", "string").attr("default", "main");
        TenantModules.variable(variables, "flux_chart_version", "The flux2 chart version you run.", "string");
        TenantModules.variable(variables, "flux_sync_chart_version", "The flux2-sync chart version you run.", "string");
        example.attr("gitops_repository_url", "TODO: https://github.com/ORG/REPO").attr("gitops_branch", "main")
                .attr("flux_chart_version", "TODO").attr("flux_sync_chart_version", "TODO");
    }

    private void gitops(ClusterCall cluster, String path, String count) {
        tenantModule(ids.of("gitops_" + cluster.key()), "gitops-bootstrap", "helm", cluster, count)
                .attr("repository_url", raw("var.gitops_repository_url")).attr("branch", raw("var.gitops_branch"))
                .attr("path", path).attr("flux_chart_version", raw("var.flux_chart_version"))
                .attr("sync_chart_version", raw("var.flux_sync_chart_version"));
    }

    private String backend() {
        Hcl.Block file = Hcl.Block.file();
        file.comment("TODO: choose where this root keeps its state" + (workspaces ? " (every workspace shares it)" : "")
                + ". An example for S3; the azurerm, gcs and\n"
                + "remote backends work the same way. Terraform reads no variables here: fill in literal values.");
        Hcl.Block terraform = file.block("terraform");
        terraform.block("backend", "s3").attr("bucket", "TODO-state-bucket")
                .attr("key", (dir.isEmpty() ? "bulkhead" : dir) + "/terraform.tfstate").attr("region", "TODO-region")
                .attr("use_lockfile", Hcl.bool(true));
        return file.text();
    }

    private static boolean isVCluster(TenantPlan tenant) {
        return tenant.placement().option() == TenancyOption.VCLUSTER;
    }

    private static String list(List<String> items) {
        StringBuilder out = new StringBuilder();
        Hcl.strings(items).render(out, "");
        return out.toString();
    }
}
