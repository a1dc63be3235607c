package dev.bulkhead.diagram;

import dev.bulkhead.analysis.Severity;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Counts;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TrustLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws one element in diagram coordinates (the surface carries the zoom). {@code detail} says how much to
 * draw: 2 everything, 1 titles only, 0 shapes only; zoomed out, text is unreadable and costly. The same code
 * draws the canvas and every export, so what a file shows is what the canvas shows.
 */
public final class DiagramPainter {
    static final DiagramFont ENVIRONMENT_TITLE = DiagramFont.semiBold(14);
    static final DiagramFont CLUSTER_TITLE = DiagramFont.semiBold(12.5);
    static final DiagramFont POOL_TITLE = DiagramFont.semiBold(11.5);
    static final DiagramFont TENANT_TITLE = DiagramFont.semiBold(13.5);
    static final DiagramFont AGENT_TITLE = DiagramFont.semiBold(11.5);
    static final DiagramFont ENDPOINT_TITLE = DiagramFont.semiBold(12.5);
    static final DiagramFont SMALL = DiagramFont.regular(11.5);
    static final DiagramFont SMALLER = DiagramFont.regular(11);
    static final DiagramFont SMALLEST = DiagramFont.regular(10.5);
    static final DiagramFont PILL = DiagramFont.semiBold(10.5);
    static final DiagramFont BADGE = DiagramFont.semiBold(11);
    /** Environment headers stay dark in both themes; their small print is this light slate. */
    private static final Colour HEADER_NOTE = Colour.hex("#cbd5e1");
    /** The room between an agent's title and its trust icon, in units: about a space and a half of the title's type. */
    private static final double TRUST_ICON_CLEARANCE = 5;

    /** Below this zoom the containers' titles are drawn as name tags of constant on-screen size (semantic zoom). */
    static final double TAG_ZOOM = 0.5;
    /** The name tags' type size on screen, in pixels. */
    static final double TAG_PIXELS = 13;
    /** The tags' type size in exports (points on paper), where the full detail is drawn under them. */
    static final double PRINT_TAG_PIXELS = 8;

    /**
     * The smallest tenant name, in points on paper, an export draws: below it the names cannot be read when printed
     * (a risk committee reads paper), and the clusters are summarised instead (see {@link #summarises}).
     */
    public static final double READABLE_NAME = 6;

    private final DiagramTheme theme;
    /** The zoom of the frame being drawn (diagram units to target pixels). */
    private double scale = 1;
    /** Null on the canvas (tags by zoom); in an export, whether the containers are summarised by tags. */
    private Boolean exportTags;
    /** The model being drawn (for counting what a cluster's tag aggregates). */
    private Model model;
    private Model counted;
    private final java.util.Map<dev.bulkhead.model.ElementId, String> counts = new java.util.HashMap<>();
    private double tagScale = 1;
    private double tagPixels = TAG_PIXELS;
    private DiagramFont tagFont = DiagramFont.semiBold(TAG_PIXELS);
    private DiagramFont tagNoteFont = DiagramFont.regular(TAG_PIXELS * 0.85);
    /** The name tags drawn so far in this frame (see {@link #beginTags}). */
    private final List<Geometry> placedTags = new java.util.ArrayList<>();
    /** The containers' header bands, which an endpoint's tag keeps clear of where it can (see {@link #beginTags}). */
    private List<Geometry> headers = List.of();
    /** The whole drawing's bounds, which an endpoint's tag stays inside (see {@link #beginTags}); null when unknown. */
    private Geometry tagArea;
    /** Above 0, the canvas is read from across a room: every text is a name tag of this size on screen, see {@link #reading}. */
    private double readingPixels;
    private DiagramFont readingFont;
    private DiagramFont readingNoteFont;

    public DiagramPainter(DiagramTheme theme) {
        this.theme = theme;
    }

    public DiagramTheme theme() {
        return theme;
    }

    /**
     * Sets the zoom of the frame about to be drawn. Below {@link #TAG_ZOOM} the name tags' type is sized for the
     * screen; the zoom is rounded to quarter steps of a power of two so that a gesture does not make a new font for
     * every frame.
     */
    public void zoom(double value, boolean print) {
        exportTags = null;
        setZoom(value, print);
    }

    /**
     * Sets the scale of an export about to be drawn: either the full detail with the usual titles, or (when
     * {@code summarise}) name tags with counts in place of the clusters' contents, never the two on top of each other.
     */
    public void zoomForExport(double value, boolean summarise) {
        setZoom(value, true);
        exportTags = summarise;
    }

    /**
     * Whether an export at this scale summarises its clusters: their tenants' names would be too small to read. A
     * fitted picture summarises only the clusters it must (see {@link DiagramPicture#fittedTo}).
     */
    public static boolean summarises(double scale) {
        return TENANT_TITLE.size() * scale < READABLE_NAME;
    }

