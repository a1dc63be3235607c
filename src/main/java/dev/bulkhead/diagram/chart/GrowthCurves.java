package dev.bulkhead.diagram.chart;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.SensitivityCurve;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.DrawingSurface.Align;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How each option's monthly cost grows with the number of tenants, as the compare view shows it: the analysis'
 * growth curve from today's count on, each option's curve shifted to start at today's figure (the table's), and
 * the counts where two options change order. The app's growth view and the report both read their figures here,
 * and the report draws the chart through a {@link DrawingSurface}.
 */
public final class GrowthCurves {
    /** Growth is sampled up to eight times the scope's tenants, but not past this many unless the scope is half as large. */
    public static final int MAX_GROWTH = 1000;
    private static final DiagramFont TICK = DiagramFont.regular(11);
    private static final DiagramFont AXIS_TITLE = DiagramFont.semiBold(12);
    private static final DiagramFont KEY = DiagramFont.regular(11.5);
    public static final String EMPTY = "Add a cluster with a node pool and a tenant to see how costs grow.";
    public static final double CROSSING_RADIUS = 5;

    /**
     * How the rows of growth are made, so that a reader can reproduce one: what the analysis' growth curve does
     * (Sensitivity), and the shift to today's figures.
     */
    public static final String HOW_GROWN = "Each count repeats the scope's own tenants in turn (the same mix of kinds,"
            + " sizes and agents, each kept on its recommended placement in the mix) inside its largest cluster; each"
            + " option's figure is today's total plus what the added tenants cost.";

    /** Said when no two options clearly change order; it names the rule, so that a near-tie reads as one. */
    public static final String NO_CROSSING = "No two options change order as the scope grows. Options within "
            + Math.round(GrowthCurves.LEVEL_PERCENT) + " % of each other count as level, so a near-tie can swap places in the table.";

    /** Said before the crossovers: the rule by which they are found. */
    public static final String CROSSING_RULE = "Options within " + Math.round(GrowthCurves.LEVEL_PERCENT)
            + " % of each other count as level; the order changes where one becomes clearly dearer than another:";

    /** Where two curves cross: from about {@code tenants} on, the order of two options changes. */
    public record Crossing(int tenants, double cost, String text) {
    }

    private final SensitivityCurve curve;
    private final Map<OptionKey, Double> anchor = new EnumMap<>(OptionKey.class);
    private final List<SensitivityCurve.Point> shown;
    private final List<Crossing> crossings;

    private GrowthCurves(SensitivityCurve curve, Map<OptionKey, Double> today) {
        this.curve = curve;
        if (curve.points().isEmpty()) {
            shown = List.of();
            crossings = List.of();
            return;
        }
        SensitivityCurve.Point start = curve.at(Math.max(1, curve.currentTenants()));
        OptionKey.COMPARED.forEach(key -> anchor.put(key, today.get(key) - start.costs().get(key)));
        shown = curve.points().stream().filter(p -> p.tenants() >= start.tenants()).toList();
        crossings = crossings(shown);
    }

    /**
     * The curves of a scope shifted to start at {@code today}: the curve grows the scope inside its largest cluster,
     * so its figure at today's count is not the scope's real cost; each option's curve shows what growth adds to the
     * analysis' figure.
     */
    public static GrowthCurves of(SensitivityCurve curve, Map<OptionKey, Double> today) {
        return new GrowthCurves(curve, today);
    }

    /**
     * How far growth is sampled for a scope of {@code tenants}: eight times, 200 to 1,000, and at least twice the scope.
     * Capped at 1,000, a scope of 1,400 tenants had growth "from 1,000": one row, labelled 1000, of today's totals.
     */
    public static int maxTenants(int tenants) {
        double eightTimes = Math.min(MAX_GROWTH, Math.max(200, CostScale.niceCeiling(tenants * 8.0)));
        return (int) Math.max(eightTimes, CostScale.niceCeiling(Math.max(1, tenants) * 2.0));
    }

    public SensitivityCurve curve() {
        return curve;
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }

    /** The samples from today's count on. */
    public List<SensitivityCurve.Point> shown() {
        return shown;
    }

    public List<Crossing> crossings() {
        return crossings;
    }

    /** An option's cost at a point of the curve, shifted to start at today's figure. */
    public double cost(SensitivityCurve.Point point, OptionKey key) {
        return point.costs().get(key) + anchor.getOrDefault(key, 0.0);
    }

    /**
     * Two options whose costs differ by less than this share of the dearer one run level: their order there is
     * noise of the node rounding, not a change a proposal should report (a reviewer saw "the mix becomes cheaper
     * than vCluster at about 75" and "vCluster becomes cheaper than the mix at about 76", 0.1 % apart).
     */
    static final double LEVEL = 0.01;
    private static final double LEVEL_PERCENT = LEVEL * 100;

