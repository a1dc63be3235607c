package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport.Format;
import dev.bulkhead.export.diagram.DiagramExport.Options;
import dev.bulkhead.export.report.PdfReport;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/**
 * Every element of every sample is drawn in the PDF diagram (fitted to its own page, to A4, to A4 landscape, tiled)
 * and on the report's diagram page, as often as the SVG draws its name. Element names are checked on the diagram's
 * pages only: the report's tables name every tenant too, and a card missing from the drawing went unnoticed.
 * Where a page is too small to read the tenants' names, the clusters are summarised instead, with their true counts.
 */
class PdfShowsEveryElementTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 30);
    private static final List<String> SAMPLES = List.of("ai-agent-saas", "internal-platform", "workshop-proposal",
            "workshop-starter");

    static Stream<Arguments> samplesAndPages() {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : SAMPLES) {
            for (String page : List.of("picture", "a4", "a4 landscape", "letter tile")) {
                cases.add(Arguments.of(sample, page));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("samplesAndPages")
    void everyElementNameTheSvgDrawsIsOnTheDiagramPages(String sample, String page) throws Exception {
        Analysis analysis = analyse(sample);
        PageSpec spec = page.equals("picture") ? PageSpec.PICTURE
                : new PageSpec(PageSpec.Paper.parse(page.split(" ")[0]), page.contains("landscape"), page.contains("tile"));
        String svg = svgText(analysis);
        String pdf;
        try (PDDocument document = Loader.loadPDF(DiagramExport.render(analysis, Options.of(Format.PDF).withDate(DATE)
                .withPage(spec)))) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertEveryNameAsOftenAs(analysis.model(), svg, pdf, sample + " on " + page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theReportsDiagramPageShowsEveryElement(String sample) throws Exception {
        Analysis analysis = analyse(sample);
        String svg = svgText(analysis);
        byte[] bytes = PdfReport.of(ProposalReport.of(analysis, null, "tester", DATE), sample + ".bulkhead.json");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String diagramPage = null;
            for (int i = 1; i <= document.getNumberOfPages() && diagramPage == null; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(document);
                if (text.lines().limit(3).anyMatch("The model"::equals)) {
                    diagramPage = text;
                }
            }
            assertThat(diagramPage).as("the report's diagram page").isNotNull();
            assertEveryNameAsOftenAs(analysis.model(), svg, diagramPage, sample + " report");
        }
    }

    static Stream<String> samples() {
        return SAMPLES.stream();
    }

    /**
     * Each element's name occurs in the PDF text at least as often as in the SVG's, and the SVG names it at least
     * once per element of that name (two environments may each hold a "data-team"); what a summarised cluster holds
     * is named by its summary instead.
     */
    private static void assertEveryNameAsOftenAs(Model model, String svg, String pdf, String what) {
        java.util.Set<dev.bulkhead.model.ElementId> summarised = summarised(model, pdf, what);
        for (Element element : model.elements().values()) {
            if (element instanceof Connection || insideOneOf(model, element, summarised)) {
                continue;
            }
            long sameName = model.elements().values().stream().filter(e -> !(e instanceof Connection)
                    && e.name().equals(element.name())).count();
            int inSvg = occurrences(svg, element.name());
            assertThat(inSvg).as(what + ": the SVG names " + element.kind() + " " + element.name()).isGreaterThanOrEqualTo((int) sameName);
            // Elements of the same name inside a summary are not drawn: dev's "analyst" agents in full, prod's counted.
            long drawnOfName = model.elements().values().stream().filter(e -> !(e instanceof Connection)
                    && e.name().equals(element.name()) && !insideOneOf(model, e, summarised)).count();
            assertThat(occurrences(pdf, element.name())).as(what + ": the PDF names " + element.kind() + " " + element.name()
                    + " as often as the SVG").isGreaterThanOrEqualTo(summarised.isEmpty() ? inSvg : (int) Math.min(inSvg, drawnOfName));
        }
    }

    /**
     * The clusters the page summarises: each names its tenants' count and placements and its agents (the counts
     * worked out here from the model) and no tenant of it is named on the page (detail or summary, never both).
     */
    private static java.util.Set<dev.bulkhead.model.ElementId> summarised(Model model, String pdf, String what) {
        java.util.Set<dev.bulkhead.model.ElementId> summarised = new java.util.HashSet<>();
        for (Cluster cluster : model.all(Cluster.class)) {
            List<Tenant> tenants = model.children(cluster.id(), Tenant.class);
            int agents = tenants.stream().mapToInt(t -> model.children(t.id(), Agent.class).size()).sum();
            String count = tenants.size() + (tenants.size() == 1 ? " tenant" : " tenants") + ": ";
            String agentCount = agents + (agents == 1 ? " agent" : " agents");
            // A summary: its name, its provider and region, its tenants' count and placements, its agents, a line each.
            List<String> lines = pdf.lines().toList();
            for (int i = 2; i + 1 < lines.size(); i++) {
                if (lines.get(i).startsWith(count) && occurrences(lines.get(i - 2), cluster.name()) > 0) {
                    summarised.add(cluster.id());
                    assertThat(lines.get(i + 1)).as(what + ": the summary of " + cluster.name()).startsWith(agentCount);
                }
            }
        }
        // A summarised cluster's tenants are not drawn: a name is printed only as often as elements of that name
        // outside the summaries (staging's "billing" is summarised, dev's drawn in full).
        for (dev.bulkhead.model.ElementId id : summarised) {
            for (Tenant tenant : model.children(id, Tenant.class)) {
                long drawn = model.elements().values().stream().filter(e -> !(e instanceof Connection)
                        && e.name().equals(tenant.name()) && !insideOneOf(model, e, summarised)).count();
                assertThat(occurrences(pdf, tenant.name())).as(what + ": " + tenant.name() + " under the summary")
                        .isLessThanOrEqualTo((int) drawn);
            }
        }
        return summarised;
    }

    private static boolean insideOneOf(Model model, Element element, java.util.Set<dev.bulkhead.model.ElementId> clusters) {
        for (Element e = element; e.parentId() != null; e = model.find(e.parentId()).orElseThrow()) {
            if (clusters.contains(e.parentId())) {
                return true;
            }
        }
        return false;
    }

    private static Analysis analyse(String sample) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"));
        return new Analyzer(ReferenceData.bundled()).analyze(model);
    }

    /** The SVG's texts, one a line. */
    private static String svgText(Analysis analysis) throws Exception {
        byte[] svg = DiagramExport.render(analysis, Options.of(Format.SVG).withDate(DATE));
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                .getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    /** How often a name occurs as a whole word (not inside a longer name such as web-shop-2). */
    private static int occurrences(String text, String name) {
        Matcher matcher = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
