package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.model.TenancyOption;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Colours and fonts the canvas draws with, as JavaFX values: the {@code -bh-*} tokens of the theme's CSS file
 * ({@link DiagramTheme} reads them), so the canvas, the exports and the controls can never disagree.
 */
public final class CanvasTheme {
    static final String REGULAR = "Inter";
    static final String SEMI_BOLD = "Inter Semi Bold";

    private final DiagramTheme diagram;
    private final Map<String, Color> tokens = new HashMap<>();
    private final Map<Colour, Color> colours = new HashMap<>();
    private final Map<Double, Font> regular = new HashMap<>();
    private final Map<Double, Font> semiBold = new HashMap<>();

    private CanvasTheme(DiagramTheme diagram) {
        this.diagram = diagram;
        diagram.tokens().forEach((token, colour) -> tokens.put(token, fx(colour)));
    }

    /** The light or dark theme. */
    public static CanvasTheme of(boolean dark) {
        return new CanvasTheme(DiagramTheme.of(dark));
    }

    /** The same theme for the toolkit-free painters. */
    public DiagramTheme diagram() {
        return diagram;
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
        return fx(diagram.option(option));
    }

    /** A diagram colour as a JavaFX one, converted once per distinct colour. */
    Color fx(Colour colour) {
        Color color = colours.get(colour);
        if (color == null) {
            color = Color.rgb(colour.red(), colour.green(), colour.blue(), colour.opacity());
            colours.put(colour, color);
        }
        return color;
    }

    Font regular(double size) {
        return regular.computeIfAbsent(size, s -> Font.font(REGULAR, s));
    }

    Font semiBold(double size) {
        return semiBold.computeIfAbsent(size, s -> Font.font(SEMI_BOLD, s));
    }
}
