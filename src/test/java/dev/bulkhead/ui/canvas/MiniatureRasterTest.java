package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.Placed;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The overview's miniature, written as pixels (issue 16): each box where the canvas has it, in its colour, never lost. */
class MiniatureRasterTest {
    private static final int BACKGROUND = 0xFFFFFFFF;
    private static final int ENVIRONMENT = 0xFF101010;
    private static final int CLUSTER = 0xFF202020;
    private static final int TENANT = 0xFF3060C0;
    private static final int OTHER = 0xFF909090;

    private final SceneLayout scene;

    MiniatureRasterTest() throws Exception {
        scene = SceneLayout.of(Placed.of(new ModelReader().read(Path.of("sample-models/workshop-starter.bulkhead.json"))));
    }

    private int[] raster(int width, int height, double unitsPerPixel) {
        Geometry content = scene.contentBounds();
        return MiniatureRaster.of(scene, width, height, content.x(), content.y(), unitsPerPixel, BACKGROUND,
                element -> switch (element.kind()) {
                    case ENVIRONMENT -> ENVIRONMENT;
                    case CLUSTER -> CLUSTER;
                    case TENANT -> TENANT;
                    default -> OTHER;
                });
    }

    @Test
    void everyTenantIsFilledInItsColourWhereTheCanvasHasIt() {
        Geometry content = scene.contentBounds();
        double unitsPerPixel = 4;
        int width = (int) Math.ceil(content.width() / unitsPerPixel) + 1;
        int[] pixels = raster(width, (int) Math.ceil(content.height() / unitsPerPixel) + 1, unitsPerPixel);

        for (Tenant tenant : scene.model().all(Tenant.class)) {
            Geometry box = scene.bounds(tenant.id());
            // Inside the tenant, clear of its header where its agents (not drawn in the miniature) sit below.
            int x = (int) ((box.x() + 6 - content.x()) / unitsPerPixel);
            int y = (int) ((box.y() + 6 - content.y()) / unitsPerPixel);
            assertThat(pixels[y * width + x]).as(tenant.name()).isEqualTo(TENANT);
        }
        assertThat(pixels[0]).as("the content's corner is its environment's").isEqualTo(ENVIRONMENT);
    }

    @Test
    void aBoxSmallerThanAPixelStillTakesOneAndNothingIsWrittenOutsideTheImage() {
        Geometry content = scene.contentBounds();
        long tenants = scene.model().elements().values().stream().filter(e -> e.kind() == ElementKind.TENANT).count();
        // Every tenant a fraction of a pixel; the whole model in a 12 × 12 image, most of it background.
        double unitsPerPixel = Math.max(content.width(), content.height()) / 4;
        int[] pixels = raster(12, 12, unitsPerPixel);

        assertThat(tenants).isPositive();
        assertThat(Arrays.stream(pixels).filter(p -> p == TENANT).count()).isPositive();
        assertThat(pixels[11 * 12 + 11]).isEqualTo(BACKGROUND);
        assertThat(pixels).hasSize(144);
    }
}
