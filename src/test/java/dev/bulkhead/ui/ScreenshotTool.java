package dev.bulkhead.ui;

import dev.bulkhead.model.Element;
import dev.bulkhead.ui.app.AppSettings;
import dev.bulkhead.ui.app.MainWindow;
import dev.bulkhead.ui.app.RecoveryStore;
import dev.bulkhead.ui.fx.FileDialogs;
import dev.bulkhead.ui.fx.PngWriter;
import dev.bulkhead.ui.fx.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Writes the README's screenshots: each sample model in the main window and in the compare view, in a
 * window of a fixed size, so that they can be regenerated after a visual change:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.bulkhead.ui.ScreenshotTool
 * -Dexec.args="assets/screenshots"} (needs a display; under Linux {@code xvfb-run}).
 *
 * <p>Optional arguments after the folder: {@code dark}, a window size such as {@code 1024x700} (the file names then
 * end in it; the README's are 1600x1000), and a sample name to shoot only that one. {@code scenarios} shoots the
 * scenario diff instead, {@code lesson} the first guided lesson ({@code lesson=ID} another), and
 * {@code presentation} presentation mode.
 */
public final class ScreenshotTool {
    private static final List<String> SAMPLES = List.of("ai-agent-saas", "internal-platform", "workshop-starter");

    /** The launcher is a separate class: with JavaFX on the class path, a main class may not extend Application. */
    public static void main(String[] args) {
        Application.launch(Shooter.class, args);
    }

    /** The application that takes the shots. */
    public static final class Shooter extends Application {
    @Override
    public void start(Stage ignored) throws Exception {
        List<String> args = getParameters().getUnnamed();
        Path folder = Path.of(args.isEmpty() ? "assets/screenshots" : args.get(0));
        boolean dark = args.contains("dark");
        String size = args.stream().filter(a -> a.matches("\\d+x\\d+")).findFirst().orElse(null);
        // The proposal only when asked for: its compare view shows a scenario's design named by the scenario.
        List<String> only = args.stream().filter(a -> SAMPLES.contains(a) || a.equals("workshop-proposal")).toList();
        Files.createDirectories(folder);
        Path settingsDir = Files.createTempDirectory("bulkhead-shots");
        System.setProperty("bulkhead.settings.dir", settingsDir.toString());
        Themes.loadFonts();
        Themes.applyBase(dark);
        new Thread(() -> {
            try {
                if (args.contains("presentation")) {
                    shootPresentation(folder);
                    return;
                }
                if (args.contains("scenarios")) {
                    shootScenarioDiff(folder);
                    return;
                }
                List<String> lessons = args.stream().filter(a -> a.equals("lesson") || a.startsWith("lesson=")).toList();
                for (String lesson : lessons) {
                    shootLesson(folder, lesson.equals("lesson") ? "sandboxing-agents" : lesson.substring("lesson=".length()), dark,
                            args.contains("presenting"));
                }
                if (!lessons.isEmpty()) {
                    return;
                }
                for (String sample : only.isEmpty() ? SAMPLES : only) {
                    shoot(folder, sample, dark, size);
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "screenshots").start();
    }
    }

    private static void shoot(Path folder, String sample, boolean dark, String size) throws Exception {
        String suffix = (dark ? "-dark" : "") + (size == null ? "" : "-" + size);
        double width = size == null ? 1600 : Double.parseDouble(size.split("x")[0]);
        double height = size == null ? 1000 : Double.parseDouble(size.split("x")[1]);
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            AppSettings settings = new AppSettings();
            settings.darkTheme = dark;
            settings.windowWidth = width;
            settings.windowHeight = height;
            window[0] = new MainWindow(new Stage(), settings, FileDialogs.platform(), RecoveryStore.standard());
            window[0].show();
            window[0].files().open(Path.of("sample-models", sample + ".bulkhead.json"));
        });
        waitForAnalysis(window[0]);
        waitForRoutes(window[0]);
        onFx(() -> {
            // Select a tenant whose requirement the design fails, so that the inspector explains it.
            var model = window[0].session().document().snapshot();
            var analysis = window[0].analysis().latest();
            var failing = analysis.whole().option(dev.bulkhead.analysis.OptionKey.CURRENT).failing();
            Element pick = failing.isEmpty() ? model.all(dev.bulkhead.model.Tenant.class).get(0)
                    : model.find(failing.get(0).tenant()).orElseThrow();
            window[0].canvas().selection().select(pick.id());
            var environment = model.environmentOf(pick.id()).orElseThrow();
            var bounds = window[0].canvas().scene().bounds(environment.id());
            window[0].canvas().viewport().setScale(0.78, 0, 0);
            window[0].canvas().viewport().scrollTo(bounds.x() - 30, bounds.y() - 30);
            window[0].canvas().redraw();
        });
        Thread.sleep(1500);
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve(sample + suffix + ".png"), 1));
        onFx(() -> {
            window[0].openCompare(null);
            if (size == null) {
                // Tall enough to show the growth chart under the chart and the table.
                window[0].compareWindow().stage().setWidth(1600);
                window[0].compareWindow().stage().setHeight(1330);
            }
        });
        Thread.sleep(2500);
        onFx(() -> PngWriter.write(window[0].compareWindow().stage().getScene().getRoot(),
                folder.resolve(sample + "-compare" + suffix + ".png"), 1));
        onFx(() -> {
            window[0].session().document().markSaved();
            window[0].close();
            window[0].stage().close();
        });
    }

    /** The workshop proposal with the marks of what "proposal A" changed against the base ({@code scenarios} argument). */
    private static void shootScenarioDiff(Path folder) throws Exception {
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            AppSettings settings = new AppSettings();
            settings.windowWidth = 1600;
            settings.windowHeight = 1000;
            window[0] = new MainWindow(new Stage(), settings, FileDialogs.platform(), RecoveryStore.standard());
            window[0].show();
            window[0].files().open(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        });
        waitForAnalysis(window[0]);
        onFx(() -> {
            window[0].canvas().fitToWindow();
            window[0].scenarioControls().showDifferences().setSelected(true);
        });
        Thread.sleep(2000);
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve("workshop-proposal-diff.png"), 1));
        // Two scenarios side by side, and a note on the canvas (issue 14).
        onFx(() -> {
            window[0].notes().addNoteAt(-40, -140);
            window[0].canvas().requestFocus();
            window[0].scenarioControls().compareScenarios().fire();
        });
        Thread.sleep(2500);
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve("workshop-proposal-note.png"), 1));
        onFx(() -> PngWriter.write(javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage stage
                && stage.getTitle().startsWith("Compare scenarios")).findFirst().orElseThrow().getScene().getRoot(),
                folder.resolve("scenario-compare.png"), 1));
        onFx(() -> {
            window[0].session().document().markSaved();
            window[0].close();
            window[0].stage().close();
        });
    }

    /**
     * A lesson beside its starting model as the learner first sees it, its first task still open: {@code lesson}
     * shoots the first lesson as the README's {@code lesson.png}, {@code lesson=ID} another one (named after it),
     * {@code lesson=ID:STEP} that lesson's step (from 1) after the earlier steps' "show me", and {@code presenting}
     * in presentation mode at 1920 x 1080 (run under {@code xvfb-run -s "-screen 0 1920x1080x24"}). Several {@code lesson=}
     * arguments shoot several.
     */
    private static void shootLesson(Path folder, String spec, boolean dark, boolean presenting) throws Exception {
        String id = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        int step = spec.contains(":") ? Integer.parseInt(spec.substring(spec.indexOf(':') + 1)) - 1 : 0;
        dev.bulkhead.lesson.Lesson lesson = dev.bulkhead.lesson.LessonCatalog.bundled().lesson(id).orElseThrow();
        // A node of its own, so that the shot never shows the developer's own finished lessons.
        String node = "dev/bulkhead/screenshot-lessons-" + System.nanoTime();
        System.setProperty("bulkhead.lessons.node", node);
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            AppSettings settings = new AppSettings();
            settings.darkTheme = dark;
            // Presenting, the window is the projector's 1920 x 1080 (full screen where the display allows it).
            settings.windowWidth = presenting ? 1920 : 1600;
            settings.windowHeight = presenting ? 1080 : 1000;
            window[0] = new MainWindow(new Stage(), settings, FileDialogs.platform(), RecoveryStore.standard());
            window[0].show();
            window[0].lessons().start(lesson);
        });
        waitForAnalysis(window[0]);
        onFx(() -> {
            var run = window[0].lessons().run().orElseThrow();
            run.goTo(step);
            for (int earlier = 0; earlier < step; earlier++) {
                lesson.steps().get(earlier).tasks().forEach(task -> dev.bulkhead.lesson.LessonRun.showMe(window[0].session().document(), task));
            }
            if (id.equals("sandboxing-agents") && step == 0) {
                window[0].canvas().selection().select(dev.bulkhead.model.ElementId.of("agent-analyst"));
            }
            if (presenting) {
                window[0].presentation().enter();
            }
        });
        waitForAnalysis(window[0]);
        Thread.sleep(2000);
        String name = (id.equals("sandboxing-agents") && step == 0 && !presenting ? "lesson" : "lesson-" + id)
                + (step > 0 ? "-step" + (step + 1) : "") + (presenting ? "-presenting" : "");
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve(name + (dark ? "-dark" : "") + ".png"), 1));
        onFx(() -> {
            window[0].presentation().leave();
            window[0].session().document().markSaved();
            window[0].close();
            window[0].stage().close();
        });
        java.util.prefs.Preferences.userRoot().node(node).removeNode();
    }

    /**
     * The workshop proposal presented ({@code presentation} argument), in a 1920 x 1080 window (full screen where the
     * display allows it) as a projector shows it: the story's second step (the code tutor ringed), and its last step (the compare view) with
     * three times the tenants asked as a what-if; also its first step ({@code presentation-overview.png}) and its fourth
     * with every what-if set ({@code presentation-step4-what-ifs.png}). Run under {@code xvfb-run -s "-screen 0 1920x1080x24"}.
     */
    private static void shootPresentation(Path folder) throws Exception {
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            AppSettings settings = new AppSettings();
            settings.windowWidth = 1920;
            settings.windowHeight = 1080;
            window[0] = new MainWindow(new Stage(), settings, FileDialogs.platform(), RecoveryStore.standard());
            window[0].show();
            window[0].files().open(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        });
        waitForAnalysis(window[0]);
        onFx(() -> window[0].presentation().enter());
        Thread.sleep(2500);
        // The story's first step: the whole design at 108%, every name whole and readable from the back of the room.
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve("presentation-overview.png"), 1));
        onFx(() -> window[0].presentation().next());
        Thread.sleep(1500);
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve("presentation.png"), 1));
        // Step 4, the proposal's whole design, with every what-if set: the longest strip heading (review 14e).
        onFx(() -> {
            window[0].presentation().next();
            window[0].presentation().next();
            window[0].presentation().ask(dev.bulkhead.analysis.WhatIf.NONE.withTenantMultiplier(3).withPriceMultiplier(1.5)
                    .withSandbox(dev.bulkhead.model.ElementId.of("cluster-aks-prod"), dev.bulkhead.model.SandboxRuntime.GVISOR));
        });
        Thread.sleep(2500);
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve("presentation-step4-what-ifs.png"), 1));
        onFx(() -> {
            window[0].presentation().next();
            window[0].presentation().ask(dev.bulkhead.analysis.WhatIf.NONE.withTenantMultiplier(3));
        });
        Thread.sleep(3000);
        onFx(() -> PngWriter.write(window[0].stage().getScene().getRoot(), folder.resolve("presentation-what-if.png"), 1));
        onFx(() -> {
            window[0].presentation().leave();
            window[0].session().document().markSaved();
            window[0].close();
            window[0].stage().close();
        });
    }

    /** Waits until the canvas draws the routes an export draws (it works them out off the application thread). */
    private static void waitForRoutes(MainWindow window) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            boolean[] settled = new boolean[1];
            onFx(() -> settled[0] = window.canvas().routesSettled());
            if (settled[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the canvas's routes did not settle");
    }

    private static void waitForAnalysis(MainWindow window) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            boolean[] ready = new boolean[1];
            onFx(() -> ready[0] = window.analysis().latest() != null
                    && window.analysis().latest().model() == window.session().document().snapshot());
            if (ready[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the analysis did not finish");
    }

    private static void onFx(ThrowingRunnable action) {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

}
