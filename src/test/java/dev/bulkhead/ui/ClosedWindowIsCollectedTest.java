package dev.bulkhead.ui;

import static dev.bulkhead.ui.WindowTest.fx;
import static dev.bulkhead.ui.WindowTest.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.lesson.LessonCatalog;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.ui.app.AppSettings;
import dev.bulkhead.ui.app.MainWindow;
import dev.bulkhead.ui.app.RecoveryStore;
import dev.bulkhead.ui.fx.Themes;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window that went away lets go of everything it made: nothing long-lived (a background thread, the toolkit,
 * a static) keeps reaching it, its side windows or its dialogs. The app opens and closes windows for as long as it
 * runs, and the test JVM opens hundreds of main windows; each holds its scene graph and canvas pixels, tens of
 * megabytes. No TestFX robot here: the robot remembers the last window it targeted, which would hold one window.
 */
@ExtendWith(ApplicationExtension.class)
class ClosedWindowIsCollectedTest {
    @TempDir
    Path folder;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aMainWindowClosedAfterUsingItsSideWindowsIsCollectedWithThem() throws Exception {
        Map<String, WeakReference<Object>> gone = openUseEverythingAndClose();

        letTheHeadlessPlatformForgetIt();
        for (Map.Entry<String, WeakReference<Object>> reference : gone.entrySet()) {
            assertThat(collected(reference.getValue())).as("%s is still reachable after the main window closed",
                    reference.getKey()).isTrue();
        }
    }

    @Test
    void aMainWindowHiddenWithoutAskingIsCollectedAndKeepsItsUnsavedChanges() throws Exception {
        WeakReference<Object> gone = openEditAndHide();

        letTheHeadlessPlatformForgetIt();
        assertThat(collected(gone)).as("a main window hidden without closing is still reachable").isTrue();
        assertThat(new RecoveryStore(folder.resolve("recovery"), "a-later-run").leftovers())
                .as("the unsaved note of the hidden window, kept for the next run").hasSize(1);
    }

    /** The main window, its compare and scenario windows, story editor, export dialogs; a lesson, a story, a note. */
    private Map<String, WeakReference<Object>> openUseEverythingAndClose() throws Exception {
        MainWindow window = open(new RecoveryStore(folder.resolve("recovery")));
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis(window);
        onFx(() -> {
            ElementId environment = window.session().document().snapshot().all(Environment.class).get(0).id();
            window.openCompare(environment);
            window.scenarioControls().compareScenarios().fire();
            window.scenarioControls().showDifferences().setSelected(true);
            menuItem(window, "menu-story-steps").fire();
            window.exportDiagram();
            window.exportReport();
        });
        onFx(() -> window.presentation().enter());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.stage().isFullScreen()));
        onFx(() -> window.presentation().next());
        onFx(() -> window.presentation().leave());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !window.stage().isFullScreen()));
        onFx(() -> window.notes().addNoteAt(200, 200));
        onFx(() -> {
            window.session().document().markSaved();
            window.lessons().start(LessonCatalog.bundled().lessons().get(1));
        });
        waitForAnalysis(window);
        Map<String, WeakReference<Object>> references = new LinkedHashMap<>();
        List<Window> shown = fx(() -> List.copyOf(Window.getWindows()));
        assertThat(shown).as("main, compare, scenario compare, story editor and two export windows").hasSize(6);
        shown.forEach(w -> references.put("the window titled " + ((Stage) w).getTitle(), new WeakReference<>(w)));
        references.put("the main window", new WeakReference<>(window));
        onFx(() -> {
            window.session().document().markSaved();
            assertThat(window.close()).isTrue();
            window.stage().close();
        });
        return references;
    }

    private WeakReference<Object> openEditAndHide() throws Exception {
        MainWindow window = open(new RecoveryStore(folder.resolve("recovery"), "hidden-window"));
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis(window);
        onFx(() -> window.notes().addNoteAt(200, 200));
        onFx(() -> window.stage().hide());
        return new WeakReference<>(window);
    }

    private MainWindow open(RecoveryStore recovery) {
        return fx(() -> {
            Themes.loadFonts();
            Themes.applyBase(false);
            AppSettings settings = new AppSettings();
            settings.windowWidth = 1600;
            settings.windowHeight = 1000;
            MainWindow window = new MainWindow(new Stage(), settings, new FakeFileDialogs(), recovery);
            window.show();
            return window;
        });
    }

    private static MenuItem menuItem(MainWindow window, String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
    }

    /**
     * The headless platform keeps two windows of its own: Monocle its last focused one until another window takes
     * the focus, and JavaFX its last full-screen one until another goes full screen (a desktop's window manager
     * reports the exit from full screen, which clears it; Monocle does not). A desktop does neither for a closed
     * window, so a small window takes both places here.
     */
    private static void letTheHeadlessPlatformForgetIt() {
        onFx(() -> {
            Stage other = new Stage();
            other.setScene(new Scene(new Pane(), 10, 10));
            other.show();
            other.setFullScreen(true);
            other.setFullScreen(false);
            other.close();
        });
    }

    private static void waitForAnalysis(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.analysis().latest() != null
                && window.analysis().latest().model() == window.session().document().snapshot()));
    }

    /** Whether the referent is gone after repeated collections, with a few pulses between them for the toolkit. */
    private static boolean collected(WeakReference<?> reference) throws Exception {
        // Long enough for a running transition (the canvas hint's 3.5 s) to end and let go.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (reference.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return reference.get() == null;
    }
}
