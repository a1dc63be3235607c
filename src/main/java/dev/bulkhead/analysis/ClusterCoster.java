package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.reference.NetworkItem;
import dev.bulkhead.reference.SelfManagedControlPlane;
import dev.bulkhead.reference.Sourced;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Costs one drawn cluster with its tenants placed a given way: the host cluster (control plane, network,
 * operations, shared nodes with vCluster control planes and add-ons), nodes of their own for tenants that
 * have them, and a whole cluster for each tenant placed on a dedicated one.
 */
final class ClusterCoster {
    /** Upper bound for pools Bulkhead adds itself (dedicated clusters, dedicated nodes). */
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private static final Map<CostCategory, String> WHAT = Map.of(
            CostCategory.WORKER_NODES, "tenant workloads and agent sandboxes",
            CostCategory.TENANCY_OVERHEAD, "vCluster control planes and cluster add-ons",
            CostCategory.SANDBOX_OVERHEAD, "sandbox RuntimeClass overheads");

    /** What the coster works out for one tenant alone, and may be given back while the tenant stays the same. */
    enum Kept {
        /** The bill of the tenant's own nodes in the host cluster. */
        OWN_NODES,
        /** The bill of its dedicated cluster's nodes. */
        DEDICATED_NODES,
        /** The bills of its sandbox pods apart from its own nodes. */
        OWN_SANDBOX_NODES,
        /** The bills of its sandbox pods apart in its dedicated cluster. */
        DEDICATED_SANDBOX_NODES,
        /** Its sandbox pods that run apart from the host's shared nodes. */
        SANDBOX_PODS_APART_FROM_SHARED
    }

    /**
     * Remembers what the coster worked out for a tenant alone (its own bills, its sandbox pods) between runs:
     * the five columns of a cluster cost the same tenant five times, and an edit re-costs a cluster of hundreds
     * of tenants to change one.
     */
    @FunctionalInterface
    interface Bills {
        <T> T get(TenantLoad tenant, Kept what, java.util.function.Supplier<T> compute);

        /** No memory: everything is worked out each time. */
        Bills NONE = new Bills() {
            @Override
            public <T> T get(TenantLoad tenant, Kept what, java.util.function.Supplier<T> compute) {
                return compute.get();
            }
        };
    }

    private final Pricing pricing;
    private final Bills bills;

    ClusterCoster(Pricing pricing) {
        this(pricing, Bills.NONE);
    }

    ClusterCoster(Pricing pricing, Bills bills) {
        this.pricing = pricing;
        this.bills = bills;
    }

    /** Result of costing one cluster. */
    record Result(Map<ElementId, TenantCost> perTenant, List<Finding> findings) {
    }

    /** Adds the cluster's costs to {@code ledger}; returns each tenant's cost and capacity findings. */
    Result cost(HostCluster host, List<TenantLoad> tenants, Function<TenantLoad, Placement> placementOf,
                CostLedger ledger) {
        Map<ElementId, Double> direct = new LinkedHashMap<>();
        Map<ElementId, Placement> placements = new HashMap<>();
        List<TenantLoad> inHost = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (TenantLoad tenant : tenants) {
            Placement placement = placementOf.apply(tenant);
            placements.put(tenant.tenant().id(), placement);
            direct.put(tenant.tenant().id(), 0.0);
            if (placement.inHostCluster()) {
                inHost.add(tenant);
            }
        }
        double sharedPot = 0;
        if (!host.hasPools()) {
            return new Result(costs(direct, Map.of(), placements), findings);
        }
        if (tenants.isEmpty() || !inHost.isEmpty()) {
            sharedPot += clusterFixedCosts(host, "cluster", ledger, 1);
            sharedPot += hostNodes(host, inHost, placements, ledger, direct, findings);
        }
        int dedicatedClusters = 0;
        int vclusters = 0;
        int privateNodes = 0;
        for (TenantLoad tenant : tenants) {
            Placement placement = placements.get(tenant.tenant().id());
            if (placement == Placement.DEDICATED) {
                dedicatedClusters++;
            } else if (placement.ownNodes()) {
                direct.merge(tenant.tenant().id(), ownNodes(host, tenant, ledger), Double::sum);
            }
            if (placement.runsVCluster()) {
                vclusters++;
            }
            if (placement == Placement.VCLUSTER_PRIVATE_NODES) {
                privateNodes++;
            }
        }
        if (privateNodes > 0) {
            ledger.platformLicence(privateNodes);
        }
        // Every dedicated cluster pays the same fixed costs: record them once for all of them.
        double perDedicatedCluster = dedicatedClusters == 0 ? 0 : clusterFixedCosts(host, CostLedger.DEDICATED_CLUSTER, ledger,
                dedicatedClusters);
        double vclusterOps = pricing.assumptions().opsHoursPerVCluster() * pricing.assumptions().opsHourlyRate();
        if (vclusters > 0) {
            ledger.vclusterOperations(vclusters);
        }
        for (TenantLoad tenant : tenants) {
            Placement placement = placements.get(tenant.tenant().id());
            double own = 0;
            if (placement == Placement.DEDICATED) {
                own += perDedicatedCluster + dedicatedNodes(host, tenant, ledger);
            }
            if (placement.runsVCluster()) {
                own += vclusterOps;
            }
            if (own != 0) {
                direct.merge(tenant.tenant().id(), own, Double::sum);
            }
        }
        Map<ElementId, Double> shared = spread(sharedPot, inHost, direct);
        return new Result(costs(direct, shared, placements), findings);
    }

