package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import org.junit.jupiter.api.Test;

/** Figures stay finite and of printable size at the edges of what the loader accepts. */
class NumberLimitsTest {
    private static final ReferenceData DATA = ReferenceData.bundled();

    @Test
    void demandBeyondTheNodeLimitIsCountedAtTheLimitAndReportedAsAnError() {
        TestModels b = TestModels.builder();
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(env, "c", Provider.EKS);
        // Tiny nodes: 100,000 vCPU would need ten million of them.
        b.pool(cluster, "tiny", 0.001, 0.5, 1, 10_000);
        b.tenant(cluster, "huge", TenantKind.INTERNAL_TEAM, new ResourceDemand(100_000, 1, 1, 0));
        Model model = b.build();

        Analysis analysis = new Analyzer(DATA).analyze(model);

        assertThat(analysis.findings()).filteredOn(f -> f.code() == FindingCode.NODE_COUNT_CAPPED).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("more than 100,000 m6i.xlarge nodes hold").contains("understated");
                });
        assertThat(analysis.findings()).filteredOn(f -> f.code() == FindingCode.CLUSTER_CAPACITY_EXCEEDED).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("needs at least 100000 nodes"));
        double mostNodesCanCost = NodeShape.MAX_NODES * 0.192 * 730;
        for (OptionKey key : OptionKey.COMPARED) {
            double cost = analysis.whole().option(key).monthlyCost().doubleValue();
            assertThat(cost).as(key.label()).isFinite().isLessThan(2 * mostNodesCanCost);
        }
    }

    @Test
    void aNodeCountIsNeverAboveTheLimit() {
        NodeShape tiny = new NodeShape("t", 0.001, 0.5, 1, "test", 0.01, 0.01, 110);

        assertThat(tiny.nodesFor(new Resources(1e12, 1e12, Integer.MAX_VALUE), 3)).isEqualTo(NodeShape.MAX_NODES);
        assertThat(tiny.exceedsNodeLimit(new Resources(1e12, 0, 0))).isTrue();
        assertThat(tiny.nodesFor(new Resources(0.05, 0, 0), 3)).isEqualTo(5);
    }

    @Test
    void podCountsSaturateInsteadOfWrappingToNegative() {
        Resources many = new Resources(0, 0, Integer.MAX_VALUE - 1);

        assertThat(many.plus(many).pods()).isEqualTo(Integer.MAX_VALUE);
        assertThat(many.times(3).pods()).isEqualTo(Integer.MAX_VALUE);
        assertThat(new Resources(0, 0, 2).plus(new Resources(0, 0, 3)).pods()).isEqualTo(5);
    }
}
