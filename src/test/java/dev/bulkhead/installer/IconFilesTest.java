package dev.bulkhead.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * installer/IconFiles.java, run as the build runs it ({@code java installer/IconFiles.java DIR}, a source file in a
 * JVM of its own), packs the rendered PNGs into the Windows ICO and the macOS ICNS: every size the platform looks
 * for, each PNG byte for byte where the container's directory says it is (issue 15).
 */
class IconFilesTest {
    private static final int[] RENDERED_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    @TempDir
    Path icons;

    private final Map<Integer, byte[]> pngs = new LinkedHashMap<>();
    /** What the last run of IconFiles printed. */
    private String output = "";

    @BeforeEach
    void renderStandInPngs() throws IOException {
        // Stand-ins for installer/icons.sh's rsvg-convert output: real PNGs, each with different bytes.
        for (int size : RENDERED_SIZES) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(size / 2, size / 2, 0xFF000000 | size);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            pngs.put(size, png.toByteArray());
            Files.write(icons.resolve("bulkhead-" + size + ".png"), png.toByteArray());
        }
    }

    @Test
    void theIcoHoldsTheSizesWindowsShowsEachPngWhereItsEntrySays() throws Exception {
        assertThat(runIconFiles()).isZero();
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(icons.resolve("bulkhead.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1, icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        assertThat(count).isEqualTo(7);
        int end = 6 + 16 * count;
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico.get(entry));
            int size = width == 0 ? 256 : width;
            assertThat(Byte.toUnsignedInt(ico.get(entry + 1))).as("height").isEqualTo(width);
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(offset).as("images follow the directory, one after the other").isEqualTo(end);
            assertThat(Arrays.copyOfRange(ico.array(), offset, offset + length)).isEqualTo(pngs.get(size));
            end = offset + length;
        }
        assertThat(end).as("nothing after the last image").isEqualTo(ico.capacity());
        assertThat(sizesIn(ico)).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void theIcnsHoldsThePngTypesMacOsLooksUpAndItsLengthsAddUp() throws Exception {
        assertThat(runIconFiles()).isZero();
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(icons.resolve("bulkhead.icns")));

        assertThat(type(icns, 0)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("the file's length").isEqualTo(icns.capacity());
        Map<String, Integer> sizeOfType = Map.of("icp4", 16, "icp5", 32, "icp6", 64, "ic07", 128, "ic08", 256,
                "ic09", 512);
        Map<String, byte[]> elements = new LinkedHashMap<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            int length = icns.getInt(at + 4);
            assertThat(length).isGreaterThan(8);
            elements.put(type(icns, at), Arrays.copyOfRange(icns.array(), at + 8, at + length));
        }
        assertThat(elements.keySet()).containsExactlyInAnyOrderElementsOf(sizeOfType.keySet());
        elements.forEach((type, data) -> assertThat(data).as(type).isEqualTo(pngs.get(sizeOfType.get(type))));
    }

    @Test
    void aMissingSizeFailsTheBuildAndSaysWhereThePngsComeFrom() throws Exception {
        Files.delete(icons.resolve("bulkhead-48.png"));

        assertThat(runIconFiles()).isNotZero();
        assertThat(output).contains("bulkhead-48.png", "installer/icons.sh");
        assertThat(icons.resolve("bulkhead.ico")).doesNotExist();
    }

    private int runIconFiles() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "installer/IconFiles.java", icons.toString()))
                .redirectErrorStream(true).start();
        output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor();
    }

    private static List<Integer> sizesIn(ByteBuffer ico) {
        return IntStream.range(0, ico.getShort(4))
                .map(i -> Byte.toUnsignedInt(ico.get(6 + 16 * i))).map(width -> width == 0 ? 256 : width)
                .boxed().toList();
    }

    private static String type(ByteBuffer buffer, int at) {
        return new String(buffer.array(), at, 4, StandardCharsets.US_ASCII);
    }
}
