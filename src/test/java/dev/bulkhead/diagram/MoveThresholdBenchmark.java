package dev.bulkhead.diagram;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.testing.GeneratedModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where updating the scene layout for a move stops paying (issue 16): on the 10,000-element model with every route
 * computed, moves of ever more of the model are laid out both ways, updated for what moved (with no fallback) and
 * laid out again keeping unchanged routes, and the CPU time of each is printed (the median of eight moves after four
 * to warm up). CPU time, not wall time: the machine is shared. {@link SceneLayout#afterLayoutChange} lays out again
 * above the share where the two meet.
 *
 * <p>Run: {@code mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.bulkhead.diagram.MoveThresholdBenchmark}
 */
public final class MoveThresholdBenchmark {
    private MoveThresholdBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ModelDocument document = new ModelDocument(Placed.of(GeneratedModels.platform(3, 2, 7_000, 2_990, 10_000, 42)));
        AtomicReference<Set<ElementId>> changed = new AtomicReference<>();
        document.addListener(event -> {
            if (event instanceof ModelEvent.Edited edited) {
                changed.set(edited.summary().layoutChanged());
            }
        });
        List<Tenant> tenants = document.snapshot().all(Tenant.class);
        Map<String, List<ElementId>> moves = new LinkedHashMap<>();
        moves.put("200 tenants", tenants.subList(0, 200).stream().map(Element::id).toList());
        moves.put("1,000 tenants", tenants.subList(0, 1_000).stream().map(Element::id).toList());
        moves.put("a cluster", List.of(ElementId.of("cluster-0-0")));
        moves.put("an environment", List.of(ElementId.of("env-0")));
        moves.put("two environments", List.of(ElementId.of("env-0"), ElementId.of("env-1")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SceneLayout scene = SceneLayout.of(document.snapshot());
        scene.routeAll(scene.connectionsIn(scene.contentBounds()));
        int boxes = document.snapshot().elements().size() - document.snapshot().all(dev.bulkhead.model.Connection.class).size();
        System.out.printf(Locale.ROOT, "load average %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        for (Map.Entry<String, List<ElementId>> move : moves.entrySet()) {
            List<Double> updated = new ArrayList<>();
            List<Double> laidOut = new ArrayList<>();
            int movedOnScreen = 0;
            for (int i = 0; i < 12; i++) {
                double d = i % 2 == 0 ? 24 : -24;
                document.edit("Move", tx -> {
                    for (ElementId id : move.getValue()) {
                        ElementLayout layout = tx.layoutOf(id).orElseThrow();
                        Geometry g = layout.geometry();
                        tx.setLayout(id, layout.withGeometry(g.movedTo(g.x() + d, g.y() + d)));
                    }
                });
                long start = threads.getCurrentThreadCpuTime();
                SceneLayout update = SceneLayout.afterLayoutChange(document.snapshot(), scene, changed.get(), Integer.MAX_VALUE);
                long middle = threads.getCurrentThreadCpuTime();
                SceneLayout.of(document.snapshot(), scene);
                long end = threads.getCurrentThreadCpuTime();
                if (i >= 4) {
                    updated.add((middle - start) / 1e6);
                    laidOut.add((end - middle) / 1e6);
                }
                movedOnScreen = update.damage().boxes().size() / 2;
                scene = update;
            }
            Collections.sort(updated);
            Collections.sort(laidOut);
            System.out.printf(Locale.ROOT, "%-17s %5d of %d moved on screen (%2.0f%%): updated %5.1f ms, laid out again %5.1f ms (CPU, median)%n",
                    move.getKey(), movedOnScreen, boxes, 100.0 * movedOnScreen / boxes,
                    updated.get(updated.size() / 2), laidOut.get(laidOut.size() / 2));
        }
        System.out.printf(Locale.ROOT, "load average %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }
}
