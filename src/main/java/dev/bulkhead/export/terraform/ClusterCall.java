package dev.bulkhead.export.terraform;

import static dev.bulkhead.export.terraform.Hcl.raw;

import dev.bulkhead.analysis.HostCluster;
import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.export.kubernetes.TenantObjects;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The call of a cluster module for one modelled (or dedicated) cluster: its name, tier and node pools in the
 * input names of the pinned module or resource, and the per-cluster inputs the user fills in.
 *
 * @param key      the cluster's identifier in its root (module, provider alias, variable)
 * @param cluster  the modelled cluster (a dedicated cluster copies its provider, region and tier)
 * @param name     the cluster's name at the provider
 * @param pools    the node pools to create
 */
record ClusterCall(String key, Cluster cluster, String name, List<NodePool> pools) {
    /** AKS runs Kata VMs only on sizes with nested virtualisation: the Dsv3-v5 and Esv3-v5 families. */
    private static final Pattern NESTED_VIRTUALISATION = Pattern.compile("Standard_[DE]\\d+a?d?s_v[345]");
    static final String KATA_DEFAULT_SIZE = "Standard_D4s_v5";
    /** GKE pool names and the EKS module's name prefixes stay well under the providers' limits at this length. */
    private static final int POOL_NAME = 38;
    private static final int AKS_POOL_NAME = 12;

    /** The label that tells RuntimeClasses (and readers) which pool runs gVisor; GKE adds its own taint. */
    private static final String SANDBOX_LABEL = "bulkhead.dev/sandbox";

    /**
     * The pools to create for a cluster that hosts {@code tenants}: the drawn ones, and on GKE a sandbox-enabled
     * pool of the general pool's type when gVisor pods are placed there and no drawn pool runs gVisor. GKE
     * Sandbox runs gVisor only on such pools (cost-isolation-data.md §10c), and the analysis prices one so.
     */
    static List<NodePool> poolsFor(Cluster cluster, List<NodePool> drawn, List<TenantPlan> tenants) {
        List<NodePool> shared = drawn.stream().filter(NodePool::isShared).toList();
        if (cluster.provider() != Provider.GKE || !cluster.sandboxRuntimes().contains(SandboxRuntime.GVISOR)
                || shared.isEmpty() || !TenantObjects.anyRuns(tenants, SandboxRuntime.GVISOR)
                || drawn.stream().anyMatch(p -> TenantObjects.poolRuns(p, SandboxRuntime.GVISOR, Provider.GKE))) {
            return drawn;
        }
        // The pool the analysis prices the sandbox pool as: the one that grows to fit demand.
        NodePool general = HostCluster.growthPool(shared);
        List<NodePool> pools = new ArrayList<>(drawn);
        pools.add(new NodePool(ElementId.of(general.id().value() + "-gvisor"), general.name() + "-gvisor", cluster.id(),
                general.instanceType(), general.vcpu(), general.memoryGiB(), general.hourlyPrice(), 0, general.maxCount(),
                new TreeMap<>(java.util.Map.of(SANDBOX_LABEL, "gvisor")), List.of(), null));
        return pools;
    }

    Provider provider() {
        return cluster.provider();
    }

    /** Whether a GKE pool of this cluster runs gVisor (the module must then be the beta one). */
    boolean needsGkeSandbox() {
        return provider() == Provider.GKE && pools.stream().anyMatch(p -> runs(p, SandboxRuntime.GVISOR));
    }

    /** The user-filled inputs of this cluster: an object variable's fields and their types. */
    TreeMap<String, String> inputs() {
        TreeMap<String, String> inputs = new TreeMap<>();
        switch (provider()) {
            case EKS -> {
                inputs.put("vpc_id", "string");
                inputs.put("subnet_ids", "list(string)");
            }
            case GKE -> {
                inputs.put("project_id", "string");
                inputs.put("network", "string");
                inputs.put("subnetwork", "string");
                inputs.put("ip_range_pods", "string");
                inputs.put("ip_range_services", "string");
            }
            case AKS -> {
                inputs.put("subscription_id", "string");
                inputs.put("resource_group_name", "string");
            }
            case ON_PREM -> {
                inputs.put("endpoint", "string");
                inputs.put("ca_certificate", "string");
                inputs.put("exec_command", "string");
                inputs.put("exec_args", "list(string)");
            }
        }
        return inputs;
    }

