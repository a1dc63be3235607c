package dev.bulkhead.ui;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelWriter;
import dev.bulkhead.ui.app.AppSettings;
import dev.bulkhead.ui.app.MainWindow;
import dev.bulkhead.ui.app.RecoveryStore;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.fx.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window (headless on Monocle) with fake file choosers and a settings folder of its own,
 * and offers the helpers the window tests share.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    @TempDir
    protected Path folder;
    protected MainWindow window;
    protected final FakeFileDialogs dialogs = new FakeFileDialogs();
    protected AppSettings settings;

    /** Runs before the subclasses' own set-up (JUnit runs a superclass's @BeforeEach first). */
    @BeforeEach
    void startWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> {
            Themes.loadFonts();
            Themes.applyBase(false);
            settings = new AppSettings();
            settings.windowWidth = 1600;
            settings.windowHeight = 1000;
            window = new MainWindow(new Stage(), settings, dialogs, new RecoveryStore(folder.resolve("recovery")));
            window.show();
        });
    }

    @AfterEach
    void closeWithoutAsking() {
        WaitForAsyncUtils.asyncFx(() -> {
            window.session().document().markSaved();
            window.close();
            window.stage().close();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes a model to a file and opens it in the window; waits for its analysis. */
    protected Path open(Model model) throws Exception {
        Path file = folder.resolve("model.bulkhead.json");
        new ModelWriter().write(model, file);
        onFx(() -> window.files().open(file));
        waitForAnalysis();
        return file;
    }

    /** Waits until the analysis shown is of the current model. */
    protected void waitForAnalysis() throws Exception {
        waitUntil(() -> window.analysis().latest() != null
                && window.analysis().latest().model() == window.session().document().snapshot());
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected Model model() {
        return window.session().document().snapshot();
    }

    protected CanvasView canvas() {
        return window.canvas();
    }

    /** The screen point of a canvas point. */
    protected Point2D screen(double canvasX, double canvasY) {
        CanvasView view = canvas();
        return view.localToScreen(view.viewport().toScreenX(canvasX), view.viewport().toScreenY(canvasY));
    }

    /** A screen point inside an element, at a fraction of its width and height from its corner. */
    protected Point2D inside(ElementId id, double fx, double fy) {
        Geometry box = canvas().scene().bounds(id);
        return screen(box.x() + box.width() * fx, box.y() + box.height() * fy);
    }

    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Boolean[] result = new Boolean[1];
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    result[0] = condition.call();
                } catch (Exception e) {
                    result[0] = false;
                }
            }).get();
            return result[0];
        });
    }

    protected static void onFx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static <T> T fx(Callable<T> action) {
        try {
            T value = WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return value;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Helper for robots that must look up a node in any window (dialogs included). */
    protected static <T extends javafx.scene.Node> T lookup(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    protected static boolean exists(Path file) {
        return Files.exists(file);
    }
}
