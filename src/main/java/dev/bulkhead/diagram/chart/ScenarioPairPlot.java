package dev.bulkhead.diagram.chart;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.RequirementMargin;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Two scenarios on one cost-versus-isolation chart, drawn through a {@link DrawingSurface} on the axes of the compare
 * view's chart ({@link MarginPlotArea}: monthly cost against the worst-served tenant's requirement margin). Each
 * scenario is a series with its own shape (the first circles, the second diamonds): a large hollow mark for the
 * scenario as modelled, labelled with its name, cost and unmet requirements, and a small mark in the option's colour
 * for each option applied to every tenant. A dashed arrow runs from the first as modelled to the second, the move
 * the proposal makes. The legend under the plot draws every kind of mark with the very method that draws it on the
 * plot. Marks that would cover each other (the options often cost the same in both scenarios) are set side by side
 * around their shared place, and the legend says so; labels go where they cover no mark and no other label.
 */
public final class ScenarioPairPlot {
    /** Which series a point belongs to. */
    public enum Series {
        FIRST("a"), SECOND("b");

        private final String id;

        Series(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One plotted point: an option of a scenario, or ({@link OptionKey#CURRENT}) the scenario as modelled. */
    public record Point(Series series, String scenario, OptionKey key, double cost, int margin, double isolation, int unmet) {
        public boolean asModelled() {
            return key == OptionKey.CURRENT;
        }
    }

    /** Where a mark was drawn: its centre (moved aside when it would cover another) and the box it covers. */
    public record Mark(Point point, double x, double y, Geometry box) {
    }

    /** A mark drawn in the legend: the kind of chart mark it explains, its centre and box. */
    public record LegendMark(Series series, OptionKey key, double x, double y, Geometry box) {
    }

    /** Where a drawing put things, in the surface's units. */
    public record Layout(List<Mark> marks, List<Geometry> labels, List<LegendMark> legendMarks, List<Geometry> legendTexts,
                         Geometry plotArea, boolean arrow) {
        static final Layout NONE = new Layout(List.of(), List.of(), List.of(), List.of(), null, false);
    }

    public static final String EMPTY = "Add a tenant to compare the scenarios";
    private static final DiagramFont LABEL = DiagramFont.semiBold(13);
    private static final DiagramFont LEGEND = DiagramFont.regular(12);
    private static final double OPTION_RADIUS = 7;
    private static final double MODELLED_RADIUS = 10;
    /** A diamond reaches this much further than a circle of the same radius, so that both look the same size. */
    private static final double DIAMOND = 1.25;
    /** The space kept between marks set side by side. */
    private static final double MARK_GAP = 3;
    private static final double LEGEND_LINE = 22;
    private static final List<OptionKey> PLOTTED = Stream.concat(OptionKey.COMPARED.stream(), Stream.of(OptionKey.CURRENT)).toList();

    private final List<Point> points = new ArrayList<>();
    private final String first;
    private final String second;
    private final String currency;

    /** Plots both scopes (each scenario's whole model or the same environment in each). */
    public ScenarioPairPlot(String first, ScopeAnalysis a, String second, ScopeAnalysis b, String currencySymbol) {
        this.first = Objects.requireNonNull(first, "first scenario");
        this.second = Objects.requireNonNull(second, "second scenario");
        this.currency = Objects.requireNonNull(currencySymbol, "currency");
        add(Series.FIRST, first, a);
        add(Series.SECOND, second, b);
    }

    private ScenarioPairPlot() {
        first = "";
        second = "";
        currency = "$";
    }

    /** A chart with nothing to plot yet (before the first analysis lands). */
    public static ScenarioPairPlot empty() {
        return new ScenarioPairPlot();
    }

    private void add(Series series, String scenario, ScopeAnalysis scope) {
        if (scope.tenantCount() == 0) {
            return;
        }
        for (OptionKey key : PLOTTED) {
            OptionResult result = scope.option(key);
            points.add(new Point(series, scenario, key, result.monthlyCost().doubleValue(), result.requirementMargin(),
                    result.isolationScore(), result.unmetRequirements()));
        }
    }

    /** The plotted points, the first series then the second, each the compared options then as modelled. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /** The name of a series' scenario. */
    public String scenario(Series series) {
        return series == Series.FIRST ? first : second;
    }

    /** Draws the chart and its legend into a box of the surface. */
    public Layout draw(DrawingSurface g, DiagramTheme theme, double x, double y, double width, double height) {
        g.fill(theme.colour("-bh-surface"));
        g.fillRect(x, y, width, height);
        if (points.isEmpty()) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(EMPTY, LEGEND, x + width / 2, y + height / 2, Align.CENTER, width);
            return Layout.NONE;
        }
        List<LegendItem> legend = legendItems(g);
        int lines = legendLines(legend, width - 8);
        double legendTop = y + height - lines * LEGEND_LINE - 4;
        double left = x + 64;
        double right = x + width - 24;
        double top = y + 16;
        double bottom = legendTop - 48;
        MarginPlotArea plot = MarginPlotArea.covering(left, right, top, bottom, points.stream().map(Point::cost).toList(),
                points.stream().map(Point::margin).toList());
        List<Geometry> gridlines = CostIsolationPlot.axes(g, theme, plot, currency);
        List<Mark> marks = setApart(plot);
        List<Geometry> placed = new ArrayList<>(marks.stream().map(Mark::box).toList());
        placed.addAll(gridlines);
        CostIsolationPlot.threshold(g, theme, plot, placed, "on or above: every requirement met");
        boolean arrow = arrow(g, theme, marks);
        for (Mark mark : marks) {
            mark(g, theme, mark.point().series(), mark.point().key(), mark.x(), mark.y());
        }
        Geometry area = new Geometry(left + 2, y, right - left - 2, bottom - y);
        List<Geometry> labels = new ArrayList<>();
        List<Runnable> led = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.point().asModelled()) {
                label(g, theme, mark, marks, placed, area, labels, led);
            }
        }
        led.forEach(Runnable::run);
        List<LegendMark> legendMarks = new ArrayList<>();
        List<Geometry> legendTexts = new ArrayList<>();
        drawLegend(g, theme, legend, x + 4, legendTop, width - 8, legendMarks, legendTexts);
        return new Layout(List.copyOf(marks), List.copyOf(labels), List.copyOf(legendMarks), List.copyOf(legendTexts),
                new Geometry(plot.left(), plot.top(), plot.right() - plot.left(), plot.bottom() - plot.top()), arrow);
    }

