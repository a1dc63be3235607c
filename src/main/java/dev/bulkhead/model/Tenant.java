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
 * @param runtime              the runtime the tenant's own pods run under (its agents' sandboxes have their own)
 * @param codeOrigin           whose code its own pods run; a kind of "runs untrusted code" implies third party
 * @param regulatedData        whether this environment's presence holds regulated data, or null for the
 *                             rubric's default by environment kind (only a regulated tenant's requirement
 *                             depends on it)
 */
public record Tenant(ElementId id, String name, ElementId cluster, TenantKind tenantKind, String ownerGroup,
                     ResourceDemand demand, Map<IsolationDimension, Integer> requirementOverrides,
                     TenancyOption option, SandboxRuntime runtime, CodeOrigin codeOrigin,
                     Boolean regulatedData) implements ContainedElement {
    /** A tenant whose pods run in-house code under runc, with the default data scope of its environment. */
    public Tenant(ElementId id, String name, ElementId cluster, TenantKind tenantKind, String ownerGroup,
                  ResourceDemand demand, Map<IsolationDimension, Integer> requirementOverrides, TenancyOption option) {
        this(id, name, cluster, tenantKind, ownerGroup, demand, requirementOverrides, option, SandboxRuntime.RUNC,
                CodeOrigin.IN_HOUSE, null);
    }

    public Tenant {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(codeOrigin, "code origin");
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
        return new Tenant(id, newName, cluster, tenantKind, ownerGroup, demand, requirementOverrides, option,
                runtime, codeOrigin, regulatedData);
    }

    @Override
    public Tenant withParent(ElementId newCluster) {
        return new Tenant(id, name, newCluster, tenantKind, ownerGroup, demand, requirementOverrides, option,
                runtime, codeOrigin, regulatedData);
    }

    /** A copy with another assigned option (null to follow the environment). */
    public Tenant withOption(TenancyOption newOption) {
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, demand, requirementOverrides, newOption,
                runtime, codeOrigin, regulatedData);
    }

    /** A copy of another kind. */
    public Tenant withKind(TenantKind newKind) {
        return new Tenant(id, name, cluster, newKind, ownerGroup, demand, requirementOverrides, option,
                runtime, codeOrigin, regulatedData);
    }

    /** A copy with another demand. */
    public Tenant withDemand(ResourceDemand newDemand) {
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, newDemand, requirementOverrides, option,
                runtime, codeOrigin, regulatedData);
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
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, demand, overrides, option,
                runtime, codeOrigin, regulatedData);
    }

    /** A copy with another owner group. */
    public Tenant withOwnerGroup(String newOwnerGroup) {
        return new Tenant(id, name, cluster, tenantKind, newOwnerGroup, demand, requirementOverrides, option,
                runtime, codeOrigin, regulatedData);
    }

    /** A copy whose own pods run under another runtime. */
    public Tenant withRuntime(SandboxRuntime newRuntime) {
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, demand, requirementOverrides, option, newRuntime, codeOrigin,
                regulatedData);
    }

    /** A copy whose own pods run code of another origin. */
    public Tenant withCodeOrigin(CodeOrigin newCodeOrigin) {
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, demand, requirementOverrides, option, runtime, newCodeOrigin,
                regulatedData);
    }

    /** A copy that holds regulated data here (true), holds none (false), or follows its environment's default (null). */
    public Tenant withRegulatedData(Boolean newRegulatedData) {
        return new Tenant(id, name, cluster, tenantKind, ownerGroup, demand, requirementOverrides, option, runtime, codeOrigin,
                newRegulatedData);
    }

    /** Whether its own pods run code it did not build in-house: third party by origin, or by kind. */
    public boolean runsThirdPartyCode() {
        return codeOrigin == CodeOrigin.THIRD_PARTY || tenantKind == TenantKind.UNTRUSTED_CODE;
    }
}
