package dev.bulkhead.model;

/** Where an element sits on the canvas and how large it is, in canvas units (1 unit = 1 px at 100%). */
public record Geometry(double x, double y, double width, double height) {
    public Geometry {
        ValueRanges.LAYOUT_X.check(x);
        ValueRanges.LAYOUT_Y.check(y);
        Checks.positive("width", width);
        Checks.positive("height", height);
    }

    /** The same size at another position. */
    public Geometry movedTo(double newX, double newY) {
        return new Geometry(newX, newY, width, height);
    }

    /** The same size moved by a delta. */
    public Geometry translated(double dx, double dy) {
        return new Geometry(x + dx, y + dy, width, height);
    }

    /** Right edge. */
    public double maxX() {
        return x + width;
    }

    /** Bottom edge. */
    public double maxY() {
        return y + height;
    }

    /** Whether the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** Whether the other rectangle lies entirely inside this one. */
    public boolean contains(Geometry other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** Whether the two rectangles overlap. */
    public boolean intersects(Geometry other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    /** The smallest rectangle around this one and another. */
    public Geometry union(Geometry other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Geometry(left, top, Math.max(maxX(), other.maxX()) - left, Math.max(maxY(), other.maxY()) - top);
    }
}
