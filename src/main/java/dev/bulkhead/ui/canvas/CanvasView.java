package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.Decorations;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.ChangeSummary;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The diagram: a region with stacked layers. The content canvas draws the model, the overlay canvas draws
 * the selection and the gesture in progress, and on top sit the minimap, the legend, the scroll bars, the
 * hint and the in-place rename field. Layers are redrawn at most once per frame, when something changed.
 *
 * <p>The view does not interpret input: {@code ui.canvas.gesture.CanvasInput} turns mouse and keys into
 * gestures that call back here and into {@link CanvasEdits}.
 */
public final class CanvasView extends Region {
    /** What a drag on the canvas does. */
    public enum Tool { SELECT, CONNECT }

    private static final double SCROLLBAR = 12;
    /** One thread clears the routes of the layouts the canvas builds, one after the other (see {@link #clearRoutesLater}). */
    private static final java.util.concurrent.Executor ROUTE_CLEARING = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "route clearing");
        thread.setDaemon(true);
        return thread;
    });
    private static final double MARGIN = 400;
    /** The smallest zoom at which element names are drawn (see {@link CanvasRenderer#detail}). */
    private static final double READABLE_SCALE = 0.7;
    /**
     * A model opened with this many connections shows its boxes in the first frame and its lines in the next; with
     * fewer, routing the lines in view takes milliseconds and a frame without them would only flicker.
     */
    private static final int LINES_AFTER_BOXES = 1_000;

    private final ModelDocument document;
    private final CanvasEdits edits;
    private final SelectionModel selection = new SelectionModel();
    private final Viewport viewport = new Viewport();
    /** The canvas on show, and the one under it that a sharp drawing after a zoom is put down on (see swap). */
    private DrawnView contentView = new DrawnView(new Canvas());
    private DrawnView behindView = new DrawnView(new Canvas());
    private Canvas content = contentView.canvas();
    private Canvas sharpBehind = behindView.canvas();
    /** What a zoom gesture's steps show in the diagram's place: its picture, scaled by the CPU (see ZoomPicture). */
    private final ZoomPicture zoomPicture = new ZoomPicture();
    private final Canvas overlay = new Canvas();
    private final DrawnView overlayView = new DrawnView(overlay);
    /** Keeps a canvas scaled during a zoom gesture from painting over the panels beside the view. */
    private final Rectangle viewClip = new Rectangle();
    private final GhostLayer ghosts = new GhostLayer();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Minimap minimap = new Minimap(this::centreOn);
    private final CanvasLegend legend = new CanvasLegend();
    private final Label hint = new Label();
    private final PauseTransition hintTimer = new PauseTransition(Duration.seconds(3.5));
    private final InlineRename rename;
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    private final BooleanProperty showOverview = new SimpleBooleanProperty(true);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.SELECT);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private CanvasRenderer renderer;
    /** Above 0 while the canvas is drawn for reading across a room (see {@link #setReadingSize}). */
    private double readingPixels;
    private SelectionOverlay selectionOverlay;
    private SceneLayout scene;
    /** The layout whose routes are wanted cleared: the latest; the clearing thread skips older ones. */
    private volatile SceneLayout clearingFor;
    /**
     * The elements whose layout the edits since {@link #scene} was built changed, when those edits changed nothing
     * else (a drop, a nudge, a resize); null when one did, and the next scene is laid out from scratch.
     */
    private java.util.Set<ElementId> movedSinceScene;
    /** A drop's scene being laid out beside its frame ({@link ComingScene}), or null; {@link #scene} waits for it. */
    private ComingScene coming;
    /** How many drawn elements a model's drop needs for its scene to be laid out beside its frame; for tests. */
    private int comingSceneFrom = ComingScene.FROM_ELEMENTS;
    /** How many drops had their scene laid out beside their frame; for tests. */
    private int scenesLaidOutBeside;
    /** How a drop's scene is laid out beside its frame; tests put one here that fails. */
    private ComingScene.SceneUpdate sceneUpdateBeside = SceneLayout::afterLayoutChange;
    private Decorations decorations = Decorations.NONE;
    private DragPreview preview = DragPreview.NONE;
    private CanvasOverlay gestureOverlay;
    private boolean contentDirty = true;
    /** The next drawing of the view leaves the lines out (a large model just opened); then they follow. */
    private boolean boxesFirst;
    /** The boxes are on show and the drawing with the lines is still to come. */
    private boolean linesToCome;
    private boolean overlayDirty = true;
    /** The drag preview changed since the ghost layer last showed it. */
    private boolean ghostsDirty;
    private int drawings;
    private boolean updatingScrollBars;
    private boolean fitPending = true;
    private final ZoomPreview zoomPreview = new ZoomPreview(this::redrawSharpAfterZoom);
    private final SharpDrawing sharpDrawing = new SharpDrawing();
    /** Whether the next redraw is the one after a zoom gesture paused, drawn over several frames. */
    private boolean sharpAfterZoom;
    /**
     * The canvas on show holds no picture of the view worth keeping on show while the next is drawn: it is new, was
     * resized (which clears it), or shows a model since replaced.
     */
    private boolean contentCleared = true;
    /** Up to this many shapes, a view drawn again where it is on show is drawn in one frame (see {@link #drawInPlace}). */
    private int oneFrameShapes = SharpDrawing.ONE_FRAME_SHAPES;
    /** The ghosts of a drop stay on show until the drawing of the drop is (see {@link #drawInPlace}). */
    private boolean ghostsUntilSwap;

    public CanvasView(ModelDocument document, CanvasTheme theme) {
        this.document = document;
        this.edits = new CanvasEdits(document);
        this.rename = new InlineRename(this);
        getStyleClass().add("bh-canvas");
        setFocusTraversable(true);
        content.setMouseTransparent(true);
        sharpBehind.setMouseTransparent(true);
        // Hidden between sharp drawings: a canvas on show is composited every frame, even when covered.
        sharpBehind.setVisible(false);
        overlay.setMouseTransparent(true);
        hint.getStyleClass().add("bh-canvas-hint");
        hint.setVisible(false);
        hint.setMouseTransparent(true);
        hintTimer.setOnFinished(e -> hint.setVisible(false));
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.valueProperty().addListener((o, a, b) -> scrolled());
        vertical.valueProperty().addListener((o, a, b) -> scrolled());
        minimap.visibleProperty().bind(showOverview);
        viewClip.widthProperty().bind(widthProperty());
        viewClip.heightProperty().bind(heightProperty());
        setClip(viewClip);
        getChildren().addAll(sharpBehind, content, zoomPicture.node(), ghosts.node(), overlay, legend, minimap, horizontal, vertical, hint, rename.field());
        // Cached as pictures: each frame of a zoom gesture repaints the whole view, and these, which change far less
        // often, were 49 of the 67 nodes its renderer painted (pulse logger, issue 16).
        for (Node still : List.of(legend, minimap, horizontal, vertical)) {
            still.setCache(true);
        }
        setTheme(theme);
        document.addListener(this::modelChanged);
        selection.addListener(ids -> redrawOverlay());
        viewport.scaleProperty().addListener((o, a, b) -> redraw());
    }

    // --- what gestures and windows use ----------------------------------------------------------------

    public ModelDocument document() {
        return document;
    }

    public CanvasEdits edits() {
        return edits;
    }

    public SelectionModel selection() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    /**
     * The panels drawn over the drawing that hide what lies under them, in this view's coordinates: the legend, the
     * overview when shown, and the scroll bars (Find keeps a match clear of them).
     */
    public List<javafx.geometry.Bounds> coveringPanels() {
        List<javafx.geometry.Bounds> panels = new ArrayList<>();
        for (Node panel : List.of(legend, minimap, horizontal, vertical)) {
            if (panel.isVisible()) {
                panels.add(panel.getBoundsInParent());
            }
        }
        return panels;
    }

    /** The layout of the current snapshot, rebuilt when the model changed since the last call. */
    public SceneLayout scene() {
        Model model = document.snapshot();
        if (coming != null) {
            takeComingScene(); // whoever asks needs the layout of what was dropped: it waits for it
        }
        if (scene == null || scene.model() != model) {
            // After edits that only moved elements, the layout is updated for those (a drop at 10,000 elements).
            scene = movedSinceScene == null || scene == null ? SceneLayout.of(model, scene)
                    : SceneLayout.afterLayoutChange(model, scene, movedSinceScene);
            movedSinceScene = new java.util.HashSet<>();
            clearRoutesLater(scene);
        }
        return scene;
    }

    /**
     * Makes the scene laid out beside a drop's frame the canvas's scene. Should laying it out have failed, the scene is
     * laid out from scratch here instead, on the application thread, where a failure again is reported as any other.
     */
    private void takeComingScene() {
        ComingScene arrived = coming;
        coming = null;
        try {
            scene = arrived.await();
        } catch (java.util.concurrent.CompletionException failed) {
            movedSinceScene = null; // the next scene() lays the snapshot out from scratch
            return;
        }
        clearRoutesLater(scene);
    }

    /** A drop's scene is laid out: the next frame draws it, unless someone asked for it before and took it already. */
    private void comingSceneReady(ComingScene arrived) {
        if (coming == arrived) {
            takeComingScene();
        }
        redraw();
    }

    /**
     * After an edit that only moved elements of a large model, starts laying its scene out beside the frame (see
     * {@link ComingScene}): the edits after it are then counted from that scene.
     */
    private void layOutBesideTheFrame() {
        if (coming != null || scene == null || movedSinceScene == null || movedSinceScene.isEmpty()
                || scene.drawOrder().size() < comingSceneFrom) {
            return;
        }
        coming = ComingScene.start(document.snapshot(), scene, movedSinceScene,
                viewport.visibleArea(Math.max(1, getWidth()), Math.max(1, getHeight())), this::comingSceneReady, sceneUpdateBeside);
        movedSinceScene = new java.util.HashSet<>();
        scenesLaidOutBeside++;
    }

    /** Lays the scene of every drop of a model of at least {@code elements} drawn elements out beside its frame; for tests. */
    void layOutScenesBesideFrom(int elements) {
        comingSceneFrom = elements;
    }

    /** Lays the scenes of drops out beside their frames with {@code update}; for tests. */
    void layOutScenesBesideWith(ComingScene.SceneUpdate update) {
        sceneUpdateBeside = update;
    }

    /** How many drops had their scene laid out beside their frame; for tests. */
    int scenesLaidOutBeside() {
        return scenesLaidOutBeside;
    }

    /** Whether a drop's scene is still being laid out beside the frames on show; for tests and the benchmark. */
    public boolean sceneComing() {
        return coming != null;
    }

    /**
     * Has the layout's routes cleared as an export clears them (round boxes and titles, apart from each other) off the
     * application thread, and draws them when they are: the searches take a second on a sample's open.
     */
    private void clearRoutesLater(SceneLayout layout) {
        clearingFor = layout;
        var clearing = layout.clearRoutesOn(ROUTE_CLEARING, () -> clearingFor == layout);
        if (layout.routesCleared()) {
            return; // cleared at once (few or too many connections): the frame being drawn shows them already
        }
        clearing.thenAccept(apply -> Platform.runLater(() -> {
            apply.run();
            if (scene == layout) {
                redraw();
            }
        }));
    }

    /** Whether the routes on show are the cleared ones an export of the model draws (tests wait for this). */
    public boolean routesSettled() {
        return scene().routesCleared();
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty showOverviewProperty() {
        return showOverview;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** The last hint or refusal shown, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The hint currently shown on the canvas, or empty when none is. */
    public String visibleHint() {
        return hint.isVisible() ? hint.getText() : "";
    }

    public void setTheme(CanvasTheme theme) {
        renderer = new CanvasRenderer(theme);
        renderer.reading(readingPixels);
        selectionOverlay = new SelectionOverlay(theme);
        redraw();
    }

    /**
     * Draws the diagram to be read across a room (presentation mode): every text a name tag {@code pixels} high on
     * screen at any zoom, the small print left out; 0 draws it as usual.
     */
    public void setReadingSize(double pixels) {
        readingPixels = pixels;
        renderer.reading(pixels);
        redraw();
    }

    /** The smallest text the last frame drew, in pixels on screen (infinite when none), and which, for tests. */
    public double smallestTextPixels() {
        return renderer.smallestTextPixels();
    }

    public String smallestText() {
        return renderer.smallestText();
    }

    /** Findings and unmet requirements to mark, from the latest analysis. */
    public void setDecorations(Decorations marks) {
        decorations = marks;
        redraw();
    }

    /** Shows ghosts of elements moved or resized by a gesture in progress (or {@link DragPreview#NONE}). */
    public void setPreview(DragPreview newPreview) {
        DragPreview old = preview;
        preview = newPreview;
        ghostsDirty = true;
        // The overlay outlines the selection and shows its grips only while nothing is dragged, and draws a resize's
        // ghost: a move's next step changes nothing on it (its ghosts are on their own layer).
        if (old.isEmpty() != newPreview.isEmpty() || old.resized() != null || newPreview.resized() != null) {
            redrawOverlay();
        } else {
            requestLayout();
        }
    }

    /** What the gesture in progress draws above the diagram, or null. */
    public void setGestureOverlay(CanvasOverlay newOverlay) {
        if (newOverlay == null && gestureOverlay == null) {
            return; // a drag of many shapes has no drop feedback, and each of its steps says so
        }
        gestureOverlay = newOverlay;
        redrawOverlay();
    }

    /** The grips of the current selection, as drawn. */
    public List<Handles.Handle> handles() {
        return Handles.of(scene(), viewport, selection);
    }

    /** Tells the user something briefly on the canvas (and in the status bar). */
    public void showHint(String text) {
        message.set(text == null ? "" : text);
        if (text == null || text.isBlank()) {
            hint.setVisible(false);
            return;
        }
        hint.setText(text);
        hint.setVisible(true);
        hintTimer.playFromStart();
        requestLayout();
    }

    /** Applies an edit's outcome: selects what it created and shows why it was refused. */
    public void apply(CanvasEdits.Outcome outcome) {
        if (!outcome.created().isEmpty()) {
            selection.setAll(outcome.created());
        }
        if (outcome.message() != null) {
            showHint(outcome.message());
        }
    }

    /** A point in scene coordinates as canvas coordinates, or null when it is outside the view. */
    public Point2D sceneToCanvas(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || local.getX() < 0 || local.getY() < 0 || local.getX() > getWidth() || local.getY() > getHeight()) {
            return null;
        }
        return new Point2D(viewport.toCanvasX(local.getX()), viewport.toCanvasY(local.getY()));
    }

    /** Starts renaming an element in place. */
    public void startRename(ElementId id) {
        Geometry box = scene().bounds(id);
        Element element = document.snapshot().find(id).orElse(null);
        if (box == null || element == null) {
            return;
        }
        rename.start(element, box);
    }

    /** Whether the in-place rename field is open. */
    public boolean isRenaming() {
        return rename.isActive();
    }

    // --- view commands --------------------------------------------------------------------------------

    /**
     * Zooms around a screen point during a continuous gesture (wheel, pinch): frames scale the last full
     * drawing, and the diagram is drawn sharp again once the gesture pauses.
     */
    public void zoomInteractively(double factor, double x, double y) {
        zoomPreview.begin();
        viewport.zoomAt(factor, x, y);
    }

    public void zoomIn() {
        viewport.zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void zoomToActualSize() {
        viewport.setScale(1, getWidth() / 2, getHeight() / 2);
    }

    /** Shows the whole diagram (or nothing changes on an empty canvas). */
    public void fitToWindow() {
        Geometry all = scene().contentBounds();
        if (all == null || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = all != null;
            return;
        }
        viewport.fit(all.x(), all.y(), all.width(), all.height(), getWidth() - SCROLLBAR, getHeight() - SCROLLBAR);
        fitPending = false;
        redraw();
    }

    /** Scrolls so that an element is in view, without zooming. */
    public void reveal(ElementId id) {
        Geometry box = scene().visibleBoundsOf(id);
        if (box == null) {
            return;
        }
        Geometry visible = viewport.visibleArea(getWidth(), getHeight());
        if (!visible.contains(box)) {
            centreOn(box.x() + box.width() / 2, box.y() + box.height() / 2);
        }
    }

    /** Moves the view so that a canvas point is at the centre. */
    public void centreOn(double x, double y) {
        double s = viewport.scale();
        viewport.scrollTo(x - getWidth() / 2 / s, y - getHeight() / 2 / s);
        redraw();
    }

    /** Pans by a screen distance. */
    public void pan(double dx, double dy) {
        viewport.pan(dx, dy);
        redraw();
    }

    /** Fits the diagram at the next layout, as after opening a file. */
    public void fitWhenShown() {
        fitPending = true;
        requestLayout();
    }

    /**
     * The view of a freshly opened model: all of it when it fits at a zoom where names can be read; else its first
     * environment (the one the eye meets first, top left) when that fits; else the top-left corner at the smallest
     * readable zoom. The overview shows the rest.
     */
    private void showOpenedModel() {
        fitToWindow();
        Geometry all = scene().contentBounds();
        if (all == null || viewport.scale() >= READABLE_SCALE) {
            return;
        }
        Geometry first = document.snapshot().all(dev.bulkhead.model.Environment.class).stream().map(env -> scene().bounds(env.id()))
                .filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.comparingDouble((Geometry box) -> box.x() + box.y())).orElse(null);
        if (first != null) {
            viewport.fit(first.x(), first.y(), first.width(), first.height(), getWidth() - SCROLLBAR, getHeight() - SCROLLBAR);
        }
        if (first == null || viewport.scale() < READABLE_SCALE) {
            viewport.setScale(READABLE_SCALE, 0, 0);
            viewport.scrollTo(all.x() - 24, all.y() - 24);
        }
        redraw();
    }

    /** Whether the canvas shows the diagram drawn sharp at the current view (no scaled picture, nothing pending). */
    public boolean isSharp() {
        return !zoomPreview.isActive() && !contentDirty && !sharpDrawing.isRunning();
    }

    /** Whether the canvas shows the boxes of a model just opened and its lines are still to be drawn. */
    public boolean linesPending() {
        return boxesFirst || linesToCome;
    }

    /** Whether a sharp drawing after a zoom is being put down under the canvas on show; for tests. */
    boolean isDrawingSharp() {
        return sharpDrawing.isRunning();
    }

    /** Over how many frames the last sharp drawing after a zoom was spread; for tests. */
    int sharpDrawingFrames() {
        return sharpDrawing.framesLastTime();
    }

    /** How many times the diagram was drawn (at once or started over several frames); for tests. */
    int drawings() {
        return drawings;
    }

    /** How many times the overview was painted (its miniature or only the visible area on it); for tests. */
    int overviewPaints() {
        return minimap.paints();
    }

    /** How many times the overview's miniature of the diagram was drawn; for tests. */
    int overviewMiniatures() {
        return minimap.miniatures();
    }

    /** How many times the ghosts of a drag were drawn rather than moved; for tests. */
    int ghostRedraws() {
        return ghosts.redraws();
    }

    /** Whether the overlay canvas (selection, grips, gesture) is on show; for tests. */
    boolean overlayOnShow() {
        return overlay.isVisible();
    }

    /** Whether the ghosts of a drag (or of a drop whose drawing is still under way) are on show; for tests. */
    boolean ghostsOnShow() {
        return ghosts.isShowing();
    }

    /** Draws a view again in one frame up to this many shapes, and over several above; for tests. */
    void drawInOneFrameUpTo(int shapes) {
        oneFrameShapes = shapes;
    }

    /** Puts down this many shapes a frame when drawing sharp after a zoom, instead of adapting; for tests. */
    void fixSharpShapesPerFrame(int shapes) {
        sharpDrawing.fixShapesPerFrame(shapes);
    }

    /** Schedules a redraw of every layer for the next frame. */
    public void redraw() {
        contentDirty = true; // and the overlay with it, or scaled with it during a zoom gesture (see paintNow)
        requestLayout();
    }

    /** Schedules a redraw of the overlay only (selection, gesture) for the next frame. */
    public void redrawOverlay() {
        overlayDirty = true;
        requestLayout();
    }

    /** Draws every dirty layer now; the benchmark calls this to time one frame. */
    public void paintNow() {
        if (coming != null) {
            // A drop's frame: the view keeps what the drag showed (the shapes where they were, their ghosts where they go)
            // while its scene is laid out beside it; every layer needs that scene, and the frame after it draws them all.
            return;
        }
        double width = Math.max(1, getWidth());
        double height = Math.max(1, getHeight());
        SceneLayout current = scene();
        boolean contentDirtyWas = contentDirty;
        if (contentDirty) {
            // Whatever a drawing in progress was putting down is out of date now.
            stopSharpDrawing();
            boolean linesWereToCome = linesToCome;
            linesToCome = false; // only the boxes-first drawing below leaves the lines to come, or the lines' drawing in parts
            if (zoomPreview.isActive()) {
                // A step of a zoom gesture draws nothing: the diagram's picture as drawn is shown scaled (ZoomPicture).
                // Drawing the diagram or the 200 selection outlines again took most of such a frame (issue 16).
                if (overlay.isVisible()) {
                    // The gesture's first step draws the overlay once more, into the diagram's picture as it was drawn, and
                    // takes the overlay off show: the steps then scale one picture, not two (compositing the overlay
                    // was a third of a step with 200 tenants selected). The sharp drawing after the pause brings it back.
                    selectionOverlay.drawOver(content.getGraphicsContext2D(), width, height, current, contentView.drawnAt(),
                            selection, preview, preview.isEmpty() ? handles() : List.of(), gestureOverlay);
                    overlay.setVisible(false);
                    zoomPicture.invalidate(); // captured before the outlines went in
                }
                zoomPicture.show(contentView, viewport, pixelScale());
                overlayView.follow(viewport);
            } else if (sharpAfterZoom) {
                sharpAfterZoom = false;
                overlayDirty = true;
                drawBehind(renderer.record(width, height, current, viewport, decorations));
            } else if (boxesFirst) {
                // Routing the lines in view took 0.3-0.7 s of a 10,000-element model's first frame (issue 16): the
                // boxes go on show first, and the lines are routed while the renderer puts that frame on screen.
                boxesFirst = false;
                zoomPicture.forget(content);
                renderer.draw(content.getGraphicsContext2D(), width, height, current, viewport, decorations, boxesOf(current.model()));
                contentView.drawnAt(viewport);
                overlayDirty = true;
                linesToCome = true;
                Platform.runLater(this::redraw);
            } else if (!contentCleared && contentView.isDrawnAt(viewport)) {
                drawInPlace(width, height, current);
                linesToCome = linesWereToCome && sharpDrawing.isRunning(); // until the drawing in parts is on show
            } else {
                zoomPicture.forget(content);
                renderer.draw(content.getGraphicsContext2D(), width, height, current, viewport, decorations);
                contentView.drawnAt(viewport);
                overlayDirty = true;
            }
            contentDirty = false;
            contentCleared = false;
            drawings += zoomPreview.isActive() ? 0 : 1;
            if (!zoomPreview.isActive()) {
                // A zoom gesture's step leaves the overview and the scroll bars until it pauses, so that a step only
                // transforms the drawn canvases (issue 16); the sharp drawing after the pause updates both. What this
                // saves the renderer per step was not measured reliably (see BENCHMARKS.md, issue 16, helper C).
                if (minimap.isVisible()) {
                    minimap.paint(current, viewport.visibleArea(width, height), renderer.theme());
                }
                updateScrollBars(current, width, height);
            }
        }
        if (ghostsDirty || contentDirtyWas) {
            ghostsDirty = false;
            if (preview.moved().isEmpty() && !ghostsUntilSwap) {
                ghosts.hide();
            } else {
                ghosts.show(current, viewport, preview, width, height, renderer.theme().color("-bh-selection"));
            }
        }
        if (overlayDirty) {
            // An empty overlay goes off show: on show, the renderer composites its full-size transparent picture with every
            // frame, scaled with each step of a zoom gesture (a third of such a step's painting, issue 16).
            overlay.setVisible(selectionOverlay.draw(overlay.getGraphicsContext2D(), width, height, current, viewport, selection,
                    preview, preview.isEmpty() ? handles() : List.of(), gestureOverlay));
            overlayView.drawnAt(viewport);
            overlayDirty = false;
        }
    }

    // --- internals ------------------------------------------------------------------------------------

    /**
     * Once a zoom gesture pauses, the diagram is drawn sharp over as many frames as it takes on the canvas under
     * the one on show, which keeps the gesture's scaled picture until then: with thousands of shapes in view one
     * frame could not hold the whole drawing (see {@link SharpDrawing}).
     */
    private void redrawSharpAfterZoom() {
        sharpAfterZoom = true;
        redraw();
    }

    /**
     * Draws the view again where the canvas on show holds a picture of it (after an edit, a change of marks, the lines
     * after the boxes). A drawing one frame can hold is drawn at once; a larger one (a drop with the whole 10,000
     * elements in view: 450-590 ms in one frame, issue 16) is put down under the canvas on show over several frames,
     * as after a zoom, while the picture before stays on show, with a drop's ghosts where the shapes landed.
     */
    private void drawInPlace(double width, double height, SceneLayout current) {
        RecordedDrawing recorded = renderer.record(width, height, current, viewport, decorations);
        if (recorded.shapes() <= oneFrameShapes) {
            zoomPicture.forget(content);
            recorded.play(renderer.surfaceOn(content.getGraphicsContext2D()), 0, Integer.MAX_VALUE);
            contentView.drawnAt(viewport);
        } else {
            ghostsUntilSwap = !preview.moved().isEmpty() || ghosts.isShowing();
            drawBehind(recorded);
        }
        overlayDirty = true;
    }

    /** Puts {@code recorded} down under the canvas on show over several frames; it goes on show when complete. */
    private void drawBehind(RecordedDrawing recorded) {
        // Clipped to a pixel while it is drawn: the frames then repaint that pixel of the window, not the
        // whole view again under the canvas on show; the canvas still draws its full picture.
        sharpBehind.setClip(new Rectangle(1, 1));
        sharpBehind.setVisible(true);
        behindView.drawnAt(viewport);
        sharpDrawing.start(recorded, renderer.surfaceOn(sharpBehind.getGraphicsContext2D()), this::swap);
    }

    /** The sharp drawing is complete under the canvas on show: it goes on show, the other goes under. */
    private void swap() {
        DrawnView shown = contentView;
        contentView = behindView;
        behindView = shown;
        content = contentView.canvas();
        sharpBehind = behindView.canvas();
        content.setClip(null);
        zoomPicture.forget(content);
        sharpBehind.toBack();
        sharpBehind.setVisible(false);
        linesToCome = false;
        if (ghostsUntilSwap) {
            ghostsUntilSwap = false;
            ghostsDirty = true; // the drop's ghosts go with the picture they stood on
            requestLayout();
        }
    }

    /** Device pixels per unit of the window the view is in (2 on a doubled display), 1 outside a window. */
    private double pixelScale() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : window.getRenderScaleX();
    }

    private void stopSharpDrawing() {
        if (sharpDrawing.isRunning()) {
            sharpDrawing.cancel();
            sharpBehind.setVisible(false);
        }
        ghostsUntilSwap = false;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (content.getWidth() != width || content.getHeight() != height) {
            content.setWidth(width);
            content.setHeight(height);
            sharpBehind.setWidth(width);
            sharpBehind.setHeight(height);
            overlay.setWidth(width);
            overlay.setHeight(height);
            contentDirty = true;
            contentCleared = true;
        }
        horizontal.resizeRelocate(0, height - SCROLLBAR, width - SCROLLBAR, SCROLLBAR);
        vertical.resizeRelocate(width - SCROLLBAR, 0, SCROLLBAR, height - SCROLLBAR);
        double mapWidth = minimap.prefWidth(-1);
        double mapHeight = minimap.prefHeight(-1);
        double legendWidth = Math.min(legend.prefWidth(-1), width - 40);
        double legendHeight = legend.prefHeight(legendWidth);
        double legendY = height - SCROLLBAR - legendHeight - 10;
        legend.resizeRelocate(16, legendY, legendWidth, legendHeight);
        double mapX = width - SCROLLBAR - mapWidth - 12;
        double mapY = height - SCROLLBAR - mapHeight - 12;
        if (16 + legendWidth + 12 > mapX) {
            // A narrow canvas: the overview stands above the legend instead of covering it.
            mapY = legendY - mapHeight - 8;
        }
        minimap.resizeRelocate(mapX, mapY, mapWidth, mapHeight);
        double hintWidth = Math.min(hint.prefWidth(-1), width - 40);
        hint.resizeRelocate((width - hintWidth) / 2, 14, hintWidth, hint.prefHeight(hintWidth));
        rename.layout(viewport);
        if (fitPending && width > 0 && height > 0) {
            showOpenedModel();
        }
        if (width > 0 && height > 0) {
            paintNow();
        }
    }

    private void modelChanged(ModelEvent event) {
        zoomPreview.cancel();
        sharpAfterZoom = false; // an edit is drawn at the view on show
        Model model = document.snapshot();
        noteMoved(event);
        layOutBesideTheFrame();
        selection.retainAll(model.elements().keySet());
        if (event instanceof ModelEvent.Edited edited && edited.origin() != ModelEvent.Origin.EDIT) {
            selectWhatTheStepTouched(edited.summary(), model);
        }
        if (event instanceof ModelEvent.Replaced) {
            boxesFirst = model.all(dev.bulkhead.model.Connection.class).size() >= LINES_AFTER_BOXES;
            contentCleared = true;
            selection.clear();
            rename.cancel();
            fitWhenShown();
        }
        redraw();
    }

    private static java.util.Set<ElementId> boxesOf(Model model) {
        java.util.Set<ElementId> boxes = new java.util.HashSet<>();
        model.elements().values().forEach(element -> {
            if (element.kind() != ElementKind.CONNECTION) {
                boxes.add(element.id());
            }
        });
        return boxes;
    }

    /** Keeps the elements an edit only moved, for the next scene to be updated for them (see {@link #scene()}). */
    private void noteMoved(ModelEvent event) {
        if (event instanceof ModelEvent.SaveStateChanged || event instanceof ModelEvent.HistoryChanged) {
            return; // the snapshot is the same
        }
        if (movedSinceScene != null && event instanceof ModelEvent.Edited edited && edited.summary().added().isEmpty()
                && edited.summary().removed().isEmpty() && edited.summary().updated().isEmpty()) {
            movedSinceScene.addAll(edited.summary().layoutChanged());
        } else {
            movedSinceScene = null;
        }
    }

    /**
     * After undo or redo, selects the elements the step brought back or changed, so that the user sees what it
     * did and the inspector stays on it; a step that only removed elements (undoing an add) keeps what is left.
     */
    private void selectWhatTheStepTouched(ChangeSummary summary, Model model) {
        List<ElementId> touched = Stream.concat(summary.added().stream(), summary.updated().stream())
                .filter(id -> model.find(id).isPresent()).distinct().toList();
        if (!touched.isEmpty()) {
            selection.setAll(touched);
        }
    }

    /** Keeps the scroll bars' range around the diagram and the visible area. */
    private void updateScrollBars(SceneLayout current, double width, double height) {
        Geometry visible = viewport.visibleArea(width, height);
        Geometry all = current.contentBounds();
        double minX = visible.x();
        double minY = visible.y();
        double maxX = visible.maxX();
        double maxY = visible.maxY();
        if (all != null) {
            minX = Math.min(minX, all.x() - MARGIN);
            minY = Math.min(minY, all.y() - MARGIN);
            maxX = Math.max(maxX, all.maxX() + MARGIN);
            maxY = Math.max(maxY, all.maxY() + MARGIN);
        }
        updatingScrollBars = true;
        try {
            configure(horizontal, minX, maxX - visible.width(), visible.width(), visible.x());
            configure(vertical, minY, maxY - visible.height(), visible.height(), visible.y());
        } finally {
            updatingScrollBars = false;
        }
    }

    private static void configure(ScrollBar bar, double min, double max, double visibleAmount, double value) {
        bar.setMin(min);
        bar.setMax(Math.max(min, max));
        bar.setVisibleAmount(visibleAmount * (max - min) / Math.max(1, max - min + visibleAmount));
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(visibleAmount * 0.8);
        bar.setValue(Math.max(min, Math.min(max, value)));
    }

    private void scrolled() {
        if (!updatingScrollBars) {
            viewport.scrollTo(horizontal.getValue(), vertical.getValue());
            redraw();
        }
    }

    /** Renames through the canvas edits, reporting a refusal as a hint. */
    void commitRename(ElementId id, String name) {
        if (name.isBlank()) {
            showHint("A name cannot be empty; the old name is kept");
            return;
        }
        apply(edits.rename(id, name));
        requestFocus();
    }

    /** Creates an element of a kind at a scene point (palette drops), selecting it. */
    public boolean createAt(ElementKind kind, double sceneX, double sceneY) {
        Point2D point = sceneToCanvas(sceneX, sceneY);
        if (point == null) {
            return false;
        }
        CanvasEdits.Outcome outcome = edits.create(kind, point.getX(), point.getY(), scene(), snapToGrid.get());
        apply(outcome);
        requestFocus();
        return outcome.applied();
    }
}
