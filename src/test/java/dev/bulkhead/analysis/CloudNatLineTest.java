package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Google charges a Public Cloud NAT gateway $0.0014 an hour per VM using it for up to 32 VMs, and $0.044 an hour for
 * more (cloud.google.com/nat/pricing, 2026-12-02): the line of a GKE cluster of N nodes prints the rule that applies,
 * and its printed numbers multiply to its amount.
 */
class CloudNatLineTest {
    private static final ReferenceData DATA = ReferenceData.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 3 × 0.0014 × 730 = 3.066
            "3 | 1 cluster × 3 nodes × $0.0014/h × 730 h = $3.07",
            // 32 × 0.0014 × 730 = 32.704: the last size charged per node
            "32 | 1 cluster × 32 nodes × $0.0014/h × 730 h = $32.70",
            // capped: 0.044 × 730 = 32.12
            "33 | 1 cluster × $0.044/h × 730 h = $32.12",
            "40 | 1 cluster × $0.044/h × 730 h = $32.12"})
    void theGatewayLineOfAClusterOfNNodesPrintsAFormulaEqualToItsAmount(int nodes, String formula) {
        CostLine line = new Analyzer(DATA).analyze(cluster(nodes)).whole().option(OptionKey.NAMESPACE).lines().stream()
                .filter(l -> l.item().startsWith("Network · Cloud NAT gateway")).findFirst().orElseThrow();

        assertThat(line.formula("$")).isEqualTo(formula);
        assertThat(evaluated(line.formula("$"))).isEqualByComparingTo(line.monthly());
    }

    @ParameterizedTest
    @CsvSource({"3", "40"})
    void everyClusterPaysForOneExternalIpAddressOfItsGateway(int nodes) {
        CostLine line = new Analyzer(DATA).analyze(cluster(nodes)).whole().option(OptionKey.NAMESPACE).lines().stream()
                .filter(l -> l.item().startsWith("Network · Cloud NAT external IP address")).findFirst().orElseThrow();

        // 0.005 × 730 = 3.65
        assertThat(line.formula("$")).isEqualTo("1 cluster × $0.005/h × 730 h = $3.65");
    }

    /** A GKE cluster whose one pool has exactly {@code nodes} nodes, and a tenant small enough not to grow it. */
    private static Model cluster(int nodes) {
        TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withPricingProfile("gcp-us-central1"));
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(prod, "c", Provider.GKE);
        b.pool(cluster, "general", 4, 16, nodes, nodes);
        b.tenant(cluster, "team-a", TenantKind.INTERNAL_TEAM, new ResourceDemand(2, 4, 10, 0));
        return b.build();
    }

    /** The printed formula worked out from its printed numbers alone, rounded half-up to the cent as money is. */
    private static BigDecimal evaluated(String formula) {
        BigDecimal product = BigDecimal.ONE;
        for (String term : formula.substring(0, formula.indexOf(" = ")).split(" × ")) {
            product = product.multiply(new BigDecimal(term.replaceAll("[$,]", "").split("[ /]")[0]));
        }
        return product.setScale(2, RoundingMode.HALF_UP);
    }
}
