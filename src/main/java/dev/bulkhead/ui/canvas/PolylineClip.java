package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.SegmentClip;

/**
 * Cuts a connection's polyline down to the pieces near the canvas's view before it is stroked. The software
 * renderer works along every row a line spans, on screen or not: at 100% a route across a 10,000-element model
 * spans tens of thousands of rows for the few hundred it shows, and such lines were most of a redraw's time
 * (issue 16). The pieces kept are the same segments, cut where they leave an area around the view wide enough
 * that nothing of a joint or cap of the cut ends reaches the view, so the canvas shows the same pixels.
 */
final class PolylineClip {
    /**
     * How far outside the view (in screen pixels) a line is still drawn as it is: more than half the widest line
     * plus a mitred joint's tip (the miter limit is 10 line widths) at any zoom a line is drawn.
     */
    private static final double MARGIN_PIXELS = 64;

    /** Receives a point of the path. */
    interface PathStep {
        void to(double x, double y);
    }

    private double minX = Double.NEGATIVE_INFINITY;
    private double minY = Double.NEGATIVE_INFINITY;
    private double maxX = Double.POSITIVE_INFINITY;
    private double maxY = Double.POSITIVE_INFINITY;

    /** Cuts nothing until the next {@link #set}. */
    void unbounded() {
        minX = Double.NEGATIVE_INFINITY;
        minY = Double.NEGATIVE_INFINITY;
        maxX = Double.POSITIVE_INFINITY;
        maxY = Double.POSITIVE_INFINITY;
    }

    /** The view of a canvas of a size at a transform (a scene point p is drawn at p·scale + translate). */
    void set(double scale, double translateX, double translateY, double width, double height) {
        double margin = MARGIN_PIXELS / scale;
        minX = -translateX / scale - margin;
        minY = -translateY / scale - margin;
        maxX = (width - translateX) / scale + margin;
        maxY = (height - translateY) / scale + margin;
    }

    /**
     * Sends the parts of a polyline (x,y pairs) inside the area as sub-paths: a move to where each part starts, then
     * its points; consecutive segments inside stay one sub-path, so their joints are drawn as before. Returns
     * whether anything was sent.
     */
    boolean clip(double[] points, PathStep moveTo, PathStep lineTo) {
        if (inside(points)) {
            moveTo.to(points[0], points[1]);
            for (int i = 2; i + 1 < points.length; i += 2) {
                lineTo.to(points[i], points[i + 1]);
            }
            return true;
        }
        boolean any = false;
        boolean open = false;
        for (int i = 0; i + 3 < points.length; i += 2) {
            double x1 = points[i];
            double y1 = points[i + 1];
            double x2 = points[i + 2];
            double y2 = points[i + 3];
            double[] t = SegmentClip.entryAndExit(minX, minY, maxX, maxY, x1, y1, x2, y2);
            if (t == null) {
                open = false;
                continue;
            }
            if (!open || t[0] > 0) {
                moveTo.to(t[0] == 0 ? x1 : x1 + (x2 - x1) * t[0], t[0] == 0 ? y1 : y1 + (y2 - y1) * t[0]);
            }
            lineTo.to(t[1] == 1 ? x2 : x1 + (x2 - x1) * t[1], t[1] == 1 ? y2 : y1 + (y2 - y1) * t[1]);
            // The next segment continues this sub-path only from an end that was not cut.
            open = t[1] == 1;
            any = true;
        }
        return any;
    }

    private boolean inside(double[] points) {
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (points[i] < minX || points[i] > maxX || points[i + 1] < minY || points[i + 1] > maxY) {
                return false;
            }
        }
        return true;
    }
}