    /** What one tenant's own cluster costs per month, computed without writing any formula. */
    double dedicatedClusterMonthly(HostCluster host, TenantLoad tenant, List<NodeGroupBill> nodeBills) {
        double hours = pricing.hours();
        SelfManagedControlPlane selfManaged = pricing.profile().selfManaged();
        double controlPlane = selfManaged != null ? selfManaged.nodes() * selfManaged.hourly().value()
                : pricing.controlPlaneFee(host.cluster().supportTier()).value();
        double network = pricing.networkItems().stream().mapToDouble(NetworkItem::hourlyTotal).sum();
        double operations = pricing.assumptions().opsHoursPerCluster() * pricing.assumptions().opsHourlyRate();
        double nodes = 0;
        for (NodeGroupBill bill : nodeBills) {
            nodes += bill.monthly();
        }
        return (controlPlane + network) * hours + operations + nodes;
    }

    /** The node groups of one tenant's own cluster: its nodes, then any sandbox nodes apart. */
    List<NodeGroupBill> dedicatedNodeBills(HostCluster host, TenantLoad tenant) {
        List<NodeGroupBill> result = new ArrayList<>();
        result.add(bills.get(tenant, Kept.DEDICATED_NODES, () -> dedicatedBill(host, tenant)));
        result.addAll(dedicatedSandboxBills(host, tenant));
        return result;
    }

    /** The lines of one tenant's own cluster with these node groups: what the Dedicated column charges for it. */
    List<CostLine> dedicatedClusterLines(HostCluster host, List<NodeGroupBill> nodeBills) {
        CostLedger ledger = new CostLedger(pricing, null);
        clusterFixedCosts(host, CostLedger.DEDICATED_CLUSTER, ledger, 1);
        for (NodeGroupBill bill : nodeBills) {
            ledger.nodes(CostLedger.DEDICATED_CLUSTER, bill, WHAT);
        }
        return ledger.lines();
    }

    /**
     * Control plane, network and operations of {@code count} identical clusters; returns the monthly sum of
     * one.
     */
    private double clusterFixedCosts(HostCluster host, String thing, CostLedger ledger, int count) {
        double hours = pricing.hours();
        double monthly = 0;
        SelfManagedControlPlane selfManaged = pricing.profile().selfManaged();
        // The profile decides how control planes are paid for: switching profiles re-costs the same design.
        if (selfManaged != null) {
            ledger.hourly(CostCategory.CONTROL_PLANES, "Control planes · self-managed", thing, selfManaged.nodes(),
                    "control-plane machine", selfManaged.hourly().value(), selfManaged.hourly()::citation, count);
            monthly += selfManaged.nodes() * selfManaged.hourly().value() * hours;
        } else {
            Sourced fee = pricing.controlPlaneFee(host.cluster().supportTier());
            ledger.hourly(CostCategory.CONTROL_PLANES, pricing.controlPlaneItem(host.cluster().supportTier()), thing, 1,
                    thing + "'s control plane", fee.value(), fee::citation, count);
            monthly += fee.value() * hours;
        }
        for (NetworkItem item : pricing.networkItems()) {
            if (item.hourly().notFound()) {
                ledger.unpricedHourly(CostCategory.NETWORK, "Network · " + item.item(), thing, item.count(), item.item(),
                        item.hourly()::citation, count);
                continue;
            }
            ledger.hourly(CostCategory.NETWORK, "Network · " + item.item(), thing, item.count(), item.item(),
                    item.hourly().value(), item.hourly()::citation, count);
            monthly += item.hourlyTotal() * hours;
        }
        double opsHours = pricing.assumptions().opsHoursPerCluster();
        double rate = pricing.assumptions().opsHourlyRate();
        ledger.effort("Operations · clusters", thing, opsHours, rate, count);
        return monthly + opsHours * rate;
    }

