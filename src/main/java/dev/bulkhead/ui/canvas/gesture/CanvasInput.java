package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.diagram.ElementSizes;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.Handles;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * The canvas's input layer: decides on each press which gesture starts, forwards drags and the release to
 * it, and handles the wheel, pinch and the keys that act on the canvas itself (arrows, Escape, space to
 * pan). Commands with menu accelerators (undo, delete, rename, copy...) live in the window's actions.
 */
public final class CanvasInput {
    /** Screen distance within which a press hits a connection line. */
    private static final double LINE_TOLERANCE = 6;
    private static final double PAN_STEP = 48;

    private final CanvasView view;
    private CanvasGesture active;
    private boolean spaceDown;

    private CanvasInput(CanvasView view) {
        this.view = view;
    }

    /** Makes the view respond to mouse, wheel and keys. */
    public static CanvasInput attach(CanvasView view) {
        CanvasInput input = new CanvasInput(view);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, input::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, input::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, input::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, input::moved);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, input::clicked);
        view.addEventHandler(ScrollEvent.SCROLL, input::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, input::zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, input::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, input::keyReleased);
        view.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                input.spaceDown = false;
            }
        });
        return input;
    }

    // --- mouse ----------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (!isOnDiagram(e)) {
            return;
        }
        view.requestFocus();
        if (active != null) {
            active.cancel();
        }
        active = start(e);
        e.consume();
    }

    private CanvasGesture start(MouseEvent e) {
        double x = e.getX();
        double y = e.getY();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            return new PanGesture(view, x, y);
        }
        SceneLayout scene = view.scene();
        double canvasX = view.viewport().toCanvasX(x);
        double canvasY = view.viewport().toCanvasY(y);
        Element element = scene.elementAt(canvasX, canvasY);
        if (e.getButton() == MouseButton.SECONDARY) {
            // The context menu acts on what was right-clicked: make it the selection unless it already is in it.
            ElementId hit = element != null ? element.id() : scene.connectionAt(canvasX, canvasY, LINE_TOLERANCE / view.viewport().scale());
            if (hit != null && !view.selection().isSelected(hit)) {
                view.selection().select(hit);
            }
            return null;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return null;
        }
        Handles.Handle handle = Handles.at(view.handles(), x, y);
        if (handle != null) {
            return switch (handle.kind()) {
                case RESIZE_EAST, RESIZE_SOUTH, RESIZE_SOUTH_EAST -> new ResizeGesture(view, handle, x, y);
                case CONNECT_PORT -> new ConnectGesture(view, handle.element());
                case CONNECTION_START, CONNECTION_END -> ConnectGesture.reconnect(view,
                        scene.model().get(handle.element(), Connection.class), handle.kind() == Handles.Kind.CONNECTION_START);
            };
        }
        if (view.toolProperty().get() == CanvasView.Tool.CONNECT && element != null && element.kind().isConnectable()) {
            return new ConnectGesture(view, element.id());
        }
        // Lines are drawn over environments and clusters but under everything else; hit-test in the same order.
        ElementId line = scene.connectionAt(canvasX, canvasY, LINE_TOLERANCE / view.viewport().scale());
        if (line != null && (element == null || isBackdrop(element))) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                view.selection().toggle(line);
            } else {
                view.selection().select(line);
            }
            return null;
        }
        if (element != null) {
            return new SelectAndMoveGesture(view, element, x, y, e);
        }
        return new MarqueeGesture(view, x, y, e);
    }

    private void dragged(MouseEvent e) {
        if (active != null) {
            active.drag(e.getX(), e.getY(), e);
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (active != null) {
            CanvasGesture finished = active;
            active = null;
            finished.release(e.getX(), e.getY(), e);
            e.consume();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress() || !isOnDiagram(e)) {
            return;
        }
        Element element = view.scene().elementAt(view.viewport().toCanvasX(e.getX()), view.viewport().toCanvasY(e.getY()));
        if (element != null) {
            view.selection().select(element.id());
            view.startRename(element.id());
            e.consume();
        }
    }

    /** Cursor feedback: grips, connectable targets in the connect tool, the hand while space is held. */
    private void moved(MouseEvent e) {
        if (spaceDown) {
            view.setCursor(Cursor.OPEN_HAND);
            return;
        }
        Handles.Handle handle = Handles.at(view.handles(), e.getX(), e.getY());
        if (handle != null) {
            view.setCursor(switch (handle.kind()) {
                case RESIZE_EAST -> Cursor.E_RESIZE;
                case RESIZE_SOUTH -> Cursor.S_RESIZE;
                case RESIZE_SOUTH_EAST -> Cursor.SE_RESIZE;
                default -> Cursor.CROSSHAIR;
            });
            return;
        }
        view.setCursor(view.toolProperty().get() == CanvasView.Tool.CONNECT ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    /** Presses on the scroll bars, minimap or rename field belong to them, not to the diagram. */
    private boolean isOnDiagram(MouseEvent e) {
        for (javafx.scene.Node node = (javafx.scene.Node) e.getTarget(); node != null; node = node.getParent()) {
            if (node == view) {
                return true;
            }
            if (node instanceof javafx.scene.control.Control || node.getStyleClass().contains("bh-minimap")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBackdrop(Element element) {
        return ElementSizes.isContainer(element.kind()) && element.kind() != dev.bulkhead.model.ElementKind.TENANT;
    }

    // --- wheel and pinch ------------------------------------------------------------------------------

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            view.zoomInteractively(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            view.pan(e.getDeltaY(), 0);
        } else {
            view.pan(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        view.zoomInteractively(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    // --- keys -----------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        if (view.isRenaming()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            view.setCursor(Cursor.OPEN_HAND);
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            escape();
            e.consume();
        } else if (code.isArrowKey() && !e.isShortcutDown()) {
            arrow(code, e.isShiftDown());
            e.consume();
        } else if ((code == KeyCode.C || code == KeyCode.V) && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            // Single-letter tool keys, as in drawing tools; only here, on the canvas, so that typing elsewhere is safe.
            view.toolProperty().set(code == KeyCode.C ? CanvasView.Tool.CONNECT : CanvasView.Tool.SELECT);
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            view.setCursor(Cursor.DEFAULT);
            e.consume();
        }
    }

    /** Escape backs out one level: the gesture in progress, then the connect tool, then the selection. */
    private void escape() {
        if (active != null) {
            active.cancel();
            active = null;
        } else if (view.toolProperty().get() != CanvasView.Tool.SELECT) {
            view.toolProperty().set(CanvasView.Tool.SELECT);
        } else {
            view.selection().clear();
        }
    }

    /** Arrows nudge the selection by a grid step (shift: five), or pan the view when nothing is selected. */
    private void arrow(KeyCode code, boolean big) {
        int dx = code == KeyCode.LEFT || code == KeyCode.KP_LEFT ? -1 : code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT ? 1 : 0;
        int dy = code == KeyCode.UP || code == KeyCode.KP_UP ? -1 : code == KeyCode.DOWN || code == KeyCode.KP_DOWN ? 1 : 0;
        if (view.selection().isEmpty()) {
            view.pan(-dx * PAN_STEP, -dy * PAN_STEP);
            return;
        }
        double step = ElementSizes.GRID * (big ? 5 : 1);
        view.apply(view.edits().nudge(view.selection().ordered(), dx * step, dy * step));
    }
}
