package dev.bulkhead.diagram;

import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The count chips of a summarised picture's gathered connections: one chip for each pair of boxes, on the line
 * between them, saying how many connections run each way as the line runs on the page ("172 → · 193 ←"). On its
 * line the chip names what it counts, the two boxes the line joins: a chip beside a box could be read as counting
 * any line near it, and a wording naming both ends ran off a Letter page. A chip goes where it covers no box, title, header band, name tag or other chip and stays inside the
 * drawing; a count with no such place on its line is left out rather than printed over a summary's counts or a title
 * (the layout keeps room for it, see {@link #room}).
 */
final class CountChips {
    /** Where along a segment a chip may go, the middle first. */
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9};
    /** Between the two ways' counts on one chip. */
    private static final String BETWEEN = " · ";

    private final DiagramPainter painter;
    private final SceneLayout scene;
    private final Geometry within;
    private final List<Geometry> tags;
    private final List<Geometry> placed = new ArrayList<>();

    /**
     * Made after the frame's name tags are drawn, which the chips keep clear of.
     *
     * @param within the drawing's area, which every chip stays inside
     */
    CountChips(DiagramPainter painter, SceneLayout scene, Geometry within) {
        this.painter = painter;
        this.scene = scene;
        this.within = within;
        this.tags = painter.placedTags();
    }

    /**
     * Draws a chip for each pair of boxes joined by more than one gathered connection.
     *
     * @param counts how many connections were gathered between two boxes, from the first to the second
     * @param paths  the line drawn for each pair, from the first box to the second (both ways share one line)
     */
    void paint(DrawingSurface g, Map<List<ElementId>, Integer> counts, Map<List<ElementId>, double[]> paths) {
        java.util.Set<List<ElementId>> counted = new java.util.HashSet<>();
        counts.forEach((ends, forward) -> {
            double[] path = paths.get(ends);
            if (path == null || counted.contains(ends)) {
                return;
            }
            // Both ways are counted on one chip, on the line they share (see DiagramRenderer#aggregatedLines).
            List<ElementId> reverse = List.of(ends.get(1), ends.get(0));
            counted.add(reverse);
            int backward = counts.getOrDefault(reverse, 0);
            if (forward + backward < 2) {
                return;
            }
            placeAndPaint(g, forward, backward, path);
        });
    }

    /**
     * The chip's text on a piece of line running (dx, dy) from the first box's end: each way's count with an arrow as
     * that way runs there on the page, the way right (or down) first; a way with no connection is left out.
     */
    static String text(int forward, int backward, double dx, double dy) {
        String ahead = arrow(dx, dy);
        String back = arrow(-dx, -dy);
        List<String> ways = new ArrayList<>(2);
        boolean aheadFirst = ahead.equals("→") || ahead.equals("↓");
        for (boolean isAhead : aheadFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
            int count = isAhead ? forward : backward;
            if (count > 0) {
                ways.add(count + " " + (isAhead ? ahead : back));
            }
        }
        return String.join(BETWEEN, ways);
    }

    private static String arrow(double dx, double dy) {
        return Math.abs(dx) >= Math.abs(dy) ? (dx >= 0 ? "→" : "←") : (dy >= 0 ? "↓" : "↑");
    }

    /**
     * The room, in diagram units across and down, that two boxes keep between them for a chip on a line in the gap
     * in a picture printed at {@code printScale} points per unit: the widest chip (both ways' counts of up to
     * {@code digits} digits) and the arrow heads either side. Measured in Inter with a tenth to spare for the PDF's
     * wider font, as the summaries' boxes are.
     */
    static Geometry room(double printScale, int digits) {
        DiagramFont tag = DiagramPainter.printTagFont(printScale);
        DiagramFont note = DiagramPainter.printTagNoteFont(printScale);
        double pad = DiagramPainter.countPadding(tag);
        String widest = "9".repeat(digits) + " →" + BETWEEN + "9".repeat(digits) + " ←";
        double width = InterMetrics.width(widest, note) * 1.1 + 2 * pad;
        double height = DiagramPainter.countHeight(note, pad);
        double ends = 2 * (DiagramRenderer.aggregatedHeadLength(tag.size() / DiagramPainter.PRINT_TAG_PIXELS) + pad);
        return new Geometry(0, 0, Math.ceil(width + ends), Math.ceil(height + ends));
    }

    /**
     * Draws the chip at the first spot along the line, its middle segment first, where it covers nothing, its arrows
     * as the segment it sits on runs; none when there is no such spot.
     */
    private void placeAndPaint(DrawingSurface g, int forward, int backward, double[] path) {
        int segments = path.length / 2 - 1;
        int middle = (segments - 1) / 2;
        List<Integer> order = new ArrayList<>();
        order.add(middle);
        for (int i = 0; i < segments; i++) {
            if (i != middle) {
                order.add(i);
            }
        }
        double head = DiagramRenderer.aggregatedHeadLength(painter.tagLineWidth());
        List<Geometry> heads = List.of(around(path[0], path[1], head),
                around(path[path.length - 2], path[path.length - 1], head));
        for (int i : order) {
            double x1 = path[2 * i];
            double y1 = path[2 * i + 1];
            double x2 = path[2 * i + 2];
            double y2 = path[2 * i + 3];
            String text = text(forward, backward, x2 - x1, y2 - y1);
            for (double t : ALONG) {
                Geometry chip = painter.countBox(g, text, x1 + t * (x2 - x1), y1 + t * (y2 - y1));
                if (clear(chip) && heads.stream().noneMatch(chip::intersects)) {
                    placed.add(chip);
                    painter.paintCount(g, text, chip.x() + chip.width() / 2, chip.y() + chip.height() / 2);
                    return;
                }
            }
        }
    }

    private static Geometry around(double x, double y, double reach) {
        return new Geometry(x - reach, y - reach, 2 * reach, 2 * reach);
    }

    /**
     * Whether a chip here is inside the drawing and covers no box (inside an environment is fine, across its border
     * is not), no environment's header band, no title, no name tag and no chip placed before.
     */
    private boolean clear(Geometry chip) {
        if (!within.contains(chip) || placed.stream().anyMatch(chip::intersects)
                || tags.stream().anyMatch(chip::intersects)
                || DiagramRenderer.titlesNear(scene, chip, null, java.util.Set.of()).stream().anyMatch(chip::intersects)) {
            return false;
        }
        for (Element element : scene.elementsIn(chip)) {
            Geometry box = scene.bounds(element.id());
            if (box == null || !box.intersects(chip)) {
                continue;
            }
            if (!(element instanceof Environment) || !box.contains(chip)) {
                return false;
            }
            double header = Math.min(box.height(), ElementSizes.header(element.kind()));
            if (chip.intersects(new Geometry(box.x(), box.y(), box.width(), header))) {
                return false;
            }
        }
        return true;
    }
}
