package dev.bulkhead.ui.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Gives memory the app no longer uses back to the system. The JVM keeps up to 70% of its heap free and committed
 * after a collection; with a 10,000-element model that was 260 MB of a 430 MB heap held by the process and never
 * used (issue 16: resident memory 680-760 MB for 170 MB of live data). A desktop app shares the machine, so it
 * keeps at most 20% free, and grows the heap again once less than 10% is free. Both are the JVM's manageable
 * options, set here rather than in each launcher so that every way of starting the app gets them. (30% free left
 * 453-487 MB resident after a collection at 10,000 elements, 20% 410-443 MB, frames in the same spread: between full
 * collections G1 sizes the heap by the time it spends collecting, not by these ratios.)
 */
public final class HeapPolicy {
    /** The most of the heap left free (and committed) after a collection, in percent. */
    static final int MAX_FREE = 20;
    /** The least of the heap left free after a collection before it grows, in percent. */
    static final int MIN_FREE = 10;

    private HeapPolicy() {
    }

    /**
     * Applies the policy; returns false (and changes nothing) on a JVM without these options, where the app runs
     * as before.
     */
    public static boolean apply() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return false;
            }
            // The minimum first: the JVM refuses a minimum above the maximum in force.
            vm.setVMOption("MinHeapFreeRatio", Integer.toString(MIN_FREE));
            vm.setVMOption("MaxHeapFreeRatio", Integer.toString(MAX_FREE));
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false; // an option missing or not manageable, or a runtime without jdk.management
        }
    }
}
