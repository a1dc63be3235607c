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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cost-versus-isolation chart, drawn through a {@link DrawingSurface}: the compare window and the strip draw it
 * on their canvas, the reports and the saved SVG into files, so all show one drawing. Monthly cost (x, logarithmic
 * when the spread is large, {@link CostScale}) against the worst-served tenant's requirement margin (y,
 * {@link RequirementMargin}): the dashed "every requirement met" line at 0 (an option is on or above it exactly
 * when it fails nobody, so the chart agrees with the verdict), a red ring on options that fail someone, a green
 * halo on the cheapest option meeting everyone, the grey frontier (the cheapest choice at each margin), and each
 * point's label placed where it covers no other label or dot. The compact form (the main window's strip) has no
 * axes, short labels and smaller marks.
 */
public final class CostIsolationPlot {
    private static final DiagramFont TICK = DiagramFont.regular(11);
    private static final DiagramFont AXIS_TITLE = DiagramFont.semiBold(12);
    private static final DiagramFont THRESHOLD = DiagramFont.semiBold(11);
    private static final DiagramFont LABEL = DiagramFont.semiBold(13);
    private static final DiagramFont COMPACT_LABEL = DiagramFont.regular(11);
    public static final String EMPTY = "Add a tenant to compare the options";

    /** The smallest type the chart draws, in its units: what a magnification must lift to a size read from afar. */
    public static double smallestType(boolean compact) {
        return compact ? Math.min(COMPACT_LABEL.size(), Math.min(THRESHOLD.size(), TICK.size()))
                : Math.min(Math.min(TICK.size(), AXIS_TITLE.size()), Math.min(THRESHOLD.size(), LABEL.size()));
    }

    /**
     * One plotted option.
     *
     * @param margin    the height: the worst-served tenant's score minus requirement (see {@link RequirementMargin})
     * @param isolation the mean isolation score, 0 to 100 (the app's tooltip gives it)
     */
    public record Point(OptionKey key, double cost, int margin, double isolation, int unmet, boolean cheapestMeetingAll) {
        public boolean failing() {
            return unmet > 0;
        }
    }

    /**
     * Where a drawing put things, in the surface's units: each point's centre and dot radius (the app lays its
     * tooltips and click targets over them), the threshold's height and the label boxes.
     */
    public record Layout(Map<OptionKey, double[]> centres, double dotRadius, double thresholdY, List<Geometry> labels) {
        static final Layout NONE = new Layout(Map.of(), 0, Double.NaN, List.of());
    }

    private final boolean compact;
    private final List<Point> points = new ArrayList<>();
    private final String currency;
    /** Cost and margin each point is drawn from while it moves to its place (the app's animation); empty at rest. */
    private final Map<OptionKey, double[]> movingFrom;
    /** How far the points have come from there: 0 at the old places, 1 at their own. */
    private final double travel;
    /** Options whose cost leaves something out as not priced: their labels say so ({@link Amounts#leavingOut}). */
    private final Set<OptionKey> notPriced;
    /** What the design as modelled is called: "Current design", or the active scenario's name when not the base. */
    private final String currentName;

    /** The full chart of the compare window and the reports: the four options and the current design. */
    public CostIsolationPlot(ScopeAnalysis scope, String currencySymbol) {
        this(scope, currencySymbol, false);
    }

    /**
     * The four compared options and the current design (the model as drawn), so that the user sees where they stand:
     * on the compact chart of the strip too, where a learner's edit is to move it (review 14e). A scope without
     * tenants has nothing to compare and plots nothing.
     */
    public CostIsolationPlot(ScopeAnalysis scope, String currencySymbol, boolean compact) {
        this(scope, currencySymbol, compact, Set.of());
    }

    /** The same, the labels of the {@code notPriced} options' costs marked as leaving something out. */
    public CostIsolationPlot(ScopeAnalysis scope, String currencySymbol, boolean compact, Set<OptionKey> notPriced) {
        this.compact = compact;
        this.currency = currencySymbol;
        this.movingFrom = Map.of();
        this.travel = 1;
        this.notPriced = Set.copyOf(notPriced);
        this.currentName = OptionKey.CURRENT.label();
        OptionKey cheapest = scope.cheapestMeetingAll().orElse(null);
        List<OptionKey> plotted = new ArrayList<>(OptionKey.COMPARED);
        plotted.add(OptionKey.CURRENT);
        for (OptionKey key : scope.tenantCount() == 0 ? List.<OptionKey>of() : plotted) {
            OptionResult result = scope.option(key);
            points.add(new Point(key, result.monthlyCost().doubleValue(), result.requirementMargin(), result.isolationScore(),
                    result.unmetRequirements(), key == cheapest));
        }
    }

