package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        List<ElementId> refused = report.artefacts().untrusted().refusedAgents();
        int agents = refused.size();
        assertThat(agents).as("the generated platform still has such agents").isPositive();
        // The notes name each one the export counts.
        for (ElementId agent : refused) {
            String name = report.analysis().model().find(agent).orElseThrow().name();
            assertThat(report.artefacts().notes()).anyMatch(n -> n.startsWith("agent '" + name + "' ") && n.contains("refuse"));
        }

        assertThat(report.recommendation()).contains("its admission policy would refuse the sandboxes of " + agents
                + " agents that run untrusted code under runc until they get a sandbox runtime; the notes under "
                + ReportSections.ARTEFACTS + " name each.");
        String md = MarkdownReport.of(report, "m.bulkhead.json");
        String firstNote = report.artefacts().notes().get(0);
        assertThat(md.indexOf(ProposalReport.EXPORT_NOTES)).isPositive().isLessThan(md.indexOf("> " + firstNote));
    }

    /**
     * Review R12h: an untrusted agent under runc that the mix moves into a vCluster kept "remains" beside its finding,
     * though the exported vCluster runs every pod it syncs under a sandbox; one whose sandboxes are refused remains.
     */
    @Test
    void anAgentTheMixsVClusterSandboxesIsNotSaidToRemainUnsandboxed() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"))), null, null, LocalDate.of(2026, 12, 1));
        KubernetesExporter.UntrustedCode untrusted = report.artefacts().untrusted();
        assertThat(untrusted.forcedAgents()).as("the mix puts some runc agents in a sandboxing vCluster").isNotEmpty();
        Map<String, String> afterMix = report.findings().stream()
                .filter(row -> row.code().equals(FindingCode.UNTRUSTED_AGENT_UNSANDBOXED.id()))
                .collect(Collectors.toMap(ProposalReport.FindingRow::element, ProposalReport.FindingRow::afterMix));
        untrusted.forcedAgents().forEach((agent, runtime) ->
                assertThat(afterMix.get(report.path(agent))).isEqualTo(DesignFindings.sandboxedBy(runtime)));
    }

    /** Of a generated platform whose export refuses some agents' sandboxes, each of those findings remains. */
    @Test
    void anAgentWhoseSandboxesTheExportRefusesRemainsUnsandboxed() {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                GeneratedModels.platform(3, 2, 300, 120, 300, 42)), null, null, LocalDate.of(2026, 12, 1));
        Map<String, String> afterMix = report.findings().stream()
                .filter(row -> row.code().equals(FindingCode.UNTRUSTED_AGENT_UNSANDBOXED.id()))
                .collect(Collectors.toMap(ProposalReport.FindingRow::element, ProposalReport.FindingRow::afterMix));
        assertThat(report.artefacts().untrusted().refusedAgents()).isNotEmpty();
        for (ElementId agent : report.artefacts().untrusted().refusedAgents()) {
            assertThat(afterMix.get(report.path(agent))).isEqualTo(ProposalReport.FindingRow.REMAINS);
        }
    }
}
