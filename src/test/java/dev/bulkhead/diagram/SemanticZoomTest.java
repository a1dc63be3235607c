package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.testing.GeneratedModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At the zoom that fits a model of hundreds of tenants, environment and cluster names stay legible: they are
 * drawn as tags in type of {@value DiagramPainter#TAG_PIXELS} px on screen, clusters with their counts; at 100%
 * the usual titles return. Checked on what the renderer asks a surface to draw.
 */
class SemanticZoomTest {
    /** Pixels a name needs on screen to be read. */
    private static final double LEGIBLE = 11;

    @Test
    void atFitEveryEnvironmentAndClusterNameIsDrawnLegiblyWithTheClustersCounts() {
        Model model = Placed.of(GeneratedModels.platform(3, 2, 400, 200, 300, 42));
        SceneLayout scene = SceneLayout.of(model);
        Geometry content = scene.contentBounds();
        double fit = 1600 / content.width();
        assertThat(fit).as("the fit zoom of this model").isLessThan(0.2);
        Recording surface = new Recording();

        new DiagramRenderer(DiagramTheme.of(false)).draw(surface, 1600, 1000, fit, 0, 0, scene, Decorations.NONE,
                DiagramRenderer.detail(fit), true);

        for (Environment environment : model.all(Environment.class)) {
            assertThat(surface.legible(environment.name(), fit)).as("environment " + environment.name()).isTrue();
        }
        for (Cluster cluster : model.all(Cluster.class)) {
            assertThat(surface.legible(cluster.name(), fit)).as("cluster " + cluster.name()).isTrue();
            long tenants = model.children(cluster.id(), Tenant.class).size();
            assertThat(surface.texts).as("the count of " + cluster.name()).anyMatch(t -> t.text().startsWith(tenants + " tenants"));
        }
        // Tenants' names would be a pixel high: not drawn at all.
        Tenant any = model.all(Tenant.class).get(0);
        assertThat(surface.texts).noneMatch(t -> t.text().equals(any.name()));
    }

    @Test
    void atFullSizeTheTitlesAreTheUsualOnesAndNoTagIsDrawn() {
        Model model = Placed.of(GeneratedModels.platform(1, 1, 6, 2, 2, 7));
        Recording surface = new Recording();

        new DiagramRenderer(DiagramTheme.of(false)).draw(surface, 4000, 3000, 1, 0, 0, SceneLayout.of(model), Decorations.NONE, 2, true);

        Environment environment = model.all(Environment.class).get(0);
        assertThat(surface.texts).anyMatch(t -> t.text().equals("ENVIRONMENT · " + environment.name()));
        assertThat(surface.texts).noneMatch(t -> t.text().equals(environment.name()));
    }

    private record Text(String text, double size) {
    }

    /** Records the text it is asked to draw, and measures text roughly (the tags' sizes do not depend on it). */
    private static final class Recording implements DrawingSurface {
        final List<Text> texts = new ArrayList<>();

        boolean legible(String text, double zoom) {
            return texts.stream().anyMatch(t -> t.text().equals(text) && t.size() * zoom >= LEGIBLE);
        }

        @Override
        public void text(String text, DiagramFont font, double x, double centreY, Align align, double maxWidth) {
            texts.add(new Text(text, font.size()));
        }

        @Override
        public double textWidth(String text, DiagramFont font) {
            return text.length() * font.size() * 0.55;
        }

        @Override
        public void verticalText(String text, DiagramFont font, double centreX, double centreY) {
            texts.add(new Text(text, font.size()));
        }

        @Override
        public void transform(double scale, double translateX, double translateY) {
        }

        @Override
        public void fill(Colour colour) {
        }

        @Override
        public void stroke(Colour colour) {
        }

        @Override
        public void lineWidth(double width) {
        }

        @Override
        public void dashes(double dash, double gap) {
        }

        @Override
        public void fillRect(double x, double y, double width, double height) {
        }

        @Override
        public void strokeRect(double x, double y, double width, double height) {
        }

        @Override
        public void fillRoundRect(double x, double y, double width, double height, double arc) {
        }

        @Override
        public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        }

        @Override
        public void fillOval(double x, double y, double width, double height) {
        }

        @Override
        public void strokeOval(double x, double y, double width, double height) {
        }

        @Override
        public void strokeLine(double x1, double y1, double x2, double y2) {
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int count) {
        }

        @Override
        public void strokePolyline(double[] points) {
        }

        @Override
        public void icon(Icon icon, double size, double x, double centreY) {
        }
    }
}
