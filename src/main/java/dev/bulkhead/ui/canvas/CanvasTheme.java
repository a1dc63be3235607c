package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.TenancyOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Colours and fonts the canvas draws with. The colours are the {@code -bh-*} tokens of the theme's CSS file,
 * read from that file, so the canvas and the controls can never disagree.
 */
public final class CanvasTheme {
    private static final Pattern TOKEN = Pattern.compile("(-bh-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    static final String REGULAR = "Inter";
    static final String SEMI_BOLD = "Inter Semi Bold";

    private final Map<String, Color> tokens;
    private final Map<Double, Font> regular = new HashMap<>();
    private final Map<Double, Font> semiBold = new HashMap<>();

    private CanvasTheme(Map<String, Color> tokens) {
        this.tokens = tokens;
    }

    /** The light or dark theme. */
    public static CanvasTheme of(boolean dark) {
        return new CanvasTheme(read(dark ? "dark.css" : "light.css"));
    }

    /** The stylesheet that defines a theme's tokens. */
    public static String stylesheet(boolean dark) {
        return CanvasTheme.class.getResource("/dev/bulkhead/ui/theme/" + (dark ? "dark.css" : "light.css")).toExternalForm();
    }

    /** A token's colour, for example {@code color("-bh-namespace")}. */
    public Color color(String token) {
        Color color = tokens.get(token);
        if (color == null) {
            throw new IllegalArgumentException("theme token " + token + " is not defined");
        }
        return color;
    }

    /** The colour of a tenancy option, or of "undecided" for null. */
    public Color option(TenancyOption option) {
        if (option == null) {
            return color("-bh-undecided");
        }
        return switch (option) {
            case NAMESPACE -> color("-bh-namespace");
            case VCLUSTER -> color("-bh-vcluster");
            case DEDICATED -> color("-bh-dedicated");
        };
    }

    Font regular(double size) {
        return regular.computeIfAbsent(size, s -> Font.font(REGULAR, s));
    }

    Font semiBold(double size) {
        return semiBold.computeIfAbsent(size, s -> Font.font(SEMI_BOLD, s));
    }

    private static Map<String, Color> read(String file) {
        try (InputStream in = CanvasTheme.class.getResourceAsStream("/dev/bulkhead/ui/theme/" + file)) {
            if (in == null) {
                throw new IllegalStateException("theme " + file + " is missing from the build");
            }
            Map<String, Color> tokens = new HashMap<>();
            Matcher matcher = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                tokens.put(matcher.group(1), Color.web(matcher.group(2)));
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
