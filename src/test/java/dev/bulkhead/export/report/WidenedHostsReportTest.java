package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Review R12h: the bank's PCI payments reach the card network by host name, which the export writes as any public
 * address on 443, and the report said nothing of it. The summary now names the hosts the mix's export opens wider than
 * drawn, and the artefacts list each with who sends there and how to narrow it, in every format.
 */
class WidenedHostsReportTest {
    @Test
    void theReportSaysWhichHostsTheExportOpensToAnyPublicAddressAndHowToNarrowThem() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"))), null, null, LocalDate.of(2026, 12, 2));

        assertThat(report.recommendation()).contains("And its network policies would open 3 hosts (api.sendgrid.com; "
                + "bigquery.googleapis.com; gateway.cardnet.example.com) as any public address on their port, since NetworkPolicy "
                + "cannot name a host, and among the pods so let out are those of regulated tenants (dev / payments; prod / "
                + "payments; staging / payments).").contains(ProposalReport.BEFORE_APPLYING_POINTER);
        String cardNetwork = "gateway.cardnet.example.com (443/TCP), the connections to Card network gateway from dev / payments; "
                + "prod / payments; staging / payments: the rule allows any public address on 443/TCP. To narrow it, set the "
                + "endpoint's address range in the model (GKE's Dataplane V2 takes no CiliumNetworkPolicy; GKE's own "
                + "FQDNNetworkPolicy, with GKE Enterprise, can name the host, and this export does not write it).";
        assertThat(report.widenedListed()).contains(cardNetwork)
                .anyMatch(line -> line.startsWith("bigquery.googleapis.com (443/TCP), named in the egress allow-list of 3 agents: ")
                        && line.contains("put the host's address range in the agent's egress allow-list"));
        assertThat(report.widenedSentence()).startsWith("The exported network policies would also let traffic out wider than the "
                + "model draws").contains("the 3 host names below");
        // The pointer to the export's README, which the committee never gets, gives way to the list.
        assertThat(report.artefacts().notes()).noneMatch(note -> note.contains("Egress wider than the model"));

        String md = MarkdownReport.of(report, "m.bulkhead.json");
        assertThat(md).contains(report.widenedSentence()).contains("- " + cardNetwork);
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains("<li>" + cardNetwork + "</li>");
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("gateway.cardnet.example.com (443/TCP), the connections to Card network gateway");
        }
    }

    /**
     * Review R12i: the bank's clusters are GKE, whose Dataplane V2 takes no CiliumNetworkPolicy, and the report advised
     * exporting with Cilium's policies. That advice stays where the CNI may be Cilium (the SaaS sample's EKS clusters).
     */
    @Test
    void ciliumIsAdvisedOnlyWhereTheClusterCanTakeItsPolicies() throws Exception {
        ProposalReport saas = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"))), null, null, LocalDate.of(2026, 12, 2));
        assertThat(saas.widenedListed()).isNotEmpty().allMatch(line -> line.endsWith(
                "or export with --network-policy cilium, which names the host."));
    }
}