    /** The host's shared nodes; tenants' shares go to {@code direct}; returns what the add-ons cost. */
    private double hostNodes(HostCluster host, List<TenantLoad> inHost, Map<ElementId, Placement> placements,
                             CostLedger ledger, Map<ElementId, Double> direct, List<Finding> findings) {
        List<NodeGroupBill.Demand> demands = new ArrayList<>();
        NodeGroupBill.Demand addOns = new NodeGroupBill.Demand(null, CostCategory.TENANCY_OVERHEAD,
                pricing.assumptions().clusterAddOns());
        demands.add(addOns);
        NodePool growth = HostCluster.growthPool(host.sharedPools());
        NodePool sizing = growth != null ? growth : host.sizingPool();
        Map<SandboxRuntimeKey, List<NodeGroupBill.Demand>> sandboxDemands = new LinkedHashMap<>();
        Map<ControlPlaneSize, Integer> controlPlanes = new LinkedHashMap<>();
        for (TenantLoad tenant : inHost) {
            Placement placement = placements.get(tenant.tenant().id());
            ElementId id = tenant.tenant().id();
            if (!placement.ownNodes()) {
                List<SandboxPods> apart = bills.get(tenant, Kept.SANDBOX_PODS_APART_FROM_SHARED,
                        () -> List.copyOf(SandboxPods.of(tenant, pricing, sizing)));
                demands.add(new NodeGroupBill.Demand(id, CostCategory.WORKER_NODES, SandboxPods.workloadLeft(tenant.workload(), apart)));
                demands.add(new NodeGroupBill.Demand(id, CostCategory.SANDBOX_OVERHEAD,
                        SandboxPods.overheadLeft(tenant.sandboxOverhead(), apart)));
                for (SandboxPods pods : apart) {
                    List<NodeGroupBill.Demand> group = sandboxDemands.computeIfAbsent(new SandboxRuntimeKey(pods), k -> new ArrayList<>());
                    group.add(new NodeGroupBill.Demand(id, CostCategory.WORKER_NODES, pods.workload()));
                    group.add(new NodeGroupBill.Demand(id, CostCategory.SANDBOX_OVERHEAD, pods.overhead()));
                }
            }
            if (placement.runsVCluster()) {
                VClusterControlPlane controlPlane = pricing.assumptions().vclusterControlPlane(tenant);
                demands.add(new NodeGroupBill.Demand(id, CostCategory.TENANCY_OVERHEAD, controlPlane.total()));
                controlPlanes.merge(new ControlPlaneSize(controlPlane), 1, Integer::sum);
            }
        }
        sandboxDemands.forEach((key, group) -> {
            NodeGroupBill bill = new NodeGroupBill(host.name() + " " + key.runtime().label() + " sandbox nodes",
                    key.shape(), 0, UNBOUNDED, group, pricing);
            ledger.nodes(key.runtime().label() + " sandbox nodes of " + host.name(), bill, WHAT);
            bill.byTenant().forEach((tenant, amount) -> direct.merge(tenant, amount, Double::sum));
        });
        List<NodeGroupBill.FixedPool> fixed = new ArrayList<>();
        for (NodePool pool : host.sharedPools()) {
            if (pool != growth) {
                fixed.add(new NodeGroupBill.FixedPool(pool.name(), pricing.shapeOf(pool), pool.minCount()));
            }
        }
        NodeGroupBill bill = new NodeGroupBill(host.name() + " shared nodes", fixed, sizing.name(), pricing.shapeOf(sizing),
                growth != null ? growth.minCount() : 0, growth != null ? growth.maxCount() : UNBOUNDED, demands, pricing);
        ledger.nodes("shared node group", bill, controlPlanes.isEmpty() ? WHAT : what(controlPlanes));
        bill.byTenant().forEach((tenant, amount) -> direct.merge(tenant, amount, Double::sum));
        if (bill.exceedsMaximum()) {
            findings.add(Finding.error(FindingCode.CLUSTER_CAPACITY_EXCEEDED, host.cluster().id(), "cluster '" + host.name()
                    + "' needs " + (bill.growthNodes() >= NodeShape.MAX_NODES ? "at least " : "") + bill.growthNodes()
                    + " nodes in pool '" + sizing.name() + "' but the pool allows at most "
                    + sizing.maxCount() + " (requests: " + Money.number(bill.total().cpu(), 1) + " vCPU, "
                    + Money.number(bill.total().memoryGiB(), 1) + " GiB, " + bill.total().pods()
                    + " pods); raise the maximum, add a pool, or move tenants"));
        }
        return bill.share(addOns);
    }

