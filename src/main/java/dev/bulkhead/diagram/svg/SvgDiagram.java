package dev.bulkhead.diagram.svg;

import dev.bulkhead.diagram.DiagramPicture;

/** A diagram picture as an SVG document at 1× (one unit a CSS pixel). */
public final class SvgDiagram {
    private SvgDiagram() {
    }

    public static String of(DiagramPicture picture, String title) {
        return of(picture, title, 1);
    }

    /** The picture drawn {@code scale} CSS pixels a unit (a report's, at the size its PDF prints it). */
    public static String of(DiagramPicture picture, String title, double scale) {
        SvgSurface svg = new SvgSurface(Math.ceil(picture.width() * scale), Math.ceil(picture.height() * scale));
        if (title != null) {
            svg.title(title);
        }
        picture.draw(svg, scale, 0, 0);
        return svg.finish();
    }
}