    /**
     * Where the shown curves change order: where one option that was clearly cheaper than another (by more than
     * {@link #LEVEL}) becomes clearly dearer, at the count where the straight lines between the samples last cross
     * on the way, rounded up. Running level in between changes nothing. Options whose curves are one line (the
     * recommended mix is often all-namespace) cross as one: each crossover is reported once, naming them all.
     */
    private List<Crossing> crossings(List<SensitivityCurve.Point> points) {
        List<Crossing> found = new ArrayList<>();
        List<OptionKey> keys = OptionKey.COMPARED.stream().filter(key -> sameLineAs(key) == null).toList();
        for (int a = 0; a < keys.size(); a++) {
            for (int b = a + 1; b < keys.size(); b++) {
                crossing(points, keys.get(a), keys.get(b), found);
            }
        }
        found.sort(Comparator.comparingInt(Crossing::tenants));
        return List.copyOf(found);
    }

    /** Adds where options {@code x} and {@code y} clearly change order. */
    private void crossing(List<SensitivityCurve.Point> points, OptionKey x, OptionKey y, List<Crossing> found) {
        double clearOrder = 0; // the sign of cost(x) − cost(y) where they were last clearly apart; 0 while level
        int lastNonZero = -1;
        int flipFrom = -1; // the two samples between which the difference last changed sign
        int flipTo = -1;
        for (int i = 0; i < points.size(); i++) {
            double difference = difference(points.get(i), x, y);
            if (difference != 0) {
                if (lastNonZero >= 0 && Math.signum(difference) != Math.signum(difference(points.get(lastNonZero), x, y))) {
                    flipFrom = lastNonZero;
                    flipTo = i;
                }
                lastNonZero = i;
            }
            SensitivityCurve.Point point = points.get(i);
            boolean clear = Math.abs(difference) > LEVEL * Math.max(cost(point, x), cost(point, y));
            if (!clear) {
                continue;
            }
            if (clearOrder != 0 && Math.signum(difference) != clearOrder && flipFrom >= 0) {
                found.add(crossingBetween(points.get(flipFrom), points.get(flipTo), x, y));
            }
            clearOrder = Math.signum(difference);
        }
    }

    private double difference(SensitivityCurve.Point point, OptionKey x, OptionKey y) {
        return cost(point, x) - cost(point, y);
    }

    /** The crossing of two options' straight lines between two samples whose differences have opposite signs. */
    private Crossing crossingBetween(SensitivityCurve.Point from, SensitivityCurve.Point to, OptionKey x, OptionKey y) {
        double before = difference(from, x, y);
        double after = difference(to, x, y);
        double share = before / (before - after);
        int n = (int) Math.ceil(from.tenants() + share * (to.tenants() - from.tenants()));
        OptionKey cheaper = after < 0 ? x : y;
        OptionKey other = cheaper == x ? y : x;
        double cost = cost(from, cheaper) + share * (cost(to, cheaper) - cost(from, cheaper));
        List<String> names = lineNames(cheaper);
        return new Crossing(n, cost, String.join(" and ", names) + (names.size() == 1 ? " becomes" : " become")
                + " cheaper than " + String.join(" and ", lineNames(other)) + " at about " + n + " tenants");
    }

    /**
     * The option drawn earlier whose curve this option's lies on over the whole range shown (to the cent), or null:
     * drawn solid, the later line would hide the earlier one completely.
     */
    OptionKey sameLineAs(OptionKey key) {
        for (OptionKey earlier : OptionKey.COMPARED.subList(0, OptionKey.COMPARED.indexOf(key))) {
            if (shown.stream().allMatch(p -> Math.abs(cost(p, key) - cost(p, earlier)) < 0.005)) {
                return sameLineAs(earlier) == null ? earlier : sameLineAs(earlier);
            }
        }
        return null;
    }

    /** The labels of the options drawn as this option's line (it first). */
    private List<String> lineNames(OptionKey line) {
        List<String> names = new ArrayList<>(List.of(line.label()));
        OptionKey.COMPARED.stream().filter(key -> key != line && sameLineAs(key) == line).forEach(key -> names.add(key.label()));
        return names;
    }

