package dev.bulkhead.reference;

import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenantKind;
import java.util.Map;
import java.util.Set;

/**
 * The isolation rubric: base scores per dimension and placement with their evidence, runtime scores,
 * default requirements per tenant kind, weights and the hard gate. Loaded from
 * {@code assets/isolation-rubric.json}; the scoring logic lives in the analysis.
 *
 * @param scores          dimension to placement name to scored cell
 * @param requirements    default minimum score per dimension for each tenant kind
 * @param untrustedWeights weights that replace 1 for tenants executing untrusted code
 * @param hardGateMax     the aggregate cap (0 to 4) under the untrusted-runc-on-shared-kernel gate
 * @param hardGateKernelRequirement the kernel score every tenant on a gated kernel needs (and cannot reach there)
 * @param thirdPartyCodeKernelRequirement the kernel minimum of a tenant whose own pods run third-party code
 * @param environmentScopes per tenant kind, the environment kinds where its requirement applies in full
 */
public record IsolationRubric(Map<IsolationDimension, Map<String, Cell>> scores,
                              Map<SandboxRuntime, Cell> runtimes,
                              Map<TenantKind, Map<IsolationDimension, Integer>> requirements,
                              Map<TenantKind, String> requirementEvidence,
                              Cell untrustedAgentKernelRequirement,
                              Map<IsolationDimension, Double> untrustedWeights, String weightsEvidence,
                              double hardGateMax, String hardGateEvidence, int hardGateKernelRequirement,
                              Cell thirdPartyCodeKernelRequirement, Map<TenantKind, EnvironmentScope> environmentScopes) {

    /**
     * Where a kind's requirement applies: in the environment kinds listed, unless a tenant says otherwise;
     * elsewhere the tenant is held to the requirement of another kind.
     */
    public record EnvironmentScope(Set<EnvironmentKind> appliesIn, TenantKind elsewhere, String evidence) {
        public EnvironmentScope {
            appliesIn = Set.copyOf(appliesIn);
        }
    }

    /** A scored cell: the score and the evidence behind it; {@code withPolicy} scores network with policies on. */
    public record Cell(int score, String evidence, Integer withPolicy, String withPolicyEvidence) {
        public Cell(int score, String evidence) {
            this(score, evidence, null, null);
        }
    }

    /**
     * The kind whose default requirement a tenant of {@code kind} is held to in an environment of {@code environment}:
     * its own, or, outside the environment kinds where the rubric applies its kind (and unless the tenant says whether
     * it holds regulated data there, {@code regulatedData} non-null), the rubric's fallback kind. The one rule the
     * analysis scores by and the inspector shows.
     */
    public TenantKind kindHeldTo(TenantKind kind, Boolean regulatedData, EnvironmentKind environment) {
        EnvironmentScope scope = environmentScopes.get(kind);
        if (scope == null) {
            return kind;
        }
        boolean applies = regulatedData != null ? regulatedData : scope.appliesIn().contains(environment);
        return applies ? kind : scope.elsewhere();
    }

    /** The cell of a dimension and placement. */
    public Cell cell(IsolationDimension dimension, String placement) {
        Cell cell = scores.get(dimension).get(placement);
        if (cell == null) {
            throw new IllegalArgumentException("the rubric has no score for " + dimension + " / " + placement);
        }
        return cell;
    }
}
