package dev.bulkhead.ui.find;

import java.util.List;
import java.util.TreeSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where a found match can be seen whole: the smallest shift of a box (screen pixels) that keeps it inside the canvas
 * and off every panel drawn over it. Candidates are the shifts that put the box just beside a panel's edge or the
 * canvas's edge, and every pair of them, so the nearest free place is among them.
 */
final class ClearPlace {
    /** The gap kept between the match and a panel or the canvas's edge. */
    static final double GAP = 8;

    private ClearPlace() {
    }

    /**
     * The shift {dx, dy} that shows {@code box} whole and clear of {@code covers} within a canvas of this size;
     * {0, 0} when it is already; null when no place is clear (a box larger than the free room).
     */
    static double[] shift(Bounds box, List<Bounds> covers, double width, double height) {
        TreeSet<Double> xs = new TreeSet<>(List.of(0.0, GAP - box.getMinX(), width - GAP - box.getMaxX()));
        TreeSet<Double> ys = new TreeSet<>(List.of(0.0, GAP - box.getMinY(), height - GAP - box.getMaxY()));
        for (Bounds cover : covers) {
            xs.add(cover.getMinX() - GAP - box.getMaxX());
            xs.add(cover.getMaxX() + GAP - box.getMinX());
            ys.add(cover.getMinY() - GAP - box.getMaxY());
            ys.add(cover.getMaxY() + GAP - box.getMinY());
        }
        double[] best = null;
        for (double dx : xs) {
            for (double dy : ys) {
                if ((best == null || Math.hypot(dx, dy) < Math.hypot(best[0], best[1]))
                        && clear(new BoundingBox(box.getMinX() + dx, box.getMinY() + dy, box.getWidth(), box.getHeight()), covers, width, height)) {
                    best = new double[] {dx, dy};
                }
            }
        }
        return best;
    }

    /** Whether a box lies inside the canvas and touches no panel. */
    static boolean clear(Bounds box, List<Bounds> covers, double width, double height) {
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height) {
            return false;
        }
        return covers.stream().noneMatch(cover -> cover.intersects(box));
    }
}