    private double ownNodes(HostCluster host, TenantLoad tenant, CostLedger ledger) {
        NodeGroupBill bill = bills.get(tenant, Kept.OWN_NODES, () -> {
            NodePool pool = tenant.ownPool();
            NodeShape shape = pricing.shapeOf(pool != null ? pool : host.sizingPool());
            int minimum = pool != null ? Math.max(pool.minCount(), 1) : pricing.assumptions().ownNodesMinimum();
            int maximum = pool != null ? pool.maxCount() : UNBOUNDED;
            return new NodeGroupBill(ownNodesName(host, tenant), shape,
                    minimum, maximum, tenantDemands(tenant, false, pool != null ? pool : host.sizingPool()), pricing);
        });
        ledger.nodes("tenant node group", tenant.tenant().name(), host.name(), bill, WHAT);
        double monthly = bill.monthly();
        NodePool pool = tenant.ownPool() != null ? tenant.ownPool() : host.sizingPool();
        for (NodeGroupBill sandbox : bills.get(tenant, Kept.OWN_SANDBOX_NODES,
                () -> sandboxBills(tenant, pool, ownNodesName(host, tenant)))) {
            ledger.nodes("tenant sandbox node group", tenant.tenant().name(), host.name(), sandbox, WHAT);
            monthly += sandbox.monthly();
        }
        return monthly;
    }

    private double dedicatedNodes(HostCluster host, TenantLoad tenant, CostLedger ledger) {
        NodeGroupBill bill = bills.get(tenant, Kept.DEDICATED_NODES, () -> dedicatedBill(host, tenant));
        ledger.nodes(CostLedger.DEDICATED_CLUSTER, tenant.tenant().name(), host.environmentName(), bill, WHAT);
        double monthly = bill.monthly();
        for (NodeGroupBill sandbox : dedicatedSandboxBills(host, tenant)) {
            ledger.nodes("sandbox node group of a dedicated cluster", tenant.tenant().name(), host.environmentName(), sandbox, WHAT);
            monthly += sandbox.monthly();
        }
        return monthly;
    }

    private List<NodeGroupBill> dedicatedSandboxBills(HostCluster host, TenantLoad tenant) {
        return bills.get(tenant, Kept.DEDICATED_SANDBOX_NODES,
                () -> sandboxBills(tenant, host.sizingPool(), dedicatedClusterName(host, tenant)));
    }

    private NodeGroupBill dedicatedBill(HostCluster host, TenantLoad tenant) {
        return new NodeGroupBill(dedicatedClusterName(host, tenant),
                pricing.shapeOf(host.sizingPool()), pricing.assumptions().dedicatedMinNodes(), UNBOUNDED,
                tenantDemands(tenant, true, host.sizingPool()), pricing);
    }

    /**
     * "dedicated cluster of analytics in prod" (not "analytics's", which reads "payments's"): a team has a tenant in every
     * environment, and without the environment three lines of a dedicated column read alike at three amounts, so a
     * reader cannot rebuild the per-environment totals from them. The bill is kept between analyses; {@link TenantMemo}
     * lets it go when the environment is renamed.
     */
    private static String dedicatedClusterName(HostCluster host, TenantLoad tenant) {
        return "dedicated cluster of " + tenant.tenant().name() + " in " + host.environmentName();
    }

    /** "own nodes of payments in eks-prod": the tenant's node group, and the sandbox nodes beside it, in the host cluster. */
    private static String ownNodesName(HostCluster host, TenantLoad tenant) {
        return "own nodes of " + tenant.tenant().name() + " in " + host.name();
    }

