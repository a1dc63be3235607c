package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The placement table lists environments in the model's stage order, as the totals, the diagram and the growth do
 * (review R12f, 7: it listed dev, prod, staging, alphabetically).
 */
class PlacementOrderTest {
    @Test
    void thePlacementTableListsEnvironmentsInTheOrderOfTheTotals() throws Exception {
        for (String sample : List.of("internal-platform", "ai-agent-saas")) {
            ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                    new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"))), null, null, LocalDate.of(2026, 12, 1));
            List<String> totals = report.totals().stream().map(ProposalReport.TotalsRow::scope).filter(s -> !s.equals("Whole model")).toList();
            List<String> placements = report.placementGroups().stream().map(ProposalReport.PlacementGroup::environment).distinct().toList();
            assertThat(totals).as(sample).hasSizeGreaterThan(1);
            assertThat(placements).as(sample).isEqualTo(totals);
        }
    }
}
