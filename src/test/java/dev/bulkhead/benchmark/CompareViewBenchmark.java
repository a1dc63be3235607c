package dev.bulkhead.benchmark;

import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.ui.WindowTest;
import dev.bulkhead.ui.compare.CompareWindow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * How long a canvas edit takes to reach the compare view's chart and table, on the AI agent SaaS sample.
 * A measurement, not a test: it is outside {@code mvn verify} (the benchmark folder is excluded) because a busy
 * machine must not fail the build. Run it with {@code mvn -o test -Dtest=CompareViewBenchmark}; see BENCHMARKS.md.
 */
class CompareViewBenchmark extends WindowTest {
    @Test
    void timeFromACanvasEditToTheChart(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis();
        robot.clickOn("#compare-button");
        CompareWindow compare = window.compareWindow();
        waitUntil(() -> compare.stage().isShowing() && !compare.chart().points().isEmpty());
        List<Long> millis = new ArrayList<>();
        List<Tenant> tenants = model().all(Tenant.class);
        long[] shownAt = new long[1];
        // Registered after the compare window's own listener, so it runs once the chart and table are refreshed.
        onFx(() -> window.analysis().latestProperty().addListener((o, before, now) -> shownAt[0] = System.nanoTime()));
        for (int i = 0; i < 15; i++) {
            Tenant tenant = tenants.get(i);
            TenantKind kind = tenant.tenantKind() == TenantKind.REGULATED ? TenantKind.INTERNAL_TEAM : TenantKind.REGULATED;
            long[] start = new long[1];
            onFx(() -> {
                start[0] = System.nanoTime();
                window.session().document().edit("Kind", tx -> tx.replace(tenant.withKind(kind)));
            });
            Model edited = model();
            waitUntil(() -> window.analysis().latest().model() == edited);
            millis.add((shownAt[0] - start[0]) / 1_000_000);
        }
        millis.sort(null);
        System.out.println("compare view update after an edit: median " + millis.get(millis.size() / 2) + " ms, max "
                + millis.get(millis.size() - 1) + " ms");
    }
}
