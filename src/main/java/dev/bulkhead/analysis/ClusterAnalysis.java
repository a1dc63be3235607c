package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TrustLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * Everything computed for one drawn cluster: its tenants' loads, a run per option, the recommended mix,
 * sandbox advice and findings. Cost, isolation (the hard gate included) and recommendations never cross
 * a cluster's border, so an edit re-computes only the clusters it touched.
 */
final class ClusterAnalysis {
    final Environment environment;
    final ClusterLoad load;
    final Map<OptionKey, OptionRun> runs = new EnumMap<>(OptionKey.class);
    final Recommendation recommendation;
    final Map<ElementId, SandboxAdvice> advice = new LinkedHashMap<>();
    final List<Finding> findings = new ArrayList<>();
    final double strictestRequirement;
    final TenantMemo memo;
    private ConnectionReach resultsReach;
    private Map<OptionKey, OptionResult> results;
    /** The blast radii behind {@link #results}; the previous analysis's until this one's are made, then this one's. */
    private BlastRadii blast;

    /**
     * Analyses a cluster, reusing per-tenant work of its previous analysis (or none when null).
     *
     * @param flowsHold whether the edits since the previous analysis left every connection and every tenant's
     *                  cluster as they were, so that the data its tenants send is what it was
     */
    ClusterAnalysis(Model model, Environment environment, Cluster cluster, Pricing pricing, IsolationScorer scorer,
                    ClusterAnalysis previous, boolean flowsHold) {
        TenantMemo memo = new TenantMemo(scorer, previous == null ? null : previous.memo);
        this.memo = memo;
        this.environment = environment;
        this.blast = previous == null ? null : previous.blast;
        this.load = load(model, environment, cluster, pricing.assumptions(), memo,
                flowsHold && previous != null ? previous.load : null);
        Recommendation tenantByTenant = runSideBySide(pricing, memo);
        run(OptionKey.RECOMMENDED, t -> tenantByTenant.placements().get(t.tenant().id()), pricing, memo);
        OptionRun dedicated = runs.get(OptionKey.DEDICATED);
        if (!load.tenants().isEmpty() && load.host().hasPools()
                && dedicated.total().compareTo(runs.get(OptionKey.RECOMMENDED).total()) < 0) {
            recommendation = Recommender.allDedicated(load);
            runs.put(OptionKey.RECOMMENDED, dedicated);
        } else {
            recommendation = tenantByTenant;
        }
        run(OptionKey.CURRENT, t -> Placement.of(currentOption(t.tenant()), t.hasOwnPool()), pricing, memo);
        findings.addAll(runs.get(OptionKey.CURRENT).findings);
        findings.addAll(ModelChecks.forCluster(model, cluster));
        licenceFinding(cluster, pricing);
        NodeShape shape = load.host().hasPools() ? pricing.shapeOf(load.host().sizingPool()) : null;
        checkNodeLimit(shape, pricing);
        double strictest = 0;
        for (TenantLoad tenant : load.tenants()) {
            strictest = Math.max(strictest, runs.get(OptionKey.NAMESPACE).isolation.get(tenant.tenant().id()).requiredScore());
            checkPodsFit(tenant, shape);
            checkRequirement(tenant);
            for (Agent agent : tenant.agents()) {
                SandboxAdvice sandbox = memo.advice(agent, tenant, cluster, shape, pricing);
                advice.put(agent.id(), sandbox);
                sandboxFinding(agent, tenant, sandbox);
            }
        }
        strictestRequirement = strictest;
        memo.dropPrevious(); // every reuse (loads, advice) happened above; the rest reads only this memo
        // Sorted once here, so that the whole model's findings are sorted runs that merge cheaply.
        findings.sort(Finding.ORDER);
    }

