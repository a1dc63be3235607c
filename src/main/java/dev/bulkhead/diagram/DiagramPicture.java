package dev.bulkhead.diagram;

import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The exported picture of a diagram: the drawing of a scope (the whole model, one environment or a selection)
 * with everything shown in full, an optional title block above it (model, scope, date, pricing profile) and an
 * optional legend below. Its size is in diagram units (CSS pixels at 1×); each writer maps it onto its target.
 */
public final class DiagramPicture {
    /** Title and facts for the title block. */
    public record Title(String model, String scope, String date, String pricing) {
    }

    static final double PADDING = 24;
    static final double TITLE_HEIGHT = 58;
    static final double LEGEND_HEIGHT = 34;
    /** The height of each further line of a wrapped legend. */
    static final double LEGEND_LINE = 18;
    private static final DiagramFont TITLE = DiagramFont.semiBold(18);
    private static final DiagramFont SUBTITLE = DiagramFont.regular(11.5);
    private static final DiagramFont LEGEND = DiagramFont.regular(11);
    /** The smallest type, in points, of a fitted picture's title block and legend; a little above 6 for rounding. */
    static final double CHROME_TEXT = 6.5;
    /**
     * The largest a fitted picture is printed, in points per unit: it is enlarged to fill its page (held to a CSS pixel,
     * three quarters of a point, it filled a third of a landscape page with 8 pt type), up to where a tenant's name
     * would print at 27 pt, so that a picture of one or two boxes does not turn into a poster.
     */
    static final double MOST_POINTS_PER_UNIT = 2;

    /**
     * The legend's word for a tenant the model places nowhere yet, said in full: beside a report's recommendation a
     * bare "12 undecided" on a cluster read as a contradiction (review 12f, 3).
     */
    static final String UNDECIDED = "undecided: no option chosen in the model yet";
    private static final List<String> LEGEND_LABELS = List.of("namespace", "vCluster", "dedicated", UNDECIDED, "agent sandbox",
            "requirement unmet", "finding", "untrusted agent", "reviewed", "trusted");
    /** The legend's entry for a connection drawn as blocked, only on a picture that draws any (see {@link #blocked}). */
    static final String BLOCKED = "blocked flow";

    private final SceneLayout scene;
    private final Decorations marks;
    private final DiagramRenderer renderer;
    private final Set<ElementId> include;
    private final Geometry content;
    private final Title title;
    private final boolean legend;
    /** How much larger than at 1× the title block and legend are drawn, so that they stay legible when printed small. */
    private final double chrome;
    /** Points on paper per unit where the picture is printed, if known: it decides the detail (see {@link #fittedTo}). */
    private final Double printScale;
    /** The elements a scoped picture was asked for (null for the whole model): its endpoints stand beside them. */
    private final Set<ElementId> roots;
    /** The clusters drawn as compact summaries, their contents left out of the scene (see {@link ClusterSummary}). */
    private final Set<ElementId> summarised;
    /**
     * The connections this picture draws as blocked (dashed, in the danger colour, or counted so where a box or line
     * stands for several): those of the blocked ones it was given that it draws at all. Empty for a design as drawn.
     */
    private final Set<ElementId> blocked;

