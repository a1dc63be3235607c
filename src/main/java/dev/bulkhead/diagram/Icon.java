package dev.bulkhead.diagram;

import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.TrustLevel;

/**
 * The icons the diagram draws, as code points of Feather's icon font (which Ikonli ships; the code points are
 * Ikonli's {@code Feather} constants, written out here so that the toolkit-free diagram needs no Ikonli class).
 * The canvas draws them as text in that font; the exports draw their outlines, read from the same font file.
 */
public enum Icon {
    LAYERS(0xe08b), BOX(0xe025), SERVER(0xe0d2), USERS(0xe108), CPU(0xe050), GLOBE(0xe07c), ARROW_RIGHT(0xe012),
    ALERT_TRIANGLE(0xe004), EYE(0xe063), SHIELD(0xe0d6);

    /** Where Ikonli's jar keeps Feather's font. */
    public static final String FONT_RESOURCE = "/META-INF/resources/feather/4.28/fonts/feather.ttf";

    private final int codePoint;
    private final String glyph;

    Icon(int codePoint) {
        this.codePoint = codePoint;
        this.glyph = new String(Character.toChars(codePoint));
    }

    public int codePoint() {
        return codePoint;
    }

    /** The icon as a one-character string in Feather's font. */
    public String glyph() {
        return glyph;
    }

    /** The icon of an element kind, the same one the palette and menus show. */
    public static Icon of(ElementKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> LAYERS;
            case CLUSTER -> BOX;
            case NODE_POOL -> SERVER;
            case TENANT -> USERS;
            case AGENT -> CPU;
            case EXTERNAL_ENDPOINT -> GLOBE;
            case CONNECTION -> ARROW_RIGHT;
        };
    }

    /** An agent's trust badge: a warning for untrusted code, an eye for reviewed, a shield for trusted. */
    public static Icon of(TrustLevel trust) {
        return switch (trust) {
            case UNTRUSTED -> ALERT_TRIANGLE;
            case REVIEWED -> EYE;
            case TRUSTED -> SHIELD;
        };
    }
}
