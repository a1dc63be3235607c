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

        assertThat(report.recommendation()).contains("And its network policies would open the rules for 3 hosts (api.sendgrid.com; "
                + "bigquery.googleapis.com; gateway.cardnet.example.com) to any public address on their port, as NetworkPolicy "
                + "cannot name a host (an address range, or Cilium's policies, narrows them).")
                .contains(ProposalReport.BEFORE_APPLYING_POINTER);
        String cardNetwork = "gateway.cardnet.example.com (443/TCP), the connections to Card network gateway from dev / payments; "
                + "prod / payments; staging / payments: the rule allows any public address on 443/TCP. To narrow it, set the "
                + "endpoint's address range in the model, or export with --network-policy cilium, which names the host.";
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
}
