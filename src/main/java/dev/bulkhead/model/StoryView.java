package dev.bulkhead.model;

/**
 * What a story step shows: an area of the canvas (its centre in model coordinates and a zoom) or the compare
 * view (the options' chart and cards filling the screen).
 *
 * @param compare whether the step shows the compare view instead of the canvas
 * @param centreX the model x at the centre of the screen (ignored for the compare view)
 * @param centreY the model y at the centre of the screen (ignored for the compare view)
 * @param zoom    the canvas scale, 1 = actual size
 */
public record StoryView(boolean compare, double centreX, double centreY, double zoom) {
    /** The smallest and largest zoom a step may ask for; the canvas clamps to the same kind of range. */
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 8;

    public StoryView {
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("a step's centre must be finite numbers (got " + centreX + ", " + centreY + ")");
        }
        if (!Double.isFinite(zoom) || zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            // Said in percent, as the toolbar shows the zoom.
            throw new IllegalArgumentException("a step's zoom must be from " + Math.round(MIN_ZOOM * 100) + "% to "
                    + Math.round(MAX_ZOOM * 100) + "% (got " + (Double.isFinite(zoom) ? Math.round(zoom * 100) + "%" : zoom) + ")");
        }
    }

    /** The canvas centred on a point at a zoom. */
    public static StoryView canvas(double centreX, double centreY, double zoom) {
        return new StoryView(false, centreX, centreY, zoom);
    }

    /** The compare view. */
    public static StoryView compareView() {
        return new StoryView(true, 0, 0, 1);
    }
}