    private DiagramPicture(SceneLayout scene, Decorations marks, DiagramTheme theme, Set<ElementId> roots, Set<ElementId> include,
                           Title title, boolean legend, Set<ElementId> summarised, Set<ElementId> blocked) {
        this.chrome = 1;
        this.blocked = blocked.isEmpty() ? Set.of() : drawnConnections(scene.model(), blocked, include);
        this.printScale = null;
        this.roots = roots;
        this.summarised = Set.copyOf(summarised);
        this.scene = scene;
        this.marks = marks;
        this.renderer = new DiagramRenderer(theme);
        this.include = include;
        this.title = title;
        this.legend = legend;
        Geometry bounds = null;
        for (Element element : scene.drawOrder()) {
            if (include == null || include.contains(element.id())) {
                Geometry box = scene.bounds(element.id());
                bounds = bounds == null ? box : bounds.union(box);
            }
        }
        // The canvas notes are part of a picture of everything (a selection's picture leaves them out).
        if (include == null) {
            for (CanvasNote note : scene.model().settings().notes().canvas()) {
                bounds = bounds == null ? note.box() : bounds.union(note.box());
            }
        }
        // Routes may run around the shapes (over the top, say), and their labels sit on them.
        // A connection into a summarised cluster is drawn straight between the two boxes, inside their bounds: it is
        // not routed (on a large model, routing those was most of the fitting's time).
        List<ElementId> routed = scene.model().all(Connection.class).stream()
                .filter(c -> (include == null || include.contains(c.id())) && !intoSummary(scene.model(), c))
                .map(Connection::id).toList();
        // Cleared as the canvas clears them (RouteClearance): round the boxes and titles they crossed, apart from each other.
        Set<ElementId> detoured = scene.clearRoutes(routed, include);
        for (ElementId connection : routed) {
            double[] route = scene.route(connection);
            // A detour may run beside the outermost boxes: room for a port label across it too.
            double across = detoured.contains(connection) ? 48 : 12;
            for (int i = 0; route != null && i + 1 < route.length; i += 2) {
                Geometry point = new Geometry(route[i] - across, route[i + 1] - 12, 2 * across, 24);
                bounds = bounds == null ? point : bounds.union(point);
            }
        }
        // Finding badges stick out over the top-right corner of their element.
        this.content = bounds == null ? new Geometry(0, 0, 320, 120)
                : new Geometry(bounds.x() - 8, bounds.y() - 8, bounds.width() + 16, bounds.height() + 16);
    }

    /** Those of the given connections the model has and {@code include} (null for everything) draws. */
    private static Set<ElementId> drawnConnections(Model model, Set<ElementId> connections, Set<ElementId> include) {
        Set<ElementId> drawn = new HashSet<>();
        for (ElementId id : connections) {
            if ((include == null || include.contains(id)) && model.find(id).orElse(null) instanceof Connection) {
                drawn.add(id);
            }
        }
        return Set.copyOf(drawn);
    }

    /** Whether an end of a connection is inside a summarised cluster. */
    private boolean intoSummary(Model model, Connection connection) {
        return !summarised.isEmpty() && (DiagramRenderer.summarisedAncestor(model, connection.from(), summarised) != null
                || DiagramRenderer.summarisedAncestor(model, connection.to(), summarised) != null);
    }

    /** The same picture with its title block and legend {@code chrome} times larger, printed at {@code printScale}. */
    private DiagramPicture(DiagramPicture picture, double chrome, Double printScale) {
        this.roots = picture.roots;
        this.summarised = picture.summarised;
        this.blocked = picture.blocked;
        this.scene = picture.scene;
        this.marks = picture.marks;
        this.renderer = picture.renderer;
        this.include = picture.include;
        this.title = picture.title;
        this.legend = picture.legend;
        this.content = picture.content;
        this.chrome = chrome;
        this.printScale = printScale;
    }

    /**
     * A picture of the elements under {@code roots} (and the connections between them), or of everything when
     * {@code roots} is null.
     *
     * @param title null for no title block
     */
    public static DiagramPicture of(SceneLayout scene, Decorations marks, DiagramTheme theme, Set<ElementId> roots, Title title,
                                    boolean legend) {
        return of(scene, marks, theme, roots, title, legend, Set.of());
    }

    /**
     * As {@link #of(SceneLayout, Decorations, DiagramTheme, Set, Title, boolean)}, drawing the {@code blocked} connections
     * as blocked: the flows a design's exported network policies would block (a report's picture of its recommended mix).
     */
    public static DiagramPicture of(SceneLayout scene, Decorations marks, DiagramTheme theme, Set<ElementId> roots, Title title,
                                    boolean legend, Set<ElementId> blocked) {
        if (roots == null) {
            return new DiagramPicture(scene, marks, theme, null, null, title, legend, Set.of(), blocked);
        }
        Set<ElementId> shown = closure(scene.model(), roots);
        Model arranged = ScopeLayout.around(scene.model(), roots, shown);
        return new DiagramPicture(arranged == scene.model() ? scene : SceneLayout.of(arranged), marks, theme, Set.copyOf(roots),
                shown, title, legend, Set.of(), blocked);
    }

