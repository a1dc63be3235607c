package dev.bulkhead.diagram.svg;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.Icon;
import dev.bulkhead.diagram.fonts.IconOutlines;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.diagram.fonts.Outline;

/**
 * Writes what is drawn on it as SVG 1.1: shapes as vector elements, text as real {@code <text>} with a font stack
 * (Inter first, as on the canvas), icons as paths. No {@code foreignObject} and no bitmaps, so that every viewer
 * (browsers, Inkscape, Office, Confluence) shows the same picture and the text stays searchable.
 */
public final class SvgSurface implements DrawingSurface {
    /** Inter as the app; then fonts of similar width that most systems have. */
    public static final String FONT_STACK = "Inter, 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif";

    private final StringBuilder svg = new StringBuilder(1 << 16);
    private final double width;
    private final double height;
    private Colour fill = Colour.BLACK;
    private Colour stroke = Colour.BLACK;
    private double lineWidth = 1;
    private double dash;
    private double gap;
    private double scale = 1;
    private double translateX;
    private double translateY;
    private boolean inGroup;

    /** An SVG of a size in pixels (its viewBox starts at 0,0). */
    public SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
        num(width).append("\" height=\"");
        num(height).append("\" viewBox=\"0 0 ");
        num(width).append(' ');
        num(height).append("\" font-family=\"").append(FONT_STACK).append("\">\n");
    }

    /** Adds a {@code <title>} (what viewers and screen readers show for the picture). */
    public SvgSurface title(String title) {
        svg.append("<title>").append(escape(title)).append("</title>\n");
        return this;
    }

    /** The finished document. */
    public String finish() {
        closeGroup();
        return svg.append("</svg>\n").toString();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    @Override
    public void transform(double newScale, double newTranslateX, double newTranslateY) {
        if (newScale == scale && newTranslateX == translateX && newTranslateY == translateY) {
            return;
        }
        closeGroup();
        scale = newScale;
        translateX = newTranslateX;
        translateY = newTranslateY;
        if (scale != 1 || translateX != 0 || translateY != 0) {
            svg.append("<g transform=\"matrix(");
            num(scale).append(" 0 0 ");
            num(scale).append(' ');
            num(translateX).append(' ');
            num(translateY).append(")\">\n");
            inGroup = true;
        }
    }

    private void closeGroup() {
        if (inGroup) {
            svg.append("</g>\n");
            inGroup = false;
        }
    }

    @Override
    public void fill(Colour colour) {
        fill = colour;
    }

    @Override
    public void stroke(Colour colour) {
        stroke = colour;
    }

    @Override
    public void lineWidth(double value) {
        lineWidth = value;
    }

    @Override
    public void dashes(double newDash, double newGap) {
        dash = newDash;
        gap = newGap;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0).append(fillAttributes()).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0).append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        rect(x, y, w, h, arc).append(fillAttributes()).append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        rect(x, y, w, h, arc).append(strokeAttributes()).append("/>\n");
    }

    private StringBuilder rect(double x, double y, double w, double h, double arc) {
        svg.append("<rect x=\"");
        num(x).append("\" y=\"");
        num(y).append("\" width=\"");
        num(Math.max(0, w)).append("\" height=\"");
        num(Math.max(0, h)).append('"');
        if (arc > 0) {
            double r = Math.min(arc / 2, Math.min(w, h) / 2);
            svg.append(" rx=\"");
            num(r).append('"');
        }
        return svg;
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h).append(fillAttributes()).append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h).append(strokeAttributes()).append("/>\n");
    }

    private StringBuilder ellipse(double x, double y, double w, double h) {
        svg.append("<ellipse cx=\"");
        num(x + w / 2).append("\" cy=\"");
        num(y + h / 2).append("\" rx=\"");
        num(w / 2).append("\" ry=\"");
        num(h / 2).append('"');
        return svg;
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"");
        num(x1).append("\" y1=\"");
        num(y1).append("\" x2=\"");
        num(x2).append("\" y2=\"");
        num(y2).append('"').append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < count; i++) {
            num(xs[i]).append(',');
            num(ys[i]).append(i + 1 < count ? " " : "");
        }
        svg.append('"').append(fillAttributes()).append("/>\n");
    }

    @Override
    public void strokePolyline(double[] points) {
        svg.append("<polyline points=\"");
        for (int i = 0; i + 1 < points.length; i += 2) {
            num(points[i]).append(',');
            num(points[i + 1]).append(i + 3 < points.length ? " " : "");
        }
        svg.append('"').append(strokeAttributes()).append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void text(String text, DiagramFont font, double x, double centreY, Align align, double maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        double measured = textWidth(text, font);
        svg.append("<text x=\"");
        num(x).append("\" y=\"");
        num(centreY + InterMetrics.baselineBelowCentre(font)).append("\" font-size=\"");
        num(font.size()).append('"');
        if (font.semiBold()) {
            svg.append(" font-weight=\"600\"");
        }
        if (align != Align.LEFT) {
            svg.append(" text-anchor=\"").append(align == Align.CENTER ? "middle" : "end").append('"');
        }
        // Every text says the width the layout gave it, measured in Inter: a viewer without Inter that honours
        // textLength (browsers, Inkscape) fits its fallback font to that width instead of running into the icon
        // or box edge beside it. Text wider than its room is squeezed, as the canvas's fillText(maxWidth) does.
        svg.append(" textLength=\"");
        num(maxWidth > 0 && measured > maxWidth ? maxWidth : measured).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        svg.append(" fill=\"").append(fill.hex()).append('"');
        opacity("fill-opacity", fill);
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void verticalText(String text, DiagramFont font, double centreX, double centreY) {
        svg.append("<g transform=\"translate(");
        num(centreX).append(' ');
        num(centreY).append(") rotate(-90)\">");
        text(text, font, 0, 0, Align.CENTER, 0);
        svg.append("</g>\n");
    }

    @Override
    public double textWidth(String text, DiagramFont font) {
        return InterMetrics.width(text, font);
    }

    @Override
    public void icon(Icon icon, double size, double x, double centreY) {
        Outline outline = IconOutlines.of(icon);
        double baseline = centreY + IconOutlines.baselineBelowCentre() * size;
        svg.append("<path d=\"");
        double[] c = outline.coords();
        int k = 0;
        for (byte op : outline.ops()) {
            switch (op) {
                case Outline.MOVE -> svg.append('M');
                case Outline.LINE -> svg.append('L');
                case Outline.QUAD -> svg.append('Q');
                case Outline.CUBIC -> svg.append('C');
                default -> svg.append('Z');
            }
            int n = Outline.coordinates(op);
            for (int i = 0; i < n; i += 2) {
                num(x + c[k + i] * size).append(',');
                num(baseline + c[k + i + 1] * size).append(i + 2 < n ? " " : "");
            }
            k += n;
        }
        svg.append('"').append(fillAttributes()).append("/>\n");
    }

    private String fillAttributes() {
        String attributes = " fill=\"" + fill.hex() + "\"";
        return fill.opacity() < 1 ? attributes + " fill-opacity=\"" + round(fill.opacity()) + "\"" : attributes;
    }

    private String strokeAttributes() {
        StringBuilder a = new StringBuilder(" fill=\"none\" stroke=\"").append(stroke.hex()).append("\" stroke-width=\"")
                .append(round(lineWidth)).append('"');
        if (stroke.opacity() < 1) {
            a.append(" stroke-opacity=\"").append(round(stroke.opacity())).append('"');
        }
        if (dash > 0) {
            a.append(" stroke-dasharray=\"").append(round(dash)).append(' ').append(round(gap)).append('"');
        }
        return a.toString();
    }

    private void opacity(String attribute, Colour colour) {
        if (colour.opacity() < 1) {
            svg.append(' ').append(attribute).append("=\"").append(round(colour.opacity())).append('"');
        }
    }

    /** Appends a number with at most two decimals, without String.format's cost (a large diagram has a million). */
    private StringBuilder num(double value) {
        return svg.append(round(value));
    }

    static String round(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String sign = hundredths < 0 ? "-" : "";
        long abs = Math.abs(hundredths);
        long fraction = abs % 100;
        return sign + abs / 100 + (fraction % 10 == 0 ? "." + fraction / 10 : (fraction < 10 ? ".0" : ".") + fraction);
    }

    /** Text made safe inside XML (and characters XML 1.0 forbids dropped). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
