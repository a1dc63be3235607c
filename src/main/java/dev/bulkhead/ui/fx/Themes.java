package dev.bulkhead.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.bulkhead.ui.canvas.CanvasTheme;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * Light and dark: AtlantaFX's Primer as the base for every control, then Bulkhead's tokens (light.css or
 * dark.css) and its own styles (base.css), which only use the tokens.
 */
public final class Themes {
    private static final String[] FONTS = {"Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf"};
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
        return List.of(CanvasTheme.stylesheet(dark),
                Themes.class.getResource("/dev/bulkhead/ui/theme/base.css").toExternalForm());
    }
}
