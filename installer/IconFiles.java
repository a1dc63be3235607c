import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packs the rendered PNGs of Bulkhead's icon into the two container formats Windows and macOS want, with no
 * tool beyond the JDK: {@code java installer/IconFiles.java DIR} reads DIR/bulkhead-SIZE.png and writes
 * DIR/bulkhead.ico and DIR/bulkhead.icns. Both formats may hold PNG data as is (ICO since Windows Vista,
 * ICNS since macOS 10.7), so nothing is re-encoded.
 */
public final class IconFiles {
    /** ICNS element types that hold PNG data, by pixel size (ic07..ic10 are 128..1024, icp4..icp6 16..64). */
    private static final Map<Integer, String> ICNS_TYPES = Map.of(16, "icp4", 32, "icp5", 64, "icp6", 128, "ic07",
            256, "ic08", 512, "ic09");
    /** What Windows shows in Explorer, the task bar and the title bar. */
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/icons");
        Files.write(dir.resolve("bulkhead.ico"), ico(dir));
        Files.write(dir.resolve("bulkhead.icns"), icns(dir));
    }

    private static byte[] png(Path dir, int size) throws IOException {
        Path file = dir.resolve("bulkhead-" + size + ".png");
        if (!Files.exists(file)) {
            throw new IOException("missing " + file + " (installer/icons.sh renders it from assets/icon/bulkhead.svg)");
        }
        return Files.readAllBytes(file);
    }

    /** ICONDIR, one ICONDIRENTRY per image, then the images; little-endian. */
    static byte[] ico(Path dir) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(dir, size));
        }
        int headerSize = 6 + 16 * images.size();
        int total = headerSize + images.stream().mapToInt(i -> i.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            out.put((byte) 0).put((byte) 0);            // no palette, reserved
            out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /** 'icns', total length, then (type, length including this 8-byte header, data) per image; big-endian. */
    static byte[] icns(Path dir) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<Integer, String> type : new TreeMap<>(ICNS_TYPES).entrySet()) {
            byte[] image = png(dir, type.getKey());
            data.writeBytes(type.getValue());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeBytes("icns");
        out.writeInt(8 + body.size());
        body.writeTo(out);
        return file.toByteArray();
    }
}
