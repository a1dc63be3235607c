package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ElementValidationTest {
    private static final ElementId CLUSTER = ElementId.of("cluster-a");

    @Test
    void negativeCpuIsRefusedWithTheAttributeName() {
        assertThatThrownBy(() -> new ResourceDemand(-1, 1, 1, 1)).hasMessage(
                "CPU (vCPU) must be a finite number of 0 or more (got -1.0)");
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
                .hasMessageContaining("between 0 and 4");
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
