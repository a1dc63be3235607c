package dev.bulkhead.diagram;

/** Where a straight segment meets an axis-aligned box: routing asks whether a route crosses a shape, drawing cuts lines to the view. */
public final class SegmentClip {
    private SegmentClip() {
    }

    /**
     * Where the segment from (x1, y1) to (x2, y2) enters and leaves the box, as fractions of its length
     * (Liang–Barsky), or null when it misses the box.
     */
    public static double[] entryAndExit(double minX, double minY, double maxX, double maxY,
                                        double x1, double y1, double x2, double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return null;
                }
            }
        }
        return new double[] {t0, t1};
    }
}