    /**
     * The picture printed as large as fits an area of {@code width} × {@code height} points (enlarged up to
     * {@link #MOST_POINTS_PER_UNIT}), in the arrangement of environments that prints it largest, with its detail
     * chosen for that size (the semantic-zoom rule, {@link DiagramPainter#summarises}):
     * when the cards' small print would come out under 6 pt, the clusters are summarised one by one, the largest
     * first, until the rest prints legibly (or all are), each as a compact box sized by what it shows
     * ({@link ClusterSummary}). Its title block and legend are enlarged to stay legible, and, for the whole model, the
     * environments are put in rows when that prints it larger (a model drawn as a long strip filled a third of the
     * page). Before any cluster is summarised, the clusters' contents are put in rows shaped for the area
     * ({@link PageReflow}) when that prints every tenant's name legibly. The report's PDF page and its HTML and
     * Markdown figures all draw this one picture.
     */
    public DiagramPicture fittedTo(double width, double height) {
        // Too many tenants to name legibly in any arrangement: neither the full detail nor a re-flow is fitted only to
        // be thrown away (each lays out and routes the whole scope again, most of a large model's report time).
        boolean namable = tenantsCouldBeNamedOn(width, height);
        DiagramPicture best = namable ? fittedWith(Set.of(), width, height) : null;
        if (namable && !DiagramPainter.summarises(best.printScale)) {
            return best;
        }
        // Before anything is summarised, the clusters' contents are put in rows shaped for the page (a model laid out
        // as a long strip printed its names too small on a page it filled a third of).
        DiagramPicture reflowed = namable ? reflowedFor(width, height) : null;
        if (reflowed != null) {
            DiagramPicture full = reflowed.fittedWith(Set.of(), width, height);
            if (!DiagramPainter.summarises(full.printScale)) {
                return full;
            }
        }
        // Beside a summary, a cluster drawn in full must print all its text legibly, down to its small print.
        double legible = DiagramPainter.READABLE_NAME / DiagramPainter.SMALLEST.size();
        Set<ElementId> summarised = new HashSet<>();
        List<ElementId> clusters = new ArrayList<>();
        for (Cluster cluster : scene.model().all(Cluster.class)) {
            Geometry box = scene.bounds(cluster.id());
            if (box != null && (include == null || include.contains(cluster.id()))) {
                clusters.add(cluster.id());
                // One wider or taller than the area at the legible scale cannot be drawn in full, whatever else is summarised.
                if (box.width() * legible > width || box.height() * legible > height) {
                    summarised.add(cluster.id());
                }
            }
        }
        clusters.sort(Comparator.comparingDouble((ElementId id) -> -scene.bounds(id).width() * scene.bounds(id).height())
                .thenComparing(id -> id));
        if (!summarised.isEmpty()) {
            best = fittedWith(summarised, width, height);
            if (DiagramPainter.smallPrintLegible(best.printScale)) {
                return best;
            }
        }
        for (ElementId cluster : clusters) {
            if (summarised.add(cluster)) {
                best = fittedWith(summarised, width, height);
                if (DiagramPainter.smallPrintLegible(best.printScale)) {
                    return best;
                }
            }
        }
        return best != null ? best : fittedWith(Set.of(), width, height);
    }

    /**
     * Whether the tenants' cards could print their names legibly on an area of {@code width} × {@code height} in some
     * arrangement: false when their areas alone, at the scale a name prints at {@link DiagramPainter#READABLE_NAME},
     * exceed it. Cards never overlap and keep their size when re-flowed, so no picture of them in full could then
     * name them (a sure bound, so that skipping those pictures changes no result).
     */
    private boolean tenantsCouldBeNamedOn(double width, double height) {
        double legible = DiagramPainter.READABLE_NAME / DiagramPainter.TENANT_TITLE.size();
        double cards = 0;
        for (dev.bulkhead.model.Tenant tenant : scene.model().all(dev.bulkhead.model.Tenant.class)) {
            Geometry box = include == null || include.contains(tenant.id()) ? scene.bounds(tenant.id()) : null;
            cards += box == null ? 0 : box.width() * box.height();
        }
        return cards * legible * legible <= width * height;
    }

