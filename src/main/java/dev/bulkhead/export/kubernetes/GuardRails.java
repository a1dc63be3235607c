package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Resources;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.TenancyOption;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.LimitRangeSpec;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guard-rails of a tenant namespace: the Namespace with Pod Security Admission labels (restricted), a
 * ResourceQuota sized from the tenant's demand plus headroom (and what else runs there), LimitRange defaults
 * the quota can hold, a {@code default} ServiceAccount that mounts no token, and RBAC for the tenant's owner
 * group (explicit verbs and resources, nothing cluster-wide).
 */
final class GuardRails {
    /** Quota above the modelled demand: Bulkhead's default, not a sourced figure. */
    static final double HEADROOM = 1.25;
    static final String POD_SECURITY_LEVEL = "restricted";
    /**
     * LimitRange defaults for a container that sets none (Bulkhead's defaults, not sourced figures): enough for
     * a small service, small enough that a forgotten limit cannot take a node.
     */
    static final double DEFAULT_CPU_REQUEST = 0.1;
    static final double DEFAULT_MEMORY_REQUEST_GIB = 0.125;
    static final double DEFAULT_CPU_LIMIT = 0.5;
    static final double DEFAULT_MEMORY_LIMIT_GIB = 0.5;
    static final double DEFAULT_SCRATCH_REQUEST_GIB = 0.25;
    /** Also each agent sandbox's scratch space (its {@code /tmp} emptyDir {@code sizeLimit}). */
    static final double DEFAULT_SCRATCH_LIMIT_GIB = 1;
    /** A namespace always has room for this many pods, so that an empty tenant can start something. */
    static final int MIN_PODS = 2;

    private static final List<String> EDIT = List.of("get", "list", "watch", "create", "update", "patch", "delete");
    private static final List<String> READ = List.of("get", "list", "watch");

    private GuardRails() {
    }

    /**
     * Namespace, ResourceQuota, LimitRange, the default ServiceAccount, Role and RoleBinding for a tenant's
     * namespace, in that order (one file: kustomize applies the Namespace first whatever the order).
     *
     * @param vclusterHost the release of the vCluster whose host namespace this is (the owner group may only
     *                     look, and reach its vCluster), or null for a namespace the tenant works in
     * @param alsoRunning  what else runs in the namespace besides the tenant's pods (a vCluster's control plane)
     */
    static List<HasMetadata> of(TenantPlan plan, String namespace, TenancyOption tenancy, String vclusterHost,
                                Footprint alsoRunning, Map<String, String> namespaceLabels, Map<String, String> annotations) {
        Map<String, String> labels = labels(plan, tenancy);
        List<HasMetadata> objects = new ArrayList<>();
        objects.add(namespace(plan, namespace, tenancy, namespaceLabels, annotations));
        objects.add(quota(plan, namespace, labels, alsoRunning));
        // Made with constructors and setters, not fabric8's builders (which copy every object they build): the same
        // objects, made for every tenant of every export.
        LimitRangeItem limit = new LimitRangeItem();
        limit.setType("Container");
        limit.setDefault(new LinkedHashMap<>(Map.of("cpu", new Quantity(Quantities.millis(DEFAULT_CPU_LIMIT)),
                "memory", new Quantity(Quantities.mebibytes(DEFAULT_MEMORY_LIMIT_GIB)),
                "ephemeral-storage", new Quantity(Quantities.mebibytes(DEFAULT_SCRATCH_LIMIT_GIB)))));
        Resources demand = plan.load().total();
        limit.setDefaultRequest(new LinkedHashMap<>(Map.of("cpu", new Quantity(Quantities.millis(defaultCpuRequest(demand))),
                "memory", new Quantity(Quantities.mebibytes(defaultMemoryRequest(demand))),
                "ephemeral-storage", new Quantity(Quantities.mebibytes(DEFAULT_SCRATCH_REQUEST_GIB)))));
        LimitRange limits = new LimitRange();
        limits.setMetadata(NetworkPolicyObjects.metadata("defaults", namespace, labels));
        limits.setSpec(new LimitRangeSpec(new ArrayList<>(List.of(limit))));
        objects.add(limits);
        // Pods that name no service account get "default"; it must not hand them an API token.
        ServiceAccount account = new ServiceAccount();
        account.setMetadata(NetworkPolicyObjects.metadata("default", namespace, labels));
        account.setAutomountServiceAccountToken(false);
        objects.add(account);
        String role = vclusterHost != null ? "tenant-vcluster-user" : "tenant-developer";
        Role rules = new Role();
        rules.setMetadata(NetworkPolicyObjects.metadata(role, namespace, labels));
        rules.setRules(new ArrayList<>(vclusterHost != null ? vclusterUserRules(vclusterHost) : rules(plan)));
        objects.add(rules);
        RoleBinding binding = new RoleBinding();
        binding.setMetadata(NetworkPolicyObjects.metadata(role, namespace, labels));
        Subject group = new Subject();
        group.setKind("Group");
        group.setApiGroup("rbac.authorization.k8s.io");
        group.setName(plan.tenant().ownerGroup());
        binding.getSubjects().add(group);
        RoleRef ref = new RoleRef();
        ref.setApiGroup("rbac.authorization.k8s.io");
        ref.setKind("Role");
        ref.setName(role);
        binding.setRoleRef(ref);
        objects.add(binding);
        return objects;
    }

