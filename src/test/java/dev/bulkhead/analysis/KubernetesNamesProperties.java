package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KubernetesNamesProperties {
    @Property(tries = 2000)
    void anyNameBecomesAValidLabel(@ForAll @StringLength(max = 300) String name) {
        assertThat(KubernetesNames.isLabel(KubernetesNames.label(name))).isTrue();
    }

    @Property(tries = 1000)
    void conversionIsDeterministic(@ForAll String name) {
        assertThat(KubernetesNames.label(name)).isEqualTo(KubernetesNames.label(new String(name.toCharArray())));
    }

    @Property(tries = 1000)
    void anyPatternResultIsAValidNamespace(@ForAll @StringLength(max = 100) String tenant,
                                           @ForAll @StringLength(max = 100) String environment) {
        String namespace = KubernetesNames.namespace("{tenant}-{environment}", tenant, environment, "c");
        assertThat(KubernetesNames.isLabel(namespace)).isTrue();
    }

    @Property(tries = 500)
    void suffixesKeepLabelsValid(@ForAll @StringLength(min = 1, max = 300) String name, @ForAll int number) {
        String label = KubernetesNames.withSuffix(KubernetesNames.label(name), Math.abs(number % 100_000) + 2);
        assertThat(KubernetesNames.isLabel(label)).isTrue();
    }

    /** The shortcut for names that are labels already gives what the conversion gives, for any name. */
    @Property(tries = 3000)
    void labelIsTheConversion(@ForAll @StringLength(max = 80) @Chars({'a', 'z', '0', '9', '-', '-', 'A', '_', ' ', 'é'}) String near,
                              @ForAll @StringLength(max = 80) String any) {
        assertThat(KubernetesNames.label(near)).isEqualTo(KubernetesNames.converted(near));
        assertThat(KubernetesNames.label(any)).isEqualTo(KubernetesNames.converted(any));
        String plain = KubernetesNames.converted(any);
        assertThat(KubernetesNames.label(plain)).isEqualTo(KubernetesNames.converted(plain)).isEqualTo(plain);
    }

    @Test
    void readableNamesStayReadable() {
        assertThat(KubernetesNames.label("Payments (PCI)")).isEqualTo("payments-pci");
        assertThat(KubernetesNames.label("Zürich Team_2")).isEqualTo("zurich-team-2");
        assertThat(KubernetesNames.label("../../etc")).isEqualTo("etc");
        assertThat(KubernetesNames.namespace("{tenant}-{environment}", "payments", "prod", "x")).isEqualTo("payments-prod");
        assertThat(KubernetesNames.label("x".repeat(80))).hasSize(63);
        assertThat(KubernetesNames.label("日本")).startsWith("x-");
    }
}
