package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.SandboxRuntime;
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
                + " agents that run untrusted code under runc until they get a sandbox runtime.")
                .contains(" " + ProposalReport.BEFORE_APPLYING_POINTER);
        String md = MarkdownReport.of(report, "m.bulkhead.json");
        String firstNote = report.artefacts().notes().get(0);
        assertThat(md.indexOf(ProposalReport.EXPORT_NOTES)).isPositive().isLessThan(md.indexOf("> " + firstNote));
    }

    /**
     * Review R12h: an untrusted agent under runc that the mix moves into a vCluster kept "remains" beside its finding,
     * though the open-source export's vCluster runs every pod it syncs under a sandbox. On the vCluster's private nodes
     * (vCluster Platform) its pods are not synced, and neither that nor the host's admission reaches them: the export
     * says so, and nothing counts them sandboxed.
     */
    @Test
    void theOpenSourceExportsVClusterSandboxesARuncAgentAndPrivateNodesDoNot() throws Exception {
        Analysis analysis = saas();
        ExportSettings settings = ExportSettings.of(ExportChoice.RECOMMENDED);
        KubernetesExporter.UntrustedCode openSource = new KubernetesExporter().list(analysis,
                settings.withEdition(VClusterEdition.OPEN_SOURCE)).untrusted();
        KubernetesExporter.Listing platform = new KubernetesExporter().list(analysis, settings.withEdition(VClusterEdition.PLATFORM));

        assertThat(openSource.forcedAgents()).as("sandboxed by the open-source vCluster").isNotEmpty();
        assertThat(platform.untrusted().forcedAgents()).as("sandboxed by a vCluster on private nodes").isEmpty();
        assertThat(platform.untrusted().unguardedAgents()).containsExactlyInAnyOrderElementsOf(openSource.forcedAgents().keySet());
        for (ElementId agent : platform.untrusted().unguardedAgents()) {
            String name = analysis.model().find(agent).orElseThrow().name();
            assertThat(platform.notes()).anyMatch(n -> n.startsWith("agent '" + name + "' ") && n.contains("private nodes"));
        }
    }

    /**
     * The report lists the export that implements its mix: vCluster Platform where the mix puts vClusters on private
     * nodes, and its findings' last column says "remains" of the runc agents there; a vCluster that does sandbox an
     * agent is said to, with the sandbox its threat model calls for where that one is weaker.
     */
    @Test
    void theReportListsThePlatformExportWhereTheMixNeedsPrivateNodesAndSaysWhatItSandboxes() throws Exception {
        Analysis analysis = saas();
        ProposalReport report = ProposalReport.of(analysis, null, null, LocalDate.of(2026, 12, 1));
        assertThat(report.scope().recommendation().placements()).containsValue(dev.bulkhead.analysis.Placement.VCLUSTER_PRIVATE_NODES);
        assertThat(report.exportCommand("m.bulkhead.json")).contains(" --vcluster-edition platform");
        KubernetesExporter.UntrustedCode untrusted = report.artefacts().untrusted();
        assertThat(untrusted.unguardedAgents()).isNotEmpty();
        Map<String, String> afterMix = afterMix(report.findings());
        for (ElementId agent : untrusted.unguardedAgents()) {
            assertThat(afterMix.get(report.path(agent))).isEqualTo(ProposalReport.FindingRow.REMAINS);
        }
        assertThat(report.recommendation()).contains(untrusted.unguardedAgents().size() + " agents that run untrusted code under "
                + "runc would run so on their vCluster's private nodes");
        // Review R12h: a flow to a vCluster's private nodes was to be unblocked by setting the shared cluster's range in the
        // model, which changes nothing; its range goes into the policy by hand, and the summary no longer promises otherwise.
        assertThat(report.artefacts().blocked()).filteredOn(line -> line.contains("runs in its vCluster's private nodes"))
                .isNotEmpty().allMatch(line -> line.contains("add the address range of its vCluster's private nodes to the policy by hand"));
        assertThat(report.recommendation()).contains("until the rules they need are written")
                .doesNotContain("until the model gives the clusters at their ends address ranges");
        // Review R12h: the summary said the mix meets every requirement and nothing of the warnings it leaves standing.
        // Counted of the design's own findings: the licence findings are of the mix (review R12h).
        List<ProposalReport.FindingRow> serious = report.findings().stream().filter(row -> !row.severity().equals("info")
                && !row.code().equals(FindingCode.LICENCE_NOT_PRICED.id())).toList();
        long standing = serious.stream().filter(row -> !row.afterMix().equals(ProposalReport.FindingRow.RESOLVED)).count();
        assertThat(standing).isPositive().isLessThan(serious.size());
        long licences = report.findings().stream().filter(row -> row.code().equals(FindingCode.LICENCE_NOT_PRICED.id())).count();
        assertThat(licences).as("the sample's mix has licences not priced").isPositive();
        assertThat(report.recommendation()).endsWith(" Applied, it leaves " + standing + " of the design's " + serious.size()
                + " warnings and errors standing; Findings says of each what the mix does to it (its " + licences + " licence "
                + "warnings are the mix's own).");

        // What the column says where an export's vCluster does sandbox them (the open-source edition's).
        Map<ElementId, SandboxRuntime> forced = new KubernetesExporter().list(analysis, ExportSettings.of(ExportChoice.RECOMMENDED)
                .withEdition(VClusterEdition.OPEN_SOURCE)).untrusted().forcedAgents();
        Map<String, String> sandboxed = afterMix(DesignFindings.rows(analysis, report.scope(), report::path,
                DesignFindings.afterMix(report.mixApplied()), new DesignFindings.ByExport(java.util.Set.of(), "", forced)));
        forced.forEach((agent, runtime) -> {
            dev.bulkhead.analysis.SandboxChoice advised = analysis.sandboxAdvice().get(agent).recommended();
            assertThat(advised.strength()).as("the sample's agents call for more than gVisor").isGreaterThan(2);
            assertThat(sandboxed.get(report.path(agent))).isEqualTo(DesignFindings.sandboxedBy(runtime, advised))
                    .isEqualTo("sandboxed: the mix's exported vCluster runs every pod it syncs under gVisor, weaker than the "
                            + advised.label() + " its threat model calls for");
        });
    }

    private static Analysis saas() throws Exception {
        return new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
    }

    private static Map<String, String> afterMix(List<ProposalReport.FindingRow> rows) {
        return rows.stream().filter(row -> row.code().equals(FindingCode.UNTRUSTED_AGENT_UNSANDBOXED.id()))
                .collect(Collectors.toMap(ProposalReport.FindingRow::element, ProposalReport.FindingRow::afterMix));
    }

    /** Of a generated platform whose export refuses some agents' sandboxes, each of those findings remains. */
    @Test
    void anAgentWhoseSandboxesTheExportRefusesRemainsUnsandboxed() {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                GeneratedModels.platform(3, 2, 300, 120, 300, 42)), null, null, LocalDate.of(2026, 12, 1));
        Map<String, String> afterMix = afterMix(report.findings());
        assertThat(report.artefacts().untrusted().refusedAgents()).isNotEmpty();
        for (ElementId agent : report.artefacts().untrusted().refusedAgents()) {
            assertThat(afterMix.get(report.path(agent))).isEqualTo(ProposalReport.FindingRow.REMAINS);
        }
    }
}
