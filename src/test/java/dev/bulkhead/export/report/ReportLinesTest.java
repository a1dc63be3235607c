package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportWriter;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.diagram.svg.SvgSurface;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines of the report a reader would question: a column of zeros, a licence "computed", a file count one short. */
class ReportLinesTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    private static ProposalReport report(String sample) throws Exception {
        return ProposalReport.of(ANALYZER.analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"))),
                null, null, LocalDate.of(2026, 11, 30));
    }

    private static String pdfText(ProposalReport report) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /**
     * The sample's sandbox overhead is $0.00 in every option: the table leaves the line out and says so, in every
     * format; where it costs something (the workshop's Kata pods) the line stays.
     */
    @Test
    void aCostLineThatIsZeroInEveryOptionIsLeftOutAndSaidSo() throws Exception {
        ProposalReport report = report("ai-agent-saas");

        assertThat(report.table().rows()).noneMatch(r -> r.label().equals("Sandbox overhead"));
        // Why it is zero, from the sample's lines: vCPU sizes its nodes and gVisor's overhead is memory only.
        assertThat(report.zeroLinesNote()).isEqualTo("Left out as $0.00 in every option: Sandbox overhead. A line is charged its "
                + "share of the resource that decides the node count: these nodes are sized by vCPU, and the sandbox overhead "
                + "asks for memory only, so its share is $0.00.");
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).doesNotContain("| Sandbox overhead | $").contains(report.zeroLinesNote());
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).doesNotContain("<tr><td>Sandbox overhead</td><td class=\"n\"").contains(report.zeroLinesNote());
        // Before the appendix, whose lines show the $0.00 shares' arithmetic.
        String pdf = pdfText(report);
        assertThat(pdf.substring(0, pdf.indexOf("Appendix: cost lines"))).doesNotContain("Sandbox overhead $0.00");
        assertThat(pdfText(report).replaceAll("\\s+", "")).contains(report.zeroLinesNote().replaceAll("\\s+", ""));

        ProposalReport workshop = report("workshop-starter");
        assertThat(workshop.table().rows()).anySatisfy(r -> assertThat(r.label()).isEqualTo("Sandbox overhead"));
        assertThat(workshop.zeroLinesNote()).isNull();
    }

    /**
     * Data transfer of $0.00 that leaves internet egress unpriced is not a zero: it stays, marked. On AKS its only line
     * is the NAT gateway's data processing, which the reference data does not price (cost-isolation-data.md 3b), so
     * the cell reads "not priced" as an unpriced licence's does.
     */
    @Test
    void aZeroLineThatLeavesSomethingUnpricedStaysMarked() throws Exception {
        dev.bulkhead.analysis.Analysis analysis = ANALYZER.analyze(
                new ModelReader().read(Path.of("sample-models/workshop-proposal.bulkhead.json")));
        dev.bulkhead.model.Environment prod = analysis.model().all(dev.bulkhead.model.Environment.class).stream()
                .filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
        ProposalReport report = ProposalReport.of(analysis, prod, null, LocalDate.of(2026, 11, 30));

        assertThat(report.table().rows()).filteredOn(r -> r.label().equals("Data transfer")).singleElement()
                .satisfies(r -> r.cells().forEach(c -> assertThat(c.text()).isEqualTo(ComparisonTable.UNPRICED)));
        assertThat(report.zeroLinesNote()).isNull();
    }

    /** The licence has no price until the model sets one: it says so, with its source, never "computed". */
    @Test
    void theLicenceAssumptionSaysNotPricedWithItsSource() throws Exception {
        ProposalReport report = report("ai-agent-saas");

        assertThat(report.assumptions()).filteredOn(a -> a.group().equals("Licences")).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(ComparisonTable.UNPRICED);
            assertThat(a.source()).contains("cost-isolation-data.md");
        });
        assertThat(report.assumptions()).filteredOn(a -> a.value().equals("computed"))
                .allSatisfy(a -> assertThat(a.source()).containsIgnoringCase("computed"));
    }

    /**
     * The count is of the files an export really leaves in its folder, the hidden marker among them, and all three
     * formats print the one sentence that says so.
     */
    @Test
    void theArtefactCountIsOfEveryFileTheExportWrites(@TempDir Path folder) throws Exception {
        ProposalReport report = report("workshop-starter");
        ExportWriter.write(new KubernetesExporter().export(report.analysis(), ExportSettings.of(ExportChoice.RECOMMENDED), f -> { }),
                folder, false, f -> { });
        long written;
        try (Stream<Path> files = Files.walk(folder)) {
            written = files.filter(Files::isRegularFile).count();
        }

        String sentence = report.artefactsSentence("m.bulkhead.json");
        assertThat(sentence).startsWith(written + " files of ").contains(ExportWriter.MARKER);
        String command = report.exportCommand("m.bulkhead.json");
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).contains(sentence.replace(command, "`" + command + "`"));
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains(sentence.replace(command, "<code>" + command + "</code>"));
        assertThat(pdfText(report).replaceAll("\\s+", "")).contains(sentence.replaceAll("\\s+", ""));
    }
    /**
     * The committee never gets the export's README: the report lists, in each format, every flow the export writes no
     * rule for (the same ones the README's "Connections not written" lists) and says the policies would block them,
     * and points to no README.
     */
    @Test
    void theFlowsTheExportCannotWriteAreListedInTheReportItself() throws Exception {
        int listed = 0;
        for (String sample : List.of("ai-agent-saas", "internal-platform", "workshop-proposal", "workshop-starter")) {
            ProposalReport report = report(sample);
            // The export the report lists: in the edition its mix needs (ProposalReport.exportedEdition).
            String readme = new KubernetesExporter().export(report.analysis(), ExportSettings.of(ExportChoice.RECOMMENDED)
                    .withEdition(report.exportedEdition()), f -> { }).file("README.md");
            long unwritten = readme.contains("## Connections not written")
                    ? readme.substring(readme.indexOf("## Connections not written")).split("\n## ")[0].lines()
                            .filter(line -> line.startsWith("- ")).count() : 0;
            List<String> blocked = report.artefacts().blocked();
            assertThat(blocked).as(sample).hasSize((int) unwritten);
            String markdown = MarkdownReport.of(report, "m.bulkhead.json");
            String html = HtmlReport.of(report, "m.bulkhead.json");
            String pdf = pdfText(report).replaceAll("\\s+", "");
            for (String text : List.of(markdown, html, pdf)) {
                assertThat(text).as(sample).doesNotContain("README");
            }
            if (!blocked.isEmpty()) {
                assertThat(report.blockedSentence()).contains("would block")
                        .contains(blocked.size() == 1 ? "this rule" : "these " + blocked.size() + " rules")
                        .contains(report.artefacts().blockedFlows().size() == 1 ? "so 1 flow is blocked."
                                : "so " + report.artefacts().blockedFlows().size() + " flows are blocked.");
                // The summary and the recommendation say it too, each flow once, not only the list at the end.
                assertThat(report.recommendation()).as(sample).contains("Before applying it: its exported network policies would block "
                        + report.artefacts().blockedFlows().size() + " modelled flow");
                List<String> flows = report.artefacts().blockedFlows();
                assertThat(flows).isNotEmpty().doesNotHaveDuplicates();
                flows.stream().limit(ProposalReport.NAMED_FLOWS).forEach(flow -> assertThat(report.recommendation()).contains(flow));
                if (flows.size() > ProposalReport.NAMED_FLOWS) {
                    // The rest are counted, not named: the summary stays a paragraph on a large model.
                    assertThat(report.recommendation()).contains("; and " + (flows.size() - ProposalReport.NAMED_FLOWS) + " more)")
                            .doesNotContain(flows.get(ProposalReport.NAMED_FLOWS));
                }
                assertThat(markdown.substring(0, markdown.indexOf("## Side by side"))).contains(report.recommendation());
                assertThat(markdown).contains(report.blockedSentence());
                assertThat(html).contains(SvgSurface.escape(report.blockedSentence()));
                assertThat(pdf).contains(report.blockedSentence().replaceAll("\\s+", ""));
                // Each listed in the report itself; past the first few, counted and written whole to the file beside it.
                assertThat(report.blockedListed()).isEqualTo(report.blockedCut()
                        ? blocked.subList(0, report.blockedListed().size()) : blocked);
                if (report.blockedCut()) {
                    assertThat(markdown).contains(report.blockedOthers(ReportFiles.blockedFile(ReportFiles.DEFAULT_BASE)));
                }
                for (String flow : report.blockedListed()) {
                    assertThat(flow).contains(" → ").contains("no rule lets it");
                    assertThat(markdown).contains("- " + flow);
                    assertThat(html).contains("<li>" + SvgSurface.escape(flow) + "</li>");
                    assertThat(pdf).contains(flow.replaceAll("\\s+", ""));
                }
                listed += blocked.size();
            }
        }
        assertThat(listed).as("some sample has connections the export cannot write").isPositive();
    }
    /**
     * "Current design" is defined once where the side-by-side table starts, in every format, and the definition is
     * the analysis' rule: every tenant of every sample is placed in its own option, else its environment's, else a
     * namespace.
     */
    @Test
    void theCurrentDesignIsDefinedWhereTheTableStartsAndTheDefinitionIsTheAnalysisRule() throws Exception {
        for (String sample : List.of("ai-agent-saas", "internal-platform", "workshop-proposal", "workshop-starter")) {
            ProposalReport report = report(sample);
            String note = report.currentDesignNote();
            // The proposal sample is saved with "proposal A" active: its column is named by it, never "Current design".
            assertThat(note).startsWith(sample.equals("workshop-proposal") ? "proposal A (as modelled): " : "Current design: ");
            String markdown = MarkdownReport.of(report, "m.bulkhead.json");
            assertThat(markdown).contains("## Side by side\n\n" + note + "\n\n**" + report.table().title() + "**");
            assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains("<h2 id=\"side-by-side\">Side by side</h2>\n<p class=\"meta\">"
                    + SvgSurface.escape(note) + "</p>");
            String pdf = pdfText(report).replaceAll("\\s+", "");
            assertThat(pdf).contains("Sidebyside" + note.replaceAll("\\s+", ""));
            Model model = report.model();
            report.analysis().whole().option(OptionKey.CURRENT).placements().forEach((id, placement) -> {
                Tenant tenant = model.get(id, Tenant.class);
                TenancyOption environment = model.environmentOf(id).map(Environment::option).orElse(null);
                TenancyOption expected = tenant.option() != null ? tenant.option()
                        : environment != null ? environment : TenancyOption.NAMESPACE;
                assertThat(placement.option()).as(sample + " " + tenant.name()).isEqualTo(expected);
            });
        }
    }
    /**
     * The report's reasons carry what they rest on rather than point to what its reader does not have: the regulated
     * tenants' reason states the requirement's figure instead of "see the regulated requirement".
     */
    @Test
    void aPlacementReasonStatesTheRegulatedRequirementRatherThanReferToIt() throws Exception {
        ProposalReport report = report("ai-agent-saas");
        assertThat(report.placementGroups()).filteredOn(group -> group.tenants().contains("gringotts-bank")).singleElement()
                .satisfies(group -> assertThat(group.reason()).contains("Compliance boundary 3 < 4")
                        .contains("holds a regulated tenant to a compliance boundary of 4, a dedicated cluster's"));
        for (String text : List.of(MarkdownReport.of(report, "m.bulkhead.json"), HtmlReport.of(report, "m.bulkhead.json"), pdfText(report))) {
            assertThat(text).doesNotContain("see the regulated requirement");
        }
    }

    /**
     * "vCluster Platform (private nodes))": a list in brackets whose item had brackets of its own, and a formula's
     * terms in brackets whose last term did. No sample's Markdown or HTML text (its markup, styles and figures left
     * aside) has a doubled closing bracket or a bracket opened before a space.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-proposal", "workshop-starter"})
    void noReportTextHasDoubledOrLooseBrackets(String sample) throws Exception {
        ProposalReport report = report(sample);
        String markdown = MarkdownReport.of(report, "m.bulkhead.json");
        String html = HtmlReport.of(report, "m.bulkhead.json")
                .replaceAll("(?s)<style.*?</style>|<svg.*?</svg>|<script.*?</script>", " ").replaceAll("<[^>]*>", " ");

        for (String text : List.of(markdown, html)) {
            assertThat(text).as(sample).isNotEmpty().doesNotContain("))").doesNotContain("( ");
        }
        assertThat(markdown).as("the sample's unpriced items are still listed").contains("has no price for yet");
    }
}
