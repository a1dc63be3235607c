package dev.bulkhead.export.report;

import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.svg.SvgDiagram;
import dev.bulkhead.diagram.svg.SvgSurface;

/**
 * The report's three pictures as SVG documents, drawn by the same painters as the app: the HTML report inlines them,
 * the Markdown report links them as files beside it.
 */
final class ReportFigures {
    static final int CHART_WIDTH = 860;
    static final int CHART_HEIGHT = 360;

    private ReportFigures() {
    }

    static String diagram(ProposalReport report) {
        return SvgDiagram.of(report.diagram(), report.title() + " — " + report.scopeLabel());
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
