package dev.bulkhead.benchmark;

import dev.bulkhead.diagram.Placed;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What clearing the routes costs (round boxes and titles, apart from each other; {@code RouteClearance}), the work the
 * canvas does off the application thread: per sample, a fresh layout's whole clearance (three times, the first in a
 * cold JVM), then eight drops of one tenant, each an updated layout whose clearance reuses the detours found before.
 *
 * <p>Run: {@code mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.bulkhead.benchmark.RouteClearanceTiming}
 */
public final class RouteClearanceTiming {
    private RouteClearanceTiming() {
    }

    public static void main(String[] args) throws Exception {
        for (String sample : List.of("ai-agent-saas", "internal-platform")) {
            Model model = Placed.of(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
            Connection first = model.all(Connection.class).get(0);
            StringBuilder opens = new StringBuilder();
            for (int run = 0; run < 3; run++) {
                SceneLayout scene = SceneLayout.of(model);
                long start = System.nanoTime();
                scene.route(first.id());
                opens.append(String.format(Locale.ROOT, " %.0f", (System.nanoTime() - start) / 1e6));
            }
            ModelDocument document = new ModelDocument(model);
            SceneLayout scene = SceneLayout.of(document.snapshot());
            scene.route(first.id());
            StringBuilder drops = new StringBuilder();
            List<Tenant> tenants = model.all(Tenant.class);
            for (int drop = 0; drop < 8; drop++) {
                Tenant tenant = tenants.get(drop * 7 % tenants.size());
                document.edit("Move", tx -> {
                    ElementLayout layout = tx.layoutOf(tenant.id()).orElseThrow();
                    Geometry g = layout.geometry();
                    tx.setLayout(tenant.id(), layout.withGeometry(g.movedTo(g.x() + 16, g.y() + 8)));
                });
                long start = System.nanoTime();
                scene = SceneLayout.afterLayoutChange(document.snapshot(), scene, Set.of(tenant.id()));
                scene.route(first.id());
                drops.append(String.format(Locale.ROOT, " %.0f", (System.nanoTime() - start) / 1e6));
            }
            System.out.printf(Locale.ROOT, "%s (%d connections): clearance of a fresh layout, ms:%s; drop of a tenant, updated and cleared, ms:%s%n",
                    sample, model.all(Connection.class).size(), opens, drops);
        }
    }
}
