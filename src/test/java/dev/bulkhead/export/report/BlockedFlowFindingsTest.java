package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

    /**
     * The row's examples are of flows the mix leaves allowed: in the agent platform the second call in order,
     * platform-api → billing in prod, is one the mix blocks, and the row quoted "exported network policies allow
     * exactly this" of it beside "blocked by the mix's exported policies: prod / platform-api → prod / billing".
     */
    @Test
    void theExamplesOfAllowedCallsAreNotOnesTheMixBlocks() throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        ProposalReport report = ProposalReport.of(analysis, null, null, LocalDate.of(2026, 12, 1));
        Set<ElementId> blocked = report.artefacts().blockedConnections();
        List<Finding> calls = analysis.findings().stream().filter(f -> f.code() == FindingCode.CROSS_TENANT_CONNECTION)
                .sorted(Finding.ORDER).toList();
        assertThat(calls.stream().limit(2).filter(f -> blocked.contains(f.element()))).as("the sample still shows the case").isNotEmpty();

        List<Finding> allowed = calls.stream().filter(f -> !blocked.contains(f.element())).toList();
        ProposalReport.FindingRow row = report.findings().stream()
                .filter(r -> r.code().equals(FindingCode.CROSS_TENANT_CONNECTION.id())).findFirst().orElseThrow();
        // The second example is of another flow than the first where there is one, not the first's twin in another environment.
        Finding second = allowed.stream().skip(1).filter(f -> !ends(analysis, f).equals(ends(analysis, allowed.get(0))))
                .findFirst().orElseThrow();
        assertThat(row.message()).isEqualTo(calls.size() + " alike, for example: (1) " + allowed.get(0).message() + " (2) "
                + second.message());
        // The sample's mix needs vCluster Platform, whose export blocks more flows than the report lists in itself.
        assertThat(report.blockedCut()).isTrue();
        assertThat(row.afterMix()).contains(blocked.size() + " " + DesignFindings.blockedIn(ReportFiles.blockedFile(ReportFiles.DEFAULT_BASE)));
    }

    /**
     * Review R12g: on a generated model two flows were each modelled by two connections, and the findings said "1182
     * blocked" where the summary said "1180 modelled flows", its first three named differently. A flow modelled twice is
     * counted as the connections it is, with the distinct flows beside, named in the summary's order.
     */
    @Test
    void aFlowModelledByTwoConnectionsIsCountedAsBothWithTheDistinctFlowsBeside() throws Exception {
        dev.bulkhead.model.ModelDocument document = new dev.bulkhead.model.ModelDocument(
                new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json")));
        dev.bulkhead.model.Model model = document.snapshot();
        dev.bulkhead.model.Connection checkout = model.all(dev.bulkhead.model.Connection.class).stream()
                .filter(c -> (model.get(c.from(), dev.bulkhead.model.Element.class).name() + "→"
                        + model.get(c.to(), dev.bulkhead.model.Element.class).name()).equals("checkout→payments")
                        && model.environmentOf(c.from()).map(dev.bulkhead.model.Element::name).orElse("").equals("prod"))
                .findFirst().orElseThrow();
        document.edit("Model it twice", tx -> tx.add(new dev.bulkhead.model.Connection(ElementId.of("conn-checkout-again"),
                checkout.name() + "-again", checkout.from(), checkout.to(), checkout.port(), checkout.protocol())));
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(document.snapshot()), null, null,
                LocalDate.of(2026, 12, 1));

        assertThat(report.artefacts().blockedFlows()).containsExactly("prod / checkout → prod / payments",
                "prod / payments → prod / fraud-detection");
        ProposalReport.FindingRow row = report.findings().stream()
                .filter(r -> r.code().equals(FindingCode.CROSS_TENANT_CONNECTION.id())).findFirst().orElseThrow();
        assertThat(row.afterMix()).endsWith("; 3 (2 distinct flows; some flows are modelled by more than one connection) "
                + DesignFindings.BLOCKED + ": prod / checkout → prod / payments; prod / payments → prod / fraud-detection");
    }

    /** A connection finding's ends by name ("checkout → loyalty"). */
    private static String ends(Analysis analysis, Finding finding) {
        dev.bulkhead.model.Connection connection = analysis.model().get(finding.element(), dev.bulkhead.model.Connection.class);
        return analysis.model().get(connection.from(), dev.bulkhead.model.Element.class).name() + " → "
                + analysis.model().get(connection.to(), dev.bulkhead.model.Element.class).name();
    }
}
