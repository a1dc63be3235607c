package dev.bulkhead.ui.fx;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Turns a chart drawn from simple shapes (lines, circles, polylines, texts and labels, as styled on screen)
 * into SVG, so that the saved vector file shows exactly what the window shows.
 */
public final class SvgWriter {
    private SvgWriter() {
    }

    /** The SVG of a pane's shapes, on a background colour. */
    public static String of(Parent pane, Color background) {
        Bounds size = pane.getLayoutBounds();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\">%n", size.getWidth(), size.getHeight(), size.getWidth(), size.getHeight()));
        svg.append(String.format(Locale.ROOT, "  <rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n", hex(background)));
        for (Node node : pane.getChildrenUnmodifiable()) {
            if (node.isVisible()) {
                svg.append(element(node));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static String element(Node node) {
        if (node instanceof Line line) {
            return String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"%s/>%n", line.getStartX(),
                    line.getStartY(), line.getEndX(), line.getEndY(), paint(line));
        }
        if (node instanceof Circle circle) {
            return String.format(Locale.ROOT, "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"%s/>%n", circle.getCenterX(),
                    circle.getCenterY(), circle.getRadius(), paint(circle));
        }
        if (node instanceof Polyline polyline) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i + 1 < polyline.getPoints().size(); i += 2) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", polyline.getPoints().get(i), polyline.getPoints().get(i + 1)));
            }
            return "  <polyline points=\"" + points.toString().strip() + "\"" + paint(polyline) + "/>\n";
        }
        if (node instanceof Text text) {
            Bounds box = text.getBoundsInParent();
            String rotate = text.getRotate() == 0 ? "" : String.format(Locale.ROOT, " transform=\"rotate(%.0f %.1f %.1f)\"",
                    text.getRotate(), box.getCenterX(), box.getCenterY());
            double x = text.getRotate() == 0 ? text.getX() : box.getCenterX() - text.getLayoutBounds().getWidth() / 2;
            double y = text.getRotate() == 0 ? text.getY() : box.getCenterY() + text.getFont().getSize() / 3;
            return String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\"%s fill=\"%s\"%s>%s</text>%n", x, y, font(text.getFont()),
                    hex(text.getFill()), rotate, escape(text.getText()));
        }
        if (node instanceof Label label) {
            double baseline = label.getLayoutY() + label.getHeight() / 2 + label.getFont().getSize() / 3;
            return String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\"%s fill=\"%s\">%s</text>%n", label.getLayoutX(), baseline,
                    font(label.getFont()), hex(label.getTextFill()), escape(label.getText()));
        }
        return "";
    }

    private static String paint(Shape shape) {
        String fill = shape.getFill() == null || shape instanceof Line || shape instanceof Polyline ? "none" : hex(shape.getFill());
        String stroke = shape.getStroke() == null ? "none" : hex(shape.getStroke());
        StringBuilder attributes = new StringBuilder(String.format(Locale.ROOT, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"",
                fill, stroke, shape.getStrokeWidth()));
        if (!shape.getStrokeDashArray().isEmpty()) {
            attributes.append(" stroke-dasharray=\"");
            shape.getStrokeDashArray().forEach(d -> attributes.append(String.format(Locale.ROOT, "%.0f ", d)));
            attributes.setLength(attributes.length() - 1);
            attributes.append('"');
        }
        return attributes.toString();
    }

    private static String font(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold") || font.getName().toLowerCase(Locale.ROOT).contains("semi");
        return String.format(Locale.ROOT, " font-family=\"Inter, Helvetica, Arial, sans-serif\" font-size=\"%.1f\"%s", font.getSize(),
                bold ? " font-weight=\"600\"" : "");
    }

    private static String hex(Paint paint) {
        if (!(paint instanceof Color color)) {
            return "#000000";
        }
        long red = Math.round(color.getRed() * 255);
        long green = Math.round(color.getGreen() * 255);
        long blue = Math.round(color.getBlue() * 255);
        return color.getOpacity() < 1 ? String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", red, green, blue, color.getOpacity())
                : String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
