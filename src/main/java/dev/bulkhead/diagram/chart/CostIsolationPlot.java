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

/**
 * The cost-versus-isolation chart of the compare view, drawn through a {@link DrawingSurface} for reports and
 * files: monthly cost (x, logarithmic when the spread is large, {@link CostScale}) against the worst-served
 * tenant's requirement margin (y), the dashed "every requirement met" line at 0, a red ring on options that fail
 * someone, a green halo on the cheapest option meeting everyone, the grey frontier, and each point's label placed
 * where it covers no other. The same layout rules and styles (the theme's tokens) as the app's chart.
 */
public final class CostIsolationPlot {
    private static final DiagramFont TICK = DiagramFont.regular(11);
    private static final DiagramFont AXIS_TITLE = DiagramFont.semiBold(12);
    private static final DiagramFont THRESHOLD = DiagramFont.semiBold(11);
    private static final DiagramFont LABEL = DiagramFont.semiBold(13);
    private static final double LABEL_HEIGHT = 18;

    /** One plotted option. */
    public record Point(OptionKey key, double cost, int margin, int unmet, boolean cheapestMeetingAll) {
    }

    private final List<Point> points = new ArrayList<>();
    private final String currency;

    /** The four compared options and the current design, as the full chart of the compare view plots them. */
    public CostIsolationPlot(ScopeAnalysis scope, String currencySymbol) {
        this.currency = currencySymbol;
        OptionKey cheapest = scope.cheapestMeetingAll().orElse(null);
        List<OptionKey> plotted = new ArrayList<>(OptionKey.COMPARED);
        plotted.add(OptionKey.CURRENT);
        for (OptionKey key : scope.tenantCount() == 0 ? List.<OptionKey>of() : plotted) {
            OptionResult result = scope.option(key);
            points.add(new Point(key, result.monthlyCost().doubleValue(), result.requirementMargin(), result.unmetRequirements(),
                    key == cheapest));
        }
    }

    public List<Point> points() {
        return List.copyOf(points);
    }