    /**
     * This picture with its clusters' contents and its environments' clusters in the rows that print it largest on an
     * area of {@code width} × {@code height} ({@link PageReflow}), or null when no re-flow could print its names
     * legibly there. Estimated from the boxes' extent in each arrangement {@link #fittedWith} tries, without routing:
     * a fitting routes every candidate it builds, too slow to build one per re-flow. Only for the whole model without
     * canvas notes (placed among the environments by hand) and for a picture of environments.
     */
    private DiagramPicture reflowedFor(double width, double height) {
        Model model = scene.model();
        boolean whole = include == null && model.settings().notes().canvas().isEmpty();
        if (!whole && (roots == null || !roots.stream().allMatch(id -> model.find(id).orElse(null) instanceof Environment))) {
            return null;
        }
        double bestScale = estimatedScale(model, whole, width, height);
        Model best = null;
        int columns = PageReflow.widestRow(model, Cluster.class);
        int across = PageReflow.widestRow(model, Environment.class);
        for (int c = 1; c <= columns; c++) {
            for (int a = 1; a <= across; a++) {
                Model candidate = PageReflow.reflowed(model, c, a);
                double scale = estimatedScale(candidate, whole, width, height);
                // By a twentieth, as moreDetailed asks of an arrangement unlike the canvas's.
                if (scale > bestScale * 1.05) {
                    bestScale = scale;
                    best = candidate;
                }
            }
        }
        if (best == null || DiagramPainter.summarises(bestScale)) {
            return null;
        }
        return new DiagramPicture(SceneLayout.of(best), marks, renderer.theme(), roots, include, title, legend, Set.of(), blocked);
    }

    /** The largest scale, roughly, at which a model's boxes fit the area in any arrangement {@link #fittedWith} tries. */
    private double estimatedScale(Model model, boolean whole, double width, double height) {
        List<Model> arranged = new ArrayList<>();
        if (whole) {
            Model compact = ScopeLayout.compacted(model);
            for (int rows = 1; rows <= model.all(Environment.class).size(); rows++) {
                arranged.add(ScopeLayout.inRows(compact, rows));
            }
        } else {
            arranged.add(ScopeLayout.around(model, roots, include));
        }
        double chromeHeight = (title == null ? 0 : TITLE_HEIGHT) + (legend ? LEGEND_HEIGHT : 0);
        double best = 0;
        for (Model m : arranged) {
            SceneLayout laidOut = SceneLayout.of(m);
            Geometry extent = null;
            for (Element element : m.elements().values()) {
                Geometry box = include == null || include.contains(element.id()) ? laidOut.bounds(element.id()) : null;
                if (box != null) {
                    extent = extent == null ? box : extent.union(box);
                }
            }
            if (extent == null) {
                continue;
            }
            double w = extent.width() + 2 * PADDING;
            double h = extent.height() + 2 * PADDING;
            double scale = Math.min(MOST_POINTS_PER_UNIT, Math.min(width / w, height / (h + chromeHeight)));
            double chrome = Math.max(1, CHROME_TEXT / (LEGEND.size() * scale));
            best = Math.max(best, Math.min(MOST_POINTS_PER_UNIT, Math.min(width / w, height / (h + chromeHeight * chrome))));
        }
        return best;
    }

