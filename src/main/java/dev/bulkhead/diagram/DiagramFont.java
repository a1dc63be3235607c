package dev.bulkhead.diagram;

/**
 * A font the diagram draws with: the UI's Inter, regular or semi-bold, at a size in diagram units. Each surface
 * maps it to a real font (JavaFX's loaded Inter, Java2D's Inter, the PDF's embedded font, an SVG font stack).
 */
public record DiagramFont(boolean semiBold, double size) {
    public DiagramFont {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive, got " + size);
        }
    }

    public static DiagramFont regular(double size) {
        return new DiagramFont(false, size);
    }

    public static DiagramFont semiBold(double size) {
        return new DiagramFont(true, size);
    }
}
