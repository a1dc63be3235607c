package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The compare chart's height: the worst-served tenant's score minus its requirement, at or above 0 exactly when met. */
class RequirementMarginTest {
    private static final IsolationDimension KERNEL = IsolationDimension.KERNEL;
    private static final IsolationDimension NETWORK = IsolationDimension.NETWORK;
    private static final IsolationDimension COMPLIANCE = IsolationDimension.COMPLIANCE;

    /** A tenant's isolation by hand: scores and minimums per dimension, shortfalls where a score is below. */
    private static TenantIsolation tenant(String id, Map<IsolationDimension, Integer> scores,
                                          Map<IsolationDimension, Integer> required) {
        List<Shortfall> shortfalls = new ArrayList<>();
        required.forEach((dimension, minimum) -> {
            if (scores.get(dimension) < minimum) {
                shortfalls.add(new Shortfall(dimension, scores.get(dimension), minimum, "by hand"));
            }
        });
        return new TenantIsolation(ElementId.of(id), Placement.NAMESPACE, new EnumMap<>(scores), new EnumMap<>(required),
                50, 50, false, shortfalls, Map.of());
    }

    @Test
    void aTenantsMarginIsItsSmallestScoreMinusRequirement() {
        // kernel 2 − 3 = −1, network 3 − 1 = +2, compliance 1 − 1 = 0: the least is −1, one point short on the kernel.
        TenantIsolation short1 = tenant("a", Map.of(KERNEL, 2, NETWORK, 3, COMPLIANCE, 1),
                Map.of(KERNEL, 3, NETWORK, 1, COMPLIANCE, 1));
        // kernel 4 − 2 = +2, network 4 − 3 = +1, compliance 3 − 1 = +2: the least is +1, headroom on every dimension.
        TenantIsolation headroom = tenant("b", Map.of(KERNEL, 4, NETWORK, 4, COMPLIANCE, 3),
                Map.of(KERNEL, 2, NETWORK, 3, COMPLIANCE, 1));
        // kernel 1 − 4 = −3, network 2 − 2 = 0, compliance 0 − 3 = −3: the least is −3.
        TenantIsolation short3 = tenant("c", Map.of(KERNEL, 1, NETWORK, 2, COMPLIANCE, 0),
                Map.of(KERNEL, 4, NETWORK, 2, COMPLIANCE, 3));
        // Every score equals its requirement: 0, met with no headroom.
        TenantIsolation exact = tenant("d", Map.of(KERNEL, 2, NETWORK, 2), Map.of(KERNEL, 2, NETWORK, 2));

        assertThat(RequirementMargin.of(short1)).isEqualTo(-1);
        assertThat(RequirementMargin.of(headroom)).isEqualTo(1);
        assertThat(RequirementMargin.of(short3)).isEqualTo(-3);
        assertThat(RequirementMargin.of(exact)).isEqualTo(RequirementMargin.MET);
        // The option's margin is its worst-served tenant's: min(−1, +1, −3, 0) = −3; min(+1, 0) = 0; min(+1) = +1.
        assertThat(RequirementMargin.worst(List.of(short1, headroom, short3, exact))).isEqualTo(-3);
        assertThat(RequirementMargin.worst(List.of(headroom, exact))).isEqualTo(RequirementMargin.MET);
        assertThat(RequirementMargin.worst(List.of(headroom))).isEqualTo(1);
        assertThat(RequirementMargin.worst(List.of())).isEqualTo(RequirementMargin.MET);
    }

    @Test
    void aTenantFailedByARuleThatIsNoDimensionsGapStillCountsBelowTheLine() {
        // Every score meets its minimum (+1 on the kernel, 0 on the network), but a rule such as the hard gate
        // records a shortfall anyway: the verdict is "fails", so the margin must be below 0, at most −1.
        TenantIsolation met = tenant("e", Map.of(KERNEL, 3, NETWORK, 2), Map.of(KERNEL, 2, NETWORK, 2));
        TenantIsolation gated = new TenantIsolation(met.tenant(), met.placement(), met.scores(), met.required(), 20, 50,
                true, List.of(new Shortfall(KERNEL, 2, 2, "untrusted code under runc shares the kernel")), Map.of());

        assertThat(RequirementMargin.of(gated)).isEqualTo(-1);
    }

    /** On every sample, every scope and every column: the margin is at or above the line exactly when nobody fails. */
    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-starter"})
    void onEverySampleTheMarginAgreesWithTheUnmetCount(String sample) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json"));
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        List<ScopeAnalysis> scopes = new ArrayList<>(List.of(analysis.whole()));
        model.all(Environment.class).forEach(e -> scopes.add(analysis.environment(e.id()).orElseThrow()));

        for (ScopeAnalysis scope : scopes) {
            for (OptionKey key : OptionKey.values()) {
                OptionResult result = scope.option(key);
                assertThat(result.requirementMargin() >= RequirementMargin.MET).as("%s, %s", scope.label(), key.label())
                        .isEqualTo(result.unmetRequirements() == 0);
            }
        }
    }
}
