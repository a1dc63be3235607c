package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.ElementKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One icon per element type, the same glyph in the palette, menus and on the canvas. The canvas draws the
 * glyph as text in Feather's font, which Ikonli ships in its jar.
 */
public final class ElementIcons {
    private static final String FONT_RESOURCE = "/META-INF/resources/feather/4.28/fonts/feather.ttf";
    private static final Map<Double, Font> FONTS = new HashMap<>();
    private static String family;
    private ElementIcons() {
    }

    /** The icon of an element kind. */
    public static Ikon of(ElementKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> Feather.LAYERS;
            case CLUSTER -> Feather.BOX;
            case NODE_POOL -> Feather.SERVER;
            case TENANT -> Feather.USERS;
            case AGENT -> Feather.CPU;
            case EXTERNAL_ENDPOINT -> Feather.GLOBE;
            case CONNECTION -> Feather.ARROW_RIGHT;
        };
    }

    /** A node showing the icon, for palettes and menus. */
    public static FontIcon node(ElementKind kind, int size) {
        FontIcon icon = new FontIcon(of(kind));
        icon.setIconSize(size);
        return icon;
    }

    /** Feather's font at a size. */
    static synchronized Font font(double size) {
        if (family == null) {
            family = loadFamily();
        }
        return FONTS.computeIfAbsent(size, s -> Font.font(family, s));
    }

    private static String loadFamily() {
        try (InputStream in = ElementIcons.class.getResourceAsStream(FONT_RESOURCE)) {
            Font font = in == null ? null : Font.loadFont(in, 12);
            if (font == null) {
                throw new IllegalStateException("the icon font " + FONT_RESOURCE + " could not be loaded from the class path");
            }
            return font.getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
