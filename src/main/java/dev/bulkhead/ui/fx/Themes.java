package dev.bulkhead.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Light and dark: AtlantaFX's Primer as the base for every control, then Bulkhead's tokens (light.css or
 * dark.css) and its own styles (base.css), which only use the tokens.
 */
public final class Themes {
    private static final Pattern TOKEN = Pattern.compile("(-bh-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final String[] FONTS = {"Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf"};
    private static final String THEME = "/dev/bulkhead/ui/theme/";
    private static boolean fontsLoaded;

    private Themes() {
    }

    /** Registers the bundled Inter font once, before any stylesheet asks for it. */
    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String file : FONTS) {
            var in = Themes.class.getResourceAsStream("/dev/bulkhead/ui/fonts/" + file);
            if (in == null || Font.loadFont(in, 13) == null) {
                System.err.println("bulkhead: font " + file + " could not be loaded; falling back to the system font");
            }
        }
        fontsLoaded = true;
    }

    /** Makes the whole app light or dark (the base theme is application-wide). */
    public static void applyBase(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The stylesheets of one scene. */
    public static void style(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(stylesheets(dark));
    }

    /** Bulkhead's stylesheets in order: tokens, then styles. */
    public static List<String> stylesheets(boolean dark) {
        return List.of(Themes.class.getResource(THEME + tokenFile(dark)).toExternalForm(),
                Themes.class.getResource(THEME + "base.css").toExternalForm());
    }

    /**
     * The {@code -bh-*} colour tokens of the light or dark theme, read from its stylesheet, so that what is drawn
     * rather than styled (the canvas, an exported chart's background) can never disagree with the controls.
     */
    public static Map<String, Color> tokens(boolean dark) {
        String file = tokenFile(dark);
        try (InputStream in = Themes.class.getResourceAsStream(THEME + file)) {
            if (in == null) {
                throw new IllegalStateException("theme " + file + " is missing from the build");
            }
            Map<String, Color> tokens = new HashMap<>();
            Matcher matcher = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                tokens.put(matcher.group(1), Color.web(matcher.group(2)));
            }
            return Map.copyOf(tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tokenFile(boolean dark) {
        return dark ? "dark.css" : "light.css";
    }
}
