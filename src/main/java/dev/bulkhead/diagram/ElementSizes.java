package dev.bulkhead.diagram;

import dev.bulkhead.model.ElementKind;

/** Default sizes, headers and paddings of the shapes on the canvas, in canvas units. */
public final class ElementSizes {
    /** Space between siblings laid out automatically. */
    public static final double GAP = 16;
    /** The snapping grid. */
    public static final double GRID = 8;

    private ElementSizes() {
    }

    public static double defaultWidth(ElementKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> 720;
            case CLUSTER -> 640;
            case NODE_POOL -> 176;
            case TENANT -> 176;
            case AGENT -> 164;
            case EXTERNAL_ENDPOINT -> 184;
            case CONNECTION -> 0;
        };
    }

    public static double defaultHeight(ElementKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> 420;
            case CLUSTER -> 280;
            case NODE_POOL -> 34;
            case TENANT -> 84;
            case AGENT -> 88;
            case EXTERNAL_ENDPOINT -> 56;
            case CONNECTION -> 0;
        };
    }

    /** Height of the title area at the top of a container, where no child goes. */
    public static double header(ElementKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> 40;
            case CLUSTER -> 34;
            case TENANT -> 80;
            default -> 0;
        };
    }

    /** Space kept free inside a container's edges. */
    public static double padding(ElementKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> 16;
            case CLUSTER -> 14;
            case TENANT -> 10;
            default -> 0;
        };
    }

    /** Height of a collapsed container. */
    public static double collapsedHeight(ElementKind kind) {
        return switch (kind) {
            case ENVIRONMENT -> 40;
            case CLUSTER -> 34;
            default -> 52;
        };
    }

    /** Whether elements of this kind contain others on the canvas. */
    public static boolean isContainer(ElementKind kind) {
        return kind == ElementKind.ENVIRONMENT || kind == ElementKind.CLUSTER || kind == ElementKind.TENANT;
    }
}
