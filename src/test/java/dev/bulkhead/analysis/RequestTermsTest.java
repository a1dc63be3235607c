package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A node group's request terms say which resource they are of, and a zero request what its line asks for instead,
 * as fields: the report explains a $0.00 share from them, not by reading units out of the label's words.
 */
class RequestTermsTest {
    @Test
    void aZeroSandboxRequestNamesTheDecidingResourceAndWhatItAsksForInstead() throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        List<CostTerm> zeroRequests = analysis.whole().option(OptionKey.NAMESPACE).lines().stream()
                .filter(line -> line.category() == CostCategory.SANDBOX_OVERHEAD)
                .flatMap(line -> line.terms().stream())
                .filter(term -> term.resource() != null && !term.divisor()).toList();

        // gVisor's overhead is memory only (cost-isolation-data.md 6a: 19.6 MB a pod, no CPU), on nodes vCPU sizes.
        assertThat(zeroRequests).isNotEmpty().allSatisfy(term -> {
            assertThat(term.value().signum()).isZero();
            assertThat(term.resource()).isEqualTo(Resources.Resource.CPU);
            assertThat(term.unit()).isEqualTo(Resources.Resource.CPU.unit());
            assertThat(term.askedElsewhere()).isEqualTo(Set.of(Resources.Resource.MEMORY));
        });
        // The divisor (every request on the group) is of the same resource and asks for nothing else.
        assertThat(analysis.whole().option(OptionKey.NAMESPACE).lines().stream().flatMap(l -> l.terms().stream())
                .filter(CostTerm::divisor).filter(t -> t.resource() != null))
                .isNotEmpty().allSatisfy(t -> assertThat(t.askedElsewhere()).isEmpty());
    }

    @Test
    void termsThatAreNotRequestsHaveNoResource() {
        CostTerm price = CostTerm.price(java.math.BigDecimal.ONE, "h", "price", "");
        assertThat(price.resource()).isNull();
        assertThat(price.askedElsewhere()).isEmpty();
        assertThat(price.dividing().resource()).isNull();
    }
}
