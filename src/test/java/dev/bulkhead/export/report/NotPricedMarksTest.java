package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Assumptions;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.CostIsolationPlot;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A money figure that counts as zero something the model has no price for carries " + not priced" wherever the
 * report prints it; one with nothing left out carries nothing.
 */
class NotPricedMarksTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final String FILE = "ai-agent-saas.bulkhead.json";
    private static final List<String> SUMS = List.of("Data transfer", ComparisonTable.INFRASTRUCTURE, "Total", "Per tenant");

    private static Model sample() throws Exception {
        return new ModelReader().read(Path.of("sample-models/" + FILE));
    }

    private static ProposalReport report(Model model) {
        return ProposalReport.of(ANALYZER.analyze(model), null, "Ada", LocalDate.of(2026, 11, 30));
    }

    /**
     * The sample's 16 connections send data to the internet, which has no price (its egress-not-priced finding), and
     * the mix's vCluster Platform licence has none either: every total, sum and growth point says so.
     */
    @Test
    void everyFigureThatSumsAnUnpricedZeroIsMarkedInEveryFormat() throws Exception {
        ProposalReport report = report(sample());

        assertThat(report.notPricedNote()).contains("internet data transfer out", "vCluster Platform (private nodes)");
        assertThat(report.recommendation()).contains("not counting vCluster Platform (private nodes), internet data transfer out (not priced)");
        for (ComparisonTable.Row row : report.table().rows()) {
            if (SUMS.contains(row.label())) {
                row.cells().forEach(cell -> assertThat(cell.text()).as(row.label()).endsWith(Amounts.NOT_PRICED));
            }
        }
        String svg = ReportFigures.costIsolation(report);
        for (CostIsolationPlot.Point point : report.costIsolation().points()) {
            assertThat(svg).as("the chart's label of " + point.key())
                    .contains(point.key().label() + " · " + Amounts.whole(report.symbol(), point.cost()) + Amounts.NOT_PRICED);
        }

        String md = MarkdownReport.of(report, FILE);
        String growth = md.substring(md.indexOf("## Growth"), md.indexOf(dev.bulkhead.diagram.chart.GrowthCurves.HOW_GROWN));
        List<String> rows = growth.lines().filter(line -> line.matches("\\| [0-9]+ \\|.*")).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            assertThat(row.split("\\|")).as(row).filteredOn(c -> c.contains(report.symbol()))
                    .hasSize(OptionKey.COMPARED.size()).allSatisfy(c -> assertThat(c.strip()).endsWith(Amounts.NOT_PRICED));
        }
        assertThat(md).contains(report.table().toMarkdown());
        String html = HtmlReport.of(report, FILE);
        ComparisonTable.Row total = report.table().rows().stream().filter(r -> r.label().equals("Total")).findFirst().orElseThrow();
        total.cells().forEach(cell -> assertThat(html).contains(">" + cell.text() + "<"));
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, FILE))) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            total.cells().forEach(cell -> assertThat(flat).contains(cell.text().replaceAll("\\s+", "")));
        }
    }

    /** Without traffic to the internet and with the licence priced, no figure is marked and no caveat printed. */
    @Test
    void aModelWithEverythingPricedCarriesNoMarker() throws Exception {
        Model sample = sample();
        List<Element> kept = sample.elements().values().stream()
                .filter(e -> !(e instanceof ExternalEndpoint))
                .filter(e -> !(e instanceof Connection c && sample.find(c.to()).orElse(null) instanceof ExternalEndpoint)).toList();
        Model priced = Model.of(sample.settings().withAssumption(Assumptions.PLATFORM_LICENCE, 0.0), kept, sample.layout());
        ProposalReport report = report(priced);

        assertThat(report.notPriced().options()).isEqualTo(Set.of());
        assertThat(report.notPricedNote()).isNull();
        assertThat(MarkdownReport.of(report, FILE)).doesNotContain("not priced");
        assertThat(HtmlReport.of(report, FILE)).doesNotContain("not priced");
        assertThat(ReportFigures.costIsolation(report)).doesNotContain("not priced");
    }
}
