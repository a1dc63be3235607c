package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, review R12f-3: fitted to its page, the bank's whole-model diagram summarises its clusters into boxes of
 * counts, and no tenant was named on any picture of the report. After the whole-scope diagram, the report draws each
 * environment on a page of its own (and a cluster still summarised there alone), so that every tenant is named on
 * some picture, in every format, and listed in the contents; a model whose diagram names everyone gets no extra page.
 */
class EnvironmentDiagramsTest {
    private static final double LEGIBLE_POINTS = 6;
    private static final String MODEL_FILE = "internal-platform.bulkhead.json";

    private static ProposalReport report(String sample) throws Exception {
        return ProposalReport.of(new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json"))), null, null, LocalDate.of(2026, 12, 1));
    }

    /** The headings the bank's environment pages have, in the totals' order of environments: dev, staging, prod. */
    private static List<String> environmentHeadings(ProposalReport report) {
        return report.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER)
                .map(env -> "The model: environment " + env.name()).toList();
    }

    /** The text of each landscape page of the PDF, the diagram pages; and every glyph drawn on them. */
    private record DiagramPages(List<String> texts, List<TextPosition> glyphs) {
    }

    private static DiagramPages diagramPages(PDDocument pdf) throws Exception {
        List<String> texts = new ArrayList<>();
        List<TextPosition> glyphs = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            if (page.getMediaBox().getWidth() <= page.getMediaBox().getHeight()) {
                continue;
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    glyphs.addAll(positions);
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            texts.add(stripper.getText(pdf));
        }
        return new DiagramPages(texts, glyphs);
    }