    /**
     * Whether every text of a card drawn in full, down to its small print (an option's pill, a pool's nodes, a port
     * label: 10.5 units), prints at {@link #READABLE_NAME} points or more at this scale. Beside a cluster summary,
     * whose type prints at 6 pt or more, a cluster is drawn in full only then (see {@link DiagramPicture#fittedTo}).
     */
    static boolean smallPrintLegible(double scale) {
        return SMALLEST.size() * scale >= READABLE_NAME;
    }

    /**
     * Whether an export printed at this scale names its containers with tags (environments, endpoints): when its
     * tenants' names are too small to read, or, with clusters summarised, when the small print beside them is.
     */
    static boolean tagsWhenPrinted(double printScale, boolean anySummary) {
        return summarises(printScale) || anySummary && !smallPrintLegible(printScale);
    }

    /** The name tags' font in an export printed at {@code printScale} points per unit (as {@link #zoomForExport} sets it). */
    static DiagramFont printTagFont(double printScale) {
        return DiagramFont.semiBold(PRINT_TAG_PIXELS / Math.pow(2, Math.round(Math.log(Math.max(printScale, 1e-3)) / Math.log(2) * 4) / 4.0));
    }

    /** The name tags' note font in an export printed at {@code printScale} (as {@link #zoomForExport} sets it). */
    static DiagramFont printTagNoteFont(double printScale) {
        return DiagramFont.regular(printTagFont(printScale).size() * 0.85);
    }

    /** The room around a cluster summary's text (see {@link #paintSummary}). */
    static double summaryPadding(DiagramFont title) {
        return title.size() * 0.5;
    }

    /** The height of a cluster summary: its name and {@code notes} lines under it, padded. */
    static double summaryHeight(DiagramFont title, DiagramFont note, int notes) {
        return 2 * summaryPadding(title) + title.size() * 1.3 + notes * note.size() * 1.3;
    }

    private void setZoom(double value, boolean print) {
        scale = value;
        double rounded = Math.pow(2, Math.round(Math.log(Math.max(value, 1e-3)) / Math.log(2) * 4) / 4.0);
        // On paper and in files the detail under a tag stays sharp when zoomed: smaller tags cover less of it.
        double pixels = print ? PRINT_TAG_PIXELS : TAG_PIXELS;
        if (rounded != tagScale || pixels != tagPixels) {
            tagScale = rounded;
            tagPixels = pixels;
            tagFont = DiagramFont.semiBold(pixels / rounded);
            tagNoteFont = DiagramFont.regular(pixels * 0.85 / rounded);
        }
        if (readingPixels > 0) {
            // Sixteenth steps of a power of two, rounded down: never smaller on screen than asked, at most 4% larger,
            // and a bounded number of fonts however the presenter zooms.
            double down = Math.pow(2, Math.floor(Math.log(Math.max(value, 1e-3)) / Math.log(2) * 16) / 16.0);
            if (readingFont == null || readingFont.size() != readingPixels / down) {
                readingFont = DiagramFont.semiBold(readingPixels / down);
                readingNoteFont = DiagramFont.regular(readingPixels / down);
            }
        }
    }

    /**
     * Draws the canvas to be read from across a room (presentation mode) with {@code pixels} above 0, or as usual with
     * 0: at any zoom every element's text is a name tag whose type is {@code pixels} high on screen, the name and one
     * fact (a tenant's option, an agent's runtime), for the small print of a card cannot be read from the back row.
     * The caller draws the detail as shapes only (detail 0), so that nothing smaller is drawn.
     */
    public void reading(double pixels) {
        if (pixels < 0 || Double.isNaN(pixels)) {
            throw new IllegalArgumentException("the reading size must be 0 (off) or above, not " + pixels);
        }
        readingPixels = pixels;
        readingFont = null; // made again for the new size at the next zoom
    }

    /** Whether the canvas is drawn for reading across a room (see {@link #reading}). */
    public boolean isReading() {
        return readingPixels > 0 && exportTags == null;
    }

    /** Whether containers show name tags instead of their titles at the current zoom. */
    boolean tags() {
        return exportTags != null ? exportTags : scale < TAG_ZOOM || isReading();
    }

    public void paint(DrawingSurface g, Model model, Element element, Geometry b, int detail, Decorations marks) {
        this.model = model;
        if (element instanceof Environment environment) {
            environment(g, environment, b, detail);
        } else if (element instanceof Cluster cluster) {
            cluster(g, cluster, b, detail);
        } else if (element instanceof NodePool pool) {
            pool(g, model, pool, b, detail);
        } else if (element instanceof Tenant tenant) {
            tenant(g, model, tenant, b, detail, marks.unmet().contains(tenant.id()));
        } else if (element instanceof Agent agent) {
            agent(g, agent, b, detail);
        } else if (element instanceof ExternalEndpoint endpoint) {
            endpoint(g, endpoint, b, detail);
        }
        Severity worst = marks.worstFinding().get(element.id());
        if (worst != null && detail > 0) {
            badge(g, b, worst == Severity.ERROR ? theme.colour("-bh-danger") : theme.colour("-bh-warning"));
        }
    }

