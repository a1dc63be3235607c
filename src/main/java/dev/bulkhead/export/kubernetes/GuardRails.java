package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Resources;
import dev.bulkhead.model.TenancyOption;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guard-rails of a tenant namespace: the Namespace with Pod Security Admission labels (restricted), a
 * ResourceQuota sized from the tenant's demand plus headroom, LimitRange defaults, and RBAC for the tenant's
 * owner group (explicit verbs and resources, nothing cluster-wide).
 */
final class GuardRails {
    /** Quota above the modelled demand: Bulkhead's default, not a sourced figure. */
    static final double HEADROOM = 1.25;
    static final String POD_SECURITY_LEVEL = "restricted";

    private static final List<String> EDIT = List.of("get", "list", "watch", "create", "update", "patch", "delete");
    private static final List<String> READ = List.of("get", "list", "watch");

    private GuardRails() {
    }

    /**
     * Namespace, ResourceQuota, LimitRange, Role and RoleBinding for a tenant's namespace, in that order (one
     * file: kustomize applies the Namespace first whatever the order).
     *
     * @param viewerOnly  whether the owner group may only look (a vCluster's host namespace, whose pods the
     *                    vCluster manages)
     * @param alsoRunning what else runs in the namespace besides the tenant's pods (a vCluster control plane)
     */
    static List<HasMetadata> of(TenantPlan plan, String namespace, TenancyOption tenancy, boolean viewerOnly,
                                Resources alsoRunning) {
        List<HasMetadata> objects = new ArrayList<>();
        objects.add(namespace(plan, namespace, tenancy));
        objects.add(quota(plan, namespace, tenancy, alsoRunning));
        objects.add(new LimitRangeBuilder().withNewMetadata().withName("defaults").withNamespace(namespace)
                .withLabels(labels(plan, tenancy)).endMetadata()
                .withNewSpec().addNewLimit().withType("Container")
                .withDefault(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("512Mi")))
                .withDefaultRequest(Map.of("cpu", new Quantity("100m"), "memory", new Quantity("128Mi")))
                .endLimit().endSpec().build());
        String role = viewerOnly ? "tenant-viewer" : "tenant-developer";
        objects.add(new RoleBuilder().withNewMetadata().withName(role).withNamespace(namespace)
                .withLabels(labels(plan, tenancy)).endMetadata().withRules(viewerOnly ? viewerRules() : rules(plan)).build());
        objects.add(new RoleBindingBuilder().withNewMetadata().withName(role).withNamespace(namespace)
                .withLabels(labels(plan, tenancy)).endMetadata()
                .addNewSubject().withKind("Group").withApiGroup("rbac.authorization.k8s.io")
                .withName(plan.tenant().ownerGroup()).endSubject()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName(role)
                .endRoleRef().build());
        return objects;
    }

    /** Labels every object of a tenant carries. */
    static Map<String, String> labels(TenantPlan plan, TenancyOption tenancy) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(Labels.TENANT, plan.label());
        labels.put(Labels.ENVIRONMENT, plan.environmentLabel());
        labels.put(Labels.TENANCY, tenancy.name().toLowerCase());
        labels.put(Labels.MANAGED_BY, "bulkhead");
        return labels;
    }

    private static HasMetadata namespace(TenantPlan plan, String namespace, TenancyOption tenancy) {
        Map<String, String> labels = labels(plan, tenancy);
        for (String mode : List.of("enforce", "audit", "warn")) {
            labels.put("pod-security.kubernetes.io/" + mode, POD_SECURITY_LEVEL);
            labels.put("pod-security.kubernetes.io/" + mode + "-version", "latest");
        }
        return new NamespaceBuilder().withNewMetadata().withName(namespace).withLabels(labels).endMetadata().build();
    }

    private static HasMetadata quota(TenantPlan plan, String namespace, TenancyOption tenancy, Resources alsoRunning) {
        Resources total = plan.load().total().plus(alsoRunning);
        long cpuMillis = Math.max(100, roundUp(total.cpu() * 1000 * HEADROOM, 100));
        long memoryMi = Math.max(128, roundUp(total.memoryGiB() * 1024 * HEADROOM, 64));
        long pods = Math.max(2, (long) Math.ceil(total.pods() * HEADROOM));
        long storageGi = (long) Math.ceil(plan.tenant().demand().storageGiB() * HEADROOM);
        Map<String, Quantity> hard = new TreeMap<>();
        hard.put("requests.cpu", new Quantity(cpuMillis + "m"));
        hard.put("requests.memory", new Quantity(memoryMi + "Mi"));
        hard.put("limits.cpu", new Quantity(2 * cpuMillis + "m"));
        hard.put("limits.memory", new Quantity(2 * memoryMi + "Mi"));
        hard.put("pods", new Quantity(String.valueOf(pods)));
        hard.put("requests.storage", new Quantity(storageGi + "Gi"));
        hard.put("services.nodeports", new Quantity("0"));
        hard.put("services.loadbalancers", new Quantity("1"));
        return new ResourceQuotaBuilder().withNewMetadata().withName("tenant-quota").withNamespace(namespace)
                .withLabels(labels(plan, tenancy)).addToAnnotations("bulkhead.dev/sized-from",
                        "modelled demand (workloads, agent sandboxes and their runtime overhead) plus "
                                + Math.round((HEADROOM - 1) * 100) + "% headroom")
                .endMetadata().withNewSpec().withHard(hard).endSpec().build();
    }

    /** Everyday work in the namespace; no wildcards, no RBAC, quota or network-policy changes. */
    private static List<PolicyRule> rules(TenantPlan plan) {
        List<PolicyRule> rules = new ArrayList<>();
        rules.add(rule("", List.of("configmaps", "persistentvolumeclaims", "pods", "secrets", "services"), EDIT));
        rules.add(rule("", List.of("events", "limitranges", "pods/log", "resourcequotas"), READ));
        rules.add(rule("apps", List.of("deployments", "replicasets", "statefulsets"), EDIT));
        rules.add(rule("batch", List.of("cronjobs", "jobs"), EDIT));
        rules.add(rule("autoscaling", List.of("horizontalpodautoscalers"), EDIT));
        rules.add(rule("networking.k8s.io", List.of("ingresses"), EDIT));
        if (!plan.agents().isEmpty()) {
            rules.add(rule("extensions.agents.x-k8s.io", List.of("sandboxclaims"), EDIT));
            rules.add(rule("extensions.agents.x-k8s.io", List.of("sandboxtemplates", "sandboxwarmpools"), READ));
        }
        return rules;
    }

    /** Looking, not touching. */
    private static List<PolicyRule> viewerRules() {
        return List.of(rule("", List.of("events", "pods", "pods/log", "resourcequotas", "services"), READ));
    }

    private static PolicyRule rule(String group, List<String> resources, List<String> verbs) {
        return new PolicyRuleBuilder().withApiGroups(group).withResources(resources).withVerbs(verbs).build();
    }

    private static long roundUp(double value, long step) {
        return (long) Math.ceil(value / step - 1e-9) * step;
    }
}
