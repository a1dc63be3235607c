package dev.bulkhead.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Assumptions;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.AssumptionDefinition;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.reference.Sourced;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The compare view's assumption fields say what the report's table says: a price the reference data does not give
 * (GCP's NAT processing, cost-isolation-data.md 3b) is an empty field that reads "not priced", never a 0 to edit.
 */
class AssumptionFieldTextTest {
    private static final String NAT = "traffic.natProcessingPerGB";

    private static Analysis analysis(String profile) throws Exception {
        Model sample = new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"));
        return new Analyzer(ReferenceData.bundled()).analyze(
                Model.of(sample.settings().withPricingProfile(profile), sample.elements().values(), sample.layout()));
    }

    private static String[] field(Analysis analysis, String key) {
        Assumptions assumptions = analysis.pricing().assumptions();
        OptionalDouble effective = assumptions.override(key);
        Sourced sourced = effective.isPresent() ? assumptions.sourced(key) : null;
        AssumptionDefinition definition = ReferenceData.bundled().assumptions().get(key);
        return new String[] {AssumptionsView.shown(effective, sourced), AssumptionsView.prompt(definition, sourced)};
    }

    @Test
    void aPriceTheReferenceDataLacksIsAnEmptyFieldThatReadsNotPriced() throws Exception {
        assertThat(field(analysis("gcp-us-central1"), NAT)).containsExactly("", "not priced");
        // AWS gives $0.045/GB (cost-isolation-data.md 3b): a number, as before.
        assertThat(field(analysis("aws-us-east-1"), NAT)[0]).isEqualTo("0.045");
        // The licence has no public price: "not priced", not "computed"; node reservations are computed.
        assertThat(field(analysis("aws-us-east-1"), Assumptions.PLATFORM_LICENCE)).containsExactly("", "not priced");
        assertThat(field(analysis("aws-us-east-1"), Assumptions.RESERVED_CPU)).containsExactly("", "computed");
    }
}
