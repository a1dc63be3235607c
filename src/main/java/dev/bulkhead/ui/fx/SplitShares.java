package dev.bulkhead.ui.fx;

import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's panels at the share the user gave them while the window is resized. A SplitPane moves a
 * divider to respect its panels' minimum sizes when the window shrinks, but never moves it back when the window
 * grows again, so a panel squeezed once stayed squeezed. Here the share is remembered from the user's own drags
 * and put back on every resize (the pane still enforces the minimums).
 */
public final class SplitShares {
    private SplitShares() {
    }

    public static void keep(SplitPane pane) {
        double[] shares = pane.getDividerPositions().clone();
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> System.arraycopy(pane.getDividerPositions(), 0, shares, 0,
                Math.min(shares.length, pane.getDividerPositions().length)));
        Runnable restore = () -> pane.setDividerPositions(shares);
        pane.widthProperty().addListener((o, before, now) -> restore.run());
        pane.heightProperty().addListener((o, before, now) -> restore.run());
    }
}