    /**
     * The picture fitted with the given clusters summarised, in whichever arrangement prints it best: as laid out, or
     * (for the whole model without canvas notes, which are placed among the environments by hand) with the
     * environments shrunk around what they hold and put in one row or more.
     */
    private DiagramPicture fittedWith(Set<ElementId> clusters, double width, double height) {
        Model model = scene.model();
        List<java.util.function.UnaryOperator<Model>> arrangements = new ArrayList<>();
        arrangements.add(roots == null ? m -> m : m -> ScopeLayout.around(m, roots, include));
        if (include == null && model.settings().notes().canvas().isEmpty()) {
            for (int rows = 1; rows <= model.all(Environment.class).size(); rows++) {
                int inRows = rows;
                arrangements.add(m -> ScopeLayout.inRows(m, inRows));
            }
        }
        // The environments shrunk around their contents before they are put in rows (a summarised copy is shrunk already).
        Model base = clusters.isEmpty() && arrangements.size() > 1 ? ScopeLayout.compacted(model) : model;
        double guess = fitted(this, width, height).printScale;
        DiagramPicture best = null;
        for (int i = 0; i < arrangements.size(); i++) {
            Model start = i == 0 ? model : base;
            // Each arrangement is compared at its own converged size: compared at the first guess (summaries sized for
            // the full picture's tiny scale, so in huge type) a column of environments won on a landscape page too.
            DiagramPicture candidate = clusters.isEmpty() ? summarisedAt(start, clusters, arrangements.get(i), guess, width, height)
                    : converged(start, clusters, arrangements.get(i), guess, width, height);
            if (best == null || moreDetailed(candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The summaries' type is sized for the scale the picture prints at, which their boxes change: a few rounds, until
     * the boxes are made for the type drawn. If they do not settle, of those whose boxes hold their type (made for type as
     * large or larger), the one printed largest; the first guess, at the full picture's scale, made the largest boxes.
     */
    private DiagramPicture converged(Model start, Set<ElementId> clusters, java.util.function.UnaryOperator<Model> arrangement,
                                     double guess, double width, double height) {
        DiagramPicture best = summarisedAt(start, clusters, arrangement, guess, width, height);
        double laidOutFor = guess;
        DiagramPicture safe = best;
        for (int round = 0; round < 6 && typeSize(best) != typeSize(laidOutFor); round++) {
            laidOutFor = best.printScale;
            best = summarisedAt(start, clusters, arrangement, laidOutFor, width, height);
            if (typeSize(best) <= typeSize(laidOutFor) && best.printScale >= safe.printScale) {
                safe = best;
            }
        }
        // Converged, the boxes are made for the very type drawn; a larger picture whose boxes were made for larger type
        // printed its summaries' text small in boxes twice its size once the page enlarged it.
        return typeSize(best) == typeSize(laidOutFor) ? best : safe;
    }

    private static double typeSize(DiagramPicture picture) {
        return typeSize(picture.printScale);
    }

    private static double typeSize(double printScale) {
        return DiagramPainter.printTagFont(printScale).size();
    }

    /**
     * The picture with the given clusters summarised in boxes sized for type printed at {@code printScale}, arranged,
     * then fitted (see {@link #fitted}).
     */
    private DiagramPicture summarisedAt(Model model, Set<ElementId> clusters, java.util.function.UnaryOperator<Model> arrangement,
                                        double printScale, double width, double height) {
        Model drawn = model;
        if (!clusters.isEmpty()) {
            java.util.Map<ElementId, Geometry> sizes = new java.util.HashMap<>();
            for (ElementId id : clusters) {
                sizes.put(id, ClusterSummary.of(model, model.get(id, Cluster.class), blocked).size(printScale));
            }
            // Summarised everywhere, the environments carry name tags in the same type over their top left corner.
            boolean tags = DiagramPainter.tagsWhenPrinted(printScale, true);
            DiagramFont tag = DiagramPainter.printTagFont(printScale);
            double top = tags ? 2.7 * tag.size() : 0;
            drawn = ScopeLayout.summarised(model, sizes, top, e -> tags ? InterMetrics.width(e.name(), tag) * 1.1 + 2 * tag.size()
                    : DiagramPainter.leastEnvironmentWidth(e));
        }
        DiagramPicture arranged = new DiagramPicture(SceneLayout.of(arrangement.apply(drawn)), marks, renderer.theme(), roots, include,
                title, legend, clusters, blocked);
        return fitted(arranged, width, height);
    }

    /**
     * Whether a fitted picture is worth more than another: its small print legible beats it too small, then a
     * clearly larger scale (by a twentieth: a layout unlike the canvas's must earn its difference).
     */
    private static boolean moreDetailed(DiagramPicture candidate, DiagramPicture best) {
        boolean candidateSummarises = candidate.tags();
        if (candidateSummarises != best.tags()) {
            return !candidateSummarises;
        }
        return candidate.printScale > best.printScale * 1.05;
    }

    /**
     * The picture with its detail fixed for {@code scale} units of the target per unit (the file's), however large it
     * is then drawn: a preview drawn small shows what the file holds, not a summary chosen for the preview's size.
     * A fitted picture keeps the detail it was fitted with.
     */
    public DiagramPicture printedAt(double scale) {
        return printScale != null ? this : new DiagramPicture(this, chrome, scale);
    }

    /** Whether this fitted picture names its containers with tags (see {@link DiagramPainter#tagsWhenPrinted}). */
    private boolean tags() {
        return DiagramPainter.tagsWhenPrinted(printScale, !summarised.isEmpty());
    }

    /** Points per unit where the picture is printed, if fitted to an area (see {@link #fittedTo}). */
    public java.util.OptionalDouble printScale() {
        return printScale == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(printScale);
    }

    SceneLayout scene() {
        return scene;
    }

    /** The clusters this picture draws as summaries: a report names their tenants on pictures of their own. */
    public Set<ElementId> summarised() {
        return summarised;
    }

    /**
     * The connections this picture draws as blocked, or counts so where a box or line stands for several (see
     * {@link DiagramRenderer}): a caption says how many.
     */
    public Set<ElementId> blocked() {
        return blocked;
    }

    /**
     * Whether a picture of {@code cluster} alone, fitted to {@code width} × {@code height} points, could draw it in full:
     * its box, as this picture lays it out before fitting, no wider nor taller than the area at the scale its small print
     * is legible, the test {@link #fittedTo} summarises a cluster by whatever else is summarised. One that fails it
     * would be summarised alone too, so a report need not fit (and throw away) that picture to find out.
     */
    public boolean couldDrawInFull(ElementId cluster, double width, double height) {
        double legible = DiagramPainter.READABLE_NAME / DiagramPainter.SMALLEST.size();
        Geometry box = scene.bounds(cluster);
        return box != null && (box.width() + 2 * PADDING) * legible <= width && (box.height() + 2 * PADDING) * legible <= height;
    }

    /**
     * The picture at the largest scale that fits, its title block and legend grown until their smallest type prints
     * at {@link #CHROME_TEXT} (a few rounds: growing them shrinks the scale a little).
     */
    private static DiagramPicture fitted(DiagramPicture picture, double width, double height) {
        DiagramPicture fitted = chromeFitted(picture, width, height);
        double scale = fitted.printScale;
        if (!fitted.tags()) {
            return fitted;
        }
        // Summarised, an endpoint is named by a tag wider than its box: the drawn copy's boxes grow to hold it, or the
        // tag would stick out of the picture (and off the page) at its right edge.
        Model model = picture.scene.model();
        DiagramFont tag = DiagramPainter.printTagFont(scale);
        java.util.Map<ElementId, Double> widths = new java.util.HashMap<>();
        for (ExternalEndpoint endpoint : model.all(ExternalEndpoint.class)) {
            Geometry box = picture.scene.bounds(endpoint.id());
            // A tenth to spare for the PDF's wider font, and the tag's padding on both sides.
            double needed = InterMetrics.width(endpoint.name(), tag) * 1.1 + 2.5 * tag.size();
            if (box != null && box.width() < needed) {
                widths.put(endpoint.id(), needed);
            }
        }
        if (widths.isEmpty()) {
            return fitted;
        }
        Model widened = ScopeLayout.widened(model, widths);
        return chromeFitted(new DiagramPicture(SceneLayout.of(widened), picture.marks, picture.renderer.theme(), picture.roots,
                picture.include, picture.title, picture.legend, picture.summarised, picture.blocked), width, height);
    }

    private static DiagramPicture chromeFitted(DiagramPicture picture, double width, double height) {
        DiagramPicture fitted = new DiagramPicture(picture, 1, scaleToFit(picture, width, height));
        for (int round = 0; round < 4; round++) {
            double chrome = Math.max(1, CHROME_TEXT / (LEGEND.size() * fitted.printScale));
            DiagramPicture grown = new DiagramPicture(picture, chrome, null);
            fitted = new DiagramPicture(picture, chrome, scaleToFit(grown, width, height));
        }
        return fitted;
    }

    private static double scaleToFit(DiagramPicture picture, double width, double height) {
        // A point short of the area: the shapes at the edges must not cross it by a rounding error.
        return Math.min(MOST_POINTS_PER_UNIT, Math.min((width - 1) / picture.width(), (height - 1) / picture.height()));
    }

    /**
     * The roots, everything inside them, the external endpoints those connect to, and every connection whose two
     * ends are among those.
     */
    public static Set<ElementId> closure(Model model, Set<ElementId> roots) {
        Set<ElementId> ids = new HashSet<>();
        for (Element element : model.elements().values()) {
            for (Element e = element; e != null; e = e.parentId() == null ? null : model.find(e.parentId()).orElse(null)) {
                if (roots.contains(e.id())) {
                    ids.add(element.id());
                    break;
                }
            }
        }
        // An external endpoint belongs to no environment: the scope keeps those its elements talk to, with the
        // connections, or a scoped picture would silently drop its egress to them.
        Set<ElementId> endpoints = new HashSet<>();
        for (Connection connection : model.all(Connection.class)) {
            for (ElementId[] ends : new ElementId[][] {{connection.from(), connection.to()}, {connection.to(), connection.from()}}) {
                if (ids.contains(ends[0]) && model.find(ends[1]).orElse(null) instanceof ExternalEndpoint) {
                    endpoints.add(ends[1]);
                }
            }
        }
        ids.addAll(endpoints);
        for (Connection connection : model.all(Connection.class)) {
            if (ids.contains(connection.from()) && ids.contains(connection.to())) {
                ids.add(connection.id());
            }
        }
        return ids;
    }

    public double width() {
        return Math.max(content.width() + 2 * PADDING, legend ? (widestLegendItem() + 2 * PADDING) * chrome : 0);
    }

    /**
     * Where the legend's lines start: the indexes of {@link #legendLabels} that begin a new line. One line when it
     * fits across the drawing; else it wraps, for a legend wider than a narrow drawing widened the picture, and fitted
     * to a portrait page that shrank the drawing, grew the legend and widened the picture again.
     */
    private List<Integer> legendBreaks() {
        double across = Math.max(content.width() + 2 * PADDING, (widestLegendItem() + 2 * PADDING) * chrome) / chrome - 2 * PADDING;
        List<Integer> breaks = new java.util.ArrayList<>();
        double x = 0;
        List<String> labels = legendLabels();
        for (int i = 0; i < labels.size(); i++) {
            double item = legendItemWidth(labels.get(i));
            if (i > 0 && x + item > across + 0.001) {
                breaks.add(i);
                x = 0;
            }
            x += item;
        }
        return breaks;
    }

    /** A legend item's width in Inter (swatch, label, gap), with a tenth to spare for the PDF's wider font. */
    private static double legendItemWidth(String label) {
        return (15 + InterMetrics.width(label, LEGEND) + 16) * 1.1;
    }

    private double widestLegendItem() {
        return legendLabels().stream().mapToDouble(DiagramPicture::legendItemWidth).max().orElse(0);
    }

    /** The legend's entries in order: {@link #BLOCKED} last, on a picture that draws a connection as blocked. */
    private List<String> legendLabels() {
        if (blocked.isEmpty()) {
            return LEGEND_LABELS;
        }
        List<String> labels = new ArrayList<>(LEGEND_LABELS);
        labels.add(BLOCKED);
        return labels;
    }

    /** The legend's height at 1×: a line more for each break. */
    private double legendHeight() {
        return LEGEND_HEIGHT + LEGEND_LINE * legendBreaks().size();
    }

    public double height() {
        return content.height() + 2 * PADDING + ((title == null ? 0 : TITLE_HEIGHT) + (legend ? legendHeight() : 0)) * chrome;
    }

    public DiagramTheme theme() {
        return renderer.theme();
    }

    /** The box the drawing itself takes inside the picture (without title and legend), in picture units. */
    public Geometry drawingArea() {
        return new Geometry(PADDING, (title == null ? 0 : TITLE_HEIGHT * chrome) + PADDING, content.width(), content.height());
    }

    /**
     * Draws the picture with its top-left corner at (x, y) of the surface, at a scale; the background fills the
     * picture's rectangle.
     */
    public void draw(DrawingSurface g, double scale, double x, double y) {
        DiagramTheme theme = renderer.theme();
        g.transform(scale, x, y);
        g.fill(theme.colour("-bh-canvas"));
        g.fillRect(0, 0, width(), height());
        double top = 0;
        if (title != null) {
            // The title block and legend are drawn chrome times larger: their width in their own units is the picture's
            // divided by it.
            g.transform(scale * chrome, x, y);
            double across = width() / chrome;
            g.fill(theme.colour("-bh-text"));
            g.text(title.model(), TITLE, PADDING, 26, Align.LEFT, across - 2 * PADDING);
            g.fill(theme.colour("-bh-text-muted"));
            g.text(title.scope() + "  ·  " + title.pricing() + "  ·  " + title.date(), SUBTITLE, PADDING, 46, Align.LEFT,
                    across - 2 * PADDING);
            g.stroke(theme.colour("-bh-border"));
            g.lineWidth(1);
            g.strokeLine(PADDING, TITLE_HEIGHT - 0.5, across - PADDING, TITLE_HEIGHT - 0.5);
            top = TITLE_HEIGHT * chrome;
        }
        double originX = x + (PADDING - content.x()) * scale;
        double originY = y + (top + PADDING - content.y()) * scale;
        renderer.draw(g, content, scale, originX, originY, scene, marks, include, printScale == null ? scale : printScale,
                summarised, blocked);
        if (include == null) {
            g.transform(scale, originX, originY);
            NotePainter.paint(g, theme, scene.model().settings().notes().canvas());
        }
        if (legend) {
            g.transform(scale * chrome, x, y + (height() - legendHeight() * chrome) * scale);
            legend(g, theme, 6, legendBreaks());
        }
        g.transform(1, 0, 0);
    }

    /** The key to the colours and badges, as the canvas's corner legend shows it. */
    private void legend(DrawingSurface g, DiagramTheme theme, double top, List<Integer> breaks) {
        double y = top + 12;
        double x = PADDING;
        int index = 0;
        List<Object[]> swatches = List.of(
                new Object[] {"namespace", theme.colour("-bh-namespace")},
                new Object[] {"vCluster", theme.colour("-bh-vcluster")},
                new Object[] {"dedicated", theme.colour("-bh-dedicated")},
                new Object[] {UNDECIDED, theme.colour("-bh-undecided")},
                new Object[] {"agent sandbox", theme.colour("-bh-agent")},
                new Object[] {"requirement unmet", theme.colour("-bh-danger")},
                new Object[] {"finding", theme.colour("-bh-warning")});
        for (Object[] swatch : swatches) {
            if (breaks.contains(index++)) {
                x = PADDING;
                y += LEGEND_LINE;
            }
            g.fill((Colour) swatch[1]);
            g.fillRoundRect(x, y - 5, 10, 10, 3);
            g.fill(theme.colour("-bh-text"));
            String label = (String) swatch[0];
            g.text(label, LEGEND, x + 15, y, Align.LEFT, 0);
            x += 15 + g.textWidth(label, LEGEND) + 16;
        }
        for (Object[] badge : List.<Object[]>of(
                new Object[] {Icon.ALERT_TRIANGLE, "untrusted agent", theme.colour("-bh-danger")},
                new Object[] {Icon.EYE, "reviewed", theme.colour("-bh-warning")},
                new Object[] {Icon.SHIELD, "trusted", theme.colour("-bh-ok")})) {
            if (breaks.contains(index++)) {
                x = PADDING;
                y += LEGEND_LINE;
            }
            g.fill((Colour) badge[2]);
            g.icon((Icon) badge[0], 11, x, y);
            g.fill(theme.colour("-bh-text"));
            String label = (String) badge[1];
            g.text(label, LEGEND, x + 15, y, Align.LEFT, 0);
            x += 15 + g.textWidth(label, LEGEND) + 16;
        }
        if (!blocked.isEmpty()) {
            if (breaks.contains(index)) {
                x = PADDING;
                y += LEGEND_LINE;
            }
            // A short dashed line in the danger colour where the other entries have a swatch: three dashes, as many as fit.
            g.stroke(theme.colour("-bh-danger"));
            g.lineWidth(1.6);
            g.dashes(2.6, 1.6);
            g.strokeLine(x, y, x + 11, y);
            g.dashes(0, 0);
            g.fill(theme.colour("-bh-text"));
            g.text(BLOCKED, LEGEND, x + 15, y, Align.LEFT, 0);
        }
    }
}
