package dev.bulkhead.diagram;

import dev.bulkhead.model.TenancyOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -bh-*} colour tokens of the light or dark theme, read from the same stylesheet the app's controls
 * use (no JavaFX needed to read it), so that a drawing and an export can never disagree with the controls.
 */
public final class DiagramTheme {
    private static final Pattern TOKEN = Pattern.compile("(-bh-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final String THEME = "/dev/bulkhead/ui/theme/";
    private static final DiagramTheme LIGHT = load(false);
    private static final DiagramTheme DARK = load(true);

    private final boolean dark;
    private final Map<String, Colour> tokens;

    private DiagramTheme(boolean dark, Map<String, Colour> tokens) {
        this.dark = dark;
        this.tokens = tokens;
    }

    public static DiagramTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public boolean isDark() {
        return dark;
    }

    /** A token's colour, for example {@code colour("-bh-namespace")}. */
    public Colour colour(String token) {
        Colour colour = tokens.get(token);
        if (colour == null) {
            throw new IllegalArgumentException("theme token " + token + " is not defined");
        }
        return colour;
    }

    /** Every token, for adapters that convert them all at once. */
    public Map<String, Colour> tokens() {
        return tokens;
    }

    /** The colour of a tenancy option, or of "undecided" for null. */
    public Colour option(TenancyOption option) {
        if (option == null) {
            return colour("-bh-undecided");
        }
        return switch (option) {
            case NAMESPACE -> colour("-bh-namespace");
            case VCLUSTER -> colour("-bh-vcluster");
            case DEDICATED -> colour("-bh-dedicated");
        };
    }

    private static DiagramTheme load(boolean dark) {
        String file = dark ? "dark.css" : "light.css";
        try (InputStream in = DiagramTheme.class.getResourceAsStream(THEME + file)) {
            if (in == null) {
                throw new IllegalStateException("theme " + file + " is missing from the build");
            }
            Map<String, Colour> tokens = new HashMap<>();
            Matcher matcher = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                tokens.put(matcher.group(1), Colour.hex(matcher.group(2)));
            }
            return new DiagramTheme(dark, Map.copyOf(tokens));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
