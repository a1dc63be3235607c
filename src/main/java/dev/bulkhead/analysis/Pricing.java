package dev.bulkhead.analysis;

import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.reference.InstanceType;
import dev.bulkhead.reference.NetworkItem;
import dev.bulkhead.reference.NodeSizing;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.SandboxNode;
import dev.bulkhead.reference.Sourced;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices and capacities under one pricing profile and set of assumptions: what a node of a pool costs and
 * offers, what a cluster's control plane, network and operations cost per month.
 */
public final class Pricing {
    /** Memory kept back for the kubelet's eviction threshold (evictionHard memory.available 100Mi, §10a-§10c). */
    static final double EVICTION_THRESHOLD_GIB = 100.0 / 1024;
    /** GKE keeps 255 MiB on nodes with less than 1 GiB of memory (§10c). */
    private static final double GKE_SMALL_NODE_GIB = 255.0 / 1024;
    /** A decimal megabyte in GiB (AKS writes its reservation in MB). */
    private static final double MB_GIB = 1e6 / (1024.0 * 1024 * 1024);
    /** AKS's CPU reservation table (§10b): cores, millicores. */
    private static final double[][] AKS_CPU = {{1, 60}, {2, 100}, {4, 140}, {8, 180}, {16, 260}, {32, 420}, {64, 740}};

    private final PricingProfile profile;
    private final Assumptions assumptions;
    /** Every instance type Bulkhead knows, to learn a pool's architecture and family from its type's name. */
    private final Map<String, InstanceType> catalogue;
    /**
     * Pools are immutable, so a pool's shape is computed once per pricing (the analyzer reuses one while the
     * settings stay the same). Keyed by identity: hashing a pool's content costs more than the lookup saves.
     */
    private final Map<NodePool, NodeShape> shapes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<SandboxRuntime, Optional<NodeShape>> sandboxShapes = new java.util.concurrent.ConcurrentHashMap<>();
    /** A runtime's pool set aside beside a general pool, of that pool's type. */
    private record Aside(SandboxRuntime runtime, NodePool pool) {
    }

    private final Map<Aside, NodeShape> asidePoolShapes = new java.util.concurrent.ConcurrentHashMap<>();

    public Pricing(PricingProfile profile, Assumptions assumptions) {
        this(profile, assumptions, profile.instances());
    }

    /**
     * @param catalogue instance types of every profile: a pool whose type this profile does not list keeps its
     *                  architecture and family when priced as a stand-in
     */
    public Pricing(PricingProfile profile, Assumptions assumptions, Collection<InstanceType> catalogue) {
        this.profile = profile;
        this.assumptions = assumptions;
        Map<String, InstanceType> byType = new HashMap<>();
        for (InstanceType type : catalogue) {
            byType.putIfAbsent(type.type(), type);
        }
        for (InstanceType type : profile.instances()) {
            byType.put(type.type(), type);
        }
        this.catalogue = byType;
    }

