package dev.bulkhead.diagram.java2d;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.Icon;
import dev.bulkhead.diagram.fonts.IconOutlines;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.diagram.fonts.Outline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The drawing surface on a Java2D {@link Graphics2D} (a {@code BufferedImage} for PNG), in Inter, the app's font,
 * loaded from the bundled files. Works headless.
 */
public final class Java2dSurface implements DrawingSurface {
    private static final Font REGULAR = load(false);
    private static final Font SEMI_BOLD = load(true);
    private static final Map<Icon, Path2D> ICONS = new EnumMap<>(Icon.class);

    private final Graphics2D g;
    private final AffineTransform base;
    private final Map<DiagramFont, Font> fonts = new HashMap<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float lineWidth = 1;
    private float dash;
    private float gap;

    /** Draws on a graphics context; whatever transform it has (for example a 2× scale) stays under the diagram's. */
    public Java2dSurface(Graphics2D g) {
        this.g = g;
        this.base = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        applyStroke();
    }

    @Override
    public void transform(double scale, double translateX, double translateY) {
        AffineTransform t = new AffineTransform(base);
        t.translate(translateX, translateY);
        t.scale(scale, scale);
        g.setTransform(t);
    }

    @Override
    public void fill(Colour colour) {
        fill = awt(colour);
    }

    @Override
    public void stroke(Colour colour) {
        stroke = awt(colour);
    }

    @Override
    public void lineWidth(double width) {
        lineWidth = (float) width;
        applyStroke();
    }

    @Override
    public void dashes(double newDash, double newGap) {
        dash = (float) newDash;
        gap = (float) newGap;
        applyStroke();
    }

    private void applyStroke() {
        g.setStroke(dash > 0 ? new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {dash, gap}, 0)
                : new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.setColor(stroke);
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        g.setColor(stroke);
        g.draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.setColor(stroke);
        g.draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.setColor(stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(fill);
        g.fill(path);
    }

    @Override
    public void strokePolyline(double[] points) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        g.setColor(stroke);
        g.draw(path);
    }

    @Override
    public void text(String text, DiagramFont font, double x, double centreY, Align align, double maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        double width = textWidth(text, font);
        double squeeze = maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
        double drawn = width * squeeze;
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - drawn / 2;
            case RIGHT -> x - drawn;
        };
        double baseline = centreY + InterMetrics.baselineBelowCentre(font);
        g.setColor(fill);
        g.setFont(font(font));
        if (squeeze == 1) {
            g.drawString(text, (float) left, (float) baseline);
        } else {
            AffineTransform saved = g.getTransform();
            g.translate(left, baseline);
            g.scale(squeeze, 1);
            g.drawString(text, 0f, 0f);
            g.setTransform(saved);
        }
    }

    @Override
    public void verticalText(String text, DiagramFont font, double centreX, double centreY) {
        AffineTransform saved = g.getTransform();
        g.translate(centreX, centreY);
        g.rotate(-Math.PI / 2);
        text(text, font, 0, 0, Align.CENTER, 0);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String text, DiagramFont font) {
        return font(font).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void icon(Icon icon, double size, double x, double centreY) {
        AffineTransform saved = g.getTransform();
        g.translate(x, centreY + IconOutlines.baselineBelowCentre() * size);
        g.scale(size, size);
        g.setColor(fill);
        g.fill(path(icon));
        g.setTransform(saved);
    }

    private Font font(DiagramFont font) {
        return fonts.computeIfAbsent(font, f -> (f.semiBold() ? SEMI_BOLD : REGULAR).deriveFont((float) f.size()));
    }

    private static synchronized Path2D path(Icon icon) {
        return ICONS.computeIfAbsent(icon, i -> {
            Outline outline = IconOutlines.of(i);
            Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
            double[] c = outline.coords();
            int k = 0;
            for (byte op : outline.ops()) {
                switch (op) {
                    case Outline.MOVE -> path.moveTo(c[k], c[k + 1]);
                    case Outline.LINE -> path.lineTo(c[k], c[k + 1]);
                    case Outline.QUAD -> path.quadTo(c[k], c[k + 1], c[k + 2], c[k + 3]);
                    case Outline.CUBIC -> path.curveTo(c[k], c[k + 1], c[k + 2], c[k + 3], c[k + 4], c[k + 5]);
                    default -> path.closePath();
                }
                k += Outline.coordinates(op);
            }
            return path;
        });
    }

    private static Color awt(Colour colour) {
        return new Color(colour.red(), colour.green(), colour.blue(), (int) Math.round(colour.opacity() * 255));
    }

    private static Font load(boolean semiBold) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(InterMetrics.fontFile(semiBold)));
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled Inter font could not be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
