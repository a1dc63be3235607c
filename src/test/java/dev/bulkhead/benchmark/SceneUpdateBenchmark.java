package dev.bulkhead.benchmark;

import dev.bulkhead.diagram.Placed;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The scene layout's part of a drop at 10,000 elements (issue 16), without a window: the canvas benchmark's 200
 * tenants moved six times, each time laid out by {@link SceneLayout#afterLayoutChange} (updated for what moved) and
 * by {@link SceneLayout#of(dev.bulkhead.model.Model, SceneLayout)} (laid out again, keeping unchanged routes), with
 * the routes of a 1600 × 1000 view at 100% computed between drops as the canvas computes them.
 *
 * <p>Run: {@code mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.bulkhead.benchmark.SceneUpdateBenchmark}
 */
public final class SceneUpdateBenchmark {
    private SceneUpdateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ModelDocument document = new ModelDocument(Placed.of(GeneratedModels.platform(3, 2, 7_000, 2_990, 10_000, 42)));
        AtomicReference<Set<ElementId>> changed = new AtomicReference<>();
        document.addListener(event -> {
            if (event instanceof ModelEvent.Edited edited) {
                changed.set(edited.summary().layoutChanged());
            }
        });
        List<Tenant> tenants = document.snapshot().all(Tenant.class).subList(0, 200);
        SceneLayout scene = SceneLayout.of(document.snapshot());
        scene.routeAll(scene.connectionsIn(scene.contentBounds()));
        System.out.printf(Locale.ROOT, "load average %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        for (int drop = 0; drop < 6; drop++) {
            double d = drop % 2 == 0 ? 300 : 24; // as far as the benchmark's drops with the whole model in view, then at 100%
            document.edit("Move", tx -> {
                for (Tenant tenant : tenants) {
                    ElementLayout layout = tx.layoutOf(tenant.id()).orElseThrow();
                    Geometry g = layout.geometry();
                    tx.setLayout(tenant.id(), new ElementLayout(new Geometry(g.x() + d, g.y() + d * 2 / 3, g.width(), g.height()),
                            layout.collapsed()));
                }
            });
            long start = System.nanoTime();
            SceneLayout updated = SceneLayout.afterLayoutChange(document.snapshot(), scene, changed.get());
            long middle = System.nanoTime();
            SceneLayout.of(document.snapshot(), scene);
            long end = System.nanoTime();
            System.out.printf(Locale.ROOT, "drop %d: updated for what moved %.0f ms (%d routes dropped), laid out again %.0f ms%n", drop,
                    (middle - start) / 1e6, updated.damage().oldRoutes().size(), (end - middle) / 1e6);
            scene = updated;
            Geometry first = scene.bounds(tenants.get(0).id());
            scene.routeAll(scene.connectionsIn(new Geometry(first.x() - 800, first.y() - 500, 1600, 1000)));
        }
        System.out.printf(Locale.ROOT, "load average %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
