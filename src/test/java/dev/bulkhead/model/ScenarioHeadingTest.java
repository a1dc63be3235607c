package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.OptionKey;
import org.junit.jupiter.api.Test;

/** One rule heads a scenario's design as modelled wherever a comparison shows it (review 14e, defect 7). */
class ScenarioHeadingTest {
    private final Scenarios proposalActive = new Scenarios(java.util.List.of("current", "proposal A"), "proposal A",
            java.util.Map.of("current", ScenarioState.of(Model.empty())));

    @Test
    void theBaseIsHeadedByItsBareNameAndAnyOtherScenarioAsModelled() {
        assertThat(proposalActive.heading("current")).isEqualTo("current");
        assertThat(proposalActive.heading("proposal A")).isEqualTo("proposal A (as modelled)");
    }

    @Test
    void theCompareColumnAndTheStripCardFollowTheSameRule() {
        assertThat(proposalActive.asModelledHeading()).isEqualTo(proposalActive.heading(proposalActive.active()));
        assertThat(OptionKey.CURRENT.label(proposalActive)).isEqualTo(proposalActive.heading(proposalActive.active()));
        assertThat(Scenarios.single("current").asModelledHeading()).isEqualTo("Current");
    }
}