    public PricingProfile profile() {
        return profile;
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    /** Currency symbol for formulas. */
    public String symbol() {
        return profile.currencySymbol();
    }

    public double hours() {
        return assumptions.hoursPerMonth();
    }

    /**
     * The shape and price of a pool's nodes: the pool's own price if set, else the profile's price for its
     * instance type, else the price of the profile's closest shape of the same architecture and family.
     */
    public NodeShape shapeOf(NodePool pool) {
        return shapes.computeIfAbsent(pool, this::computeShape);
    }

    /**
     * The nodes that run pods of {@code runtime}, when the profile prices them apart from {@code pool}: a type
     * of their own because the general sizes cannot run it (Kata or Firecracker need hardware virtualisation:
     * metal or nested-virtualisation instances on EKS, nested-virtualisation sizes on AKS; §10d, §10g), or a
     * pool of {@code pool}'s type set aside for it (GKE Sandbox, §10c). Empty when any node of the pool runs
     * it, and for a pool of the sandbox type itself.
     */
    public Optional<NodeShape> sandboxShape(SandboxRuntime runtime, NodePool pool) {
        Optional<SandboxNode> node = profile.sandboxNode(runtime);
        if (node.isPresent() && node.get().samePoolType()) {
            return pool == null ? Optional.empty() : Optional.of(asidePoolShapes.computeIfAbsent(new Aside(runtime, pool),
                    aside -> shapeSetAside(shapeOf(pool), node.get())));
        }
        Optional<NodeShape> shape = sandboxShapes.computeIfAbsent(runtime, r -> node.map(typed -> {
            InstanceType type = profile.instance(typed.type()).orElseThrow();
            return shape(typed.type(), type, type.vcpu(), type.memoryGiB(), type.hourly().value(), typed.type() + ", "
                    + type.hourly().citation() + "; " + typed.why());
        }));
        return shape.filter(s -> pool == null || !s.instanceType().equals(pool.instanceType()));
    }

    /** A pool's nodes, set aside for one runtime: the same shape and price, with the provider's reason in the source. */
    private static NodeShape shapeSetAside(NodeShape general, SandboxNode node) {
        return new NodeShape(general.instanceType(), general.vcpu(), general.memoryGiB(), general.hourlyPrice(),
                general.priceSource() + "; in a node pool of their own: " + node.why(), general.usableCpu(),
                general.usableMemoryGiB(), general.podsPerNode());
    }

    /** The label of the control-plane line for a tier, for example {@code Control planes · Amazon EKS standard tier}. */
    public String controlPlaneItem(SupportTier tier) {
        // A tier the provider lacks is charged at standard (EKS has no free tier): name the tier charged.
        SupportTier charged = profile.controlPlaneFees().containsKey(tier) ? tier : SupportTier.STANDARD;
        return "Control planes · " + profile.provider().label() + " " + charged.name().toLowerCase(java.util.Locale.ROOT) + " tier";
    }

    private NodeShape computeShape(NodePool pool) {
        double price;
        String source;
        Optional<InstanceType> listed = profile.instance(pool.instanceType());
        InstanceType basis;
        if (listed.isPresent()) {
            basis = listed.get();
        } else {
            InstanceType known = catalogue.get(pool.instanceType());
            String architecture = known == null ? null : known.architecture();
            String family = known == null ? null : known.family();
            basis = profile.closestShape(pool.vcpu(), pool.memoryGiB(), architecture, family);
        }
        if (pool.hourlyPrice() != null) {
            price = pool.hourlyPrice();
            source = "price set on node pool '" + pool.name() + "'";
        } else if (listed.isPresent()) {
            price = basis.hourly().value();
            source = pool.instanceType() + ", " + basis.hourly().citation();
        } else {
            double scale = Math.max(pool.vcpu() / basis.vcpu(), pool.memoryGiB() / basis.memoryGiB());
            price = basis.hourly().value() * scale;
            source = pool.instanceType() + " is not in the " + profile.id() + " profile; priced as "
                    + (scale == 1 ? "" : Money.number(scale) + " x ") + basis.type() + " (" + standIn(pool, basis) + ", "
                    + basis.hourly().citation() + ")";
        }
        return shape(pool.instanceType(), basis, pool.vcpu(), pool.memoryGiB(), price, source);
    }

    /** Why {@code basis} stands in for the pool's type: what it keeps of the type's architecture and family. */
    private String standIn(NodePool pool, InstanceType basis) {
        InstanceType known = catalogue.get(pool.instanceType());
        if (known == null || known.architecture() == null) {
            return "closest shape; the architecture of " + pool.instanceType() + " is not known";
        }
        String kept = Objects.equals(known.architecture(), basis.architecture())
                ? "same architecture (" + basis.architecture() + ")" : "no " + known.architecture() + " type listed";
        String family = known.family() == null ? "" : Objects.equals(known.family(), basis.family())
                ? " and family (" + basis.family() + ")" : ", no " + known.family() + " type listed";
        return "closest shape of the " + kept + family;
    }

    /** A node shape with its usable capacity under the assumptions, sized as the provider sizes {@code basis}. */
    private NodeShape shape(String name, InstanceType basis, double vcpu, double memoryGiB, double hourlyPrice,
                            String priceSource) {
        int maxPods = maxPods(basis);
        double utilisation = assumptions.targetUtilisation();
        double cpu = (vcpu - reservedCpu(vcpu) - profile.perNodeCpu().value()) * utilisation;
        double memory = (memoryGiB - reservedMemory(memoryGiB, basis, maxPods) - profile.perNodeMemoryGiB().value()) * utilisation;
        int pods = Math.max(1, maxPods - (int) profile.perNodePods().value());
        return new NodeShape(name, vcpu, memoryGiB, hourlyPrice, priceSource, Math.max(0.01, cpu), Math.max(0.01, memory), pods);
    }

    /**
     * Pods a node of this type may run: the model's override, else the provider's rule: a fixed number, or on
     * EKS the VPC CNI's {@code ENIs × (IPv4 per ENI − 1) + 2} of the type (§10a).
     */
    public int maxPods(InstanceType type) {
        return assumptions.maxPodsOverride().orElseGet(() -> providerMaxPods(type));
    }

    private int providerMaxPods(InstanceType type) {
        NodeSizing.MaxPods rule = profile.nodeSizing().maxPods();
        return rule.rule() == NodeSizing.PodsRule.VPC_CNI ? type.vpcCniMaxPods().orElse(rule.value()) : rule.value();
    }

    /** CPU the node keeps for the system: the override, or the provider's formula (§10a-§10c). */
    public double reservedCpu(double vcpu) {
        return assumptions.override(Assumptions.RESERVED_CPU).orElseGet(() ->
                profile.nodeSizing().reservation().formula() == NodeSizing.Formula.AKS ? aksReservedCpu(vcpu)
                        : 0.06 * Math.min(1, vcpu) + 0.01 * clamp(vcpu - 1, 1) + 0.005 * clamp(vcpu - 2, 2)
                        + 0.0025 * Math.max(0, vcpu - 4));
    }

    /** AKS's table, linear between its rows and 10 millicores a core beyond 64 cores (the last row's slope). */
    private static double aksReservedCpu(double vcpu) {
        if (vcpu <= AKS_CPU[0][0]) {
            return AKS_CPU[0][1] / 1000;
        }
        for (int i = 1; i < AKS_CPU.length; i++) {
            if (vcpu <= AKS_CPU[i][0]) {
                double[] low = AKS_CPU[i - 1];
                double[] high = AKS_CPU[i];
                return (low[1] + (vcpu - low[0]) * (high[1] - low[1]) / (high[0] - low[0])) / 1000;
            }
        }
        return (AKS_CPU[AKS_CPU.length - 1][1] + 10 * (vcpu - AKS_CPU[AKS_CPU.length - 1][0])) / 1000;
    }

    /**
     * Memory the node keeps for the system, eviction threshold included: the override, or the provider's formula
     * (§10a-§10c) for a node of {@code memoryGiB} sized as {@code basis}, running at most {@code maxPods} pods.
     */
    public double reservedMemory(double memoryGiB, InstanceType basis, int maxPods) {
        return assumptions.override(Assumptions.RESERVED_MEMORY).orElseGet(() -> switch (profile.nodeSizing().reservation().formula()) {
            // nodeadm reserves for the VPC CNI's max pods even where the kubelet's maxPods is set (§10a).
            case EKS -> (11 * providerMaxPods(basis) + 255) / 1024.0 + EVICTION_THRESHOLD_GIB;
            case AKS -> Math.min((20.0 * maxPods + 50) * MB_GIB, 0.25 * memoryGiB) + EVICTION_THRESHOLD_GIB;
            case GKE -> (memoryGiB < 1 ? GKE_SMALL_NODE_GIB : 0.25 * Math.min(4, memoryGiB) + 0.20 * clamp(memoryGiB - 4, 4)
                    + 0.10 * clamp(memoryGiB - 8, 8) + 0.06 * clamp(memoryGiB - 16, 112) + 0.02 * Math.max(0, memoryGiB - 128))
                    + EVICTION_THRESHOLD_GIB;
        });
    }

    /** The control-plane fee per hour for a tier, with its source; 0 with a note for self-managed. */
    public Sourced controlPlaneFee(SupportTier tier) {
        return profile.controlPlaneFee(tier).orElseGet(() ->
                new Sourced(0, "$/cluster-hour", "self-managed control plane: no fee", null, "derived"));
    }

    /** Fixed network items every cluster pays. */
    public List<NetworkItem> networkItems() {
        return profile.network();
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }
}
