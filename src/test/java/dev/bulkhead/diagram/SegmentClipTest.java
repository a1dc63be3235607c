package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Routing's crossing test ({@link SegmentClip#meets}) answers as the clipping it stands for ({@link SegmentClip#entryAndExit}). */
class SegmentClipTest {
    @Test
    void meetsExactlyWhenEntryAndExitFindsAPart() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            // Coarse coordinates, so that axis-aligned segments, touching edges and zero-size boxes come up often.
            double minX = random.nextInt(20);
            double minY = random.nextInt(20);
            double maxX = minX + random.nextInt(6);
            double maxY = minY + random.nextInt(6);
            double x1 = random.nextInt(30) - 3;
            double y1 = random.nextInt(30) - 3;
            double x2 = random.nextInt(4) == 0 ? x1 : random.nextInt(30) - 3;
            double y2 = random.nextInt(4) == 0 ? y1 : random.nextInt(30) - 3;
            boolean expected = SegmentClip.entryAndExit(minX, minY, maxX, maxY, x1, y1, x2, y2) != null;
            assertThat(SegmentClip.meets(minX, minY, maxX, maxY, x1, y1, x2, y2))
                    .as("box (%s,%s)-(%s,%s), segment (%s,%s)-(%s,%s)", minX, minY, maxX, maxY, x1, y1, x2, y2).isEqualTo(expected);
        }
    }

    @Test
    void aSegmentAlongsideABoxMissesItAndOneThroughItMeetsIt() {
        assertThat(SegmentClip.meets(0, 0, 10, 10, -5, 12, 15, 12)).isFalse();
        assertThat(SegmentClip.meets(0, 0, 10, 10, -5, 5, 15, 5)).isTrue();
        assertThat(SegmentClip.meets(0, 0, 10, 10, -5, -5, 15, 15)).isTrue();
        assertThat(SegmentClip.meets(0, 0, 10, 10, 11, -5, 11, 15)).isFalse();
    }
}
