package dev.bulkhead.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time the JavaFX application thread and the renderer spent over a run of frames. On a shared machine a frame's
 * wall time grows with the load (a thread waits for a core); its CPU time much less, so before and after a change
 * can be compared by it when the load differs between the runs.
 */
final class FrameCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long application;
    private final long renderer;

    private FrameCpu() {
        application = cpu("JavaFX Application Thread");
        renderer = cpu("QuantumRenderer-0");
    }

    /** The two threads' CPU time so far. */
    static FrameCpu now() {
        return new FrameCpu();
    }

    /** What they spent since {@code start}, per frame, as a line to print. */
    static String perFrame(FrameCpu start, int frames) {
        FrameCpu end = now();
        return String.format(Locale.ROOT, "CPU per frame: application thread %.1f ms, renderer %.1f ms (%d frames)",
                (end.application - start.application) / 1e6 / frames, (end.renderer - start.renderer) / 1e6 / frames, frames);
    }

    private static long cpu(String name) {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name)) {
                return THREADS.getThreadCpuTime(thread.getId());
            }
        }
        return 0;
    }
}
