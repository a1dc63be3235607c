package dev.bulkhead.benchmark;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelWriter;
import dev.bulkhead.testing.GeneratedModels;
import dev.bulkhead.ui.app.AppSettings;
import dev.bulkhead.ui.app.HeapPolicy;
import dev.bulkhead.ui.app.MainWindow;
import dev.bulkhead.ui.app.RecoveryStore;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.fx.FileDialogs;
import dev.bulkhead.ui.fx.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * The canvas on a large model (issue 4): a generated model of about 2,000 elements and 2,000 connections is
 * opened in the real main window, then a selection is dragged and the view zoomed by firing, at each pulse, the
 * same mouse and wheel events a user's hand would. Frame times come from JavaFX's pulse logger: the application
 * thread's work plus the software renderer's painting of the frame. Also measured: opening the file, a drop,
 * the sharp redraw after a zoom, and resident memory.
 *
 * <p>Run with {@code mvn -Pcanvas-bench test-compile exec:exec} (headless, see BENCHMARKS.md); add
 * {@code -Dcanvas.model=10000} for issue 16's model of 10,005 elements and 10,000 connections.
 */
public final class CanvasBenchmark {
    private static final int FRAMES = 240;
    /** How long a zoom gesture pauses before the canvas draws sharp (the canvas's own wait, ZoomPreview.SETTLE). */
    private static final long ZOOM_SETTLE_MILLIS = 140;
    /** The rows of the summary table, in the order measured. */
    private static final List<String> SUMMARY = new ArrayList<>();

    private CanvasBenchmark() {
    }

    public static void main(String[] args) {
        PulseLog.install();
        Application.launch(Runner.class, args);
    }

    /** The JavaFX application that runs the measurements on a thread of its own. */
    public static final class Runner extends Application {
        @Override
        public void start(Stage ignored) {
            new Thread(() -> {
                try {
                    List<String> args = getParameters().getRaw();
                    measure(args.isEmpty() ? "2000" : args.get(0));
                } catch (Throwable e) {
                    e.printStackTrace(System.out); // stderr is the pulse logger's, filtered
                } finally {
                    Platform.exit();
                }
            }, "canvas-benchmark").start();
        }
    }

    /** The model sizes the benchmark knows, by the argument that picks them (issue 4's 2,000, issue 16's 10,000). */
    private static Model generate(String size) {
        return switch (size) {
            case "2000" -> GeneratedModels.platform(3, 2, 1_400, 580, 2_000, 42);
            case "10000" -> GeneratedModels.platform(3, 2, 7_000, 2_990, 10_000, 42);
            default -> throw new IllegalArgumentException("model size must be 2000 or 10000, not " + size);
        };
    }