    /**
     * Draws one mark: a scenario as modelled is a large hollow shape outlined in the text colour, an option a small
     * solid one in the option's colour; circles for the first scenario, diamonds for the second. The plot and the
     * legend both draw through here, so that the legend shows exactly what the plot does.
     */
    public static void mark(DrawingSurface g, DiagramTheme theme, Series series, OptionKey key, double x, double y) {
        boolean modelled = key == OptionKey.CURRENT;
        double r = modelled ? MODELLED_RADIUS : OPTION_RADIUS;
        g.fill(modelled ? theme.colour("-bh-surface") : CostIsolationPlot.colour(theme, key));
        g.stroke(modelled ? theme.colour("-bh-text") : theme.colour("-bh-surface"));
        g.lineWidth(modelled ? 3 : 1.5);
        if (series == Series.FIRST) {
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            double d = r * DIAMOND;
            g.fillPolygon(new double[] {x, x + d, x, x - d}, new double[] {y - d, y, y + d, y}, 4);
            g.strokePolyline(new double[] {x, y - d, x + d, y, x, y + d, x - d, y, x, y - d});
        }
    }

    /** Half the width (and height) of a mark's box, its outline included. */
    static double reach(Series series, OptionKey key) {
        double r = key == OptionKey.CURRENT ? MODELLED_RADIUS : OPTION_RADIUS;
        double stroke = key == OptionKey.CURRENT ? 1.5 : 0.75;
        return (series == Series.FIRST ? r : r * DIAMOND) + stroke;
    }

    private static Geometry box(Series series, OptionKey key, double x, double y) {
        double reach = reach(series, key);
        return new Geometry(x - reach, y - reach, 2 * reach, 2 * reach);
    }