    @Test
    void everyTenantOfTheBankIsNamedLegiblyOnSomeDiagramPageOfThePdf() throws Exception {
        ProposalReport report = report("internal-platform");
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, MODEL_FILE))) {
            DiagramPages pages = diagramPages(pdf);

            for (Tenant tenant : report.model().all(Tenant.class)) {
                assertThat(pages.texts()).as("a diagram page names tenant %s", tenant.name())
                        .anyMatch(text -> text.lines().anyMatch(line -> line.matches(".*\\b" + Pattern.quote(tenant.name()) + "\\b.*")));
            }
            for (String heading : environmentHeadings(report)) {
                assertThat(pages.texts()).as("a landscape page headed %s", heading).anyMatch(text -> text.contains(heading));
            }
            assertThat(pages.glyphs()).allMatch(glyph -> glyph.getFontSizeInPt() >= LEGIBLE_POINTS - 1e-6);
        }
    }

    @Test
    void theMarkdownReportsDiagramFilesNameEveryTenantAndTheReportLinksEach() throws Exception {
        ProposalReport report = report("internal-platform");
        Map<String, byte[]> files = ReportFiles.of(report, MODEL_FILE, "bank.md", ReportFiles.Format.MARKDOWN);
        List<String> diagrams = files.keySet().stream().filter(name -> name.startsWith("bank-diagram") && name.endsWith(".svg")).toList();
        String markdown = new String(files.get("bank.md"), StandardCharsets.UTF_8);

        assertThat(diagrams).as("the whole model's diagram and one per environment").hasSizeGreaterThanOrEqualTo(4).contains("bank-diagram.svg");
        for (String diagram : diagrams) {
            assertThat(markdown).as("the report links %s", diagram).contains("](" + diagram + ")");
        }
        List<String> svgs = diagrams.stream().map(name -> new String(files.get(name), StandardCharsets.UTF_8)).toList();
        for (Tenant tenant : report.model().all(Tenant.class)) {
            assertThat(svgs).as("an SVG names tenant %s", tenant.name())
                    .anyMatch(svg -> Pattern.compile("[> ]" + Pattern.quote(tenant.name()) + "<").matcher(svg).find());
        }
    }

    @Test
    void theHtmlReportInlinesAFigureUnderAHeadingPerEnvironment() throws Exception {
        ProposalReport report = report("internal-platform");
        String html = HtmlReport.of(report, MODEL_FILE).replace("&#39;", "'");

        for (String heading : environmentHeadings(report)) {
            assertThat(html).contains("<h2 id=\"" + ReportSections.anchor(heading) + "\">" + heading + "</h2>\n<div class=\"figure\"><svg");
        }
        for (Tenant tenant : report.model().all(Tenant.class)) {
            assertThat(html).as("a figure names tenant %s", tenant.name()).containsPattern("[> ]" + Pattern.quote(tenant.name()) + "<");
        }
    }

    @Test
    void theContentsOfEveryFormatListTheEnvironmentPagesAfterTheModel() throws Exception {
        ProposalReport report = report("internal-platform");
        List<String> sections = ReportSections.of(report);
        List<String> headings = environmentHeadings(report);

        assertThat(sections.subList(1, 1 + headings.size())).isEqualTo(headings);
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, MODEL_FILE))) {
            PDFTextStripper titlePage = new PDFTextStripper();
            titlePage.setEndPage(1);
            List<String> lines = titlePage.getText(pdf).lines().map(String::strip).toList();
            for (String heading : headings) {
                assertThat(lines).as("the PDF's contents").anyMatch(line -> line.matches(Pattern.quote(heading) + " \\d+"));
            }
        }
        String markdown = MarkdownReport.of(report, MODEL_FILE);
        for (String heading : headings) {
            assertThat(markdown).contains("- [" + heading + "](#" + ReportSections.anchor(heading) + ")\n");
        }
    }

    /**
     * Three clusters to an environment: each environment's picture still summarises them, so each cluster follows
     * alone, named in the contents after its environment, and every tenant is named on some page and some SVG file.
     */
    @Test
    void aClusterStillSummarisedOnItsEnvironmentsPageFollowsAloneNamingItsTenants() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                dev.bulkhead.testing.GeneratedModels.platform(2, 3, 60, 20, 40, 42)), null, null, LocalDate.of(2026, 12, 1));
        List<String> sections = ReportSections.of(report);

        assertThat(sections).containsSubsequence(ReportSections.MODEL, "The model: environment dev", "The model: cluster cluster-0-0 in dev",
                "The model: cluster cluster-0-2 in dev", "The model: environment staging", "The model: cluster cluster-1-0 in staging",
                ReportSections.COST_ISOLATION);
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "generated.bulkhead.json"))) {
            DiagramPages pages = diagramPages(pdf);
            assertThat(pages.texts()).anyMatch(text -> text.contains("Drawn in full on the next pages, one each: cluster-0-0 (8 tenants), cluster-0-1 (10 tenants), cluster-0-2 (12 tenants)."));
            for (Tenant tenant : report.model().all(Tenant.class)) {
                assertThat(pages.texts()).as("a diagram page names tenant %s", tenant.name())
                        .anyMatch(text -> text.lines().anyMatch(line -> line.matches(".*\\b" + Pattern.quote(tenant.name()) + "\\b.*")));
            }
            assertThat(pages.glyphs()).allMatch(glyph -> glyph.getFontSizeInPt() >= LEGIBLE_POINTS - 1e-6);
        }
        Map<String, byte[]> files = ReportFiles.of(report, "generated.bulkhead.json", "g.md", ReportFiles.Format.MARKDOWN);
        assertThat(files.keySet()).filteredOn(name -> name.startsWith("g-diagram")).as("a file per page, none overwritten")
                .hasSize(1 + (int) sections.stream().filter(section -> section.startsWith("The model: ")).count())
                .contains("g-diagram-dev.svg", "g-diagram-dev-cluster-0-0.svg", "g-diagram-staging-cluster-1-2.svg");
    }

    /**
     * A cluster too large to name even alone stays summarised, and a caption says where its tenants are listed. Prod holds
     * only eks-prod, so prod's page would repeat the first picture's summary of it (review R12g): there is none, and the
     * caption is the first picture's.
     */
    @Test
    void aClusterTooLargeToNameOnOnePageIsCaptionedWithWhereItsTenantsAreListed() throws Exception {
        ProposalReport report = report("ai-agent-saas");
        String caption = "Too many tenants to name legibly on one page; 'Each tenant's placement' lists each tenant with its cluster: eks-prod (40 tenants).";

        assertThat(ReportSections.of(report)).contains("The model: environment dev", "The model: environment staging")
                .doesNotContain("The model: environment prod");
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "ai-agent-saas.bulkhead.json"))) {
            assertThat(diagramPages(pdf).texts()).anyMatch(text -> text.contains(ReportSections.MODEL + "\n") && text.contains(caption));
        }
        assertThat(HtmlReport.of(report, "ai-agent-saas.bulkhead.json").replace("&#39;", "'")).contains("<p class=\"meta\">" + caption + "</p>");
        assertThat(MarkdownReport.of(report, "ai-agent-saas.bulkhead.json")).contains("report-diagram.svg)\n\n" + caption + "\n");
    }

    /** Two environments whose names make the same file name each get a file: one would overwrite the other's picture. */
    @Test
    void environmentsWhoseNamesReadTheSameAsFileNamesGetAFileEach() throws Exception {
        dev.bulkhead.model.ModelDocument document = new dev.bulkhead.model.ModelDocument(
                dev.bulkhead.testing.GeneratedModels.platform(2, 3, 60, 20, 40, 42));
        document.edit("Rename", tx -> {
            tx.replace(tx.view().get(dev.bulkhead.model.ElementId.of("env-0"), Environment.class).withName("A-B"));
            tx.replace(tx.view().get(dev.bulkhead.model.ElementId.of("env-1"), Environment.class).withName("a-b"));
        });
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(document.snapshot()), null, null,
                LocalDate.of(2026, 12, 1));

        Map<String, byte[]> files = ReportFiles.of(report, "generated.bulkhead.json", "g.md", ReportFiles.Format.MARKDOWN);
        long pages = ReportSections.of(report).stream().filter(section -> section.startsWith("The model")).count();
        assertThat(files.keySet()).filteredOn(name -> name.startsWith("g-diagram")).hasSize((int) pages)
                .contains("g-diagram-a-b.svg", "g-diagram-a-b-2.svg");
    }

    /** A model of one environment: that environment's picture is the model's, so its clusters follow it directly. */
    @Test
    void aModelOfOneEnvironmentGetsNoSecondPictureOfIt() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                dev.bulkhead.testing.GeneratedModels.platform(1, 3, 30, 10, 20, 42)), null, null, LocalDate.of(2026, 12, 1));

        assertThat(ReportSections.of(report)).doesNotContain("The model: environment dev")
                .containsSubsequence(ReportSections.MODEL, "The model: cluster cluster-0-0 in dev", "The model: cluster cluster-0-1 in dev",
                        "The model: cluster cluster-0-2 in dev", ReportSections.COST_ISOLATION);
    }

    @Test
    void aModelWhoseDiagramNamesEveryoneGetsNoExtraPage() throws Exception {
        ProposalReport report = report("workshop-starter");

        // No page of an environment or cluster; only the picture with the recommended mix applied (MixDiagramTest).
        String mix = dev.bulkhead.export.report.DiagramPages.FURTHER + dev.bulkhead.export.report.DiagramPages.MIX;
        assertThat(ReportSections.of(report)).filteredOn(section -> section.startsWith("The model:")).containsExactly(mix);
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "workshop-starter.bulkhead.json"))) {
            assertThat(diagramPages(pdf).texts()).as("landscape pages").hasSize(2);
        }
        Map<String, byte[]> files = ReportFiles.of(report, "workshop-starter.bulkhead.json", "w.md", ReportFiles.Format.MARKDOWN);
        assertThat(files.keySet()).filteredOn(name -> name.startsWith("w-diagram"))
                .containsExactlyInAnyOrder("w-diagram.svg", "w-diagram-recommended-mix.svg");
        assertThat(HtmlReport.of(report, "workshop-starter.bulkhead.json").split("<h2 id=\"the-model", -1)).hasSize(3);
    }
}
