package dev.bulkhead.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JavaFX's own pulse logger ({@code -Djavafx.pulseLogger=true}) to time real frames: for each pulse,
 * the application thread's work (animation and input handlers, CSS, layout, drawing commands, syncing the
 * scene to the renderer) plus the render thread's painting, leaving out the time a pulse waits for the
 * previous one's painting. The logger counts whole milliseconds per phase.
 */
final class PulseLog {
    private static final Pattern PULSE = Pattern.compile("^PULSE: (\\d+) \\[");
    private static final Pattern PHASE = Pattern.compile("^T\\d+ \\((\\d+) \\+(\\d+)ms\\): (.+)$");

    private static final List<String> LINES = new ArrayList<>();
    private static boolean recording;

    private PulseLog() {
    }

    /** Turns the pulse logger on and captures its lines; call before the toolkit starts. */
    static void install() {
        System.setProperty("javafx.pulseLogger", "true");
        System.setProperty("javafx.pulseLogger.threshold", "0");
        PrintStream original = System.err;
        System.setErr(new PrintStream(new LineSplitter(line -> {
            // "[n 16ms:0ms]" lines are idle pulses that did no work: no frame, nothing to time.
            if (PULSE.matcher(line).find() || line.startsWith("T") || line.startsWith("Counters") || line.startsWith("\t")
                    || line.isBlank() || line.startsWith("[")) {
                synchronized (LINES) {
                    if (recording && !line.startsWith("[")) {
                        LINES.add(line);
                    }
                }
            } else {
                original.println(line);
            }
        }), true, StandardCharsets.UTF_8));
    }

    /** Starts collecting pulses, forgetting earlier ones. */
    static void start() {
        synchronized (LINES) {
            LINES.clear();
            recording = true;
        }
    }

    /** Waits until this many pulses have been collected since {@link #start}, or the time is up. */
    static void awaitPulses(int pulses, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            synchronized (LINES) {
                if (LINES.stream().filter(line -> PULSE.matcher(line).find()).count() >= pulses) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }

    /** Stops collecting and returns each collected pulse's frame time in milliseconds. */
    static List<Double> stop() {
        List<String> lines;
        synchronized (LINES) {
            recording = false;
            lines = new ArrayList<>(LINES);
        }
        if (Boolean.getBoolean("pulselog.dump")) {
            lines.forEach(System.out::println);
        }
        List<Double> frames = new ArrayList<>();
        double frame = -1;
        boolean firstPhase = false;
        for (String line : lines) {
            if (PULSE.matcher(line).find()) {
                if (frame >= 0) {
                    frames.add(frame);
                }
                frame = 0;
                firstPhase = true;
                continue;
            }
            Matcher phase = PHASE.matcher(line);
            if (phase.find() && frame >= 0) {
                if (firstPhase) {
                    frame += Integer.parseInt(phase.group(1)); // input and animation handlers before the first phase
                    firstPhase = false;
                }
                if (!phase.group(3).startsWith("Waiting for previous rendering")) {
                    frame += Integer.parseInt(phase.group(2));
                }
            }
        }
        if (frame >= 0) {
            frames.add(frame);
        }
        return frames;
    }

    /** Hands complete lines to a consumer. */
    private static final class LineSplitter extends OutputStream {
        private final java.util.function.Consumer<String> lines;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        LineSplitter(java.util.function.Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.accept(buffer.toString(StandardCharsets.UTF_8));
                buffer.reset();
            } else {
                buffer.write(b);
            }
        }
    }
}
