package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.model.Geometry;
import dev.bulkhead.ui.canvas.CanvasTheme;
import dev.bulkhead.ui.canvas.Viewport;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Drawing helpers shared by gestures: drop-target outlines and a refusal note at the pointer. */
final class Feedback {
    private static final Font NOTE_FONT = Font.font("Inter Semi Bold", 12);

    private Feedback() {
    }

    /** Outlines a canvas rectangle as an accepting (true) or refusing drop target. */
    static void target(GraphicsContext g, Viewport viewport, CanvasTheme theme, Geometry box, boolean accepts) {
        Color color = accepts ? theme.color("-bh-ok") : theme.color("-bh-danger");
        g.setStroke(color);
        g.setLineWidth(2.5);
        g.setLineDashes(6, 4);
        g.strokeRoundRect(viewport.toScreenX(box.x()) - 4, viewport.toScreenY(box.y()) - 4,
                box.width() * viewport.scale() + 8, box.height() * viewport.scale() + 8, 12, 12);
        g.setLineDashes((double[]) null);
    }

    /** A short note beside the pointer, such as why a drop would be refused. */
    static void note(GraphicsContext g, CanvasTheme theme, String text, double x, double y, boolean refusal) {
        Text measure = new Text(text);
        measure.setFont(NOTE_FONT);
        double width = measure.getLayoutBounds().getWidth() + 18;
        double left = x + 16;
        double top = y + 14;
        g.setFill(refusal ? theme.color("-bh-danger") : theme.color("-bh-accent"));
        g.fillRoundRect(left, top, width, 24, 12, 12);
        g.setFill(Color.WHITE);
        g.setFont(NOTE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, left + 9, top + 12);
    }

    /** A dashed line from a point to another, for connections being drawn. */
    static void rubberLine(GraphicsContext g, CanvasTheme theme, double x1, double y1, double x2, double y2) {
        g.setStroke(theme.color("-bh-selection"));
        g.setLineWidth(2);
        g.setLineDashes(7, 5);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes((double[]) null);
        g.setFill(theme.color("-bh-selection"));
        g.fillOval(x2 - 4, y2 - 4, 8, 8);
    }
}