    private CostIsolationPlot(boolean compact) {
        this.compact = compact;
        this.currency = "$";
        this.movingFrom = Map.of();
        this.travel = 1;
        this.notPriced = Set.of();
        this.currentName = OptionKey.CURRENT.label();
    }

    private CostIsolationPlot(CostIsolationPlot at, Map<OptionKey, double[]> movingFrom, double travel) {
        this(at, movingFrom, travel, at.currentName);
    }

    private CostIsolationPlot(CostIsolationPlot at, Map<OptionKey, double[]> movingFrom, double travel, String currentName) {
        this.currentName = java.util.Objects.requireNonNull(currentName, "current name");
        this.compact = at.compact;
        this.currency = at.currency;
        this.points.addAll(at.points);
        this.movingFrom = Map.copyOf(movingFrom);
        this.travel = Math.max(0, Math.min(1, travel));
        this.notPriced = at.notPriced;
    }

    /**
     * The same plot with its points part of the way from where they were drawn before ({@code from}: cost and margin
     * by option) to their own places, so that the eye follows what changed. Only positions move: labels state this
     * plot's figures throughout.
     */
    public CostIsolationPlot movingFrom(Map<OptionKey, double[]> from, double travel) {
        return new CostIsolationPlot(this, from, travel);
    }

    /** The same plot with the design as modelled called {@code name} ({@link OptionKey#label(dev.bulkhead.model.Scenarios)}). */
    public CostIsolationPlot withCurrentNamed(String name) {
        return new CostIsolationPlot(this, movingFrom, travel, name);
    }

    /** A point's name in the legend and the labels. */
    public String label(Point point) {
        return point.key() == OptionKey.CURRENT ? currentName : point.key().label();
    }

    /** Where a point is drawn now: its cost, or part of the way there (in log space when the axis may be). */
    public double drawnCost(Point point) {
        double[] from = movingFrom.get(point.key());
        if (from == null || travel >= 1) {
            return point.cost();
        }
        if (from[0] > 0 && point.cost() > 0) {
            return Math.exp(Math.log(from[0]) * (1 - travel) + Math.log(point.cost()) * travel);
        }
        return from[0] * (1 - travel) + point.cost() * travel;
    }

    /** The height a point is drawn at now: its margin, or part of the way there. */
    public double drawnMargin(Point point) {
        double[] from = movingFrom.get(point.key());
        return from == null || travel >= 1 ? point.margin() : from[1] * (1 - travel) + point.margin() * travel;
    }

    /** A chart with nothing to plot yet (before the first analysis lands). */
    public static CostIsolationPlot empty(boolean compact) {
        return new CostIsolationPlot(compact);
    }

