package dev.bulkhead.diagram;

import dev.bulkhead.model.ElementId;

/** The routes a picture draws, for tests outside this package (the canvas's routes are compared with them). */
public final class PictureRoutes {
    private PictureRoutes() {
    }

    public static double[] route(DiagramPicture picture, ElementId connection) {
        return picture.scene().route(connection);
    }

    /** Where the picture draws an element, or null. */
    public static dev.bulkhead.model.Geometry bounds(DiagramPicture picture, ElementId element) {
        return picture.scene().bounds(element);
    }

    /** The model the picture draws. */
    public static dev.bulkhead.model.Model model(DiagramPicture picture) {
        return picture.scene().model();
    }
}
