package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ElementValidationTest {
    private static final ElementId CLUSTER = ElementId.of("cluster-a");

    @Test
    void negativeCpuIsRefusedWithTheAttributeNameAndItsRange() {
        assertThatThrownBy(() -> new ResourceDemand(-1, 1, 1, 1)).hasMessage(
                "CPU (vCPU) must be from 0 to 100,000 vCPU (got -1); enter a value in that range");
    }

    @Test
    void anAbsurdDemandIsRefusedLikeANegativeOne() {
        assertThatThrownBy(() -> new ResourceDemand(1e308, 1, 1, 1)).isInstanceOf(ValueOutOfRangeException.class)
                .hasMessageContaining("(got 1.0E308)");
        assertThatThrownBy(() -> new ResourceDemand(1, Double.POSITIVE_INFINITY, 1, 1))
                .hasMessageContaining("memory (GiB) must be from 0 to 1,000,000 GiB (got Infinity)");
    }

    @Test
    void aNodeOfNoSizeOrOfAbsurdSizeIsRefused() {
        assertThatThrownBy(() -> new NodePool(ElementId.of("p"), "p", CLUSTER, "m6i.xlarge", 0, 16, null, 1, 3,
                new TreeMap<>(), List.of(), null)).hasMessageContaining("vCPU per node must be above 0 and at most 1,024 vCPU");
        assertThatThrownBy(() -> new NodePool(ElementId.of("p"), "p", CLUSTER, "m6i.xlarge", 4, 16, 1e6, 1, 3,
                new TreeMap<>(), List.of(), null)).hasMessageContaining("price per node-hour must be from 0 to 10,000");
    }

    @Test
    void anAssumptionOverrideIsCheckedAgainstItsOwnRange() {
        assertThatThrownBy(() -> ModelSettings.DEFAULT.withAssumption("hoursPerMonth", 1e9))
                .hasMessage("assumption 'hoursPerMonth' must be from 1 to 744 h (got 1000000000); enter a value in that range");
        assertThatThrownBy(() -> ModelSettings.DEFAULT.withAssumption("targetUtilisation", 0.01))
                .hasMessageContaining("from 0.05 to 1");
        assertThat(ModelSettings.DEFAULT.withAssumption("hoursPerMonth", 744.0).assumptionOverrides()).containsEntry("hoursPerMonth", 744.0);
    }

    @Test
    void aStoredLayoutHasABoundedSize() {
        assertThatThrownBy(() -> ElementLayout.of(0, 0, 1e8, 10, false)).hasMessageContaining("width must be above 0 and at most 10,000,000");
        assertThatThrownBy(() -> ElementLayout.of(-2e7, 0, 10, 10, false)).hasMessageContaining("x position must be from -10,000,000");
    }

    @Test
    void notANumberPriceIsRefused() {
        assertThatThrownBy(() -> new NodePool(ElementId.of("p"), "p", CLUSTER, "m6i.xlarge", 4, 16, Double.NaN, 1, 3,
                new TreeMap<>(), List.of(), null)).hasMessageContaining("price per node-hour");
    }

    @Test
    void minimumAboveMaximumIsRefused() {
        assertThatThrownBy(() -> new NodePool(ElementId.of("p"), "p", CLUSTER, "m6i.xlarge", 4, 16, null, 5, 3,
                new TreeMap<>(), List.of(), null)).hasMessageContaining("must not exceed");
    }

    @Test
    void requirementsMustBeOnTheZeroToFourScale() {
        assertThatThrownBy(() -> new Tenant(ElementId.of("t"), "t", CLUSTER, TenantKind.REGULATED, "g",
                ResourceDemand.NONE, Map.of(IsolationDimension.NETWORK, 5), null))
                .hasMessageContaining("required score for 'network' must be a whole number from 0 to 4 (got 5)");
    }

    @Test
    void aConnectionCannotLoopBackToItsStart() {
        ElementId a = ElementId.of("a");
        assertThatThrownBy(() -> new Connection(ElementId.of("c"), "c", a, a, 443, Protocol.TCP))
                .hasMessageContaining("two different elements");
    }

    @Test
    void idsAreRestrictedToSafeCharacters() {
        assertThatThrownBy(() -> ElementId.of("../etc/passwd")).hasMessageContaining("letters, digits");
    }

    @Test
    void namesMayNotContainLineBreaks() {
        assertThatThrownBy(() -> new ExternalEndpoint(ElementId.of("e"), "two\nlines", "example.com"))
                .hasMessageContaining("line breaks");
    }

    @Test
    void anAllowListOnlyGoesWithAllowListMode() {
        assertThatThrownBy(() -> new Egress(EgressMode.OPEN, List.of("example.com")))
                .hasMessageContaining("only used with mode allow-list");
    }

    @Test
    void aNamespacePatternMustNameTheTenant() {
        assertThatThrownBy(() -> ModelSettings.DEFAULT.withNamespacePattern("{environment}"))
                .hasMessageContaining("must contain {tenant}");
        assertThatThrownBy(() -> ModelSettings.DEFAULT.withNamespacePattern("{tenant}/../x"))
                .hasMessageContaining("may only add");
    }
}