    private static void measure(String size) throws Exception {
        Model generated = generate(size);
        long boxes = generated.elements().values().stream().filter(e -> e.kind() != ElementKind.CONNECTION).count();
        long lines = generated.elements().size() - boxes;
        Path file = Files.createTempFile("bulkhead-large", ".bulkhead.json");
        new ModelWriter().write(generated, file);
        System.setProperty("bulkhead.settings.dir", Files.createTempDirectory("bulkhead-bench").toString());
        System.out.printf(Locale.ROOT, "model: %d elements, %d connections (%s, %,d bytes, no positions stored)%n",
                boxes, lines, file.getFileName(), Files.size(file));

        MainWindow window = fx(() -> {
            HeapPolicy.apply(); // as BulkheadApp does before the window opens
            Themes.loadFonts();
            Themes.applyBase(false);
            AppSettings settings = new AppSettings();
            settings.windowWidth = 1600;
            settings.windowHeight = 1000;
            MainWindow created = new MainWindow(new Stage(), settings, FileDialogs.platform(),
                    new RecoveryStore(Files.createTempDirectory("bulkhead-bench-recovery")));
            created.show();
            return created;
        });
        CanvasView canvas = window.canvas();
        WritableImage image = fx(() -> new WritableImage((int) canvas.getWidth(), (int) canvas.getHeight()));

        // The empty window's own first frame (its styling and layout) is done before the clock starts: a file is
        // opened into a window on show, and until then the open waited behind that frame (1.4 s under load).
        long shownStart = System.nanoTime();
        fx(() -> window.stage().getScene().snapshot(null));
        System.out.printf(Locale.ROOT, "window: empty window's first frame %d ms%n", (System.nanoTime() - shownStart) / 1_000_000);

        // Opening: read and check the file, place every element, draw the first frame.
        long openStart = System.nanoTime();
        long read = fx(() -> {
            window.files().open(file);
            return System.nanoTime();
        });
        fx(() -> {
            canvas.layout();
            return canvas.snapshot(new SnapshotParameters(), image);
        });
        long openMillis = (System.nanoTime() - openStart) / 1_000_000;
        System.out.printf(Locale.ROOT, "open: read, check and place %d ms, then the first frame %d ms%n",
                (read - openStart) / 1_000_000, openMillis - (read - openStart) / 1_000_000);
        // A large model's first frame shows its boxes; the lines follow in the next frames.
        while (fx(canvas::linesPending)) {
            fx(() -> {
                canvas.layout();
                return canvas.snapshot(new SnapshotParameters(), image);
            });
        }
        long linesMillis = (System.nanoTime() - openStart) / 1_000_000;
        while (!fx(() -> window.analysis().latest() != null && window.analysis().latest().model() == window.session().document().snapshot())) {
            Thread.sleep(5);
        }
        long analysedMillis = (System.nanoTime() - openStart) / 1_000_000;
        System.out.printf(Locale.ROOT, "open: first frame %d ms, lines on show %d ms, analysis shown %d ms%n", openMillis,
                linesMillis, analysedMillis);
        SUMMARY.add(String.format(Locale.ROOT, "| open (read, check, lay out, first frame) | %d ms (lines at %d ms, analysis shown at %d ms) | < 1.5 s |",
                openMillis, linesMillis, analysedMillis));

        fx(() -> {
            canvas.fitToWindow();
            return null;
        });
        String fit = zoomOf(canvas);
        summarise("drag 200 tenants, whole model in view (" + fit + "), p95 frame", report("drag 200 tenants, whole model in view ("
                + fit + ")", drag(window, image, "whole model in view")), "<= 16 ms");
        fx(() -> {
            canvas.zoomToActualSize();
            return null;
        });
        summarise("drag 200 tenants at 100%, p95 frame", report("drag 200 tenants at 100%", drag(window, image, "100%")), "<= 16 ms");
        laterDrops(window, "100%");
        fx(() -> {
            canvas.fitToWindow();
            // From the smallest zoom the wheel reaches (8%), not from Fit's 4%: the wheel cannot zoom out below 8% again,
            // so the last 23 steps out changed nothing, their frames went unlogged, and the row waited for as many
            // frames as it fired, counting instead the frames of the sharp drawing after the gesture (its own row below).
            canvas.viewport().setScale(dev.bulkhead.ui.canvas.Viewport.MIN_SCALE, canvas.getWidth() / 2, canvas.getHeight() / 2);
            // Drawn now, before the gesture: left to the next frame, the gesture's first step (in that frame, before the
            // layout) turned it into a scaled copy of the drawing held, the 100% view of the drag before, which the
            // gesture then shrank to a corner of the view, and each step painted next to nothing (p50 1 ms).
            canvas.paintNow();
            return null;
        });
        summarise("Ctrl+wheel zoom, p95 frame", report("zoom in and out with Ctrl+wheel", zoom(canvas, image)), "<= 16 ms");
        List<Double> sharp = sorted(sharp(canvas));
        report("frames of a zoom step and its sharp redraw, 8% to 400%", sharp);
        SUMMARY.add(String.format(Locale.ROOT, "| sharp redraw when zooming pauses, every frame | p50 %.0f ms, p95 %.0f ms, max %.0f ms | p95 <= 50 ms |",
                percentile(sharp, 0.5), percentile(sharp, 0.95), sharp.get(sharp.size() - 1)));

        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        Runtime runtime = Runtime.getRuntime();
        long resident = residentMegabytes();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "memory: resident %d MB, Java heap in use %d MB (committed %d MB, max %d MB)%n", resident,
                heap, runtime.totalMemory() >> 20, runtime.maxMemory() >> 20);
        SUMMARY.add(String.format(Locale.ROOT, "| resident memory holding the model, after GC | %d MB (Java heap in use %d MB) | < 500 MB |",
                resident, heap));
        printHeapHistogram(15);
        System.out.printf(Locale.ROOT, "%nsummary, %s elements (load average %s):%n| Measure | Measured | Goal at 10,000 |%n|---|---|---|%n",
                size, Files.readString(Path.of("/proc/loadavg")).trim());
        SUMMARY.forEach(System.out::println);
        fx(() -> {
            window.session().document().markSaved();
            window.close();
            window.stage().close();
            return null;
        });
    }

    /** Presses on a tenant of a selection of 200, drags it across the view one step per frame, releases. */
    private static List<Double> drag(MainWindow window, WritableImage image, String where) throws Exception {
        List<Double> frames = new ArrayList<>();
        DropFrames drop = dragAndDrop(window, FRAMES, 1, frames);
        System.out.printf(Locale.ROOT, "  drop (one edit, a new scene keeping unchanged routes, the view redrawn): longest frame %.0f ms%n",
                drop.longest());
        System.out.println("    what it did: " + fx(() -> dropOutcome(window)));
        SUMMARY.add(String.format(Locale.ROOT, "| drop after a drag, %s, longest frame until drawn | %.0f ms (frames %s) | <= 50 ms |",
                where, drop.longest(), drop));
        return frames;
    }

    /**
     * The first drop of a kind runs code the JIT has not compiled yet (in a scratch loop of drops at 100%, the first
     * three took 100-280 ms and the later ones 40-90 ms): five more drags and drops, each of 30 frames, alternately
     * back and forth, say what a user's later drops take.
     */
    private static void laterDrops(MainWindow window, String where) throws Exception {
        List<Double> drops = new ArrayList<>();
        List<Long> drawn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            DropFrames drop = dragAndDrop(window, 30, i % 2 == 0 ? -1 : 1, new ArrayList<>());
            drops.add(drop.longest());
            drawn.add(drop.untilDrawnMillis());
            System.out.println("    later drop " + (i + 1) + ": longest frame " + Math.round(drop.longest()) + " ms, "
                    + fx(() -> dropOutcome(window)));
        }
        List<Double> sorted = sorted(drops);
        SUMMARY.add(String.format(Locale.ROOT, "| 5 later drops after a drag, %s, longest frame until drawn (each: %s ms; drawn after "
                        + "%s ms) | median %.0f ms, max %.0f ms | <= 50 ms |", where,
                String.join(", ", drops.stream().map(d -> String.valueOf(Math.round(d))).toList()),
                String.join(", ", drawn.stream().map(String::valueOf).toList()), sorted.get(2), sorted.get(4)));
    }

    /**
     * Selects the benchmark's 200 tenants, presses on the first, drags for {@code frames} frames (their times into
     * {@code frameTimes}) and lets go {@code direction} × 24 × 16 units from the press; returns the drop's frames.
     */
    private static DropFrames dragAndDrop(MainWindow window, int frames, int direction, List<Double> frameTimes) throws Exception {
        CanvasView canvas = window.canvas();
        Model model = window.session().document().snapshot();
        List<ElementId> tenants = model.all(Tenant.class).stream().limit(200).map(Element::id).toList();
        Geometry first = fx(() -> canvas.scene().bounds(tenants.get(0)));
        fx(() -> {
            canvas.selection().setAll(tenants);
            canvas.centreOn(first.x(), first.y());
            return null;
        });
        double pressX = fx(() -> canvas.viewport().toScreenX(first.x() + first.width() / 2));
        double pressY = fx(() -> canvas.viewport().toScreenY(first.y() + 12));
        fx(() -> {
            Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_PRESSED, pressX, pressY, false));
            return null;
        });
        frameTimes.addAll(perFrame(frames, Math.min(20, frames / 2), frame -> Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_DRAGGED,
                pressX + 3 * frame % 300, pressY + 2 * frame % 200, false))));
        // Let go 24 × 16 units from the press at any zoom: 24 × 16 pixels with the whole model in view is 300 × 200
        // units, where some of the 200 tenants would land outside every cluster and the drop be refused.
        double scale = fx(() -> canvas.viewport().scale());
        DropFrames drop = dropFrames(canvas, () -> Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_RELEASED,
                pressX + direction * 24 * scale, pressY + direction * 16 * scale, false)));
        System.out.println("    the drop's frames until drawn: " + drop);
        return drop;
    }

    /**
     * A drop's frames: the release's, then each until the dropped shapes are drawn where they landed (a large model's
     * scene is laid out beside the drop's frame and drawn in a later one, issue 16), and the wall time from the release
     * until the frame that drew them had ended.
     */
    private record DropFrames(List<Double> frames, long untilDrawnMillis) {
        double longest() {
            return frames.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        @Override
        public String toString() {
            return frames.stream().map(f -> String.valueOf(Math.round(f))).toList() + " ms, drawn " + untilDrawnMillis
                    + " ms after the release";
        }
    }

    private static DropFrames dropFrames(CanvasView canvas, Runnable release) throws Exception {
        CompletableFuture<long[]> drawn = new CompletableFuture<>();
        PulseLog.start();
        fx(() -> {
            new javafx.animation.AnimationTimer() {
                private long released;
                private int pulses;

                @Override
                public void handle(long now) {
                    pulses++;
                    if (released == 0) {
                        released = System.nanoTime();
                        release.run();
                        return;
                    }
                    // Checked at the start of a pulse: the drawing was done in the pulse before, which has ended.
                    if (!canvas.sceneComing() && canvas.isSharp()) {
                        stop();
                        drawn.complete(new long[] {(System.nanoTime() - released) / 1_000_000, pulses - 1});
                    }
                }
            }.start();
            return null;
        });
        long[] until = drawn.get();
        PulseLog.awaitPulses((int) until[1], 10_000);
        Thread.sleep(300);
        List<Double> frames = PulseLog.stop();
        return new DropFrames(frames.subList(0, Math.min((int) until[1], frames.size())), until[0]);
    }

    /** The drop's undo step (or the refusal shown) and what the scene updated for it, so that a figure says what it timed. */
    private static String dropOutcome(MainWindow window) {
        CanvasView canvas = window.canvas();
        String step = window.session().document().history().undoName().orElse("nothing");
        dev.bulkhead.diagram.LayoutDamage damage = canvas.scene().damage();
        return String.format(Locale.ROOT, "\"%s\" (hint: \"%s\"); scene %s", step, canvas.messageProperty().get(), damage == null
                ? "laid out again" : "updated for what moved: " + damage.boxes().size() / 2 + " boxes, " + damage.oldRoutes().size() + " routes");
    }

    /** Ctrl+wheel in, then out, around the centre of the view, one wheel step per frame. */
    private static List<Double> zoom(CanvasView canvas, WritableImage image) throws Exception {
        return perFrame(FRAMES, frame -> {
            // 120 wheel steps in, 120 out: from 8% to about 290% and back, inside the zoom limits, each step a change.
            double delta = frame < FRAMES / 2 ? 12 : -12;
            Event.fireEvent(canvas, wheel(canvas, canvas.getWidth() / 2, canvas.getHeight() / 2, delta));
        });
    }

    /**
     * A Ctrl+wheel step at a point of the canvas. Like {@link #mouse}, the event takes scene coordinates: given the
     * canvas's own, the zoom turned around a point up and left of the view's centre by the canvas's place in the window.
     */
    private static ScrollEvent wheel(CanvasView canvas, double x, double y, double delta) {
        javafx.geometry.Point2D scene = canvas.localToScene(x, y);
        javafx.geometry.Point2D screen = canvas.localToScreen(x, y);
        return new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, true, false, false,
                false, false, 0, delta, 0, delta, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE,
                0, 0, null);
    }

    /**
     * Fires one input event at the start of each pulse, as a hand on a mouse does, and returns the frame time of
     * each pulse from JavaFX's pulse logger (the first 20 are warm-up and left out).
     */
    private static List<Double> perFrame(int count, java.util.function.IntConsumer step) throws Exception {
        return perFrame(count, 20, step);
    }

    private static List<Double> perFrame(int count, int warmUp, java.util.function.IntConsumer step) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        PulseLog.start();
        FrameCpu cpu = FrameCpu.now();
        fx(() -> {
            new javafx.animation.AnimationTimer() {
                private int frame;

                @Override
                public void handle(long now) {
                    if (frame == count) {
                        stop();
                        done.complete(null);
                        return;
                    }
                    step.accept(frame++);
                }
            }.start();
            return null;
        });
        done.get();
        // Under load a long frame's log lines come after its pulse has ended: wait for them (the drop's one frame was
        // sometimes not logged within the old fixed wait, and the run stopped right after the open).
        PulseLog.awaitPulses(count, 10_000);
        Thread.sleep(300);
        List<Double> frames = PulseLog.stop();
        System.out.println("  " + FrameCpu.perFrame(cpu, Math.max(1, frames.size())));
        return frames.subList(Math.min(warmUp, frames.size()), frames.size());
    }

    /**
     * The sharp drawing once a zoom gesture pauses, at zoom levels from the whole model to 400%: at each level one
     * Ctrl+wheel-like step ({@link CanvasView#zoomInteractively}), then frames until the canvas is sharp again.
     * Every frame with work from the step until then is timed (the step's scaled picture, the sharp drawing, in one
     * frame or several), and how long the canvas took to become sharp after the gesture paused.
     */
    private static List<Double> sharp(CanvasView canvas) throws Exception {
        List<Double> scales = new ArrayList<>();
        for (double scale = 0.08; scale <= 4; scale *= 1.15) {
            scales.add(scale);
        }
        List<Double> untilSharp = new ArrayList<>();
        PulseLog.start();
        FrameCpu cpu = FrameCpu.now();
        for (double scale : scales) {
            CompletableFuture<Long> settled = new CompletableFuture<>();
            fx(() -> {
                double factor = scale / canvas.viewport().scale();
                canvas.zoomInteractively(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
                long zoomed = System.nanoTime();
                new javafx.animation.AnimationTimer() {
                    private boolean sharpLastPulse;

                    @Override
                    public void handle(long now) {
                        if (sharpLastPulse) {
                            // A pulse starts once the renderer has painted the one before: the sharp drawing is on show.
                            // (This row used to take a snapshot instead: a full software painting of the window in a
                            // frame of its own per zoom level, timed as the canvas's, which no user's frame has.)
                            stop();
                            settled.complete((System.nanoTime() - zoomed) / 1_000_000);
                        }
                        sharpLastPulse = canvas.isSharp();
                    }
                }.start();
                return null;
            });
            // The gesture's pause (the zoom preview's settle time) is part of the wait, not of the drawing.
            untilSharp.add((double) settled.get() - ZOOM_SETTLE_MILLIS);
            Thread.sleep(100);
        }
        Thread.sleep(300);
        List<Double> frames = PulseLog.stop();
        System.out.println("  " + FrameCpu.perFrame(cpu, Math.max(1, frames.size())));
        StringBuilder byScale = new StringBuilder("  sharp after the pause, by zoom (ms):");
        for (int i = 0; i < scales.size(); i++) {
            byScale.append(String.format(Locale.ROOT, " %d%%=%.0f", Math.round(scales.get(i) * 100), untilSharp.get(i)));
        }
        System.out.println(byScale);
        List<Double> waits = sorted(untilSharp);
        SUMMARY.add(String.format(Locale.ROOT, "| time from the pause until the sharp drawing is on show | p50 %.0f ms, p95 %.0f ms, max %.0f ms | (not in issue 16) |",
                percentile(waits, 0.5), percentile(waits, 0.95), waits.get(waits.size() - 1)));
        return frames;
    }

    /** One frame done synchronously and read back: used for one-off frames (the drop, a sharp redraw). */
    private static double timedFrame(CanvasView canvas, WritableImage image, Runnable event) throws Exception {
        return fx(() -> {
            long start = System.nanoTime();
            event.run();
            canvas.layout();
            canvas.snapshot(new SnapshotParameters(), image);
            return (System.nanoTime() - start) / 1e6;
        });
    }

    /**
     * A mouse event at a point of the canvas. The event takes scene coordinates (it is handed down from the scene, and
     * each node on the way works out its own); given the canvas's own, the press landed up and left of the tenant by
     * the canvas's place in the window, on the cluster beside it, and the benchmark dragged that cluster (1,600
     * elements) at 100% and drew a rubber band with the whole model in view, not the 200 tenants.
     */
    private static MouseEvent mouse(CanvasView canvas, javafx.event.EventType<MouseEvent> type, double x, double y, boolean shortcut) {
        javafx.geometry.Point2D scene = canvas.localToScene(x, y);
        javafx.geometry.Point2D screen = canvas.localToScreen(x, y);
        return new MouseEvent(canvas, canvas, type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, shortcut, false, false, true, false, false, true, false, false, new PickResult(canvas, scene.getX(), scene.getY()));
    }

    private static List<Double> report(String what, List<Double> millis) {
        List<Double> sorted = sorted(millis);
        System.out.printf(Locale.ROOT, "%-48s frames %d: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(),
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.get(sorted.size() - 1));
        return sorted;
    }

    private static List<Double> sorted(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        return sorted;
    }

    /** One row of the summary table: the p95 of sorted frame times against the goal. */
    private static void summarise(String what, List<Double> sorted, String goal) {
        SUMMARY.add(String.format(Locale.ROOT, "| %s | %.0f ms (p50 %.0f, max %.0f) | %s |", what, percentile(sorted, 0.95),
                percentile(sorted, 0.5), sorted.get(sorted.size() - 1), goal));
    }

    /**
     * The classes holding the most heap, from the JVM's own class histogram (what {@code jcmd GC.class_histogram}
     * prints), so that what holds the memory is in the output next to the figure.
     */
    private static void printHeapHistogram(int rows) throws Exception {
        String histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        System.out.println("heap histogram, largest holders:");
        histogram.lines().limit(rows + 2L).forEach(line -> System.out.println("  " + line));
        histogram.lines().filter(line -> line.startsWith("Total")).forEach(line -> System.out.println("  " + line));
    }

    private static double percentile(List<Double> sorted, double fraction) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    private static String zoomOf(CanvasView canvas) throws Exception {
        return Math.round(fx(() -> canvas.viewport().scale()) * 100) + "%";
    }

    private static long residentMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
