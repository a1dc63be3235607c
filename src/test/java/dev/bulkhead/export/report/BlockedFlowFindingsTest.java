package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The findings and the summary say one thing of a flow the mix's export would block (review 12e, 7): the bank's summary
 * says the mix's policies block checkout → payments, so its findings row may not say only "remains" beside "exported
 * network policies allow exactly this".
 */
class BlockedFlowFindingsTest {
    @Test
    void aFlowTheSummarySaysTheMixBlocksIsMarkedBlockedInTheFindings() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"))), null, null, LocalDate.of(2026, 12, 1));
        assertThat(report.artefacts().blockedFlows()).containsExactly("prod / checkout → prod / payments",
                "prod / payments → prod / fraud-detection");
        assertThat(report.recommendation()).contains("would block 2 modelled flows (prod / checkout → prod / payments; "
                + "prod / payments → prod / fraud-detection)");

        ProposalReport.FindingRow row = report.findings().stream()
                .filter(r -> r.code().equals(FindingCode.CROSS_TENANT_CONNECTION.id())).findFirst().orElseThrow();
        // Of the 30 cross-tenant calls, the 2 the summary names are blocked after the mix, by name; the rest remain allowed.
        assertThat(row.afterMix()).isEqualTo("28 remain; 2 " + DesignFindings.BLOCKED
                + ": prod / checkout → prod / payments; prod / payments → prod / fraud-detection");
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).contains("| " + row.afterMix() + " |");
    }
}