    /** Labels every object of a tenant carries. */
    static Map<String, String> labels(TenantPlan plan, TenancyOption tenancy) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(Labels.TENANT, plan.label());
        labels.put(Labels.ENVIRONMENT, plan.environmentLabel());
        labels.put(Labels.TENANCY, tenancy.name().toLowerCase(java.util.Locale.ROOT));
        labels.put(Labels.MANAGED_BY, "bulkhead");
        return labels;
    }

    private static HasMetadata namespace(TenantPlan plan, String namespace, TenancyOption tenancy,
                                         Map<String, String> extraLabels, Map<String, String> annotations) {
        Map<String, String> labels = labels(plan, tenancy);
        for (String mode : List.of("enforce", "audit", "warn")) {
            labels.put("pod-security.kubernetes.io/" + mode, POD_SECURITY_LEVEL);
            labels.put("pod-security.kubernetes.io/" + mode + "-version", "latest");
        }
        labels.putAll(extraLabels);
        Namespace object = new Namespace();
        object.setMetadata(NetworkPolicyObjects.metadata(namespace, null, labels));
        if (!annotations.isEmpty()) {
            object.getMetadata().setAnnotations(new TreeMap<>(annotations));
        }
        return object;
    }

    /**
     * The tenant's pods as the quota counts them: the modelled demand plus headroom, and never less than
     * {@link #MIN_PODS} pods at the LimitRange defaults, so that a tenant with no modelled demand can still
     * start what its own defaults allow.
     */
    static Footprint workloads(TenantPlan plan) {
        Resources demand = plan.load().total();
        int pods = Math.max(MIN_PODS, (int) Math.ceil(demand.pods() * HEADROOM));
        double cpu = Math.max(demand.cpu() * HEADROOM, pods * defaultCpuRequest(demand));
        double memory = Math.max(demand.memoryGiB() * HEADROOM, pods * defaultMemoryRequest(demand));
        return new Footprint(cpu, memory, Math.max(2 * cpu, pods * DEFAULT_CPU_LIMIT),
                Math.max(2 * memory, pods * DEFAULT_MEMORY_LIMIT_GIB), pods * DEFAULT_SCRATCH_LIMIT_GIB,
                pods * DEFAULT_SCRATCH_LIMIT_GIB, pods, plan.tenant().demand().storageGiB() * HEADROOM);
    }

    /**
     * The CPU request of a container that sets none: Bulkhead's default, or the tenant's modelled demand per pod where that
     * is less, so that its quota holds all its pods at the defaults without allowing more than the costing counts. Review
     * R12i: payments' 120 pods of 8 vCPU got a 15-vCPU quota (150 pods at 100m), more than its costed cluster holds.
     */
    static double defaultCpuRequest(Resources demand) {
        // At least what the LimitRange can say: the quota must count what a pod is given, not less.
        return demand.pods() == 0 || demand.cpu() <= 0 ? DEFAULT_CPU_REQUEST : Math.min(DEFAULT_CPU_REQUEST,
                Math.max(Quantities.LEAST_CPU, Math.floor(demand.cpu() / demand.pods() * 1000) / 1000));
    }

    /** As {@link #defaultCpuRequest}, the memory request, in whole mebibytes. */
    static double defaultMemoryRequest(Resources demand) {
        return demand.pods() == 0 || demand.memoryGiB() <= 0 ? DEFAULT_MEMORY_REQUEST_GIB : Math.min(DEFAULT_MEMORY_REQUEST_GIB,
                Math.max(Quantities.LEAST_MEMORY_GIB, Math.floor(demand.memoryGiB() / demand.pods() * 1024) / 1024));
    }

    private static HasMetadata quota(TenantPlan plan, String namespace, Map<String, String> labels, Footprint alsoRunning) {
        Footprint total = workloads(plan).plus(alsoRunning);
        Map<String, Quantity> hard = new TreeMap<>();
        hard.put("requests.cpu", new Quantity(roundUp(total.cpuRequest() * 1000, 100) + "m"));
        hard.put("requests.memory", new Quantity(roundUp(total.memoryRequestGiB() * 1024, 64) + "Mi"));
        hard.put("limits.cpu", new Quantity(roundUp(total.cpuLimit() * 1000, 100) + "m"));
        hard.put("limits.memory", new Quantity(roundUp(total.memoryLimitGiB() * 1024, 64) + "Mi"));
        hard.put("requests.ephemeral-storage", new Quantity(roundUp(total.scratchRequestGiB(), 1) + "Gi"));
        hard.put("limits.ephemeral-storage", new Quantity(roundUp(total.scratchLimitGiB(), 1) + "Gi"));
        hard.put("pods", new Quantity(String.valueOf(total.pods())));
        hard.put("requests.storage", new Quantity(roundUp(total.storageGiB(), 1) + "Gi"));
        // Tenants get no node ports and no load balancers: the admission policy refuses them, the quota agrees.
        hard.put("services.nodeports", new Quantity("0"));
        hard.put("services.loadbalancers", new Quantity("0"));
        String sizedFrom = "modelled demand (workloads, agent sandboxes and their runtime overhead) plus "
                + Math.round((HEADROOM - 1) * 100) + "% headroom, its pods at the LimitRange defaults (the demand per pod, "
                + "where less than Bulkhead's), at least " + MIN_PODS + " pods"
                + (alsoRunning.pods() > 0 ? ", and the vCluster's control plane" : "");
        ResourceQuota quota = new ResourceQuota();
        quota.setMetadata(NetworkPolicyObjects.metadata("tenant-quota", namespace, labels));
        quota.getMetadata().getAnnotations().put("bulkhead.dev/sized-from", sizedFrom);
        ResourceQuotaSpec spec = new ResourceQuotaSpec();
        spec.setHard(new LinkedHashMap<>(hard));
        quota.setSpec(spec);
        return quota;
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

    /**
     * In a vCluster's host namespace the owner group looks, and reaches its vCluster the way {@code vcluster
     * connect} does at v0.36.1 (pkg/cli/find/find.go, pkg/cli/connect_helm.go): it finds the vCluster among the
     * namespace's StatefulSets and Deployments, reads its config and kubeconfig Secrets ({@code vc-config-RELEASE},
     * {@code vc-RELEASE}, and {@code RELEASE} where older releases kept it) and port-forwards to the control
     * plane's pod. Inside, that kubeconfig is the vCluster's administrator.
     */
    private static List<PolicyRule> vclusterUserRules(String release) {
        return List.of(rule("", List.of("events", "pods", "pods/log", "resourcequotas", "services"), READ),
                rule("apps", List.of("deployments", "statefulsets"), READ),
                rule(List.of(""), List.of("secrets"), List.of("vc-" + release, "vc-config-" + release, release), List.of("get")),
                rule("", List.of("pods/portforward"), List.of("create")));
    }

    private static PolicyRule rule(String group, List<String> resources, List<String> verbs) {
        return rule(List.of(group), resources, List.of(), verbs);
    }

    private static PolicyRule rule(List<String> groups, List<String> resources, List<String> names, List<String> verbs) {
        PolicyRule rule = new PolicyRule();
        rule.setApiGroups(new ArrayList<>(groups));
        rule.setResources(new ArrayList<>(resources));
        rule.setResourceNames(new ArrayList<>(names));
        rule.setVerbs(new ArrayList<>(verbs));
        return rule;
    }

    private static long roundUp(double value, long step) {
        return (long) Math.ceil(value / step - 1e-9) * step;
    }
}
