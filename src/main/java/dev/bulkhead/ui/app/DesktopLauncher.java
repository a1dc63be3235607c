package dev.bulkhead.ui.app;

import javafx.application.Application;

/** Starts the desktop app; the only way {@code Main} reaches JavaFX. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Launches the app; {@code args} may hold one model file to open. */
    public static void launch(String[] args) {
        Application.launch(BulkheadApp.class, args);
    }
}
