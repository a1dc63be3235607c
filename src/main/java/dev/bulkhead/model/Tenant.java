package dev.bulkhead.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A team or customer in one environment, placed in a cluster. Boxes with the same name in different
 * environments are the same tenant's presence in each stage.
 *
 * @param demand               what the tenant's own workloads need in this environment
 * @param requirementOverrides per-dimension minimum scores (0 to 4) that replace those derived from the kind
 * @param option               the tenancy option assigned to the tenant, or null to follow its environment
 */
public record Tenant(ElementId id, String name, ElementId cluster, TenantKind tenantKind, String ownerGroup,
                     ResourceDemand demand, Map<IsolationDimension, Integer> requirementOverrides,
                     TenancyOption option) implements ContainedElement {
    public Tenant {
        Objects.requireNonNull(id, "id");
        Checks.name("tenant name", name);
        ContainedElement.requireParent(cluster, ElementKind.TENANT);
        Objects.requireNonNull(tenantKind, "tenant kind");
        Checks.name("owner group", ownerGroup);
        Objects.requireNonNull(demand, "demand");
        EnumMap<IsolationDimension, Integer> overrides = new EnumMap<>(IsolationDimension.class);
        requirementOverrides.forEach((dimension, score) -> overrides.put(Objects.requireNonNull(dimension),
                (int) ValueRanges.REQUIRED_SCORE.check(EnumNames.of(dimension), Objects.requireNonNull(score))));
        requirementOverrides = Collections.unmodifiableMap(overrides);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.TENANT;
    }

    @Override
    public ElementId parentId() {
        return cluster;
    }

    @Override
    public Tenant withName(String newName) {
        return new Tenant(id, newName, cluster, tenantKind, ownerGroup, demand, requirementOverrides, option);
    }

    @Override
    public Tenant withParent(ElementId newCluster) {
        return new Tenant(id, name, newCluster, tenantKind, ownerGroup, demand, requirementOverrides, option);
    }

    /** A copy with another assigned option (null to follow the environment). */
    public Tenant withOption(TenancyOption newOption) {
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, demand, requirementOverrides, newOption);
    }

    /** A copy of another kind. */
    public Tenant withKind(TenantKind newKind) {
        return new Tenant(id, name, cluster, newKind, ownerGroup, demand, requirementOverrides, option);
    }

    /** A copy with another demand. */
    public Tenant withDemand(ResourceDemand newDemand) {
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, newDemand, requirementOverrides, option);
    }

    /** A copy with one requirement overridden, or back to the kind's default when {@code score} is null. */
    public Tenant withRequirement(IsolationDimension dimension, Integer score) {
        EnumMap<IsolationDimension, Integer> overrides = new EnumMap<>(IsolationDimension.class);
        overrides.putAll(requirementOverrides);
        if (score == null) {
            overrides.remove(dimension);
        } else {
            overrides.put(dimension, score);
        }
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, demand, overrides, option);
    }

    /** A copy with another owner group. */
    public Tenant withOwnerGroup(String newOwnerGroup) {
        return new Tenant(id, name, cluster, tenantKind, newOwnerGroup, demand, requirementOverrides, option);
    }
}