    /** The module block's inputs, after source and providers. */
    void writeInputs(Hcl.Block module, String kubernetesVersion, List<String> notes) {
        String input = "var." + key;
        module.attr("name", name);
        if (provider() != Provider.ON_PREM) {
            module.attr("kubernetes_version", raw(kubernetesVersion));
        }
        switch (provider()) {
            case EKS -> {
                module.attr("region", cluster.region()).attr("vpc_id", raw(input + ".vpc_id"))
                        .attr("subnet_ids", raw(input + ".subnet_ids"))
                        .attr("support_type", cluster.supportTier() == SupportTier.EXTENDED ? "EXTENDED" : "STANDARD");
                module.attr("node_groups", eksNodeGroups());
            }
            case GKE -> {
                module.attr("project_id", raw(input + ".project_id")).attr("region", cluster.region())
                        .attr("network", raw(input + ".network")).attr("subnetwork", raw(input + ".subnetwork"))
                        .attr("ip_range_pods", raw(input + ".ip_range_pods"))
                        .attr("ip_range_services", raw(input + ".ip_range_services"))
                        .attr("release_channel", cluster.supportTier() == SupportTier.EXTENDED ? "EXTENDED" : "REGULAR");
                gkePools(module);
            }
            case AKS -> {
                module.attr("location", cluster.region()).attr("resource_group_name", raw(input + ".resource_group_name"))
                        .attr("sku_tier", switch (cluster.supportTier()) {
                            case FREE -> "Free";
                            case STANDARD -> "Standard";
                            case EXTENDED -> "Premium";
                        });
                module.attr("node_pools", aksPools(notes));
            }
            case ON_PREM -> {
                module.attr("endpoint", raw(input + ".endpoint")).attr("ca_certificate", raw(input + ".ca_certificate"))
                        .attr("exec_command", raw(input + ".exec_command")).attr("exec_args", raw(input + ".exec_args"));
                if (!pools.isEmpty()) {
                    notes.add("cluster '" + name + "' runs on premises: its " + pools.size() + " node pool(s) are not "
                            + "provisioned by the Terraform export");
                }
            }
        }
    }

    private Hcl.Obj eksNodeGroups() {
        Hcl.Obj groups = new Hcl.Obj();
        Set<String> taken = new HashSet<>();
        for (NodePool pool : pools) {
            Hcl.Obj taints = new Hcl.Obj();
            for (String taint : pool.taints()) {
                Toleration parsed = TenantObjects.taint(taint);
                Hcl.Obj value = new Hcl.Obj().put("key", parsed.getKey());
                if (parsed.getValue() != null) {
                    value.put("value", parsed.getValue());
                }
                taints.put(KubernetesNames.label(parsed.getKey()), value.put("effect", upperSnake(parsed.getEffect())));
            }
            groups.put(poolName(taken, pool), new Hcl.Obj()
                    .put("instance_types", Hcl.strings(List.of(pool.instanceType())))
                    .put("min_size", Hcl.number(pool.minCount())).put("max_size", Hcl.number(pool.maxCount()))
                    .put("desired_size", Hcl.number(pool.minCount()))
                    .put("labels", Hcl.stringMap(pool.labels())).put("taints", taints));
        }
        return groups;
    }