    /** The tenant's sandbox pods that run on sandbox nodes of their own when its other pods run on {@code pool}. */
    private List<NodeGroupBill> sandboxBills(TenantLoad tenant, NodePool pool, String where) {
        List<SandboxPods> apart = SandboxPods.of(tenant, pricing, pool);
        if (apart.isEmpty()) {
            return List.of();
        }
        ElementId id = tenant.tenant().id();
        List<NodeGroupBill> result = new ArrayList<>(apart.size());
        for (SandboxPods pods : apart) {
            result.add(new NodeGroupBill(where + ": " + pods.runtime().label() + " sandbox nodes", pods.shape(), 0,
                    UNBOUNDED, List.of(new NodeGroupBill.Demand(id, CostCategory.WORKER_NODES, pods.workload()),
                    new NodeGroupBill.Demand(id, CostCategory.SANDBOX_OVERHEAD, pods.overhead())), pricing));
        }
        return List.copyOf(result); // kept and read by the columns costed side by side: immutable
    }

    /** What the shared nodes hold, naming the vCluster control-plane profiles and how many tenants have each. */
    private static Map<CostCategory, String> what(Map<ControlPlaneSize, Integer> controlPlanes) {
        StringBuilder text = new StringBuilder("vCluster control planes (");
        controlPlanes.forEach((size, tenants) -> text.append(text.charAt(text.length() - 1) == '(' ? "" : "; ")
                .append(VClusterControlPlane.describe(size.profile(), size.replicas(), size.perReplica())).append(": ")
                .append(tenants).append(tenants == 1 ? " tenant" : " tenants"));
        Map<CostCategory, String> what = new java.util.EnumMap<>(WHAT);
        what.put(CostCategory.TENANCY_OVERHEAD, text.append(") and cluster add-ons").toString());
        return what;
    }

    /** A vCluster control plane's size, to count the tenants that have it. */
    private record ControlPlaneSize(String profile, int replicas, Resources perReplica) {
        ControlPlaneSize(VClusterControlPlane plane) {
            this(plane.profile(), plane.replicas(), plane.perReplica());
        }
    }

    /** Sandbox pods of one runtime on one node type: one node group for all tenants of a host. */
    private record SandboxRuntimeKey(dev.bulkhead.model.SandboxRuntime runtime, NodeShape shape) {
        SandboxRuntimeKey(SandboxPods pods) {
            this(pods.runtime(), pods.shape());
        }
    }

    private List<NodeGroupBill.Demand> tenantDemands(TenantLoad tenant, boolean withAddOns, NodePool pool) {
        ElementId id = tenant.tenant().id();
        List<NodeGroupBill.Demand> demands = new ArrayList<>();
        List<SandboxPods> apart = SandboxPods.of(tenant, pricing, pool);
        demands.add(new NodeGroupBill.Demand(id, CostCategory.WORKER_NODES, SandboxPods.workloadLeft(tenant.workload(), apart)));
        demands.add(new NodeGroupBill.Demand(id, CostCategory.SANDBOX_OVERHEAD,
                SandboxPods.overheadLeft(tenant.sandboxOverhead(), apart)));
        if (withAddOns) {
            demands.add(new NodeGroupBill.Demand(id, CostCategory.TENANCY_OVERHEAD, pricing.assumptions().clusterAddOns()));
        }
        return demands;
    }

    /** Splits the host's shared costs over its tenants in proportion to their direct costs (equally if none). */
    private static Map<ElementId, Double> spread(double pot, List<TenantLoad> inHost, Map<ElementId, Double> direct) {
        Map<ElementId, Double> shared = new HashMap<>();
        if (inHost.isEmpty() || pot == 0) {
            return shared;
        }
        double sum = inHost.stream().mapToDouble(t -> direct.get(t.tenant().id())).sum();
        for (TenantLoad tenant : inHost) {
            ElementId id = tenant.tenant().id();
            shared.put(id, sum > 0 ? pot * direct.get(id) / sum : pot / inHost.size());
        }
        return shared;
    }

    private static Map<ElementId, TenantCost> costs(Map<ElementId, Double> direct, Map<ElementId, Double> shared,
                                                    Map<ElementId, Placement> placements) {
        Map<ElementId, TenantCost> costs = new LinkedHashMap<>();
        direct.forEach((id, amount) -> costs.put(id, new TenantCost(id, placements.get(id), amount,
                shared.getOrDefault(id, 0.0))));
        return costs;
    }
}
