package dev.bulkhead.reference;

import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import java.util.Comparator;
import java.util.Objects;
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
 * @param perNodePods       pods of the provider's system DaemonSets on every node (they count against max pods)
 * @param nodeSizing        the provider's kubelet reservations and pods-per-node limit
 * @param sandboxNodes      per sandbox runtime, how the nodes that run it apart from the general pool are priced
 */
public record PricingProfile(String id, String name, Provider provider, String region, String currency, String asOf,
                             Map<SupportTier, Sourced> controlPlaneFees, SelfManagedControlPlane selfManaged,
                             List<NetworkItem> network, List<InstanceType> instances, Sourced perNodeCpu,
                             Sourced perNodeMemoryGiB, Sourced perNodePods, NodeSizing nodeSizing,
                             Map<SandboxRuntime, SandboxNode> sandboxNodes, Map<String, Sourced> assumptionDefaults,
                             List<String> notes) {
    public PricingProfile {
        controlPlaneFees = Map.copyOf(controlPlaneFees);
        network = List.copyOf(network);
        instances = List.copyOf(instances);
        sandboxNodes = Map.copyOf(sandboxNodes);
        assumptionDefaults = Map.copyOf(assumptionDefaults);
        notes = List.copyOf(notes);
        Objects.requireNonNull(nodeSizing, "nodeSizing");
        Objects.requireNonNull(perNodePods, "perNodePods");
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("pricing profile " + id + " lists no instance type");
        }
        if (controlPlaneFees.isEmpty() && selfManaged == null) {
            throw new IllegalArgumentException("pricing profile " + id + " prices no control plane");
        }
        for (SandboxNode node : sandboxNodes.values()) {
            if (!node.samePoolType() && instances.stream().noneMatch(i -> i.type().equals(node.type()))) {
                throw new IllegalArgumentException("pricing profile " + id + " prices sandbox nodes as " + node.type()
                        + ", which it does not list");
            }
        }
    }

    /** The price of an instance type by name, if listed. */
    public Optional<InstanceType> instance(String type) {
        return instances.stream().filter(i -> i.type().equals(type)).findFirst();
    }

    /** The closest shape to a size of unknown architecture and family. */
    public InstanceType closestShape(double vcpu, double memoryGiB) {
        return closestShape(vcpu, memoryGiB, null, null);
    }

    /**
     * The listed instance that best stands in for a size this profile does not list (for example an AWS type
     * under the GCP profile), so that re-costing a design keeps its architecture: first the same CPU
     * architecture, then the same family (a general-purpose x86 design does not become Graviton on AWS or a
     * cost-optimized E2 on GCP just because those are cheaper), then the closest vCPU and memory (least
     * difference in ratio), then the lowest price; among equals the one listed first. An unknown (null)
     * architecture or family matches anything.
     */
    public InstanceType closestShape(double vcpu, double memoryGiB, String architecture, String family) {
        return instances.stream().min(Comparator
                .comparingInt((InstanceType i) -> differs(architecture, i.architecture()))
                .thenComparingInt(i -> differs(family, i.family()))
                .thenComparingDouble(i -> Math.abs(Math.log(i.vcpu() / vcpu)) + Math.abs(Math.log(i.memoryGiB() / memoryGiB)))
                .thenComparingDouble(i -> i.hourly().value())).orElseThrow();
    }

    private static int differs(String wanted, String offered) {
        return wanted == null || wanted.equals(offered) ? 0 : 1;
    }

    /** The type nodes running {@code runtime} are priced as, if the general sizes cannot run it. */
    public Optional<SandboxNode> sandboxNode(SandboxRuntime runtime) {
        return Optional.ofNullable(sandboxNodes.get(runtime));
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
