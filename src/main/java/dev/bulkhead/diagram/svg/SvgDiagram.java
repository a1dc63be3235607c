package dev.bulkhead.diagram.svg;

import dev.bulkhead.diagram.DiagramPicture;

/** A diagram picture as an SVG document at 1× (one unit a CSS pixel). */
public final class SvgDiagram {
    private SvgDiagram() {
    }

    public static String of(DiagramPicture picture, String title) {
        SvgSurface svg = new SvgSurface(Math.ceil(picture.width()), Math.ceil(picture.height()));
        if (title != null) {
            svg.title(title);
        }
        picture.draw(svg, 1, 0, 0);
        return svg.finish();
    }
}
