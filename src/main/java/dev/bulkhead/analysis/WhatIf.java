package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.InstanceType;
import dev.bulkhead.reference.IsolationRubric;
import dev.bulkhead.reference.NetworkItem;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.reference.SelfManagedControlPlane;
import dev.bulkhead.reference.Sourced;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A question asked in the room, never saved: "what if we had three times the tenants, prices rose by a fifth, or
 * this cluster ran gVisor?". It is answered by a real analysis of a derived model under derived prices, so every
 * figure shown still has its formula: the copied tenants are there to count, and each scaled price cites its
 * source and the multiplier.
 *
 * @param tenantMultiplier every tenant (with its agents) is there this many times, 1 to {@value #MAX_TENANTS}
 * @param priceMultiplier  the pricing profile's cloud prices (nodes, control planes, network items) and the model's
 *                         own node prices are multiplied by this; labour, licence and traffic assumptions are not
 * @param sandboxCluster   the cluster whose tenants and agents run under {@code sandboxRuntime}, or null
 */
public record WhatIf(int tenantMultiplier, double priceMultiplier, ElementId sandboxCluster, SandboxRuntime sandboxRuntime) {
    public static final int MAX_TENANTS = 10;
    public static final double MIN_PRICE = 0.25;
    public static final double MAX_PRICE = 4;
    /** The model as it is. */
    public static final WhatIf NONE = new WhatIf(1, 1, null, null);

    public WhatIf {
        if (tenantMultiplier < 1 || tenantMultiplier > MAX_TENANTS) {
            throw new IllegalArgumentException("the tenant multiplier must be from 1 to " + MAX_TENANTS + " (got " + tenantMultiplier + ")");
        }
        if (!Double.isFinite(priceMultiplier) || priceMultiplier < MIN_PRICE || priceMultiplier > MAX_PRICE) {
            throw new IllegalArgumentException("the price multiplier must be from " + MIN_PRICE + " to " + MAX_PRICE
                    + " (got " + priceMultiplier + ")");
        }
        if ((sandboxCluster == null) != (sandboxRuntime == null)) {
            throw new IllegalArgumentException("a sandbox what-if names both a cluster and a runtime");
        }
    }

    /** Whether this asks nothing: the model as it is. */
    public boolean isNone() {
        return equals(NONE);
    }

    public WhatIf withTenantMultiplier(int multiplier) {
        return new WhatIf(multiplier, priceMultiplier, sandboxCluster, sandboxRuntime);
    }

    public WhatIf withPriceMultiplier(double multiplier) {
        return new WhatIf(tenantMultiplier, multiplier, sandboxCluster, sandboxRuntime);
    }

    /** This what-if with a cluster's tenants run under a runtime, or without a sandbox what-if (nulls). */
    public WhatIf withSandbox(ElementId cluster, SandboxRuntime runtime) {
        return new WhatIf(tenantMultiplier, priceMultiplier, cluster, runtime);
    }

    /** What is asked, for the banner on screen: {@code tenants ×3 · cloud prices ×1.20 · gVisor on prod}. */
    public String describe(Model model) {
        List<String> parts = new ArrayList<>();
        if (tenantMultiplier != 1) {
            parts.add("tenants ×" + tenantMultiplier);
        }
        if (priceMultiplier != 1) {
            parts.add("cloud prices " + times(priceMultiplier));
        }
        if (sandboxCluster != null) {
            String name = model.find(sandboxCluster).map(Element::name).orElse(sandboxCluster.value());
            parts.add(sandboxRuntime.label() + " on " + name);
        }
        return parts.isEmpty() ? "the model as saved" : String.join(" · ", parts);
    }

    /** Analyses the model as this what-if asks, with a fresh analyzer (the app's own keeps its caches). */
    public Analysis analyze(ReferenceData reference, Model model) {
        return new Analyzer(pricesOf(reference)).analyze(applyTo(model, reference.rubric()));
    }

    /**
     * The model this asks about: each tenant copied {@code tenantMultiplier - 1} times into its cluster with its
     * agents (new ids, names and owner groups, so that the copies are separate tenants and not a naming clash), the
     * sandbox cluster's tenants and agents under the runtime where it isolates more than theirs by the {@code rubric}'s
     * kernel scores (never less: gVisor asked of a cluster leaves an LLM-generated agent's Kata microVM as it is, which
     * lesson 1 teaches; lowering it made the what-if cheaper and dropped the Kata nodes from the bill, review 14f),
     * the model's own node prices multiplied. Connections are not copied: a copy talks to nothing, which keeps the
     * network findings about the tenants that were drawn.
     */
    public Model applyTo(Model model, IsolationRubric rubric) {
        if (isNone()) {
            return model;
        }
        Map<ElementId, Element> elements = new LinkedHashMap<>(model.elements());
        for (Element element : model.elements().values()) {
            if (element instanceof Tenant tenant) {
                Tenant shown = sandboxed(tenant, rubric);
                elements.put(tenant.id(), shown);
                for (int copy = 2; copy <= tenantMultiplier; copy++) {
                    Tenant copied = copyOf(shown, copy);
                    elements.put(copied.id(), copied);
                    for (Agent agent : model.children(tenant.id(), Agent.class)) {
                        Agent copiedAgent = copyOf(sandboxed(model, agent, rubric), copied.id(), copy);
                        elements.put(copiedAgent.id(), copiedAgent);
                    }
                }
            } else if (element instanceof Agent agent) {
                elements.put(agent.id(), sandboxed(model, agent, rubric));
            } else if (element instanceof Cluster cluster && cluster.id().equals(sandboxCluster)) {
                elements.put(cluster.id(), cluster.withRuntime(sandboxRuntime));
            } else if (element instanceof NodePool pool && pool.hourlyPrice() != null && priceMultiplier != 1) {
                elements.put(pool.id(), pool.withHourlyPrice(pool.hourlyPrice() * priceMultiplier));
            }
        }
        return Model.of(model.settings(), elements.values(), Map.of());
    }

    /** The reference data with every profile's cloud prices multiplied, each citing the multiplier. */
    public ReferenceData pricesOf(ReferenceData reference) {
        if (priceMultiplier == 1) {
            return reference;
        }
        Map<String, PricingProfile> scaled = new LinkedHashMap<>();
        reference.profiles().forEach((id, profile) -> scaled.put(id, scaled(profile)));
        return new ReferenceData(scaled, reference.assumptions(), reference.rubric());
    }

    private PricingProfile scaled(PricingProfile p) {
        Map<dev.bulkhead.model.SupportTier, Sourced> fees = new EnumMap<>(dev.bulkhead.model.SupportTier.class);
        p.controlPlaneFees().forEach((tier, fee) -> fees.put(tier, scaled(fee)));
        SelfManagedControlPlane self = p.selfManaged() == null ? null : new SelfManagedControlPlane(p.selfManaged().nodes(),
                p.selfManaged().vcpu(), p.selfManaged().memoryGiB(), scaled(p.selfManaged().hourly()));
        List<NetworkItem> network = p.network().stream().map(n -> new NetworkItem(n.item(), n.count(), scaled(n.hourly()))).toList();
        List<InstanceType> instances = p.instances().stream().map(i -> new InstanceType(i.type(), i.vcpu(), i.memoryGiB(),
                scaled(i.hourly()), i.architecture(), i.family(), i.enis(), i.ipv4PerEni(), i.about())).toList();
        return new PricingProfile(p.id(), p.name(), p.provider(), p.region(), p.currency(), p.asOf(), fees, self, network,
                instances, p.perNodeCpu(), p.perNodeMemoryGiB(), p.perNodePods(), p.nodeSizing(), p.sandboxNodes(),
                p.assumptionDefaults(), p.notes());
    }

    /** A price multiplied, its source saying so, so that a formula card shows the multiplied input and why. */
    private Sourced scaled(Sourced price) {
        return new Sourced(price.value() * priceMultiplier, price.unit(),
                "what-if " + times(priceMultiplier) + " of " + price.value() + " from " + price.source(), price.date(), price.kind());
    }

    private Tenant sandboxed(Tenant tenant, IsolationRubric rubric) {
        boolean inCluster = sandboxCluster != null && tenant.cluster().equals(sandboxCluster);
        return inCluster && raises(tenant.runtime(), rubric) ? tenant.withRuntime(sandboxRuntime) : tenant;
    }

    private Agent sandboxed(Model model, Agent agent, IsolationRubric rubric) {
        boolean inCluster = sandboxCluster != null && model.clusterOf(agent.id()).map(c -> c.id().equals(sandboxCluster)).orElse(false);
        return inCluster && raises(agent.runtime(), rubric) ? agent.withRuntime(sandboxRuntime) : agent;
    }

    /** Whether the asked runtime scores higher on the kernel than {@code current} (an equal one is left as chosen). */
    private boolean raises(SandboxRuntime current, IsolationRubric rubric) {
        return rubric.runtimes().get(sandboxRuntime).score() > rubric.runtimes().get(current).score();
    }

    private static Tenant copyOf(Tenant t, int copy) {
        return new Tenant(copyId(t.id(), copy), t.name() + " #" + copy, t.cluster(), t.tenantKind(), t.ownerGroup() + "-" + copy,
                t.demand(), t.requirementOverrides(), t.option(), t.runtime(), t.codeOrigin(), t.regulatedData());
    }

    private static Agent copyOf(Agent a, ElementId tenant, int copy) {
        return new Agent(copyId(a.id(), copy), a.name() + " #" + copy, tenant, a.trust(), a.runtime(), a.concurrency(),
                a.warmPool(), a.cpuPerSandbox(), a.memoryGiBPerSandbox(), a.egress(), a.secretsAccess(), a.tools(),
                a.exposedToUntrustedInput(), a.startupBudgetMs());
    }

    /** A new id for a copy; ids are at most 64 characters, so a long one is shortened before the suffix. */
    private static ElementId copyId(ElementId id, int copy) {
        String suffix = ".whatif" + copy;
        String base = id.value();
        return new ElementId(base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix);
    }

    private static String times(double multiplier) {
        return "×" + String.format(Locale.ROOT, "%.2f", multiplier);
    }
}
