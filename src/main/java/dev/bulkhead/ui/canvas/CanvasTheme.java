package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.ui.fx.Themes;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Colours and fonts the canvas draws with. The colours are the {@code -bh-*} tokens of the theme's CSS file,
 * read from that file, so the canvas and the controls can never disagree.
 */
public final class CanvasTheme {
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
        return new CanvasTheme(Themes.tokens(dark));
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
}
