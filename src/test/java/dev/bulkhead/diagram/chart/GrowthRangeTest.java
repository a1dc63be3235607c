package dev.bulkhead.diagram.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.SensitivityCurve;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Review R12g: growth was sampled to 1,000 tenants at most, so a scope of 1,400 had one row of growth, labelled 1000,
 * holding today's totals for 1,400, and a chart without lines. Growth goes to at least twice the scope, from its own count.
 */
class GrowthRangeTest {
    @Test
    void aScopeOfMoreTenantsThanTheUsualRangeGrowsFromItsOwnCountToTwiceIt() {
        assertThat(GrowthCurves.maxTenants(10)).isEqualTo(200);
        assertThat(GrowthCurves.maxTenants(60)).isEqualTo(500);
        assertThat(GrowthCurves.maxTenants(300)).isEqualTo(1000);
        assertThat(GrowthCurves.maxTenants(1400)).isGreaterThanOrEqualTo(2800);

        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(GeneratedModels.platform(3, 2, 1_400, 580, 2_000, 42));
        int tenants = analysis.model().all(Tenant.class).size();
        Map<OptionKey, Double> today = new EnumMap<>(OptionKey.class);
        OptionKey.COMPARED.forEach(key -> today.put(key, analysis.whole().option(key).monthlyCost().doubleValue()));
        GrowthCurves growth = GrowthCurves.of(analysis.sensitivity(null, GrowthCurves.maxTenants(tenants)), today);

        List<SensitivityCurve.Point> shown = growth.shown();
        assertThat(shown).hasSizeGreaterThan(3);
        assertThat(shown.get(0).tenants()).isEqualTo(tenants);
        assertThat(shown.get(shown.size() - 1).tenants()).isGreaterThanOrEqualTo(2 * tenants);
        // The first row is today's figures; each later one costs more.
        OptionKey.COMPARED.forEach(key -> {
            assertThat(growth.cost(shown.get(0), key)).isCloseTo(today.get(key), org.assertj.core.data.Offset.offset(0.01));
            for (int i = 1; i < shown.size(); i++) {
                assertThat(growth.cost(shown.get(i), key)).as("%s at %d", key, shown.get(i).tenants())
                        .isGreaterThan(growth.cost(shown.get(i - 1), key));
            }
        });
    }
}