    /**
     * Runs the namespace, vCluster and dedicated columns and recommends tenant by tenant. These four read the
     * same loads and fill the memo's slots only with immutable values, so with tenants to cost they run side by
     * side: an edit re-analyses one cluster, and this is most of it.
     */
    private Recommendation runSideBySide(Pricing pricing, TenantMemo memo) {
        Function<TenantLoad, Placement> namespace = t -> Placement.of(TenancyOption.NAMESPACE, t.hasOwnPool());
        Function<TenantLoad, Placement> vcluster = t -> Placement.of(TenancyOption.VCLUSTER, t.hasOwnPool());
        Function<TenantLoad, Placement> dedicated = t -> Placement.DEDICATED;
        if (load.tenants().isEmpty()) {
            // Nothing to cost: every column places no one, and reuses the first run.
            run(OptionKey.NAMESPACE, namespace, pricing, memo);
            run(OptionKey.VCLUSTER, vcluster, pricing, memo);
            run(OptionKey.DEDICATED, dedicated, pricing, memo);
            return new Recommender(pricing, memo).recommend(load);
        }
        ForkJoinTask<OptionRun> vclusterRun = ForkJoinTask.adapt(() -> OptionRun.of(List.of(load), vcluster, pricing, memo)).fork();
        ForkJoinTask<OptionRun> dedicatedRun = ForkJoinTask.adapt(() -> OptionRun.of(List.of(load), dedicated, pricing, memo)).fork();
        runs.put(OptionKey.NAMESPACE, OptionRun.of(List.of(load), namespace, pricing, memo));
        Recommendation recommendation = new Recommender(pricing, memo).recommend(load);
        runs.put(OptionKey.VCLUSTER, vclusterRun.join());
        runs.put(OptionKey.DEDICATED, dedicatedRun.join());
        return recommendation;
    }

    /** Private nodes in the design or the recommendation need a licence the model has not priced: say so. */
    private void licenceFinding(Cluster cluster, Pricing pricing) {
        if (pricing.assumptions().platformLicence().isPresent()) {
            return;
        }
        for (OptionKey key : List.of(OptionKey.CURRENT, OptionKey.RECOMMENDED)) {
            long count = runs.get(key).placements.values().stream().filter(p -> p == Placement.VCLUSTER_PRIVATE_NODES).count();
            if (count > 0) {
                findings.add(Finding.warning(FindingCode.LICENCE_NOT_PRICED, cluster.id(), "the " + key.label().toLowerCase()
                        + " places " + count + " vCluster" + (count == 1 ? "" : "s") + " of cluster '" + cluster.name()
                        + "' on private nodes, which need vCluster Platform (Free tier and above); its licence is not "
                        + "priced: set the assumption '" + Assumptions.PLATFORM_LICENCE + "' (0 for the Free tier)"));
                return;
            }
        }
    }

    /** The comparison columns of this cluster, with blast radii over the given connections. */
    Map<OptionKey, OptionResult> results(ConnectionReach reach) {
        if (reach != resultsReach) {
            Map<OptionKey, OptionResult> computed = new EnumMap<>(OptionKey.class);
            Map<OptionRun, OptionResult> byRun = new java.util.IdentityHashMap<>();
            BlastRadii blast = new BlastRadii(load, reach, this.blast);
            this.blast = blast; // lets go of the previous analysis's radii, which would keep its loads alive
            for (OptionKey key : OptionKey.values()) {
                OptionRun run = runs.get(key);
                OptionResult shared = byRun.get(run);
                OptionResult result = shared != null ? shared.as(key)
                        : OptionResult.of(key, run, blast.worst(run.placements));
                byRun.putIfAbsent(run, result);
                computed.put(key, result);
            }
            results = computed;
            resultsReach = reach;
        }
        return results;
    }

    /** The option the model chose for a tenant: its own, else its environment's, else namespace. */
    TenancyOption currentOption(Tenant tenant) {
        if (tenant.option() != null) {
            return tenant.option();
        }
        return environment.option() != null ? environment.option() : TenancyOption.NAMESPACE;
    }

