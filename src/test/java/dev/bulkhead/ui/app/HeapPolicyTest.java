package dev.bulkhead.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app keeps little of its heap free and committed after a collection (issue 16's resident memory). */
class HeapPolicyTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private String minBefore;
    private String maxBefore;

    @BeforeEach
    void remember() {
        minBefore = vm.getVMOption("MinHeapFreeRatio").getValue();
        maxBefore = vm.getVMOption("MaxHeapFreeRatio").getValue();
    }

    @AfterEach
    void restore() {
        // The test JVM runs the rest of the suite: it gets its own settings back, the larger range first.
        vm.setVMOption("MaxHeapFreeRatio", maxBefore);
        vm.setVMOption("MinHeapFreeRatio", minBefore);
    }

    @Test
    void theJvmKeepsAtMostTwentyPercentOfTheHeapFree() {
        assertThat(maxBefore).as("the JVM's own default, which the policy changes").isEqualTo("70");

        assertThat(HeapPolicy.apply()).isTrue();

        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(Integer.toString(HeapPolicy.MAX_FREE));
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(Integer.toString(HeapPolicy.MIN_FREE));
    }
}
