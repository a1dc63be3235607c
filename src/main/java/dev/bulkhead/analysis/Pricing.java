package dev.bulkhead.analysis;

import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.reference.InstanceType;
import dev.bulkhead.reference.NetworkItem;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.Sourced;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;

/**
 * Prices and capacities under one pricing profile and set of assumptions: what a node of a pool costs and
 * offers, what a cluster's control plane, network and operations cost per month.
 */
public final class Pricing {
    /** Memory kept back for the kubelet's eviction threshold (GKE formula). */
    static final double EVICTION_THRESHOLD_GIB = 100.0 / 1024;

    private final PricingProfile profile;
    private final Assumptions assumptions;
    /**
     * Pools are immutable, so a pool's shape is computed once per pricing (the analyzer reuses one while the
     * settings stay the same). Keyed by identity: hashing a pool's content costs more than the lookup saves.
     */
    private final Map<NodePool, NodeShape> shapes = Collections.synchronizedMap(new IdentityHashMap<>());

    public Pricing(PricingProfile profile, Assumptions assumptions) {
        this.profile = profile;
        this.assumptions = assumptions;
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
     * instance type, else the price of the profile's closest shape.
     */
    public NodeShape shapeOf(NodePool pool) {
        return shapes.computeIfAbsent(pool, this::computeShape);
    }

    /** The label of the control-plane line for a tier, for example {@code Control planes · Amazon EKS standard tier}. */
    public String controlPlaneItem(SupportTier tier) {
        return "Control planes · " + profile.provider().label() + " " + tier.name().toLowerCase(java.util.Locale.ROOT) + " tier";
    }

    private NodeShape computeShape(NodePool pool) {
        double price;
        String source;
        if (pool.hourlyPrice() != null) {
            price = pool.hourlyPrice();
            source = "price set on node pool '" + pool.name() + "'";
        } else {
            Optional<InstanceType> listed = profile.instance(pool.instanceType());
            if (listed.isPresent()) {
                price = listed.get().hourly().value();
                source = pool.instanceType() + ", " + listed.get().hourly().citation();
            } else {
                InstanceType closest = profile.closestShape(pool.vcpu(), pool.memoryGiB());
                double scale = Math.max(pool.vcpu() / closest.vcpu(), pool.memoryGiB() / closest.memoryGiB());
                price = closest.hourly().value() * scale;
                source = pool.instanceType() + " is not in the " + profile.id() + " profile; priced as "
                        + (scale == 1 ? "" : Money.number(scale) + " x ") + closest.type() + " (closest shape, "
                        + closest.hourly().citation() + ")";
            }
        }
        return shape(pool.instanceType(), pool.vcpu(), pool.memoryGiB(), price, source);
    }

    /** A node shape with its usable capacity under the assumptions. */
    public NodeShape shape(String instanceType, double vcpu, double memoryGiB, double hourlyPrice, String priceSource) {
        double utilisation = assumptions.targetUtilisation();
        double cpu = (vcpu - reservedCpu(vcpu) - profile.perNodeCpu().value()) * utilisation;
        double memory = (memoryGiB - reservedMemory(memoryGiB) - profile.perNodeMemoryGiB().value()) * utilisation;
        return new NodeShape(instanceType, vcpu, memoryGiB, hourlyPrice, priceSource, Math.max(0.01, cpu),
                Math.max(0.01, memory), assumptions.maxPodsPerNode());
    }

    /** CPU the node keeps for the system: the override, or the GKE/EKS formula. */
    public double reservedCpu(double vcpu) {
        return assumptions.override(Assumptions.RESERVED_CPU).orElseGet(() ->
                0.06 * Math.min(1, vcpu) + 0.01 * clamp(vcpu - 1, 1) + 0.005 * clamp(vcpu - 2, 2)
                        + 0.0025 * Math.max(0, vcpu - 4));
    }

    /** Memory the node keeps for the system: the override, or the GKE formula plus the eviction threshold. */
    public double reservedMemory(double memoryGiB) {
        return assumptions.override(Assumptions.RESERVED_MEMORY).orElseGet(() ->
                0.25 * Math.min(4, memoryGiB) + 0.20 * clamp(memoryGiB - 4, 4) + 0.10 * clamp(memoryGiB - 8, 8)
                        + 0.06 * clamp(memoryGiB - 16, 112) + 0.02 * Math.max(0, memoryGiB - 128)
                        + EVICTION_THRESHOLD_GIB);
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