    private void environment(DrawingSurface g, Environment environment, Geometry b, int detail) {
        Colour header = environment.environmentKind() == EnvironmentKind.PROD || environment.criticality() == Criticality.HIGH
                ? theme.colour("-bh-environment") : theme.colour("-bh-environment-dev");
        g.fill(theme.colour("-bh-surface"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 16);
        g.fill(header);
        double headerHeight = Math.min(b.height(), ElementSizes.header(environment.kind()));
        g.fillRoundRect(b.x(), b.y(), b.width(), headerHeight, 16);
        if (b.height() > headerHeight) {
            g.fillRect(b.x(), b.y() + headerHeight - 8, b.width(), 8);
        }
        g.stroke(header);
        g.lineWidth(1.5);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 16);
        if (tags()) {
            return;
        }
        if (detail == 0) {
            return;
        }
        String option = environment.option() == null ? "no option chosen" : "option: " + environment.option().label();
        String note = "criticality " + lower(environment.criticality()) + " · " + option + " · Terraform: "
                + lower(environment.terraformLayout());
        // A narrow environment (one shrunk around a cluster summary) shows its title alone: its note, squeezed into
        // the room left, could not be read.
        boolean withNote = detail > 1 && g.textWidth(note, SMALL) <= b.width() * 0.42;
        g.fill(Colour.WHITE);
        g.icon(Icon.of(environment.kind()), 14, b.x() + 14, b.y() + 20);
        g.text(environmentTitle(environment), ENVIRONMENT_TITLE, b.x() + 34, b.y() + 20, Align.LEFT,
                Math.max(1, withNote || detail < 2 ? b.width() * 0.55 - 20 : b.width() - 48));
        if (withNote) {
            g.fill(HEADER_NOTE);
            g.text(note, SMALL, b.maxX() - 16, b.y() + 20, Align.RIGHT, Math.max(1, b.width() * 0.42));
        }
    }

    /**
     * The rectangle an environment's or a cluster's title (its icon and name, as {@link #paint} draws them in full)
     * takes, or null for any other element: lines, count chips and port labels keep off it, or "ENVIRONMENT · dev"
     * reads through a line. A tenth wider than Inter measures, for the PDF's wider font.
     */
    static Geometry titleArea(Element element, Geometry b) {
        if (element instanceof Environment environment) {
            double width = Math.min(InterMetrics.width(environmentTitle(environment), ENVIRONMENT_TITLE) * 1.1, Math.max(1, b.width() - 48));
            return new Geometry(b.x() + 14, b.y() + 20 - 9, 20 + width, 18);
        }
        if (element instanceof Cluster cluster) {
            double width = Math.min(InterMetrics.width("CLUSTER " + cluster.name(), CLUSTER_TITLE) * 1.1, Math.max(1, b.width() * 0.5 - 19));
            return new Geometry(b.x() + 12, b.y() + 17 - 8, 19 + width, 16);
        }
        return null;
    }

    private static String environmentTitle(Environment environment) {
        return "ENVIRONMENT · " + environment.name();
    }

    /** The narrowest an environment can be with its title in full beside its icon, without its note (in Inter). */
    static double leastEnvironmentWidth(Environment environment) {
        return 34 + InterMetrics.width(environmentTitle(environment), ENVIRONMENT_TITLE) * 1.1 + 14;
    }

    /**
     * The narrowest a cluster can be drawn with its title whole and its provider line squeezed across to no less than
     * {@link #LEAST_SQUEEZE} (they share its width, see {@link #cluster}), with a tenth to spare for the PDF's wider
     * font: the width a page's re-flow keeps.
     */
    static double leastClusterWidth(Cluster cluster) {
        double title = InterMetrics.width("CLUSTER " + cluster.name(), CLUSTER_TITLE) * 1.1;
        double details = InterMetrics.width(clusterDetails(cluster), SMALL) * 1.1;
        return Math.max(2 * (title + 19), details * LEAST_SQUEEZE / 0.48);
    }

    /**
     * How far across a cluster's provider line may be squeezed on a page: to 70% it still reads, and a cluster of
     * two tenants' width holds it ("GKE us-central1 · standard tier · runc, gVisor" wants 550 units unsqueezed).
     */
    static final double LEAST_SQUEEZE = 0.7;

    private static String clusterDetails(Cluster cluster) {
        String runtimes = EnumSet.copyOf(cluster.sandboxRuntimes()).stream().map(SandboxRuntime::label)
                .collect(Collectors.joining(", "));
        return cluster.provider().name().replace('_', '-') + " " + cluster.region() + " · " + lower(cluster.supportTier())
                + " tier · " + runtimes;
    }