    /** Runs an option, or reuses an earlier run that places every tenant the same way. */
    private void run(OptionKey key, Function<TenantLoad, Placement> placement, Pricing pricing, TenantMemo memo) {
        for (OptionRun earlier : runs.values()) {
            if (load.tenants().stream().allMatch(t -> earlier.placements.get(t.tenant().id()) == placement.apply(t))) {
                runs.put(key, earlier);
                return;
            }
        }
        runs.put(key, OptionRun.of(List.of(load), placement, pricing, memo));
    }

    private void checkPodsFit(TenantLoad tenant, NodeShape shape) {
        if (shape != null && !shape.fits(tenant.largestPod())) {
            findings.add(Finding.error(FindingCode.POD_TOO_LARGE, tenant.tenant().id(), "a pod of tenant '" + tenant.tenant().name()
                    + "' (" + environment.name() + ") requests " + Money.number(tenant.largestPod().cpu(), 2) + " vCPU and "
                    + Money.number(tenant.largestPod().memoryGiB(), 2) + " GiB, more than one " + shape.instanceType()
                    + " node of cluster '" + load.host().name() + "' offers (" + Money.number(shape.usableCpu(), 2)
                    + " vCPU, " + Money.number(shape.usableMemoryGiB(), 2) + " GiB usable); use larger nodes or smaller pods"));
        }
    }

    /**
     * Whether the cluster's tenants (or a tenant on nodes of its own) need more nodes than a group is counted
     * with. Every group of the cluster holds at most what its tenants and their vCluster control planes
     * request (plus the small add-ons), so this one check covers the shared, own and dedicated groups of every
     * option.
     */
    private void checkNodeLimit(NodeShape shape, Pricing pricing) {
        if (shape == null) {
            return;
        }
        Resources all = Resources.NONE;
        for (TenantLoad tenant : load.tenants()) {
            all = all.plus(tenant.total()).plus(pricing.assumptions().vclusterControlPlane(tenant).total());
            NodeShape own = tenant.hasOwnPool() ? pricing.shapeOf(tenant.ownPool()) : null;
            if (own != null && own != shape && own.exceedsNodeLimit(tenant.total())) {
                nodeLimitFinding(tenant.tenant().id(), "tenant '" + tenant.tenant().name() + "' (" + environment.name() + ")",
                        own, tenant.total());
            }
        }
        if (shape.exceedsNodeLimit(all)) {
            nodeLimitFinding(load.host().cluster().id(), "the tenants of cluster '" + load.host().name()
                    + "' with their vCluster control planes", shape, all);
        }
    }

    private void nodeLimitFinding(ElementId element, String who, NodeShape shape, Resources demand) {
        findings.add(Finding.error(FindingCode.NODE_COUNT_CAPPED, element, who + " request " + Money.number(demand.cpu(), 0)
                + " vCPU, " + Money.number(demand.memoryGiB(), 0) + " GiB and " + demand.pods() + " pods, more than "
                + Money.number(NodeShape.MAX_NODES) + " " + shape.instanceType() + " nodes hold; Bulkhead counts at most "
                + Money.number(NodeShape.MAX_NODES) + " nodes a group, so its costs are understated. Lower the demand or "
                + "use larger nodes"));
    }

