package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Assumptions;
import dev.bulkhead.analysis.Pricing;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.reference.InstanceType;
import dev.bulkhead.reference.NodeSizing;
import dev.bulkhead.reference.PricingProfile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the node assumptions the cost model computes come from, in the words of the model's own provider: the
 * pricing profile's rule with its source, and what it gives on the model's own instance types. The catalogue's text
 * quotes every provider's example (58 pods on an m6i.xlarge), which a GKE proposal must not show as its own.
 */
final class NodeAssumptions {
    /** At most this many instance types are worked through: a model with many pools would otherwise fill the cell. */
    private static final int MOST_EXAMPLES = 3;

    private NodeAssumptions() {
    }

    /** The source of a computed node assumption under this pricing, or empty for any other assumption. */
    static Optional<String> source(String key, Pricing pricing, Model model) {
        PricingProfile profile = pricing.profile();
        NodeSizing sizing = profile.nodeSizing();
        List<InstanceType> types = examples(profile, model);
        String by = "Computed with the " + profile.name() + " profile (" + profile.provider().label() + "): ";
        return switch (key) {
            case Assumptions.MAX_PODS -> Optional.of(by + sizing.maxPods().source() + "; "
                    + each(types, t -> t.type() + ": " + pricing.maxPods(t) + " pods")
                    + ". The provider's per-node DaemonSet pods count against it");
            case Assumptions.RESERVED_CPU -> Optional.of(by + sizing.reservation().source() + "; "
                    + each(types, t -> t.type() + " (" + number(t.vcpu()) + " vCPU): " + number(pricing.reservedCpu(t.vcpu())) + " vCPU"));
            case Assumptions.RESERVED_MEMORY -> Optional.of(by + sizing.reservation().source() + "; "
                    + each(types, t -> t.type() + " (" + number(t.memoryGiB()) + " GiB, " + pricing.maxPods(t) + " pods): "
                    + number(pricing.reservedMemory(t.memoryGiB(), t, pricing.maxPods(t))) + " GiB")
                    + ", eviction threshold included");
            default -> Optional.empty();
        };
    }

    /** The model's own instance types the profile lists, else the profile's first: the nodes the figures are for. */
    private static List<InstanceType> examples(PricingProfile profile, Model model) {
        List<InstanceType> own = model.all(NodePool.class).stream().map(NodePool::instanceType).distinct()
                .map(profile::instance).flatMap(Optional::stream).limit(MOST_EXAMPLES).toList();
        return own.isEmpty() ? List.of(profile.instances().get(0)) : own;
    }

    private static String each(List<InstanceType> types, java.util.function.Function<InstanceType, String> text) {
        return types.stream().map(text).collect(Collectors.joining("; "));
    }

    private static String number(double value) {
        return Math.rint(value) == value ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