    /**
     * Draws the curves, the crossings as dots and a key to the colours into a box of the surface: the compare
     * window draws it on its canvas, the reports into their files. Returns the crossings' centres in the order of
     * {@link #crossings()} (the app lays a tooltip over each).
     */
    public List<double[]> draw(DrawingSurface g, DiagramTheme theme, String symbol, double x, double y, double width, double height) {
        g.fill(theme.colour("-bh-surface"));
        g.fillRect(x, y, width, height);
        if (shown.isEmpty()) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(EMPTY, TICK, x + width / 2, y + height / 2, Align.CENTER, width);
            return List.of();
        }
        double left = x + 64;
        double right = x + width - 150;
        double top = y + 16;
        double bottom = y + height - 48;
        int first = shown.get(0).tenants();
        int last = Math.max(shown.get(shown.size() - 1).tenants(), first + 1);
        double highest = 0;
        for (SensitivityCurve.Point point : shown) {
            for (OptionKey key : OptionKey.COMPARED) {
                highest = Math.max(highest, cost(point, key));
            }
        }
        // Four to eight nice steps, the top the first of them above the highest cost.
        CostScale.Steps steps = CostScale.niceSteps(Math.max(1, highest));
        double step = steps.step();
        double ceiling = steps.top();
        g.lineWidth(0.6);
        for (double tick = 0; tick <= ceiling * 1.001; tick += step) {
            double ty = bottom - tick / ceiling * (bottom - top);
            g.stroke(theme.colour("-bh-border"));
            g.strokeLine(left, ty, right, ty);
            g.fill(theme.colour("-bh-text-muted"));
            g.text(Amounts.compact(symbol, tick), TICK, left - 8, ty, Align.RIGHT, 0);
        }
        double tenantStep = CostScale.niceCeiling(Math.max(1, last - first) / 5.0);
        g.stroke(theme.colour("-bh-border-strong"));
        g.lineWidth(1);
        for (double tick = Math.ceil(first / tenantStep) * tenantStep; tick <= last; tick += tenantStep) {
            double tx = left + (tick - first) / (last - first) * (right - left);
            g.strokeLine(tx, bottom, tx, bottom + 4);
            g.text(String.valueOf((long) tick), TICK, tx, bottom + 14, Align.CENTER, 0);
        }
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);
        g.fill(theme.colour("-bh-text-muted"));
        g.text("tenants", AXIS_TITLE, (left + right) / 2, bottom + 34, Align.CENTER, 0);
        g.verticalText("monthly cost", AXIS_TITLE, left - 50, (top + bottom) / 2);
        double keyY = top + 6;
        for (OptionKey key : OptionKey.COMPARED) {
            double[] points = new double[shown.size() * 2];
            for (int i = 0; i < shown.size(); i++) {
                SensitivityCurve.Point point = shown.get(i);
                points[2 * i] = left + (double) (point.tenants() - first) / (last - first) * (right - left);
                points[2 * i + 1] = bottom - cost(point, key) / ceiling * (bottom - top);
            }
            OptionKey under = sameLineAs(key);
            g.stroke(CostIsolationPlot.colour(theme, key));
            g.lineWidth(2);
            // A line lying on an earlier one is dashed over it, so that both colours show; the key says so.
            g.dashes(under == null ? 0 : 7, 7);
            if (points.length >= 4) {
                g.strokePolyline(points);
            }
            g.dashes(0, 0);
            g.fill(CostIsolationPlot.colour(theme, key));
            g.fillRoundRect(right + 20, keyY - 5, 10, 10, 3);
            g.fill(theme.colour("-bh-text"));
            g.text(key.label(), KEY, right + 36, keyY, Align.LEFT, 0);
            if (under != null) {
                keyY += 14;
                g.fill(theme.colour("-bh-text-muted"));
                g.text("same as " + under.label(), TICK, right + 36, keyY, Align.LEFT, 0);
            }
            keyY += 18;
        }
        // A neutral ring: orange means a finding everywhere else in the app, and a filled dot in an option's colour
        // would read as a point of that option's line.
        List<double[]> centres = new ArrayList<>();
        for (Crossing crossing : crossings) {
            double cx = left + (double) (crossing.tenants() - first) / (last - first) * (right - left);
            double cy = bottom - crossing.cost() / ceiling * (bottom - top);
            crossingMark(g, theme, cx, cy);
            centres.add(new double[] {cx, cy});
        }
        if (!crossings.isEmpty()) {
            crossingMark(g, theme, right + 25, keyY);
            g.fill(theme.colour("-bh-text"));
            g.text("crossover", KEY, right + 36, keyY, Align.LEFT, 0);
        }
        return centres;
    }

    private static void crossingMark(DrawingSurface g, DiagramTheme theme, double cx, double cy) {
        g.fill(theme.colour("-bh-surface"));
        g.fillOval(cx - CROSSING_RADIUS, cy - CROSSING_RADIUS, 2 * CROSSING_RADIUS, 2 * CROSSING_RADIUS);
        g.stroke(theme.colour("-bh-border-strong"));
        g.lineWidth(2);
        g.strokeOval(cx - CROSSING_RADIUS, cy - CROSSING_RADIUS, 2 * CROSSING_RADIUS, 2 * CROSSING_RADIUS);
    }
}