    /**
     * Each point's place; marks that would cover each other are set side by side, centred where they would be,
     * so that every mark stays visible (and its tooltip reachable). Groups are merged until no two marks touch.
     */
    private List<Mark> setApart(MarginPlotArea plot) {
        List<List<Point>> groups = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        for (Point point : points) {
            groups.add(new ArrayList<>(List.of(point)));
            centres.add(new double[] {plot.x(point.cost()), plot.y(point.margin())});
        }
        boolean merged = true;
        List<Mark> marks = layOut(groups, centres, plot);
        for (int round = 0; merged && round < points.size(); round++) {
            merged = false;
            search:
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    if (touch(marks, groups.get(i), groups.get(j))) {
                        double ni = groups.get(i).size();
                        double nj = groups.get(j).size();
                        double[] a = centres.get(i);
                        double[] b = centres.get(j);
                        centres.set(i, new double[] {(a[0] * ni + b[0] * nj) / (ni + nj), (a[1] * ni + b[1] * nj) / (ni + nj)});
                        groups.get(i).addAll(groups.remove(j));
                        centres.remove(j);
                        merged = true;
                        break search;
                    }
                }
            }
            marks = layOut(groups, centres, plot);
        }
        return marks;
    }

    /**
     * Each group's marks in a row centred on the group's centre (kept on the plot), by cost then series; a lone mark at
     * its own place.
     */
    private List<Mark> layOut(List<List<Point>> groups, List<double[]> centres, MarginPlotArea plot) {
        List<Mark> marks = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Point> group = new ArrayList<>(groups.get(g));
            if (group.size() == 1) {
                Point p = group.get(0);
                marks.add(new Mark(p, centres.get(g)[0], centres.get(g)[1], box(p.series(), p.key(), centres.get(g)[0], centres.get(g)[1])));
                continue;
            }
            group.sort(Comparator.comparingDouble(Point::cost).thenComparing(Point::series).thenComparing(Point::key));
            double width = group.stream().mapToDouble(p -> 2 * reach(p.series(), p.key())).sum() + MARK_GAP * (group.size() - 1);
            // A row near an end of the cost axis stays on the plot.
            double at = Math.max(plot.left(), Math.min(plot.right() - width, centres.get(g)[0] - width / 2));
            for (Point p : group) {
                double reach = reach(p.series(), p.key());
                double cx = at + reach;
                marks.add(new Mark(p, cx, centres.get(g)[1], box(p.series(), p.key(), cx, centres.get(g)[1])));
                at += 2 * reach + MARK_GAP;
            }
        }
        marks.sort(Comparator.comparingInt(m -> points.indexOf(m.point())));
        return marks;
    }

    private static boolean touch(List<Mark> marks, List<Point> a, List<Point> b) {
        for (Mark m : marks) {
            if (!a.contains(m.point())) {
                continue;
            }
            for (Mark n : marks) {
                if (b.contains(n.point()) && CostIsolationPlot.touches(m.box(), n.box())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** From the first scenario as modelled to the second, ending at the second mark's edge with a head; whether drawn. */
    private static boolean arrow(DrawingSurface g, DiagramTheme theme, List<Mark> marks) {
        Mark from = marks.stream().filter(m -> m.point().asModelled() && m.point().series() == Series.FIRST).findFirst().orElse(null);
        Mark to = marks.stream().filter(m -> m.point().asModelled() && m.point().series() == Series.SECOND).findFirst().orElse(null);
        if (from == null || to == null) {
            return false;
        }
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        double start = reach(Series.FIRST, OptionKey.CURRENT);
        double end = reach(Series.SECOND, OptionKey.CURRENT);
        if (length <= start + end + 4) {
            return false; // the two marks side by side: the arrow would have no length to show
        }
        double ux = dx / length;
        double uy = dy / length;
        double x1 = from.x() + ux * start;
        double y1 = from.y() + uy * start;
        drawArrow(g, theme, x1, y1, to.x() - ux * end, to.y() - uy * end);
        return true;
    }

    /** The dashed arrow with its head at the second point, on the plot and in the legend alike. */
    private static void drawArrow(DrawingSurface g, DiagramTheme theme, double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        Colour ink = theme.colour("-bh-text-muted");
        g.stroke(ink);
        g.lineWidth(1.6);
        g.dashes(6, 4);
        g.strokeLine(x1, y1, x2, y2);
        g.dashes(0, 0);
        g.fill(ink);
        g.fillPolygon(new double[] {x2, x2 - ux * 10 - uy * 5, x2 - ux * 10 + uy * 5},
                new double[] {y2, y2 - uy * 10 + ux * 5, y2 - uy * 10 - ux * 5}, 3);
    }

    /**
     * A scenario's label, nearer its own mark than any other (an option's mark beside it included) or joined to it by a
     * leader line, as the cost-versus-isolation chart labels its dots.
     */
    private void label(DrawingSurface g, DiagramTheme theme, Mark mark, List<Mark> marks, List<Geometry> placed, Geometry area,
                       List<Geometry> labels, List<Runnable> led) {
        Point p = mark.point();
        String text = p.scenario() + " · " + Amounts.whole(currency, p.cost()) + " · " + (p.unmet() == 0 ? "all met" : p.unmet() + " unmet");
        List<double[]> rivals = marks.stream().filter(m -> m != mark).map(m -> new double[] {m.x(), m.y()}).toList();
        CostIsolationPlot.labelOwnMark(g, theme, text, LABEL, 18, mark.x(), mark.y(), reach(p.series(), p.key()) + 5,
                placed, area, labels, rivals, led);
    }

    /** One entry of the legend: the marks it draws (none for the arrow) and its text. */
    private record LegendItem(List<Series> series, OptionKey key, boolean arrow, String text, double width) {
    }

    private List<LegendItem> legendItems(DrawingSurface g) {
        List<LegendItem> items = new ArrayList<>();
        items.add(item(g, List.of(Series.FIRST), OptionKey.CURRENT, false, first + " as modelled"));
        items.add(item(g, List.of(Series.SECOND), OptionKey.CURRENT, false, second + " as modelled"));
        items.add(item(g, List.of(), null, true, "the move from " + first + " to " + second));
        for (OptionKey key : OptionKey.COMPARED) {
            items.add(item(g, List.of(Series.FIRST, Series.SECOND), key, false, key.label() + " for every tenant"));
        }
        items.add(item(g, List.of(), null, false, "(circles: " + first + ", diamonds: " + second
                + "; marks at one place are set side by side)"));
        return items;
    }

    private static LegendItem item(DrawingSurface g, List<Series> series, OptionKey key, boolean arrow, String text) {
        double marks = arrow ? 28 : series.stream().mapToDouble(s -> 2 * reach(s, key) + 2).sum();
        double width = marks + (marks > 0 ? 6 : 0) + g.textWidth(text, LEGEND);
        return new LegendItem(series, key, arrow, text, width);
    }

    /** How many lines the legend takes in a width: entries flow left to right and wrap. */
    private static int legendLines(List<LegendItem> items, double width) {
        int lines = 1;
        double at = 0;
        for (LegendItem item : items) {
            if (at > 0 && at + item.width() > width) {
                lines++;
                at = 0;
            }
            at += item.width() + 18;
        }
        return lines;
    }

    private static void drawLegend(DrawingSurface g, DiagramTheme theme, List<LegendItem> items, double x, double y, double width,
                                   List<LegendMark> marks, List<Geometry> texts) {
        double at = 0;
        double line = y + LEGEND_LINE / 2;
        for (LegendItem item : items) {
            if (at > 0 && at + item.width() > width) {
                line += LEGEND_LINE;
                at = 0;
            }
            double cx = x + at;
            if (item.arrow()) {
                drawArrow(g, theme, cx, line, cx + 26, line);
                cx += 28;
            }
            for (Series series : item.series()) {
                double reach = reach(series, item.key());
                mark(g, theme, series, item.key(), cx + reach, line);
                marks.add(new LegendMark(series, item.key(), cx + reach, line, box(series, item.key(), cx + reach, line)));
                cx += 2 * reach + 2;
            }
            if (cx > x + at) {
                cx += 6;
            }
            g.fill(theme.colour("-bh-text-muted"));
            g.text(item.text(), LEGEND, cx, line, Align.LEFT, 0);
            texts.add(new Geometry(cx, line - 8, g.textWidth(item.text(), LEGEND), 16));
            at += item.width() + 18;
        }
    }
}