    private void cluster(DrawingSurface g, Cluster cluster, Geometry b, int detail) {
        g.fill(theme.colour("-bh-cluster"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        g.stroke(theme.colour("-bh-border-strong"));
        g.lineWidth(1);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        if (tags()) {
            return;
        }
        if (detail == 0) {
            return;
        }
        g.fill(theme.colour("-bh-text"));
        g.icon(Icon.of(cluster.kind()), 13, b.x() + 12, b.y() + 17);
        g.text("CLUSTER " + cluster.name(), CLUSTER_TITLE, b.x() + 31, b.y() + 17, Align.LEFT, Math.max(1, b.width() * 0.5 - 19));
        if (detail > 1) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(clusterDetails(cluster), SMALL, b.maxX() - 14, b.y() + 17, Align.RIGHT, Math.max(1, b.width() * 0.48));
        }
    }

    private void pool(DrawingSurface g, Model model, NodePool pool, Geometry b, int detail) {
        g.fill(theme.colour("-bh-surface"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 8);
        g.stroke(pool.isShared() ? theme.colour("-bh-border-strong") : theme.colour("-bh-dedicated"));
        g.lineWidth(1);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 8);
        if (detail == 0) {
            return;
        }
        g.fill(theme.colour("-bh-text"));
        double titleY = b.y() + b.height() / 2 - (detail > 1 ? 6 : 0);
        g.icon(Icon.of(pool.kind()), 11, b.x() + 8, titleY);
        g.text(pool.name(), POOL_TITLE, b.x() + 24, titleY, Align.LEFT, Math.max(1, b.width() - 33));
        if (detail > 1) {
            g.fill(theme.colour("-bh-text-muted"));
            String dedicated = pool.isShared() ? "" : " · " + model.find(pool.dedicatedTo()).map(Element::name).orElse("?");
            g.text(pool.minCount() + "–" + pool.maxCount() + " × " + pool.instanceType() + dedicated, SMALLEST,
                    b.x() + 9, b.y() + b.height() / 2 + 7, Align.LEFT, Math.max(1, b.width() - 18));
        }
    }

    private void tenant(DrawingSurface g, Model model, Tenant tenant, Geometry b, int detail, boolean unmet) {
        TenancyOption option = effectiveOption(model, tenant);
        Colour colour = theme.option(option);
        g.fill(theme.colour("-bh-surface"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 10);
        g.fill(colour);
        g.fillRoundRect(b.x(), b.y(), 5, b.height(), 5);
        g.stroke(unmet ? theme.colour("-bh-danger") : colour);
        g.lineWidth(unmet ? 2.2 : 1.5);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 10);
        if (unmet) {
            g.fill(theme.colour("-bh-danger"));
            g.fillOval(b.maxX() - 16, b.y() + 8, 9, 9);
        }
        if (detail == 0) {
            return;
        }
        // The name stops 8 short of the icon, which moves left to make room for the unmet dot.
        double iconX = b.maxX() - (unmet ? 36 : 22);
        g.fill(theme.colour("-bh-text"));
        g.text(tenant.name(), TENANT_TITLE, b.x() + 14, b.y() + 19, Align.LEFT, Math.max(1, iconX - 8 - (b.x() + 14)));
        g.fill(colour);
        g.icon(Icon.of(tenant.kind()), 12, iconX, b.y() + 19);
        if (detail > 1) {
            boolean ownNodes = model.children(tenant.cluster(), NodePool.class).stream()
                    .anyMatch(p -> tenant.id().equals(p.dedicatedTo()));
            g.fill(theme.colour("-bh-text-muted"));
            g.text(tenant.tenantKind().label() + (ownNodes ? " · own nodes" : ""), SMALL, b.x() + 14, b.y() + 37, Align.LEFT,
                    Math.max(1, b.width() - 24));
            pill(g, option == null ? "undecided" : option.label(), colour, b.x() + 14, b.y() + 50);
        }
    }

    private void agent(DrawingSurface g, Agent agent, Geometry b, int detail) {
        Colour amber = theme.colour("-bh-agent");
        g.fill(theme.colour("-bh-agent-fill"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 10);
        g.stroke(amber);
        g.lineWidth(1.3);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 10);
        if (detail == 0) {
            return;
        }
        g.fill(amber);
        g.icon(Icon.of(agent.kind()), 11, b.x() + 9, b.y() + 16);
        double trustIcon = b.maxX() - 24;
        // The title is squeezed to end a few units short of the trust icon: squeezed to the icon's edge it touched it
        // ("AGENT report-writer" against its reviewed-eye on every surface).
        double titleX = b.x() + 25;
        g.text("AGENT " + agent.name(), AGENT_TITLE, titleX, b.y() + 16, Align.LEFT, Math.max(1, trustIcon - TRUST_ICON_CLEARANCE - titleX));
        g.fill(switch (agent.trust()) {
            case UNTRUSTED -> theme.colour("-bh-danger");
            case REVIEWED -> theme.colour("-bh-warning");
            case TRUSTED -> theme.colour("-bh-ok");
        });
        g.icon(Icon.of(agent.trust()), 12, trustIcon, b.y() + 16);
        if (detail > 1) {
            g.fill(agent.trust() == TrustLevel.UNTRUSTED ? theme.colour("-bh-danger") : theme.colour("-bh-text-muted"));
            g.text(trustCaption(agent.trust()), SMALLER,
                    b.x() + 10, b.y() + 33, Align.LEFT, Math.max(1, b.width() - 20));
            pill(g, agent.runtime().label(), agent.runtime() == SandboxRuntime.RUNC ? theme.colour("-bh-danger") : amber,
                    b.x() + 10, b.y() + 43);
            g.fill(theme.colour("-bh-text-muted"));
            g.text(Counts.of(agent.concurrency(), "sandbox", "sandboxes") + " · warm " + agent.warmPool(), SMALLEST, b.x() + 10, b.y() + 75, Align.LEFT,
                    Math.max(1, b.width() - 20));
        }
    }

    private void endpoint(DrawingSurface g, ExternalEndpoint endpoint, Geometry b, int detail) {
        g.fill(theme.colour("-bh-surface-muted"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        g.stroke(theme.colour("-bh-external"));
        g.lineWidth(1.3);
        g.dashes(5, 4);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        g.dashes(0, 0);
        if (detail == 0 || tags()) {
            return; // its tag names it: in a summarised export, and on the canvas below the tags' zoom
        }
        g.fill(theme.colour("-bh-text"));
        g.icon(Icon.of(endpoint.kind()), 12, b.x() + 11, b.y() + 19);
        g.text(endpoint.name(), ENDPOINT_TITLE, b.x() + 29, b.y() + 19, Align.LEFT, Math.max(1, b.width() - 41));
        if (detail > 1) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(endpoint.address(), SMALLER, b.x() + 12, b.y() + 38, Align.LEFT, Math.max(1, b.width() - 24));
        }
    }

    /**
     * Draws an environment's or cluster's name tag (see {@link #tags()}), over everything inside it; in a summarised
     * export an external endpoint's too, for its title would be as small as the tenants' left out.
     */
    public void paintTag(DrawingSurface g, Model drawn, Element element, Geometry b) {
        this.model = drawn;
        if (isReading()) {
            readingLabel(g, drawn, element, b);
        } else if (element instanceof Environment environment) {
            tag(g, environment.name(), null, environmentHeader(environment), Colour.WHITE, b, TagPlace.TOP_LEFT);
        } else if (element instanceof Cluster cluster) {
            tag(g, cluster.name(), counts(cluster), theme.colour("-bh-surface"), theme.colour("-bh-text"), b, TagPlace.CENTRE);
        } else if (element instanceof ExternalEndpoint endpoint && Boolean.TRUE.equals(exportTags)) {
            // Its name inside its own box (widened to hold it, see DiagramPicture), not on a chip of its own over the
            // box: two outlines read as two things.
            double pad = tagPixels * 0.9 / tagScale;
            g.fill(theme.colour("-bh-text"));
            g.text(endpoint.name(), tagFont, b.x() + pad, b.y() + Math.min(b.height(), tagFont.size() * 1.3 + pad) / 2,
                    Align.LEFT, Math.max(1, b.width() - 2 * pad));
        } else if (element instanceof ExternalEndpoint endpoint) {
            // On the canvas at low zoom the box cannot be widened: a chip at its left, as wide as the name needs.
            tag(g, endpoint.name(), null, theme.colour("-bh-surface"), theme.colour("-bh-text"), b, TagPlace.BESIDE);
        }
    }

    /** Where a name tag sits on its element. */
    private enum TagPlace {
        /** An environment's: at its top left. */
        TOP_LEFT,
        /** A cluster's: in its middle, over tenants too small to read. */
        CENTRE,
        /** An endpoint's: at its left edge, centred on it, as large as the name needs even when the box is smaller. */
        BESIDE
    }

    /**
     * Forgets the tags placed so far; the renderer calls it before a frame's tags, so that a tag moves clear of those
     * drawn before it in the same frame (see {@link #tag}), and an endpoint's stays inside the {@code drawing}.
     */
    void beginTags(Geometry drawing, List<Geometry> containerHeaders) {
        placedTags.clear();
        tagArea = drawing;
        headers = List.copyOf(containerHeaders);
    }

    /** The boxes of the name tags drawn since the frame's tags began, in diagram units, in the order drawn. */
    public List<Geometry> placedTags() {
        return List.copyOf(placedTags);
    }

    /**
     * A summarised cluster (see {@link ClusterSummary}): a box of the cluster's colours sized by what it shows, its
     * name and facts in the name tags' type at its top left, so that they print at 6 pt or more however small the
     * picture is printed. The box is laid out by {@link ClusterSummary#size} for the same print scale. Its line counting
     * the {@code blocked} connections inside, if any, is in the danger colour.
     */
    public void paintSummary(DrawingSurface g, Model drawn, Cluster cluster, Geometry b, Set<ElementId> blocked) {
        ClusterSummary summary = ClusterSummary.of(drawn, cluster, blocked);
        g.fill(theme.colour("-bh-cluster"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        g.stroke(theme.colour("-bh-border-strong"));
        g.lineWidth(tagLineWidth());
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 12);
        double pad = summaryPadding(tagFont);
        double width = Math.max(1, b.width() - 2 * pad);
        double y = b.y() + pad + tagFont.size() * 0.65;
        g.fill(theme.colour("-bh-text"));
        g.text(summary.name(), tagFont, b.x() + pad, y, Align.LEFT, width);
        y += tagFont.size() * 0.65;
        g.fill(theme.colour("-bh-text-muted"));
        for (String line : summary.notes()) {
            if (line.equals(summary.blocked())) {
                g.fill(theme.colour("-bh-danger")); // the last line, so no colour to restore after it
            }
            y += tagNoteFont.size() * 0.65;
            g.text(line, tagNoteFont, b.x() + pad, y, Align.LEFT, width);
            y += tagNoteFont.size() * 0.65;
        }
    }

    /** The width of a tag's outline in diagram units: a point on paper in an export. */
    double tagLineWidth() {
        return 1 / tagScale;
    }

    /** The box a count chip centred on (x, y) takes (see {@link #paintCount}). */
    Geometry countBox(DrawingSurface g, String text, double x, double y) {
        double pad = tagPixels * 0.45 / tagScale;
        double width = g.textWidth(text, tagNoteFont) + 2 * pad;
        double height = tagNoteFont.size() * 1.3 + pad / 2;
        return new Geometry(x - width / 2, y - height / 2, width, height);
    }

    /** A count of aggregated connections on a chip in tag type, centred on (x, y), its text in {@code ink}. */
    void paintCount(DrawingSurface g, String text, double x, double y, Colour ink) {
        double pad = tagPixels * 0.45 / tagScale;
        double width = g.textWidth(text, tagNoteFont) + 2 * pad;
        double height = tagNoteFont.size() * 1.3 + pad / 2;
        g.fill(theme.colour("-bh-surface"));
        g.fillRoundRect(x - width / 2, y - height / 2, width, height, 2 * pad);
        g.stroke(theme.colour("-bh-border-strong"));
        g.lineWidth(1 / tagScale);
        g.strokeRoundRect(x - width / 2, y - height / 2, width, height, 2 * pad);
        g.fill(ink);
        g.text(text, tagNoteFont, x - width / 2 + pad, y, Align.LEFT, 0);
    }

    private Colour environmentHeader(Environment environment) {
        return environment.environmentKind() == EnvironmentKind.PROD || environment.criticality() == Criticality.HIGH
                ? theme.colour("-bh-environment") : theme.colour("-bh-environment-dev");
    }

    /**
     * An element's name read across a room (see {@link #reading}): at its top left on a chip of its own colour, in
     * type of the reading size on screen, broken after a hyphen, underscore or space onto as many lines as its title
     * area holds (the last cut short with an ellipsis), then one fact (a tenant's option, an agent's runtime) if a
     * line is left. A container's title area is its header (a tenant's: the part above its agents), a card's all of it.
     */
    private void readingLabel(DrawingSurface g, Model drawn, Element element, Geometry b) {
        String note = null;
        Colour fill = theme.colour("-bh-surface");
        Colour ink = theme.colour("-bh-text");
        if (element instanceof Environment environment) {
            fill = environmentHeader(environment);
            ink = Colour.WHITE;
        } else if (element instanceof Tenant tenant) {
            TenancyOption option = effectiveOption(drawn, tenant);
            note = option == null ? "undecided" : option.label();
        } else if (element instanceof Agent agent) {
            fill = theme.colour("-bh-agent-fill");
            note = agent.runtime().label();
        } else if (element instanceof NodePool || element instanceof Cluster) {
            fill = theme.colour("-bh-surface");
        } else if (element instanceof ExternalEndpoint) {
            fill = theme.colour("-bh-surface-muted");
        }
        double size = readingFont.size();
        // Tight: a tenant's card is narrow for type this large, and every character shown is one the room reads.
        double pad = size * 0.12;
        double line = size * 1.15;
        double header = ElementSizes.header(element.kind());
        double room = Math.min(b.height(), header > 0 ? header : b.height());
        int most = Math.max(1, (int) Math.floor((room - 2 * pad) / line));
        double width = b.width() - 4 * pad;
        if (width <= 0) {
            return;
        }
        // The fact keeps its line when the card has two: a wrapped name taking it left the room a card that says
        // "tutor-" / "sandbox" and not what runs there; the name is cut short with an ellipsis instead.
        List<String> lines = wrapped(g, element.name(), readingFont, width, note != null && most > 1 ? most - 1 : most);
        if (lines.get(0).endsWith("…") && lines.get(0).length() <= 3) {
            return; // a letter or two tells the room nothing: the containers' names carry this zoom
        }
        boolean withNote = note != null && lines.size() < most;
        double textWidth = lines.stream().mapToDouble(t -> g.textWidth(t, readingFont)).max().orElse(0);
        if (withNote) {
            note = fitted(g, note, readingNoteFont, width);
            textWidth = Math.max(textWidth, g.textWidth(note, readingNoteFont));
        }
        int count = lines.size() + (withNote ? 1 : 0);
        double x = b.x() + pad;
        // A container's label starts at its top edge: its header is barely a line of this type high, and the label
        // must not reach down over its first child's.
        double y = b.y() + (ElementSizes.isContainer(element.kind()) ? 0 : pad);
        g.fill(fill);
        g.fillRoundRect(x, y, textWidth + 2 * pad, count * line + pad, 2 * pad);
        g.fill(ink);
        for (int i = 0; i < lines.size(); i++) {
            g.text(lines.get(i), readingFont, x + pad, y + pad / 2 + line * (i + 0.5), Align.LEFT, 0);
        }
        if (withNote) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(note, readingNoteFont, x + pad, y + pad / 2 + line * (lines.size() + 0.5), Align.LEFT, 0);
        }
    }

    /**
     * A name in lines no wider than {@code width}, broken after a hyphen, underscore, dot or space, at most {@code most}
     * lines, the last cut short with an ellipsis when the rest does not fit.
     */
    static List<String> wrapped(DrawingSurface g, String name, DiagramFont font, double width, int most) {
        List<String> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("[^-_. ]*[-_. ]*").matcher(name);
        while (part.find()) {
            if (!part.group().isEmpty()) {
                parts.add(part.group());
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String next = current + parts.get(i);
            if (current.length() > 0 && g.textWidth(next.strip(), font) > width) {
                if (lines.size() == most - 1) {
                    lines.add(fitted(g, (current + String.join("", parts.subList(i, parts.size()))).strip(), font, width));
                    return lines;
                }
                lines.add(fitted(g, current.toString().strip(), font, width));
                current = new StringBuilder(parts.get(i));
            } else {
                current = new StringBuilder(next);
            }
        }
        lines.add(fitted(g, current.toString().strip(), font, width));
        return lines;
    }

    /**
     * A container's name tag at low zoom: its name (and a note) on a chip of the container's colour, in type of a
     * constant size on screen, so that the environments and clusters of a large model stay legible at Fit where
     * their titles would be a pixel high. An environment's tag sits at its top left, a cluster's in its middle
     * (over tenants too small to read); a tag never grows wider than its container.
     */
    private void tag(DrawingSurface g, String name, String note, Colour fill, Colour text, Geometry b, TagPlace place) {
        double pad = tagPixels * 0.45 / tagScale;
        double lineHeight = tagFont.size() * 1.3;
        double noteHeight = note == null ? 0 : tagNoteFont.size() * 1.3;
        double needed = Math.max(g.textWidth(name, tagFont), note == null ? 0 : g.textWidth(note, tagNoteFont)) + 2 * pad;
        double width = place == TagPlace.BESIDE ? needed : Math.min(b.width() - 2 * pad, needed);
        double height = lineHeight + noteHeight + pad;
        if (width <= 0 || place != TagPlace.BESIDE && height > b.height()) {
            return;
        }
        double x = switch (place) {
            case CENTRE -> b.x() + (b.width() - width) / 2;
            case TOP_LEFT -> b.x() + pad;
            // Inside the drawing's right edge: Fit frames the boxes, and a name running past them would be cut off.
            case BESIDE -> tagArea == null || b.x() + width <= tagArea.maxX() ? b.x() : Math.max(tagArea.x(), tagArea.maxX() - width);
        };
        double y = switch (place) {
            case CENTRE, BESIDE -> b.y() + (b.height() - height) / 2;
            case TOP_LEFT -> b.y() + pad;
        };
        if (place == TagPlace.BESIDE && tagArea != null) {
            y = Math.max(tagArea.y(), Math.min(y, tagArea.maxY() - height));
        }
        Geometry wanted = new Geometry(x, y, width, height);
        // An endpoint's tag, moved left to stay inside the drawing, lay on the last environment's header at Fit
        // (internal-platform's "Card network gateway" on prod's): it keeps clear of the headers too where it can.
        Geometry box = place == TagPlace.BESIDE ? clearOf(wanted, tagArea, pad / 2, headers) : null;
        if (box == null) {
            box = clearOf(wanted, place == TagPlace.BESIDE ? tagArea : b, pad / 2, List.of());
        }
        if (box == null) {
            // No room clear of the tags already drawn (a small cluster under its environment's tag): the name alone
            // is smaller; a name on top of another reads as neither, so without room the tag is left out.
            if (note != null) {
                tag(g, name, null, fill, text, b, place);
            }
            return;
        }
        placedTags.add(box);
        x = box.x();
        y = box.y();
        g.fill(fill);
        g.fillRoundRect(x, y, width, height, 2 * pad);
        g.stroke(theme.colour("-bh-border-strong"));
        g.lineWidth(1 / tagScale);
        g.strokeRoundRect(x, y, width, height, 2 * pad);
        g.fill(text);
        g.text(name, tagFont, x + pad, y + pad / 2 + lineHeight / 2, Align.LEFT, width - 2 * pad);
        if (note != null) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(note, tagNoteFont, x + pad, y + pad / 2 + lineHeight + noteHeight / 2, Align.LEFT, width - 2 * pad);
        }
    }

    /**
     * The tag's box, or the nearest one straight across or up or down from it that covers no tag placed before it nor
     * any of {@code alsoClearOf}, and stays inside {@code within} (when given); null when there is none. At Fit a
     * cluster's centred tag covered its environment's.
     */
    private Geometry clearOf(Geometry box, Geometry within, double gap, List<Geometry> alsoClearOf) {
        List<Geometry> taken = placedTags;
        if (!alsoClearOf.isEmpty()) {
            taken = new java.util.ArrayList<>(placedTags);
            taken.addAll(alsoClearOf);
        }
        if (taken.stream().noneMatch(box::intersects)) {
            return box;
        }
        List<Geometry> candidates = new java.util.ArrayList<>();
        for (Geometry other : taken) {
            if (other.x() < box.maxX() && box.x() < other.maxX()) {
                candidates.add(new Geometry(box.x(), other.maxY() + gap, box.width(), box.height()));
                candidates.add(new Geometry(box.x(), other.y() - gap - box.height(), box.width(), box.height()));
            }
            if (other.y() < box.maxY() && box.y() < other.maxY()) {
                candidates.add(new Geometry(other.maxX() + gap, box.y(), box.width(), box.height()));
                candidates.add(new Geometry(other.x() - gap - box.width(), box.y(), box.width(), box.height()));
            }
        }
        candidates.sort(java.util.Comparator.comparingDouble(c -> Math.abs(c.x() - box.x()) + Math.abs(c.y() - box.y())));
        for (Geometry moved : candidates) {
            boolean inside = within == null || within.contains(moved);
            if (inside && taken.stream().noneMatch(moved::intersects)) {
                return moved;
            }
        }
        return null;
    }

    /** The text, or as much of it as fits in {@code width} followed by an ellipsis. */
    static String fitted(DrawingSurface g, String text, DiagramFont font, double width) {
        if (g.textWidth(text, font) <= width) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String cut = text.substring(0, end) + "…";
            if (g.textWidth(cut, font) <= width) {
                return cut;
            }
        }
        return "…";
    }

    /**
     * What a cluster holds, counted for its tag: the detail that cannot be read at this zoom, aggregated. Counted
     * once per model snapshot, not every frame.
     */
    private String counts(Cluster cluster) {
        if (counted != model) {
            counts.clear();
            counted = model;
        }
        return counts.computeIfAbsent(cluster.id(), id -> ClusterSummary.of(model, cluster).counts());
    }

    /** A rounded label such as an option name or a port. */
    public void pill(DrawingSurface g, String label, Colour fill, double x, double y) {
        double width = Math.ceil(g.textWidth(label, PILL)) + 16;
        g.fill(fill);
        g.fillRoundRect(x, y, width, 19, 19);
        g.fill(Colour.WHITE);
        g.text(label, PILL, x + width / 2, y + 9.5, Align.CENTER, 0);
    }

    private void badge(DrawingSurface g, Geometry b, Colour colour) {
        // In a summarised export the badge grows with the tags: at 1:1 its mark would print a few points high.
        double grow = Boolean.TRUE.equals(exportTags) ? Math.max(1, tagFont.size() / BADGE.size()) : 1;
        double size = 16 * grow;
        double x = b.maxX() - size / 2 - 2;
        double y = b.y() - size / 2 + 2;
        g.fill(colour);
        g.fillOval(x, y, size, size);
        g.fill(Colour.WHITE);
        g.text("!", grow == 1 ? BADGE : DiagramFont.semiBold(BADGE.size() * grow), x + size / 2, y + size / 2, Align.CENTER, 0);
    }

    /** The line under an agent's name saying what code it runs ("LLM-generated code"), which Find matches too. */
    public static String trustCaption(TrustLevel trust) {
        return trust == TrustLevel.UNTRUSTED ? "LLM-generated code" : trust.label() + " code";
    }

    /** The option a tenant is placed with: its own, else its environment's, else none. */
    public static TenancyOption effectiveOption(Model model, Tenant tenant) {
        if (tenant.option() != null) {
            return tenant.option();
        }
        return model.environmentOf(tenant.id()).map(Environment::option).orElse(null);
    }

    /** Whether an element kind is drawn with the containers, under the connection lines. */
    static boolean drawnUnderConnections(ElementKind kind) {
        return ElementSizes.isContainer(kind) && kind != ElementKind.TENANT;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