    private void checkRequirement(TenantLoad tenant) {
        Tenant t = tenant.tenant();
        TenantIsolation isolation = runs.get(OptionKey.CURRENT).isolation.get(t.id());
        if (isolation.meetsRequirement()) {
            return;
        }
        String shortfall = isolation.shortfalls().get(0).describe()
                + (isolation.shortfalls().size() > 1 ? " (and " + (isolation.shortfalls().size() - 1) + " more)" : "");
        if (t.option() == null && environment.option() == null) {
            // Undecided: no warning (the comparison shows what each option would do), but the current design's column
            // counts it unmet as a namespace, and a count with no finding to name its tenants explains nothing.
            Placement recommended = recommendation.placements().get(t.id());
            // Review R12h: a tenant short only because of an untrusted neighbour on its nodes was told to set an option,
            // though the mix keeps it where it is and moves the neighbour.
            boolean metByMovingOthers = recommended == isolation.placement()
                    && runs.get(OptionKey.RECOMMENDED).isolation.get(t.id()).meetsRequirement();
            findings.add(Finding.info(FindingCode.REQUIREMENT_UNMET, t.id(), "tenant '" + t.name() + "' (" + environment.name()
                    + ") has no isolation option set; counted as a " + isolation.placement().label() + " it falls short: "
                    + shortfall + (metByMovingOthers ? "; the recommended mix meets it with this tenant still a " + recommended.label()
                    + ", by placing the tenants it shares nodes with otherwise" : "; set an option for it, or apply the recommended "
                    + "mix (it places this tenant as a " + recommended.label() + ")")));
            return;
        }
        findings.add(Finding.warning(FindingCode.REQUIREMENT_UNMET, t.id(), "tenant '" + t.name() + "' (" + environment.name()
                + ") as a " + isolation.placement().label() + " falls short: " + shortfall));
    }

    private void sandboxFinding(Agent agent, TenantLoad tenant, SandboxAdvice sandbox) {
        if (!sandbox.currentIsEnough()) {
            findings.add(memo.sandboxFinding(agent, environment.name(), () -> sandboxFindingOf(agent, tenant, sandbox)));
        }
    }

    private Finding sandboxFindingOf(Agent agent, TenantLoad tenant, SandboxAdvice sandbox) {
        String who = "agent '" + agent.name() + "' of '" + tenant.tenant().name() + "' (" + environment.name() + ")";
        if (agent.trust() == TrustLevel.UNTRUSTED && agent.runtime() == SandboxRuntime.RUNC) {
            return Finding.warning(FindingCode.UNTRUSTED_AGENT_UNSANDBOXED, agent.id(), who + " runs untrusted code under "
                    + "plain runc, with the host kernel as its only boundary; run it under " + sandbox.recommended().label());
        }
        return Finding.warning(FindingCode.SANDBOX_WEAKER_THAN_ADVISED, agent.id(), who + " runs under "
                + agent.runtime().label() + "; its threat model calls for " + sandbox.recommended().label());
    }

    /** The cluster's loads; its traffic is {@code sameFlows}'s when that held the same tenants (null: work it out). */
    private static ClusterLoad load(Model model, Environment environment, Cluster cluster, Assumptions assumptions,
                                    TenantMemo memo, ClusterLoad sameFlows) {
        List<NodePool> pools = model.children(cluster.id(), NodePool.class);
        List<Tenant> tenants = model.children(cluster.id(), Tenant.class);
        HostCluster host = HostCluster.of(cluster, environment.name(), environment.criticality(), pools);
        List<TenantLoad> tenantLoads = new ArrayList<>(tenants.size());
        for (Tenant tenant : tenants) {
            List<Agent> agents = model.children(tenant.id(), Agent.class);
            NodePool own = null;
            for (NodePool pool : pools) {
                if (tenant.id().equals(pool.dedicatedTo())) {
                    own = pool;
                    break;
                }
            }
            tenantLoads.add(memo.load(tenant, agents, own, cluster, pools, environment.criticality(),
                    environment.environmentKind(), environment.name(), assumptions));
        }
        List<TrafficFlow> flows = sameFlows != null && sameTenants(sameFlows.tenants(), tenants) ? sameFlows.flows()
                : TrafficFlow.of(model, cluster, tenants, assumptions);
        return new ClusterLoad(host, tenantLoads, flows);
    }

    /** Whether the loads are of the same tenants, in the same order (flows name tenants by id). */
    private static boolean sameTenants(List<TenantLoad> loads, List<Tenant> tenants) {
        if (loads.size() != tenants.size()) {
            return false;
        }
        for (int i = 0; i < tenants.size(); i++) {
            if (!loads.get(i).tenant().id().equals(tenants.get(i).id())) {
                return false;
            }
        }
        return true;
    }
}
