package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The growth section says how its rows are made and by which rule options change order, so that a reader can
 * reproduce a row and does not read a near-tie that swaps places in the table as a contradiction.
 */
class GrowthSectionTest {
    @Test
    void everyFormatSaysHowTheTenantsAreAddedAndWhenTwoOptionsCountAsLevel() throws Exception {
        String file = "ai-agent-saas.bulkhead.json";
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models", file))), null, "Ada", LocalDate.of(2026, 11, 30));
        String rule = report.growth().crossings().isEmpty() ? GrowthCurves.NO_CROSSING : GrowthCurves.CROSSING_RULE;

        String md = MarkdownReport.of(report, file);
        String growth = md.substring(md.indexOf("## Growth"), md.indexOf("## Assumptions"));
        assertThat(growth).contains(GrowthCurves.HOW_GROWN, rule).doesNotContain("keep their order");
        assertThat(rule).contains("1 % of each other count as level");
        String html = HtmlReport.of(report, file);
        assertThat(html.substring(html.indexOf("<h2 id=\"growth\">Growth</h2>"), html.indexOf("<h2 id=\"assumptions\">Assumptions</h2>")))
                .contains("inside its largest cluster", "count as level");
    }
}
