package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.export.kubernetes.UnnamedPeer;
import dev.bulkhead.export.kubernetes.UnwrittenConnection;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Review R12j: the SaaS's report listed the orchestrator's 44 blocked calls to its customers as near-identical flows, and
 * nowhere said that the product stops working. The summary and the findings tell a caller's blocked calls as one line,
 * with why and what lets them through, and that line is what the export itself decided.
 */
class BlockedCallsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final String SAAS = "sample-models/ai-agent-saas.bulkhead.json";
    private static final String ORCHESTRATOR = "agent-orchestrator → 44 tenants (3 in dev, 5 in staging, 36 in prod)";

    /**
     * Why each is blocked, as the export decides it: the mix moves the customers onto their vClusters' private nodes (own
     * CNI, not the host's pod network) or into dedicated clusters, which no NetworkPolicy of the host can select and whose
     * ranges the model does not draw, so the orchestrator's egress rule cannot be written from the model; the customers'
     * ingress rules could, once the model gives the orchestrator's cluster an address range.
     */
    @Test
    void eachOfTheOrchestratorsCallsIsBlockedAtBothEndsBecauseTheCustomersRunInANetworkOfTheirOwn() throws Exception {
        ProposalReport report = saas(new ModelReader().read(Path.of(SAAS)));
        List<UnwrittenConnection> orchestrator = unwritten(report).stream()
                .filter(end -> report.path(end.from()).endsWith("/ agent-orchestrator")).toList();
        Map<Boolean, Map<UnnamedPeer.Place, Long>> places = orchestrator.stream().collect(Collectors.partitioningBy(
                UnwrittenConnection::outgoing, Collectors.groupingBy(end -> end.peer().place(), Collectors.counting())));
        assertThat(places.get(true)).isEqualTo(Map.of(UnnamedPeer.Place.PRIVATE_NODES, 41L, UnnamedPeer.Place.DEDICATED_CLUSTER, 3L));
        assertThat(places.get(false)).isEqualTo(Map.of(UnnamedPeer.Place.CLUSTER_WITHOUT_RANGE, 44L));
        assertThat(orchestrator.stream().filter(end -> !end.outgoing()).map(end -> end.peer().cluster()).distinct())
                .containsExactlyInAnyOrder("eks-dev", "eks-staging", "eks-prod");
    }

    @Test
    void theSummaryAndTheFindingsTellTheOrchestratorsBlockedCallsAsOneLineInEveryFormat() throws Exception {
        ProposalReport report = saas(new ModelReader().read(Path.of(SAAS)));
        String summary = report.recommendation();
        // The title page has room for the caller's line in short; the flow of a caller of one is counted.
        assertThat(summary).contains("its exported network policies would block 45 modelled flows, and the calls fail until "
                + "written: agent-orchestrator → 44 tenants: publish each through its cluster's ingress and write the rules by "
                + "hand; and 1 more.");
        ProposalReport.FindingRow row = report.findings().stream()
                .filter(r -> r.code().equals(FindingCode.CROSS_TENANT_CONNECTION.id())).findFirst().orElseThrow();
        String line = ORCHESTRATOR + ", tasks (8080/TCP): blocked because the model gives no address range for where the tenants run (41 on their "
                + "vClusters' private nodes, 3 in dedicated clusters of their own) nor for agent-orchestrator's clusters eks-dev, "
                + "eks-staging, eks-prod. To let the calls through, publish each called tenant through its cluster's ingress (the "
                + "export's admission policy refuses LoadBalancer and NodePort Services in tenant namespaces), add the tenants' "
                + "addresses to the egress policies of namespaces agent-orchestrator-dev, agent-orchestrator-staging, "
                + "agent-orchestrator-prod by hand and set the address range of clusters eks-dev, eks-staging, eks-prod in the "
                + "model, from which the export writes the rules that name them";
        assertThat(row.afterMix()).endsWith(": " + line + "; prod / platform-api → prod / billing");
        // None of the orchestrator's flows one by one, in the summary or the findings.
        for (String flow : report.artefacts().blockedFlows()) {
            if (flow.contains("/ agent-orchestrator →")) {
                assertThat(summary).doesNotContain(flow);
                assertThat(row.afterMix()).doesNotContain(flow);
            }
        }
        String pdf;
        try (PDDocument document = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        String markdown = MarkdownReport.of(report, "m.bulkhead.json");
        String html = HtmlReport.of(report, "m.bulkhead.json");
        assertThat(markdown).contains(summary).contains(row.afterMix());
        assertThat(html).contains(dev.bulkhead.diagram.svg.SvgSurface.escape(summary))
                .contains(dev.bulkhead.diagram.svg.SvgSurface.escape(row.afterMix()));
        assertThat(pdf).contains(summary.replaceAll("\\s+", "")).contains(line.replaceAll("\\s+", ""));
    }

    /**
     * What the line says to do is what the export does: with the three clusters' address ranges set in the model it writes
     * every customer's ingress rule from the orchestrator's cluster, and the line asks only for what is left, by hand.
     */
    @Test
    void settingTheClustersRangesInTheModelLetsTheExportWriteTheRulesTheLineSaysItWould() throws Exception {
        ModelDocument document = new ModelDocument(new ModelReader().read(Path.of(SAAS)));
        Map<String, String> ranges = Map.of("eks-dev", "10.10.0.0/16", "eks-staging", "10.20.0.0/16", "eks-prod", "10.30.0.0/16");
        document.edit("Address ranges", tx -> document.snapshot().all(Cluster.class).stream()
                .filter(c -> ranges.containsKey(c.name())).forEach(c -> tx.replace(c.withAddressRange(ranges.get(c.name())))));
        ProposalReport report = saas(document.snapshot());

        assertThat(unwritten(report).stream().filter(end -> report.path(end.from()).endsWith("/ agent-orchestrator")))
                .hasSize(44).allMatch(UnwrittenConnection::outgoing);
        assertThat(report.recommendation()).contains("agent-orchestrator → 44 tenants: publish each through its cluster's ingress "
                + "and write the rules by hand;");
        ProposalReport.FindingRow row = report.findings().stream()
                .filter(r -> r.code().equals(FindingCode.CROSS_TENANT_CONNECTION.id())).findFirst().orElseThrow();
        assertThat(row.afterMix()).contains(ORCHESTRATOR + ", tasks (8080/TCP): blocked because the model gives no address range for where the "
                + "tenants run (41 on their vClusters' private nodes, 3 in dedicated clusters of their own). To let the calls "
                + "through, publish each called tenant through its cluster's ingress").doesNotContain("in the model, from which");
    }

    /** A caller of one blocked flow keeps its flow's name; one of two names both, as the export says where each runs. */
    @Test
    void aCallerOfTwoIsOneLineNamingBothAndACallerOfOneKeepsItsFlow() {
        TestModels b = TestModels.builder();
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(prod, "eks-prod", Provider.EKS);
        ResourceDemand demand = new ResourceDemand(1, 2, 10, 10);
        ElementId gateway = b.tenant(cluster, "gateway", TenantKind.INTERNAL_TEAM, demand);
        ElementId a = b.tenant(cluster, "customer-a", TenantKind.UNTRUSTED_CODE, demand);
        ElementId c = b.tenant(cluster, "customer-c", TenantKind.UNTRUSTED_CODE, demand);
        ElementId billing = b.tenant(cluster, "billing", TenantKind.REGULATED, demand);
        Model model = b.build();
        UnnamedPeer privateNodes = new UnnamedPeer(UnnamedPeer.Place.PRIVATE_NODES, "eks-prod");
        UnnamedPeer dedicated = new UnnamedPeer(UnnamedPeer.Place.DEDICATED_CLUSTER, "eks-prod");
        BlockedCalls calls = BlockedCalls.of(List.of(
                new UnwrittenConnection(gateway, a, "api", "8080/TCP", "gateway", true, "…", privateNodes),
                new UnwrittenConnection(gateway, c, "api", "8080/TCP", "gateway", true, "…", privateNodes),
                new UnwrittenConnection(a, billing, "usage", "9090/TCP", "customer-a", true, "…", dedicated)),
                model, id -> "prod / " + model.find(id).orElseThrow().name());

        assertThat(calls.grouped()).isTrue();
        assertThat(calls.flowCount()).isEqualTo(3);
        List<String> items = calls.items(List.of("prod / gateway → prod / customer-a", "prod / gateway → prod / customer-c",
                "prod / customer-a → prod / billing"), false);
        assertThat(items).containsExactly("prod / gateway → prod / customer-a, prod / customer-c, api (8080/TCP): blocked because "
                + "the model gives no address range for where the tenants run (2 on their vClusters' private nodes). To let the "
                + "calls through, publish each called tenant through its cluster's ingress (the export's admission policy refuses "
                + "LoadBalancer and NodePort Services in tenant namespaces) and add the tenants' addresses to the egress policies "
                + "of namespace gateway by hand", "prod / customer-a → prod / billing");
        assertThat(calls.flowsOf(items.get(0))).isEqualTo(2);
        // A line stands for all of its caller's flows or for none: one of them alone is named as itself.
        assertThat(calls.items(List.of("prod / gateway → prod / customer-a"), false)).containsExactly("prod / gateway → prod / customer-a");
        assertThat(calls.summary("the rules they need are written")).isEqualTo("its exported network policies would block 3 modelled flows, and the calls fail "
                + "until written: prod / gateway → prod / customer-a, prod / customer-c: publish each through its cluster's "
                + "ingress and write the rules by hand; and 1 more.");
    }

    private static ProposalReport saas(Model model) {
        Analysis analysis = ANALYZER.analyze(model);
        return ProposalReport.of(analysis, null, null, LocalDate.of(2026, 12, 1));
    }

    /** The ends the report's export leaves unwritten, as the export lists them. */
    private static List<UnwrittenConnection> unwritten(ProposalReport report) throws Exception {
        return new KubernetesExporter().list(report.analysis(), ExportSettings.of(ExportChoice.RECOMMENDED)
                .withEdition(report.exportedEdition())).unwritten();
    }
}
