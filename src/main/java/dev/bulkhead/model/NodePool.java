package dev.bulkhead.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A group of identical worker nodes in a cluster.
 *
 * @param hourlyPrice price per node-hour in the profile's currency, or null to take it from the pricing
 *                    profile by instance type
 * @param taints      taints in kubectl syntax, for example {@code tenant=payments:NoSchedule}
 * @param dedicatedTo the tenant whose pods alone run here (node isolation, or vCluster private nodes), or
 *                    null for a shared pool
 */
public record NodePool(ElementId id, String name, ElementId cluster, String instanceType, double vcpu,
                       double memoryGiB, Double hourlyPrice, int minCount, int maxCount,
                       SortedMap<String, String> labels, List<String> taints, ElementId dedicatedTo)
        implements ContainedElement {
    public NodePool {
        Objects.requireNonNull(id, "id");
        Checks.name("node pool name", name);
        ContainedElement.requireParent(cluster, ElementKind.NODE_POOL);
        Checks.name("instance type", instanceType);
        ValueRanges.NODE_VCPU.check(vcpu);
        ValueRanges.NODE_MEMORY.check(memoryGiB);
        if (hourlyPrice != null) {
            ValueRanges.NODE_HOURLY_PRICE.check(hourlyPrice);
        }
        ValueRanges.POOL_MIN_COUNT.check(minCount);
        ValueRanges.POOL_MAX_COUNT.check(maxCount);
        if (minCount > maxCount) {
            throw new IllegalArgumentException("minimum nodes (" + minCount + ") must not exceed maximum nodes ("
                    + maxCount + ")");
        }
        TreeMap<String, String> labelCopy = new TreeMap<>();
        for (Map.Entry<String, String> label : labels.entrySet()) {
            labelCopy.put(Checks.name("label key", label.getKey()), Objects.requireNonNull(label.getValue(), "label value"));
        }
        labels = Collections.unmodifiableSortedMap(labelCopy);
        taints = List.copyOf(taints);
        taints.forEach(taint -> Checks.name("taint", taint));
    }

    @Override
    public ElementKind kind() {
        return ElementKind.NODE_POOL;
    }

    @Override
    public ElementId parentId() {
        return cluster;
    }

    @Override
    public List<ElementId> references() {
        return dedicatedTo == null ? List.of() : List.of(dedicatedTo);
    }

    @Override
    public NodePool withName(String newName) {
        return new NodePool(id, newName, cluster, instanceType, vcpu, memoryGiB, hourlyPrice, minCount, maxCount,
                labels, taints, dedicatedTo);
    }

    @Override
    public NodePool withParent(ElementId newCluster) {
        return new NodePool(id, name, newCluster, instanceType, vcpu, memoryGiB, hourlyPrice, minCount, maxCount,
                labels, taints, dedicatedTo);
    }

    /** A copy dedicated to a tenant, or shared when {@code tenant} is null. */
    public NodePool withDedicatedTo(ElementId tenant) {
        return new NodePool(id, name, cluster, instanceType, vcpu, memoryGiB, hourlyPrice, minCount, maxCount,
                labels, taints, tenant);
    }

    /** Whether the pool serves every tenant of its cluster. */
    public boolean isShared() {
        return dedicatedTo == null;
    }

    /** A copy with another instance type. */
    public NodePool withInstanceType(String newInstanceType) {
        return new NodePool(id, name, cluster, newInstanceType, vcpu, memoryGiB, hourlyPrice, minCount, maxCount, labels, taints, dedicatedTo);
    }

    /** A copy with another vCPU count per node. */
    public NodePool withVcpu(double newVcpu) {
        return new NodePool(id, name, cluster, instanceType, newVcpu, memoryGiB, hourlyPrice, minCount, maxCount, labels, taints, dedicatedTo);
    }

    /** A copy with another memory size. */
    public NodePool withMemoryGiB(double newMemoryGiB) {
        return new NodePool(id, name, cluster, instanceType, vcpu, newMemoryGiB, hourlyPrice, minCount, maxCount, labels, taints, dedicatedTo);
    }

    /** A copy with another price per node-hour (null: from the pricing profile). */
    public NodePool withHourlyPrice(Double newHourlyPrice) {
        return new NodePool(id, name, cluster, instanceType, vcpu, memoryGiB, newHourlyPrice, minCount, maxCount, labels, taints, dedicatedTo);
    }

    /** A copy with another minimum node count. */
    public NodePool withMinCount(int newMinCount) {
        return new NodePool(id, name, cluster, instanceType, vcpu, memoryGiB, hourlyPrice, newMinCount, maxCount, labels, taints, dedicatedTo);
    }

    /** A copy with another maximum node count. */
    public NodePool withMaxCount(int newMaxCount) {
        return new NodePool(id, name, cluster, instanceType, vcpu, memoryGiB, hourlyPrice, minCount, newMaxCount, labels, taints, dedicatedTo);
    }

    /** A copy with other node labels. */
    public NodePool withLabels(SortedMap<String, String> newLabels) {
        return new NodePool(id, name, cluster, instanceType, vcpu, memoryGiB, hourlyPrice, minCount, maxCount, newLabels, taints, dedicatedTo);
    }

    /** A copy with other taints. */
    public NodePool withTaints(List<String> newTaints) {
        return new NodePool(id, name, cluster, instanceType, vcpu, memoryGiB, hourlyPrice, minCount, maxCount, labels, newTaints, dedicatedTo);
    }
}
