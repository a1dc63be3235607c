package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Review R12g: the summary of a generated platform said the mix meets every requirement and named only the flows its
 * policies block, while notes at the end of the report, under no heading, said its admission policy refuses the
 * sandboxes of agents that run untrusted code under runc. The recommendation counts them, and the notes have a heading.
 */
class RefusedSandboxesTest {
    @Test
    void theRecommendationCountsTheAgentsWhoseSandboxesTheExportRefuses() {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                GeneratedModels.platform(3, 2, 300, 120, 300, 42)), null, null, LocalDate.of(2026, 12, 1));
        long agents = report.artefacts().notes().stream()
                .filter(n -> n.startsWith(KubernetesExporter.AGENT_NOTE) && n.contains(KubernetesExporter.REFUSES)).count();
        assertThat(agents).as("the generated platform still has such agents").isPositive();

        assertThat(report.recommendation()).contains("its admission policy would refuse the sandboxes of " + agents
                + " agents that run untrusted code under runc until they get a sandbox runtime; the notes under "
                + ReportSections.ARTEFACTS + " name each.");
        String md = MarkdownReport.of(report, "m.bulkhead.json");
        String firstNote = report.artefacts().notes().get(0);
        assertThat(md.indexOf(ProposalReport.EXPORT_NOTES)).isPositive().isLessThan(md.indexOf("> " + firstNote));
    }
}