    /** Draws the chart into a box of the surface (in the surface's current units). */
    public void draw(DrawingSurface g, DiagramTheme theme, double x, double y, double width, double height) {
        g.fill(theme.colour("-bh-surface"));
        g.fillRect(x, y, width, height);
        if (points.isEmpty()) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text("Add a tenant to compare the options", TICK, x + width / 2, y + height / 2, Align.CENTER, 0);
            return;
        }
        double left = x + 64;
        double right = x + width - 24;
        double top = y + 16;
        double bottom = y + height - 48;
        CostScale scale = CostScale.covering(points.stream().map(Point::cost).toList());
        int lowest = Math.min(RequirementMargin.MET - 1, points.stream().mapToInt(Point::margin).min().orElse(0));
        int highest = Math.max(RequirementMargin.MET + 1, points.stream().mapToInt(Point::margin).max().orElse(0));
        Plot plot = new Plot(left, right, top, bottom, scale, lowest, highest);
        axes(g, theme, plot);
        List<Geometry> placed = new ArrayList<>();
        Geometry labelArea = new Geometry(left + 2, y, x + width - 4 - left, bottom - y);
        for (Point point : points) {
            placed.add(new Geometry(plot.x(point.cost()) - 10, plot.y(point.margin()) - 10, 20, 20));
        }
        threshold(g, theme, plot, placed);
        frontier(g, theme, plot);
        for (Point point : points) {
            point(g, theme, plot, point, placed, labelArea);
        }
    }

    private record Plot(double left, double right, double top, double bottom, CostScale scale, int lowest, int highest) {
        double x(double cost) {
            return left + scale.position(cost) * (right - left);
        }

        double y(double margin) {
            double clamped = Math.max(lowest, Math.min(highest, margin));
            return bottom - (clamped - lowest + 0.5) / (highest - lowest + 1) * (bottom - top);
        }
    }

    private void axes(DrawingSurface g, DiagramTheme theme, Plot plot) {
        for (int margin = plot.lowest(); margin <= plot.highest(); margin++) {
            double y = plot.y(margin);
            g.stroke(theme.colour("-bh-border"));
            g.lineWidth(0.6);
            g.strokeLine(plot.left(), y, plot.right(), y);
            g.fill(theme.colour("-bh-text-muted"));
            g.text(margin > 0 ? "+" + margin : margin < 0 ? "−" + -margin : "0", TICK, plot.left() - 10, y, Align.RIGHT, 0);
        }
        g.stroke(theme.colour("-bh-border-strong"));
        g.lineWidth(1);
        for (double tick : plot.scale().ticks()) {
            double x = plot.x(tick);
            g.strokeLine(x, plot.bottom(), x, plot.bottom() + 4);
            g.text(Amounts.compact(currency, tick), TICK, x, plot.bottom() + 14, Align.CENTER, 0);
        }
        g.strokeLine(plot.left(), plot.top(), plot.left(), plot.bottom());
        g.strokeLine(plot.left(), plot.bottom(), plot.right(), plot.bottom());
        g.fill(theme.colour("-bh-text-muted"));
        g.text("monthly cost" + (plot.scale().isLog() ? " (log scale)" : ""), AXIS_TITLE, (plot.left() + plot.right()) / 2,
                plot.bottom() + 34, Align.CENTER, 0);
        g.verticalText("worst tenant's margin", AXIS_TITLE, plot.left() - 46, (plot.top() + plot.bottom()) / 2);
    }

    private void threshold(DrawingSurface g, DiagramTheme theme, Plot plot, List<Geometry> placed) {
        double y = plot.y(RequirementMargin.MET);
        Colour danger = theme.colour("-bh-danger");
        g.stroke(danger);
        g.lineWidth(1.4);
        g.dashes(6, 4);
        g.strokeLine(plot.left(), y, plot.right(), y);
        g.dashes(0, 0);
        String text = "on or above: every requirement met";
        double width = g.textWidth(text, THRESHOLD);
        double[][] spots = {{plot.right() - width, y - 9}, {plot.left() + 6, y - 9}, {plot.right() - width, y + 10},
            {plot.left() + 6, y + 10}};
        Geometry chosen = null;
        for (double[] spot : spots) {
            Geometry box = new Geometry(spot[0], spot[1] - 7, width, 14);
            if (placed.stream().noneMatch(box::intersects)) {
                chosen = box;
                break;
            }
        }
        if (chosen == null) {
            chosen = new Geometry(spots[0][0], spots[0][1] - 7, width, 14);
        }
        g.fill(danger);
        g.text(text, THRESHOLD, chosen.x(), chosen.y() + 7, Align.LEFT, 0);
        placed.add(chosen);
        placed.add(new Geometry(plot.left(), y - 1, plot.right() - plot.left(), 2));
    }

    private void frontier(DrawingSurface g, DiagramTheme theme, Plot plot) {
        List<Point> byCost = new ArrayList<>(points);
        byCost.sort(Comparator.comparingDouble(Point::cost));
        List<Double> xy = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (Point point : byCost) {
            if (point.margin() > best) {
                xy.add(plot.x(point.cost()));
                xy.add(plot.y(point.margin()));
                best = point.margin();
            }
        }
        if (xy.size() >= 4) {
            g.stroke(theme.colour("-bh-border-strong").withOpacity(0.45));
            g.lineWidth(1.6);
            g.strokePolyline(xy.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private void point(DrawingSurface g, DiagramTheme theme, Plot plot, Point point, List<Geometry> placed, Geometry area) {
        double x = plot.x(point.cost());
        double y = plot.y(point.margin());
        if (point.unmet() > 0) {
            g.stroke(theme.colour("-bh-danger"));
            g.lineWidth(2);
            g.strokeOval(x - 13, y - 13, 26, 26);
        }
        if (point.cheapestMeetingAll()) {
            g.stroke(theme.colour("-bh-ok"));
            g.lineWidth(3);
            g.strokeOval(x - 15, y - 15, 30, 30);
        }
        boolean current = point.key() == OptionKey.CURRENT;
        g.fill(current ? theme.colour("-bh-surface") : colour(theme, point.key()));
        g.fillOval(x - 8, y - 8, 16, 16);
        g.stroke(current ? theme.colour("-bh-text") : theme.colour("-bh-surface"));
        g.lineWidth(current ? 3 : 1.5);
        g.strokeOval(x - 8, y - 8, 16, 16);
        String text = point.key().label() + " · " + Amounts.whole(currency, point.cost()) + " · "
                + (point.unmet() > 0 ? point.unmet() + " unmet" : "all met") + (point.cheapestMeetingAll() ? " ✓" : "");
        double width = g.textWidth(text, LABEL) + 2;
        Geometry box = freeSpot(x, y, width, LABEL_HEIGHT, 13, placed, area);
        if (box == null) {
            return;
        }
        g.fill(theme.colour("-bh-text"));
        g.text(text, LABEL, box.x(), box.y() + LABEL_HEIGHT / 2, Align.LEFT, 0);
        placed.add(box);
    }

    /** The colour of an option's point: the option's token, the accent for the recommended mix. */
    public static Colour colour(DiagramTheme theme, OptionKey key) {
        return switch (key) {
            case NAMESPACE -> theme.colour("-bh-namespace");
            case VCLUSTER -> theme.colour("-bh-vcluster");
            case DEDICATED -> theme.colour("-bh-dedicated");
            case RECOMMENDED -> theme.colour("-bh-accent");
            default -> theme.colour("-bh-text");
        };
    }

    /** Right of the point, else left, below or above, then further out; null when nowhere is free. */
    private static Geometry freeSpot(double x, double y, double width, double height, double gap, List<Geometry> placed,
                                     Geometry area) {
        for (int step = 0; step < 4; step++) {
            double far = gap + step * height;
            double[][] candidates = {
                {x + far, y - height / 2}, {x - far - width, y - height / 2},
                {x - width / 2, y + far}, {x - width / 2, y - far - height},
                {x + gap, y + far - height / 2}, {x + gap, y - far - height / 2},
                {x - gap - width, y + far - height / 2}, {x - gap - width, y - far - height / 2}};
            for (double[] candidate : candidates) {
                Geometry box = new Geometry(candidate[0], candidate[1], width, height);
                if (area.contains(box) && placed.stream().noneMatch(box::intersects)) {
                    return box;
                }
            }
        }
        return null;
    }
}