    /** The plotted points, in the order of {@link OptionKey#COMPARED}, then the current design. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    public boolean isCompact() {
        return compact;
    }

    /**
     * Draws the chart into a box of the surface (in the surface's current units). The full chart paints its
     * background; the compact one leaves it to its container (the strip's rounded card).
     */
    public Layout draw(DrawingSurface g, DiagramTheme theme, double x, double y, double width, double height) {
        if (!compact) {
            g.fill(theme.colour("-bh-surface"));
            g.fillRect(x, y, width, height);
        }
        if (points.isEmpty()) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(EMPTY, TICK, x + width / 2, y + height / 2, Align.CENTER, width);
            return Layout.NONE;
        }
        double left = x + (compact ? 12 : 64);
        double right = x + width - (compact ? 12 : 24);
        double top = y + (compact ? 12 : 16);
        double bottom = y + height - (compact ? 12 : 48);
        List<Double> costs = new ArrayList<>(points.stream().map(Point::cost).toList());
        // While moving, the axis covers where the dots come from too, so that it stands still under them.
        if (travel < 1) {
            movingFrom.values().forEach(from -> costs.add(from[0]));
        }
        MarginPlotArea plot = MarginPlotArea.covering(left, right, top, bottom, costs,
                points.stream().map(Point::margin).toList());
        List<Geometry> gridlines = compact ? List.of() : axes(g, theme, plot, currency);
        // Labels stay inside the plot on the full chart, clear of the tick labels of both axes.
        Geometry labelArea = compact ? new Geometry(x + 2, y, width - 4, height)
                : new Geometry(left + 2, y, x + width - 4 - left, bottom - y);
        // Labels avoid every dot, so reserve the dots' places before any label is placed.
        double reach = compact ? 7 : 10;
        List<Geometry> placed = new ArrayList<>(gridlines);
        Map<OptionKey, double[]> centres = new EnumMap<>(OptionKey.class);
        for (Point point : points) {
            double px = plot.x(drawnCost(point));
            double py = plot.y(drawnMargin(point));
            centres.put(point.key(), new double[] {px, py});
            placed.add(new Geometry(px - reach, py - reach, 2 * reach, 2 * reach));
        }
        double thresholdY = threshold(g, theme, plot, placed);
        frontier(g, theme, plot, placed);
        List<Geometry> labels = new ArrayList<>();
        List<Runnable> led = new ArrayList<>();
        for (Point point : points) {
            List<double[]> rivals = centres.entrySet().stream().filter(e -> e.getKey() != point.key()).map(Map.Entry::getValue).toList();
            point(g, theme, plot, point, placed, labelArea, labels, rivals, led);
        }
        // Labels that need a leader line come last, so that they take no spot a label beside its own mark could have.
        led.forEach(Runnable::run);
        return new Layout(centres, dotRadius(), thresholdY, List.copyOf(labels));
    }

    private double dotRadius() {
        return compact ? 5.5 : 8;
    }

    /**
     * The axes, their ticks and titles of a full chart; the two-scenario chart draws the same. Returns the gridlines
     * as boxes a thousandth high ({@link #gridline}): labels keep off them as they keep off the marks, or a line runs
     * through "Namespace · $8,307".
     */
    static List<Geometry> axes(DrawingSurface g, DiagramTheme theme, MarginPlotArea plot, String currency) {
        List<Geometry> gridlines = new ArrayList<>();
        for (int margin = plot.lowest(); margin <= plot.highest(); margin++) {
            double y = plot.y(margin);
            g.stroke(theme.colour("-bh-border"));
            g.lineWidth(0.6);
            g.strokeLine(plot.left(), y, plot.right(), y);
            gridlines.add(new Geometry(plot.left(), y - GRIDLINE / 2, plot.right() - plot.left(), GRIDLINE));
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
        return gridlines;
    }

    /** A gridline's height among the taken places: a thousandth, which no mark or label has. */
    private static final double GRIDLINE = 0.001;

    /** Whether a taken place is a gridline (see {@link #GRIDLINE}): the one thing a label may lie across, on a plate. */
    static boolean gridline(Geometry taken) {
        return taken.height() == GRIDLINE;
    }

    /** The dashed line and its label; returns the line's height. */
    private double threshold(DrawingSurface g, DiagramTheme theme, MarginPlotArea plot, List<Geometry> placed) {
        return threshold(g, theme, plot, placed, compact ? "all met" : "on or above: every requirement met");
    }

    /**
     * The dashed "every requirement met" line with its label, at an end of the line where no mark or label is;
     * returns the line's height. Options that meet everyone sit on this line.
     */
    static double threshold(DrawingSurface g, DiagramTheme theme, MarginPlotArea plot, List<Geometry> placed, String text) {
        double y = plot.y(RequirementMargin.MET);
        Colour danger = theme.colour("-bh-danger");
        g.stroke(danger);
        g.lineWidth(1.4);
        g.dashes(6, 4);
        g.strokeLine(plot.left(), y, plot.right(), y);
        g.dashes(0, 0);
        double width = g.textWidth(text, THRESHOLD);
        double[][] spots = {{plot.right() - width, y - 9}, {plot.left() + 6, y - 9}, {plot.right() - width, y + 10},
            {plot.left() + 6, y + 10}};
        Geometry chosen = null;
        for (double[] spot : spots) {
            Geometry box = new Geometry(spot[0], spot[1] - 7, width, 14);
            if (placed.stream().noneMatch(p -> touches(box, p))) {
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
        // Point labels do not lie across the line either, where the dash would strike them through.
        placed.add(new Geometry(plot.left(), y - 1, plot.right() - plot.left(), 2));
        return y;
    }

    /** The cheapest choice at each margin: walking up in cost, each point that serves its worst tenant better. */
    private void frontier(DrawingSurface g, DiagramTheme theme, MarginPlotArea plot, List<Geometry> placed) {
        List<Point> byCost = new ArrayList<>(points);
        byCost.sort(Comparator.comparingDouble(Point::cost));
        List<Double> xy = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (Point point : byCost) {
            if (point.margin() > best) {
                xy.add(plot.x(drawnCost(point)));
                xy.add(plot.y(drawnMargin(point)));
                best = point.margin();
            }
        }
        if (xy.size() >= 4) {
            g.stroke(theme.colour("-bh-border-strong").withOpacity(0.45));
            g.lineWidth(1.6);
            g.strokePolyline(xy.stream().mapToDouble(Double::doubleValue).toArray());
            // Labels keep off the line as they keep off the dashed one: a reviewer found "Namespace · $8,307 + not
            // priced" struck through by it. Small boxes along each segment stand for the line among the taken places.
            for (int i = 0; i + 3 < xy.size(); i += 2) {
                double x0 = xy.get(i), y0 = xy.get(i + 1), x1 = xy.get(i + 2), y1 = xy.get(i + 3);
                int steps = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 4);
                for (int k = 0; k <= steps; k++) {
                    double t = steps == 0 ? 0 : (double) k / steps;
                    placed.add(new Geometry(x0 + (x1 - x0) * t - 1.5, y0 + (y1 - y0) * t - 1.5, 3, 3));
                }
            }
        }
    }

    private void point(DrawingSurface g, DiagramTheme theme, MarginPlotArea plot, Point point, List<Geometry> placed, Geometry area,
                       List<Geometry> labels, List<double[]> rivals, List<Runnable> led) {
        double x = plot.x(drawnCost(point));
        double y = plot.y(drawnMargin(point));
        if (point.failing()) {
            double ring = compact ? 9 : 13;
            g.stroke(theme.colour("-bh-danger"));
            g.lineWidth(2);
            g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
        }
        if (point.cheapestMeetingAll()) {
            double halo = compact ? 10 : 15;
            g.stroke(theme.colour("-bh-ok"));
            g.lineWidth(3);
            g.strokeOval(x - halo, y - halo, 2 * halo, 2 * halo);
        }
        // The current design is where the user stands, not an option: a hollow ring in the text colour. Where it is
        // one of the options (a design all on namespaces is the Namespace point), a ring around that option's dot
        // instead, which would otherwise be painted over.
        boolean current = point.key() == OptionKey.CURRENT;
        double dot = dotRadius();
        if (current && onAnOption(point)) {
            double around = dot + (compact ? 3 : 4);
            g.stroke(theme.colour("-bh-text"));
            g.lineWidth(compact ? 2 : 3);
            g.strokeOval(x - around, y - around, 2 * around, 2 * around);
        } else {
            g.fill(current ? theme.colour("-bh-surface") : colour(theme, point.key()));
            g.fillOval(x - dot, y - dot, 2 * dot, 2 * dot);
            g.stroke(current ? theme.colour("-bh-text") : theme.colour("-bh-surface"));
            g.lineWidth(current ? 3 : 1.5);
            g.strokeOval(x - dot, y - dot, 2 * dot, 2 * dot);
        }
        String text = compact ? label(point) : label(point) + " · "
                + Amounts.leavingOut(Amounts.whole(currency, point.cost()), notPriced.contains(point.key())) + " · "
                + (point.failing() ? point.unmet() + " unmet" : "all met") + (point.cheapestMeetingAll() ? " ✓" : "");
        DiagramFont font = compact ? COMPACT_LABEL : LABEL;
        double height = compact ? 15 : 18;
        // A ring or halo around the dot is wider than the dot: the label starts clear of it.
        boolean ringed = point.failing() || point.cheapestMeetingAll();
        double gap = compact ? (ringed ? 12 : 8) : ringed ? 18 : 13;
        labelOwnMark(g, theme, text, font, height, x, y, gap, placed, area, labels, rivals, led);
    }

    /** Whether the design as modelled is drawn where an option's point is (same cost and margin). */
    private boolean onAnOption(Point current) {
        return points.stream().anyMatch(p -> p.key() != OptionKey.CURRENT && drawnCost(p) == drawnCost(current)
                && drawnMargin(p) == drawnMargin(current));
    }

    /**
     * Labels a mark beside it where the label lies nearer its own mark than any of the {@code rivals}; where no such
     * spot is free, adds to {@code led} the placing with a leader line, to be run once every label that fits beside its
     * own mark is placed (so that a led label takes no spot such a label could have). The two-scenario chart labels
     * its marks through here too: one rule for every chart's labels.
     */
    static void labelOwnMark(DrawingSurface g, DiagramTheme theme, String text, DiagramFont font, double height, double x,
                             double y, double gap, List<Geometry> placed, Geometry area, List<Geometry> labels,
                             List<double[]> rivals, List<Runnable> led) {
        if (!placeLabel(g, theme, text, font, height, x, y, gap, placed, area, labels, rivals, false)) {
            led.add(() -> placeLabel(g, theme, text, font, height, x, y, gap, placed, area, labels, rivals, true));
        }
    }

    /**
     * The same, the label never nearer one of the {@code rivals} (the other marks' centres) than its own mark, so it
     * cannot be read as theirs; where no such spot is free, the nearest free spot anywhere in the area, joined to its
     * mark by a leader line (when {@code lead}); returns whether it wrote the label.
     */
    static boolean placeLabel(DrawingSurface g, DiagramTheme theme, String text, DiagramFont font, double height, double x,
                              double y, double gap, List<Geometry> placed, Geometry area, List<Geometry> labels,
                              List<double[]> rivals, boolean lead) {
        double width = g.textWidth(text, font) + 2;
        Geometry beside = freeSpot(x, y, width, height, gap, placed, area, rivals);
        if (beside != null) {
            return write(g, theme, new String[] {text}, font, height, new Spot(beside, true, false), x, y, gap, placed, labels);
        }
        if (!lead) {
            return false;
        }
        // Gridlines too close together for a label may leave it no spot: it may then lie across one, on a plate of
        // the chart's background that hides the line under it, rather than be left out.
        List<Geometry> solid = placed.stream().filter(p -> !gridline(p)).toList();
        Spot spot = nearOwnMark(x, y, width, height, gap, placed, solid, area, rivals);
        // Too wide for any spot of its own: its parts stacked ("Namespace" over "$3,251" over "4 unmet") fit nearer.
        if (spot == null && text.contains(" · ")
                && stacked(g, theme, text.split(" · "), font, height, x, y, gap, placed, solid, area, labels, rivals)) {
            return true;
        }
        // Else the nearest free spot with a leader line; a mark drawn on top of another (equal cost and margin) has
        // no line clear of it: any free spot then.
        if (spot == null) {
            Geometry box = nearestFreeBox(x, y, width, height, gap, placed, area, rivals);
            // Marks a few pixels apart (the design's ring beside two options' dots in a lesson's strip) leave no line a
            // gap clear of them: the line may then pass closer, but never across another dot, which read as the
            // label being that dot's (review 14f).
            box = box != null ? box : nearestFreeBox(x, y, width, height, gap, gap / 2, placed, area, rivals, false);
            box = box != null ? box : nearestFreeBox(x, y, width, height, gap, placed, area, List.of());
            spot = box == null ? null : new Spot(box, false, false);
        }
        if (spot == null) {
            Geometry box = nearestFreeBox(x, y, width, height, gap, solid, area, rivals);
            box = box != null ? box : nearestFreeBox(x, y, width, height, gap, solid, area, List.of());
            spot = box == null ? null : new Spot(box, false, true);
        }
        return spot != null && write(g, theme, new String[] {text}, font, height, spot, x, y, gap, placed, labels);
    }

    /**
     * Places a label's parts one under another where that box is nearer its own mark than any other, beside it or led
     * to it, across a gridline on a plate if it must; returns whether it did.
     */
    private static boolean stacked(DrawingSurface g, DiagramTheme theme, String[] lines, DiagramFont font, double height,
                                   double x, double y, double gap, List<Geometry> placed, List<Geometry> solid, Geometry area,
                                   List<Geometry> labels, List<double[]> rivals) {
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, g.textWidth(line, font) + 2);
        }
        double tall = height * lines.length;
        Geometry beside = freeSpot(x, y, width, tall, gap, placed, area, rivals);
        Spot spot = beside != null ? new Spot(beside, true, false) : nearOwnMark(x, y, width, tall, gap, placed, solid, area, rivals);
        return spot != null && write(g, theme, lines, font, height, spot, x, y, gap, placed, labels);
    }

    /** Where a label lies: its box, whether that is beside its mark (no leader line) and whether it needs a plate. */
    private record Spot(Geometry box, boolean beside, boolean plate) {
    }

    /**
     * A spot nearer the label's own mark than any other, when none beside it is free: led to it by a line, else beside
     * it across a gridline on a plate, else led to it across one (a leader line alone did not stop a room reading
     * "Namespace · $3,251" as the ring it sat beside, review 14e); null when there is none.
     */
    private static Spot nearOwnMark(double x, double y, double width, double height, double gap, List<Geometry> placed,
                                    List<Geometry> solid, Geometry area, List<double[]> rivals) {
        Geometry led = nearestFreeBox(x, y, width, height, gap, placed, area, rivals, true);
        if (led != null) {
            return new Spot(led, false, false);
        }
        Geometry beside = freeSpot(x, y, width, height, gap, solid, area, rivals);
        if (beside != null) {
            return new Spot(beside, true, true);
        }
        Geometry across = nearestFreeBox(x, y, width, height, gap, solid, area, rivals, true);
        return across == null ? null : new Spot(across, false, true);
    }

    /** Writes a label's lines at its spot (on its plate, with its leader line) and counts the spot as taken. */
    private static boolean write(DrawingSurface g, DiagramTheme theme, String[] lines, DiagramFont font, double height, Spot spot,
                                 double x, double y, double gap, List<Geometry> placed, List<Geometry> labels) {
        Geometry box = spot.box();
        if (spot.plate()) {
            g.fill(theme.colour("-bh-surface"));
            g.fillRect(box.x(), box.y(), box.width(), box.height());
        }
        if (!spot.beside()) {
            leaderLine(g, theme, x, y, gap, box);
        }
        g.fill(theme.colour("-bh-text"));
        for (int i = 0; i < lines.length; i++) {
            g.text(lines[i], font, box.x(), box.y() + height * i + height / 2, Align.LEFT, 0);
        }
        placed.add(box);
        labels.add(box);
        return true;
    }

    /** Overlapping or touching: labels edge to edge read as one line, so they keep apart. */
    static boolean touches(Geometry a, Geometry b) {
        return a.x() <= b.maxX() && b.x() <= a.maxX() && a.y() <= b.maxY() && b.y() <= a.maxY();
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

    /**
     * Where a point's label fits: right of the point, else left, below or above, then further out in steps,
     * avoiding labels and dots already placed and the chart's edges; null when nowhere is free.
     */
    static Geometry freeSpot(double x, double y, double width, double height, double gap, List<Geometry> placed,
                                     Geometry area) {
        return freeSpot(x, y, width, height, gap, placed, area, List.of());
    }

    /** The same, a spot only where the label is nearer its own point than any of the {@code rivals}' centres. */
    static Geometry freeSpot(double x, double y, double width, double height, double gap, List<Geometry> placed,
                             Geometry area, List<double[]> rivals) {
        for (int step = 0; step < 4; step++) {
            double far = gap + step * height;
            double[][] candidates = {
                {x + far, y - height / 2}, {x - far - width, y - height / 2},
                {x - width / 2, y + far}, {x - width / 2, y - far - height},
                {x + gap, y + far - height / 2}, {x + gap, y - far - height / 2},
                {x - gap - width, y + far - height / 2}, {x - gap - width, y - far - height / 2}};
            for (double[] candidate : candidates) {
                Geometry box = new Geometry(candidate[0], candidate[1], width, height);
                if (area.contains(box) && placed.stream().noneMatch(p -> touches(box, p)) && ownNearest(box, x, y, rivals, gap)) {
                    return box;
                }
            }
        }
        return null;
    }

    private static boolean ownNearest(Geometry box, double x, double y, List<double[]> rivals) {
        return ownNearest(box, x, y, rivals, 0);
    }

    /**
     * Whether the label's box is nearer its own mark than every rival by at least {@code margin}: a label beside its own
     * mark whose other end stopped a few pixels short of another mark ("Dedicated · $87,604" ending at the mix's ring,
     * review R12g) read as that mark's.
     */
    private static boolean ownNearest(Geometry box, double x, double y, List<double[]> rivals, double margin) {
        double own = distance(box, x, y);
        return rivals.stream().allMatch(r -> own + margin < distance(box, r[0], r[1]));
    }

    /** How far a point lies from a box (0 inside it). */
    static double distance(Geometry box, double x, double y) {
        double dx = Math.max(0, Math.max(box.x() - x, x - box.maxX()));
        double dy = Math.max(0, Math.max(box.y() - y, y - box.maxY()));
        return Math.hypot(dx, dy);
    }

    /**
     * The free box in the area nearest the point and clear of its ring ({@code gap}), searched on a grid of half a
     * line: for a label whose own neighbourhood is taken, which a leader line then joins to its mark. The line may
     * not pass over another mark, where it would seem to start.
     */
    private static Geometry nearestFreeBox(double x, double y, double width, double height, double gap, List<Geometry> placed,
                                           Geometry area, List<double[]> rivals) {
        return nearestFreeBox(x, y, width, height, gap, placed, area, rivals, false);
    }

    /** The same, with {@code ownNearest} only a box nearer the point than any of the {@code rivals}' centres. */
    private static Geometry nearestFreeBox(double x, double y, double width, double height, double gap, List<Geometry> placed,
                                           Geometry area, List<double[]> rivals, boolean ownNearest) {
        return nearestFreeBox(x, y, width, height, gap, gap, placed, area, rivals, ownNearest);
    }

    /** The same, its leader line passing no rival's centre nearer than {@code clearance}. */
    private static Geometry nearestFreeBox(double x, double y, double width, double height, double gap, double clearance,
                                           List<Geometry> placed, Geometry area, List<double[]> rivals, boolean ownNearest) {
        Geometry best = null;
        double step = height / 2;
        for (double top = area.y(); top + height <= area.maxY(); top += step) {
            for (double left = area.x(); left + width <= area.maxX(); left += step) {
                Geometry box = new Geometry(left, top, width, height);
                double d = distance(box, x, y);
                if (d >= gap && (best == null || d < distance(best, x, y)) && placed.stream().noneMatch(p -> touches(box, p))
                        && clearOf(rivals, x, y, box, clearance) && (!ownNearest || ownNearest(box, x, y, rivals))) {
                    best = box;
                }
            }
        }
        return best;
    }

    /** Whether the leader line from (x, y) to the box passes no rival's centre closer than {@code gap}. */
    private static boolean clearOf(List<double[]> rivals, double x, double y, Geometry box, double gap) {
        double tx = Math.max(box.x(), Math.min(x, box.maxX()));
        double ty = Math.max(box.y(), Math.min(y, box.maxY()));
        double dx = tx - x;
        double dy = ty - y;
        double squared = dx * dx + dy * dy;
        for (double[] r : rivals) {
            double t = squared == 0 ? 0 : Math.max(0, Math.min(1, ((r[0] - x) * dx + (r[1] - y) * dy) / squared));
            if (Math.hypot(x + t * dx - r[0], y + t * dy - r[1]) < gap) {
                return false;
            }
        }
        return true;
    }

    /** A thin line from the edge of a mark's ring to the nearest point of its label's box. */
    private static void leaderLine(DrawingSurface g, DiagramTheme theme, double x, double y, double gap, Geometry box) {
        double tx = Math.max(box.x(), Math.min(x, box.maxX()));
        double ty = Math.max(box.y(), Math.min(y, box.maxY()));
        double length = Math.hypot(tx - x, ty - y);
        double start = Math.min(gap - 2, length);
        g.stroke(theme.colour("-bh-text-muted"));
        g.lineWidth(1);
        g.strokeLine(x + (tx - x) / length * start, y + (ty - y) / length * start, tx, ty);
    }
}
