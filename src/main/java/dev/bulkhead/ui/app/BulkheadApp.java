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
        Themes.loadFonts();
        AppSettings settings = AppSettings.load();
        Themes.applyBase(settings.darkTheme);
        RecoveryStore recovery = RecoveryStore.standard();
        window = new MainWindow(stage, settings, FileDialogs.platform(), recovery);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> crashed(error));
        window.show();
        window.openInitial(getParameters().getUnnamed(), recovery);
    }

    /** Keeps the user's work safe after an unexpected error, then says what happened. */
    private void crashed(Throwable error) {
        error.printStackTrace();
        Runnable report = () -> {
            window.session().writeRecoveryNow();
            Prompts.error(window.stage(), "Something went wrong",
                    error + "\nYour unsaved changes are kept in a recovery file and will be offered back if Bulkhead has to close.");
        };
        if (Platform.isFxApplicationThread()) {
            report.run();
        } else {
            Platform.runLater(report);
        }
    }
}