    private void gkePools(Hcl.Block module) {
        List<Hcl.Value> list = new ArrayList<>();
        Hcl.Obj labels = new Hcl.Obj();
        Hcl.Obj taints = new Hcl.Obj();
        Set<String> taken = new HashSet<>();
        for (NodePool pool : pools) {
            String poolName = poolName(taken, pool);
            Hcl.Obj entry = new Hcl.Obj().put("name", poolName).put("machine_type", pool.instanceType())
                    .put("min_count", Hcl.number(pool.minCount())).put("max_count", Hcl.number(pool.maxCount()));
            if (runs(pool, SandboxRuntime.GVISOR)) {
                // GKE Sandbox runs gVisor only on Container-Optimized OS with containerd.
                entry.put("image_type", "COS_CONTAINERD").put("sandbox_enabled", Hcl.bool(true));
            }
            list.add(entry);
            labels.put(poolName, Hcl.stringMap(pool.labels()));
            List<Hcl.Value> poolTaints = new ArrayList<>();
            for (String taint : pool.taints()) {
                Toleration parsed = TenantObjects.taint(taint);
                poolTaints.add(new Hcl.Obj().put("key", parsed.getKey())
                        .put("value", parsed.getValue() == null ? "" : parsed.getValue())
                        .put("effect", upperSnake(parsed.getEffect())));
            }
            taints.put(poolName, Hcl.list(poolTaints));
        }
        module.attr("node_pools", Hcl.list(list)).attr("node_pools_labels", labels).attr("node_pools_taints", taints);
    }

    private Hcl.Obj aksPools(List<String> notes) {
        Hcl.Obj result = new Hcl.Obj();
        Set<String> taken = new HashSet<>();
        for (NodePool pool : pools) {
            String wanted = pool.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            wanted = wanted.isEmpty() || !Character.isLetter(wanted.charAt(0)) ? "pool" + wanted : wanted;
            String poolName = wanted.substring(0, Math.min(AKS_POOL_NAME, wanted.length()));
            for (int n = 2; !taken.add(poolName); n++) {
                String suffix = Integer.toString(n);
                poolName = wanted.substring(0, Math.min(AKS_POOL_NAME - suffix.length(), wanted.length())) + suffix;
            }
            if (!poolName.equals(pool.name())) {
                notes.add("node pool '" + pool.name() + "' of cluster '" + name + "' is the AKS pool '" + poolName
                        + "': AKS allows lowercase letters and digits, at most " + AKS_POOL_NAME);
            }
            boolean kata = runs(pool, SandboxRuntime.KATA);
            String size = pool.instanceType();
            if (kata && !NESTED_VIRTUALISATION.matcher(size).matches()) {
                notes.add("node pool '" + pool.name() + "' of cluster '" + name + "' runs Kata but " + size + " has no nested "
                        + "virtualisation; the export uses " + KATA_DEFAULT_SIZE);
                size = KATA_DEFAULT_SIZE;
            }
            result.put(poolName, new Hcl.Obj().put("vm_size", size)
                    .put("min_count", Hcl.number(pool.minCount())).put("max_count", Hcl.number(pool.maxCount()))
                    .put("labels", Hcl.stringMap(pool.labels())).put("taints", Hcl.strings(pool.taints()))
                    // Pod sandboxing (Kata VM isolation) needs the Azure Linux node image.
                    .put("os_sku", kata ? "AzureLinux" : "Ubuntu")
                    .put("workload_runtime", kata ? "KataVmIsolation" : "OCIContainer"));
        }
        return result;
    }

    /** The pool's name as a label, short enough for GKE and the EKS module's name prefix, distinct in the cluster. */
    private static String poolName(Set<String> taken, NodePool pool) {
        return KubernetesNames.unique(taken, KubernetesNames.fit(KubernetesNames.label(pool.name()), pool.name(), POOL_NAME));
    }

    private boolean runs(NodePool pool, SandboxRuntime runtime) {
        return cluster.sandboxRuntimes().contains(runtime) && TenantObjects.poolRuns(pool, runtime, provider());
    }

    /** NoSchedule to NO_SCHEDULE, as EKS and GKE spell taint effects. */
    private static String upperSnake(String effect) {
        return HclValues.snakeCase(effect).replaceFirst("^_", "").toUpperCase(Locale.ROOT);
    }
}
