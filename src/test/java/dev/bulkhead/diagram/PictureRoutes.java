package dev.bulkhead.diagram;

import dev.bulkhead.model.ElementId;

/** The routes a picture draws, for tests outside this package (the canvas's routes are compared with them). */
public final class PictureRoutes {
    private PictureRoutes() {
    }

    public static double[] route(DiagramPicture picture, ElementId connection) {
        return picture.scene().route(connection);
    }
}
