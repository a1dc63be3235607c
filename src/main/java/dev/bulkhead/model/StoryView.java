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
    /** The smallest and largest zoom a step may ask for ({@link ValueRanges#STORY_ZOOM}). */
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 8;

    public StoryView {
        ValueRanges.STORY_CENTRE_X.check(centreX);
        ValueRanges.STORY_CENTRE_Y.check(centreY);
        ValueRanges.STORY_ZOOM.check(zoom);
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
