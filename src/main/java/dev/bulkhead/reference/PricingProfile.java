package dev.bulkhead.reference;

import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SupportTier;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices of one cloud region (or on-premises), each with its source: control-plane fees by support tier,
 * fixed network costs per cluster, node prices, per-node system overhead, and assumption defaults that
 * differ from the general ones.
 *
 * @param controlPlaneFees  managed control-plane fee per cluster-hour by tier; empty when self-managed
 * @param selfManaged       machines of a self-managed control plane, or null for a managed one
 * @param assumptionDefaults assumption values this profile replaces (for example Kata overhead on AKS)
 */
public record PricingProfile(String id, String name, Provider provider, String region, String currency, String asOf,
                             Map<SupportTier, Sourced> controlPlaneFees, SelfManagedControlPlane selfManaged,
                             List<NetworkItem> network, List<InstanceType> instances, Sourced perNodeCpu,
                             Sourced perNodeMemoryGiB, Map<String, Sourced> assumptionDefaults, List<String> notes) {
    public PricingProfile {
        controlPlaneFees = Map.copyOf(controlPlaneFees);
        network = List.copyOf(network);
        instances = List.copyOf(instances);
        assumptionDefaults = Map.copyOf(assumptionDefaults);
        notes = List.copyOf(notes);
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("pricing profile " + id + " lists no instance type");
        }
        if (controlPlaneFees.isEmpty() && selfManaged == null) {
            throw new IllegalArgumentException("pricing profile " + id + " prices no control plane");
        }
    }

    /** The price of an instance type by name, if listed. */
    public Optional<InstanceType> instance(String type) {
        return instances.stream().filter(i -> i.type().equals(type)).findFirst();
    }

    /**
     * The listed instance closest in shape to the given size: same vCPU and memory if listed, otherwise
     * the one whose vCPU and memory differ least in ratio. Used to price a node pool whose instance type
     * this profile does not list (for example an AWS type under the GCP profile).
     */
    public InstanceType closestShape(double vcpu, double memoryGiB) {
        return instances.stream().min(Comparator
                .comparingDouble((InstanceType i) -> Math.abs(Math.log(i.vcpu() / vcpu)) + Math.abs(Math.log(i.memoryGiB() / memoryGiB)))
                .thenComparingDouble(i -> i.hourly().value())).orElseThrow();
    }

    /** The managed fee for a tier; a tier the provider lacks falls back to standard. */
    public Optional<Sourced> controlPlaneFee(SupportTier tier) {
        Sourced fee = controlPlaneFees.get(tier);
        return Optional.ofNullable(fee != null ? fee : controlPlaneFees.get(SupportTier.STANDARD));
    }

    /** The currency symbol used in formulas. */
    public String currencySymbol() {
        return switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency + " ";
        };
    }
}
