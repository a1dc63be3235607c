package dev.bulkhead.export.terraform;

import static dev.bulkhead.export.terraform.Hcl.raw;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shared tenant modules: {@code tenant-namespace} (a namespace with the guard-rails and NetworkPolicies the
 * Kubernetes export writes, as {@code hashicorp/kubernetes} {@code *_v1} resources), {@code tenant-vcluster}
 * (the vCluster chart as a {@code helm_release} with the export's values file) and {@code sandbox-runtime}
 * (RuntimeClasses). Their inputs mirror the Kubernetes objects field by field, in the provider's snake_case.
 */
final class TenantModules {
    static final String VCLUSTER_REPOSITORY = "https://charts.loft.sh";
    static final String FLUX_REPOSITORY = "https://fluxcd-community.github.io/helm-charts";
    /** The chart version whose values schema the export's vcluster.yaml is checked against. */
    static final String VCLUSTER_CHART_VERSION = "0.36.1";

    private static final String META = "object({ name = optional(string), namespace = optional(string), "
            + "labels = optional(map(string), {}), annotations = optional(map(string), {}) })";
    private static final String SELECTOR = "object({ match_labels = optional(map(string), {}), match_expressions = "
            + "optional(list(object({ key = string, operator = string, values = optional(list(string), []) })), []) })";
    private static final String PEER = "object({ pod_selector = optional(" + SELECTOR + "), namespace_selector = optional("
            + SELECTOR + "), ip_block = optional(object({ cidr = string, except = optional(list(string), []) })) })";
    private static final String PORT = "object({ port = optional(string), protocol = optional(string) })";

    private TenantModules() {
    }

    /** The three modules' files, by path under {@code modules/}. */
    static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        files.put("tenant-namespace/versions.tf", Providers.moduleVersions("kubernetes"));
        files.put("tenant-namespace/main.tf", namespaceMain());
        files.put("tenant-namespace/variables.tf", namespaceVariables());
        files.put("tenant-namespace/outputs.tf", output("namespace", "The namespace's name.",
                "kubernetes_namespace_v1.this.metadata[0].name"));
        files.put("tenant-vcluster/versions.tf", Providers.moduleVersions("helm"));
        files.put("tenant-vcluster/main.tf", vclusterMain());
        files.put("tenant-vcluster/variables.tf", vclusterVariables());
        files.put("tenant-vcluster/outputs.tf", output("release", "The Helm release (and vCluster) name.",
                "helm_release.vcluster.name"));
        files.put("sandbox-runtime/versions.tf", Providers.moduleVersions("kubernetes"));
        files.put("sandbox-runtime/main.tf", runtimeMain());
        files.put("sandbox-runtime/variables.tf", runtimeVariables());
        files.put("sandbox-runtime/outputs.tf", output("runtime_classes", "The RuntimeClasses' names.",
                "[for runtime_class in kubernetes_runtime_class_v1.this : runtime_class.metadata[0].name]"));
        files.put("gitops-bootstrap/versions.tf", Providers.moduleVersions("helm"));
        files.put("gitops-bootstrap/main.tf", gitopsMain());
        files.put("gitops-bootstrap/variables.tf", gitopsVariables());
        files.put("gitops-bootstrap/outputs.tf", output("path", "The folder of the repository Flux applies.", "var.path"));
        return files;
    }

    /**
     * Flux and one GitRepository + Kustomization that apply the Kubernetes export's folder of this cluster: the
     * fluxcd-community charts, in Helm provider 3.x syntax ({@code set} is a list of objects).
     */
    private static String gitopsMain() {
        Hcl.Block file = Hcl.Block.file();
        file.block("resource", "helm_release", "flux").attr("name", "flux2").attr("namespace", "flux-system")
                .attr("create_namespace", Hcl.bool(true)).attr("repository", FLUX_REPOSITORY).attr("chart", "flux2")
                .attr("version", raw("var.flux_chart_version"));
        Hcl.Block sync = file.block("resource", "helm_release", "sync").attr("name", "flux2-sync").attr("namespace", "flux-system")
                .attr("repository", FLUX_REPOSITORY).attr("chart", "flux2-sync").attr("version", raw("var.sync_chart_version"));
        sync.attr("set", Hcl.list(List.of(
                new Hcl.Obj().put("name", "gitRepository.spec.url").put("value", raw("var.repository_url")),
                new Hcl.Obj().put("name", "gitRepository.spec.ref.branch").put("value", raw("var.branch")),
                new Hcl.Obj().put("name", "kustomization.spec.path").put("value", raw("var.path")))));
        sync.blank();
        sync.attr("depends_on", raw("[helm_release.flux]"));
        return file.text();
    }

    private static String gitopsVariables() {
        Hcl.Block file = Hcl.Block.file();
        variable(file, "repository_url", "The Git repository that holds the Kubernetes export.", "string");
        variable(file, "branch", "Its branch.", "string");
        variable(file, "path", "The Kubernetes export's folder of this cluster, in that repository.", "string");
        variable(file, "flux_chart_version", "The flux2 chart version.", "string");
        variable(file, "sync_chart_version", "The flux2-sync chart version.", "string");
        return file.text();
    }

    private static String namespaceMain() {
        Hcl.Block file = Hcl.Block.file();
        Hcl.Block namespace = file.block("resource", "kubernetes_namespace_v1", "this");
        metadata(namespace, "var.namespace.metadata", false);

        Hcl.Block quota = file.block("resource", "kubernetes_resource_quota_v1", "this");
        metadata(quota, "var.resource_quota.metadata", true);
        quota.block("spec").attr("hard", raw("var.resource_quota.spec.hard"));

        Hcl.Block limits = file.block("resource", "kubernetes_limit_range_v1", "this");
        metadata(limits, "var.limit_range.metadata", true);
        Hcl.Block limit = dynamic(limits.block("spec"), "limit", "var.limit_range.spec.limits");
        for (String field : new String[] {"type", "default", "default_request", "max", "min"}) {
            limit.attr(field, raw("limit.value." + field));
        }

        // The namespace's own "default" account exists already; this resource adopts it rather than creating one.
        Hcl.Block account = file.block("resource", "kubernetes_default_service_account_v1", "this");
        account.block("metadata").attr("namespace", raw("kubernetes_namespace_v1.this.metadata[0].name"))
                .attr("labels", raw("var.default_service_account.metadata.labels"))
                .attr("annotations", raw("var.default_service_account.metadata.annotations"));
        account.attr("automount_service_account_token", raw("var.default_service_account.automount_service_account_token"));

        Hcl.Block role = file.block("resource", "kubernetes_role_v1", "this");
        metadata(role, "var.role.metadata", true);
        Hcl.Block rule = dynamic(role, "rule", "var.role.rules");
        for (String field : new String[] {"api_groups", "resources", "verbs", "resource_names"}) {
            rule.attr(field, raw("rule.value." + field));
        }

        Hcl.Block binding = file.block("resource", "kubernetes_role_binding_v1", "this");
        metadata(binding, "var.role_binding.metadata", true);
        binding.block("role_ref").attr("api_group", raw("var.role_binding.role_ref.api_group"))
                .attr("kind", raw("var.role_binding.role_ref.kind"))
                .attr("name", raw("kubernetes_role_v1.this.metadata[0].name"));
        Hcl.Block subject = dynamic(binding, "subject", "var.role_binding.subjects");
        for (String field : new String[] {"kind", "name", "api_group", "namespace"}) {
            subject.attr(field, raw("subject.value." + field));
        }

        Hcl.Block policy = file.block("resource", "kubernetes_network_policy_v1", "this");
        policy.attr("for_each", raw("{ for policy in var.network_policies : policy.metadata.name => policy }"));
        policy.blank();
        metadata(policy, "each.value.metadata", true);
        Hcl.Block spec = policy.block("spec");
        spec.attr("policy_types", raw("each.value.spec.policy_types"));
        selector(spec.block("pod_selector"), "each.value.spec.pod_selector");
        rules(spec, "ingress", "from");
        rules(spec, "egress", "to");
        return file.text();
    }

    /** Ingress or egress rules: their peers and ports. */
    private static void rules(Hcl.Block spec, String direction, String peers) {
        Hcl.Block rule = dynamic(spec, direction, "each.value.spec." + direction);
        Hcl.Block peer = dynamic(rule, peers, direction + ".value." + peers);
        for (String kind : new String[] {"pod_selector", "namespace_selector"}) {
            selector(optional(peer, kind, peers + ".value." + kind), kind + ".value");
        }
        optional(peer, "ip_block", peers + ".value.ip_block").attr("cidr", raw("ip_block.value.cidr"))
                .attr("except", raw("ip_block.value.except"));
        dynamic(rule, "ports", direction + ".value.ports").attr("port", raw("ports.value.port"))
                .attr("protocol", raw("ports.value.protocol"));
    }

    private static void selector(Hcl.Block block, String from) {
        block.attr("match_labels", raw(from + ".match_labels"));
        dynamic(block, "match_expressions", from + ".match_expressions").attr("key", raw("match_expressions.value.key"))
                .attr("operator", raw("match_expressions.value.operator"))
                .attr("values", raw("match_expressions.value.values"));
    }

    private static void metadata(Hcl.Block resource, String from, boolean namespaced) {
        Hcl.Block metadata = resource.block("metadata").attr("name", raw(from + ".name"));
        if (namespaced) {
            metadata.attr("namespace", raw("kubernetes_namespace_v1.this.metadata[0].name"));
        }
        metadata.attr("labels", raw(from + ".labels")).attr("annotations", raw(from + ".annotations"));
    }

    /** A {@code dynamic} block over a list; returns its {@code content} to fill. */
    static Hcl.Block dynamic(Hcl.Block parent, String name, String list) {
        Hcl.Block dynamic = parent.block("dynamic", name);
        dynamic.attr("for_each", raw(list));
        return dynamic.block("content");
    }

    /** A block written only when an optional object is set. */
    private static Hcl.Block optional(Hcl.Block parent, String name, String value) {
        return dynamic(parent, name, value + " == null ? [] : [" + value + "]");
    }

    private static String namespaceVariables() {
        Hcl.Block file = Hcl.Block.file();
        variable(file, "namespace", "The tenant's Namespace, as the Kubernetes export writes it.",
                "object({ metadata = " + META + " })");
        variable(file, "resource_quota", "Its ResourceQuota.",
                "object({ metadata = " + META + ", spec = object({ hard = map(string) }) })");
        variable(file, "limit_range", "Its LimitRange: the defaults a container without requests and limits gets.",
                "object({ metadata = " + META + ", spec = object({ limits = list(object({ type = string, "
                        + "default = optional(map(string)), default_request = optional(map(string)), max = optional(map(string)), "
                        + "min = optional(map(string)) })) }) })");
        variable(file, "default_service_account", "The namespace's default ServiceAccount (no API token for pods that name none).",
                "object({ metadata = " + META + ", automount_service_account_token = bool })");
        variable(file, "role", "The Role the tenant's owner group gets in its namespace.",
                "object({ metadata = " + META + ", rules = list(object({ api_groups = optional(list(string)), "
                        + "resources = optional(list(string)), verbs = list(string), resource_names = optional(list(string)) })) })");
        variable(file, "role_binding", "The RoleBinding of the owner group to that Role.",
                "object({ metadata = " + META + ", role_ref = object({ api_group = string, kind = string, name = string }), "
                        + "subjects = list(object({ kind = string, name = string, api_group = optional(string), "
                        + "namespace = optional(string) })) })");
        variable(file, "network_policies", "The namespace's NetworkPolicies: default deny, then what the model allows.",
                "list(object({ metadata = " + META + ", spec = object({ pod_selector = " + SELECTOR
                        + ", policy_types = list(string), ingress = optional(list(object({ from = optional(list(" + PEER
                        + "), []), ports = optional(list(" + PORT + "), []) })), []), egress = optional(list(object({ "
                        + "to = optional(list(" + PEER + "), []), ports = optional(list(" + PORT + "), []) })), []) }) }))");
        return file.text();
    }

    private static String vclusterMain() {
        Hcl.Block file = Hcl.Block.file();
        file.block("resource", "helm_release", "vcluster")
                .attr("name", raw("var.release"))
                .attr("namespace", raw("var.namespace"))
                .attr("repository", VCLUSTER_REPOSITORY)
                .attr("chart", "vcluster")
                .attr("version", raw("var.chart_version"))
                .attr("create_namespace", Hcl.bool(false))
                .attr("values", raw("[file(var.values_file)]"));
        return file.text();
    }

    private static String vclusterVariables() {
        Hcl.Block file = Hcl.Block.file();
        variable(file, "release", "The Helm release (and vCluster) name.", "string");
        variable(file, "namespace", "The host namespace the vCluster runs in (tenant-namespace creates it).", "string");
        variable(file, "values_file", "The vcluster.yaml the Kubernetes export writes for this tenant.", "string");
        Hcl.Block version = variable(file, "chart_version", "The vcluster chart version the values file was checked against.",
                "string");
        version.attr("default", VCLUSTER_CHART_VERSION);
        return file.text();
    }

    private static String runtimeMain() {
        Hcl.Block file = Hcl.Block.file();
        Hcl.Block runtime = file.block("resource", "kubernetes_runtime_class_v1", "this");
        runtime.attr("for_each", raw("{ for runtime_class in var.runtime_classes : runtime_class.metadata.name => runtime_class }"));
        runtime.blank();
        runtime.block("metadata").attr("name", raw("each.value.metadata.name")).attr("labels", raw("each.value.metadata.labels"))
                .attr("annotations", raw("each.value.metadata.annotations"));
        runtime.attr("handler", raw("each.value.handler"));
        return file.text();
    }

    private static String runtimeVariables() {
        Hcl.Block file = Hcl.Block.file();
        variable(file, "runtime_classes", "The RuntimeClasses of the cluster's sandboxes, as the Kubernetes export writes "
                + "them (the provider's resource has no overhead or scheduling: see the README).",
                "list(object({ metadata = " + META + ", handler = string }))");
        return file.text();
    }

    static Hcl.Block variable(Hcl.Block file, String name, String description, String type) {
        return file.block("variable", name).attr("description", description).attr("type", raw(type));
    }

    static String output(String name, String description, String value) {
        Hcl.Block file = Hcl.Block.file();
        file.block("output", name).attr("description", description).attr("value", raw(value));
        return file.text();
    }
}
