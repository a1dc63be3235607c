package dev.bulkhead.ui.app;

import dev.bulkhead.ui.fx.FileDialogs;
import dev.bulkhead.ui.fx.Themes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: loads fonts, theme and remembered settings, opens the main window with the file
 * given on the command line (or offers back what a crash left), and makes sure an unexpected error never
 * loses work: the model is written to the recovery file and the user is told.
 */
public final class BulkheadApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        HeapPolicy.apply();
        Themes.loadFonts();
        AppSettings settings = AppSettings.load();
        Themes.applyBase(settings.darkTheme);
        RecoveryStore recovery = RecoveryStore.standard();
        window = new MainWindow(stage, settings, FileDialogs.platform(), recovery);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> crashed(error));
        window.show();
        window.openInitial(getParameters().getUnnamed(), recovery);
    }

    /** What the crash dialog says; it promises recovery only when there were unsaved changes and they were kept. */
    static String crashMessage(Throwable error, boolean changesKept) {
        return error + (changesKept
                ? "\nYour unsaved changes are kept in a recovery file and will be offered back if Bulkhead has to close."
                : "\nThere were no unsaved changes, so nothing is lost. If this happens again, please report it with the message above.");
    }

    /** Keeps the user's work safe after an unexpected error, then says what happened. */
    private void crashed(Throwable error) {
        error.printStackTrace();
        Runnable report = () -> Prompts.error(window.stage(), "Something went wrong",
                crashMessage(error, window.session().writeRecoveryNow()));
        if (Platform.isFxApplicationThread()) {
            report.run();
        } else {
            Platform.runLater(report);
        }
    }
}
