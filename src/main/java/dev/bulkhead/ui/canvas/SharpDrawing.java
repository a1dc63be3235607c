package dev.bulkhead.ui.canvas;

import javafx.animation.AnimationTimer;

/**
 * Draws a recorded frame onto a canvas kept under the visible one, a part per frame, and calls back once all of
 * it is down, so that the sharp drawing after a zoom never holds up a frame however many shapes are in view:
 * meanwhile the visible canvas keeps the scaled picture of the zoom gesture, and the caller swaps the canvases
 * when the drawing is complete. (The software rasteriser needs seconds for the ~40,000 shapes of a
 * 10,000-element model seen whole; drawing them in one frame froze the window that long.)
 *
 * <p>How much goes into a frame adapts to how long frames take: the pulse after a frame waits for the renderer to
 * finish painting it, so a late pulse means the last part was too large.
 */
final class SharpDrawing {
    /**
     * Frames are kept between these two times apart (nanoseconds): the sharp drawing is a one-off after a gesture,
     * whose frames issue 16 allows 50 ms, and larger parts bring the drawing on show sooner.
     */
    private static final long LATE = 40_000_000;
    private static final long TIMELY = 28_000_000;
    private static final int FIRST_SHAPES = 300;
    /**
     * A drawing of up to this many shapes is drawn in one frame rather than through this class: the 100% view of a
     * 10,000-element model (about 2,000 shapes) drew in frames of 25-40 ms; the whole of it in view is about 28,500.
     */
    static final int ONE_FRAME_SHAPES = 2_500;
    private static final int FEWEST_SHAPES = 50;
    private static final int MOST_SHAPES = 50_000;
    /**
     * A part is never less than this share of the drawing: on a loaded machine every frame is late whatever its
     * part, and halving on each would spread a large drawing over hundreds of frames (measured at load 10: 13 s with no floor, 7.7 s with at most 40 parts).
     */
    private static final int MOST_FRAMES = 30;

    private final AnimationTimer pulses;
    private FxSurface surface;
    private RecordedDrawing drawing;
    private Runnable whenDone;
    private int next;
    private int shapesPerFrame;
    private int fewestShapes;
    private long lastPulse;
    private int frames;
    private int framesLastTime;
    /** Above 0: this many shapes a frame, always (tests use it to make a small drawing take several frames). */
    private int fixedShapesPerFrame;

    SharpDrawing() {
        this.pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drawPart(now);
            }
        };
    }

    /**
     * Starts drawing {@code recorded} through {@code target} (a surface on the canvas under the one on show, whose
     * previous picture the recording's background covers), from the next frame on.
     */
    void start(RecordedDrawing recorded, FxSurface target, Runnable done) {
        cancel();
        drawing = recorded;
        whenDone = done;
        next = 0;
        frames = 0;
        lastPulse = 0;
        fewestShapes = Math.max(FEWEST_SHAPES, recorded.shapes() / MOST_FRAMES);
        shapesPerFrame = fixedShapesPerFrame > 0 ? fixedShapesPerFrame : Math.max(FIRST_SHAPES, fewestShapes);
        surface = target;
        pulses.start();
    }

    /** Stops a drawing in progress; what it has drawn so far stays on its canvas, never shown. */
    void cancel() {
        pulses.stop();
        drawing = null;
        whenDone = null;
    }

    boolean isRunning() {
        return drawing != null;
    }

    /** Over how many frames the last complete drawing was spread. */
    int framesLastTime() {
        return framesLastTime;
    }

    /** Draws {@code shapes} shapes a frame instead of adapting (0 adapts again); for tests. */
    void fixShapesPerFrame(int shapes) {
        fixedShapesPerFrame = shapes;
    }

    private void drawPart(long now) {
        if (drawing == null) {
            pulses.stop();
            return;
        }
        if (fixedShapesPerFrame <= 0 && lastPulse > 0) {
            adapt(now - lastPulse);
        }
        lastPulse = now;
        next = drawing.play(surface, next, shapesPerFrame);
        frames++;
        if (next >= drawing.size()) {
            Runnable done = whenDone;
            framesLastTime = frames;
            cancel();
            done.run();
        }
    }

    /** Halves the part after a late frame, grows it by a quarter after a timely one. */
    private void adapt(long sincePreviousPulse) {
        if (sincePreviousPulse > LATE) {
            shapesPerFrame = Math.max(fewestShapes, shapesPerFrame / 2);
        } else if (sincePreviousPulse < TIMELY) {
            shapesPerFrame = Math.min(MOST_SHAPES, shapesPerFrame + shapesPerFrame / 4);
        }
    }
}
