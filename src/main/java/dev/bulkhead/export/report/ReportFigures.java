package dev.bulkhead.export.report;

import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.diagram.svg.SvgDiagram;
import dev.bulkhead.diagram.svg.SvgSurface;

/**
 * The report's pictures as SVG documents, drawn by the same painters as the app: the HTML report inlines them,
 * the Markdown report links them as files beside it.
 */
final class ReportFigures {
    static final int CHART_WIDTH = 860;
    static final int CHART_HEIGHT = 360;

    private ReportFigures() {
    }

    /**
     * The diagram as the PDF report prints it, fitted to its landscape page (see {@link DiagramPicture#fittedTo}): one
     * choice of detail and size for all three formats, instead of the full detail shrunk by the browser until the
     * names were 3 px high.
     */
    static DiagramPicture diagram(ProposalReport report) {
        return report.diagramPages().get(0).picture();
    }

    /** The fitted diagram as SVG, a CSS pixel three quarters of a point, so that it prints at the PDF's size. */
    static String diagramSvg(ProposalReport report) {
        return diagramSvg(report, report.diagramPages().get(0));
    }

    /** One of the report's diagrams ({@link DiagramPages}) as SVG, at the size the PDF prints it. */
    static String diagramSvg(ProposalReport report, DiagramPages.Page page) {
        DiagramPicture picture = page.picture();
        return SvgDiagram.of(picture, report.title() + " — " + page.label(), picture.printScale().orElseThrow() / PageSpec.POINTS_PER_UNIT);
    }

    static String costIsolation(ProposalReport report) {
        SvgSurface plot = new SvgSurface(CHART_WIDTH, CHART_HEIGHT);
        plot.title(report.title() + " — cost versus isolation");
        report.costIsolation().draw(plot, DiagramTheme.of(false), 0, 0, CHART_WIDTH, CHART_HEIGHT);
        return plot.finish();
    }

    static String growth(ProposalReport report) {
        SvgSurface chart = new SvgSurface(CHART_WIDTH, CHART_HEIGHT);
        chart.title(report.title() + " — growth");
        report.growth().draw(chart, DiagramTheme.of(false), report.symbol(), 0, 0, CHART_WIDTH, CHART_HEIGHT);
        return chart.finish();
    }
}
