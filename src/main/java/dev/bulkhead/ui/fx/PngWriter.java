package dev.bulkhead.ui.fx;

import dev.bulkhead.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Writes a node as a PNG, by default at twice its size (sharp on HiDPI screens and in documents). JavaFX has no image
 * encoder, so this is the one place the UI bridges to ImageIO through {@code javafx.embed.swing}.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /** Renders a node at twice its size and writes it atomically; must run on the FX thread. */
    public static void write(Node node, Path file) throws IOException {
        write(node, file, 2);
    }

    /** Renders a node at a scale (1 for screenshots of a window) and writes it atomically. */
    public static void write(Node node, Path file, double scale) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = node.snapshot(parameters, null);
        var buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
