package dev.bulkhead.ui.find;

import java.util.List;
import java.util.TreeSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where boxes can be seen whole: the smallest shift (screen pixels) that keeps them inside the canvas and off every
 * panel drawn over it, for a found match (Find) and for what a story's step shows. Candidates are the shifts that put
 * a box just beside a panel's edge or the canvas's edge, and every pair of them, so the nearest free place is among them.
 */
public final class ClearPlace {
    /** The gap kept between the match and a panel or the canvas's edge. */
    static final double GAP = 8;

    private ClearPlace() {
    }

    /**
     * The shift {dx, dy} that shows {@code box} whole and clear of {@code covers} within a canvas of this size;
     * {0, 0} when it is already; null when no place is clear (a box larger than the free room).
     */
    static double[] shift(Bounds box, List<Bounds> covers, double width, double height) {
        return shift(List.of(box), covers, width, height);
    }

    /** The same for several boxes moved together (they keep their places to each other). */
    public static double[] shift(List<Bounds> boxes, List<Bounds> covers, double width, double height) {
        TreeSet<Double> xs = new TreeSet<>(List.of(0.0));
        TreeSet<Double> ys = new TreeSet<>(List.of(0.0));
        for (Bounds box : boxes) {
            xs.add(GAP - box.getMinX());
            xs.add(width - GAP - box.getMaxX());
            ys.add(GAP - box.getMinY());
            ys.add(height - GAP - box.getMaxY());
            for (Bounds cover : covers) {
                xs.add(cover.getMinX() - GAP - box.getMaxX());
                xs.add(cover.getMaxX() + GAP - box.getMinX());
                ys.add(cover.getMinY() - GAP - box.getMaxY());
                ys.add(cover.getMaxY() + GAP - box.getMinY());
            }
        }
        double[] best = null;
        for (double dx : xs) {
            for (double dy : ys) {
                if ((best == null || Math.hypot(dx, dy) < Math.hypot(best[0], best[1])) && allClear(boxes, dx, dy, covers, width, height)) {
                    best = new double[] {dx, dy};
                }
            }
        }
        return best;
    }

    private static boolean allClear(List<Bounds> boxes, double dx, double dy, List<Bounds> covers, double width, double height) {
        return boxes.stream().allMatch(box ->
                clear(new BoundingBox(box.getMinX() + dx, box.getMinY() + dy, box.getWidth(), box.getHeight()), covers, width, height));
    }

    /** Whether a box lies inside the canvas and touches no panel. */
    static boolean clear(Bounds box, List<Bounds> covers, double width, double height) {
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height) {
            return false;
        }
        return covers.stream().noneMatch(cover -> cover.intersects(box));
    }
}
