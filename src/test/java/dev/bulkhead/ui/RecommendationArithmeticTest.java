package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.model.Tenant;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The inspector shows why a tenant is placed as recommended, then the arithmetic of every figure it names. */
class RecommendationArithmeticTest extends WindowTest {
    @Test
    void aTenantsRecommendationShowsTheArithmeticOfItsFiguresOnePlacementALine(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis();
        // billing in prod is regulated: a dedicated cluster, because private nodes (the next cheaper) fall short on compliance.
        var placements = window.analysis().latest().whole().recommendation().placements();
        Tenant billing = model().all(Tenant.class).stream()
                .filter(t -> t.name().equals("billing") && placements.get(t.id()) == Placement.DEDICATED).findFirst().orElseThrow();

        onFx(() -> canvas().selection().select(billing.id()));

        Label arithmetic = lookup(robot, "#recommendation-arithmetic");
        String text = fx(arithmetic::getText);
        assertThat(text.lines().toList()).hasSize(3)
                .first().asString().isEqualTo("At the margin, all else fixed:");
        assertThat(text.lines().skip(1).toList())
                .anySatisfy(line -> assertThat(line).startsWith("dedicated cluster $").contains("Operations · clusters: 1 dedicated cluster × "))
                .anySatisfy(line -> assertThat(line).startsWith("vCluster with private nodes $").contains("private nodes: "));
    }
}
