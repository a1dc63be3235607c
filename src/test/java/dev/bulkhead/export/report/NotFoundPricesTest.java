package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.NetworkItem;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.reference.Sourced;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A price the reference data does not give (cost-isolation-data.md 3b: GCP Cloud NAT and Azure NAT Gateway NOT
 * FOUND) reads "not priced", with why, in the cost line, the assumption table, the list of what the totals leave out,
 * the totals' marking and the findings: never a silent zero.
 */
class NotFoundPricesTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    /** GKE, three environments; six connections (two per environment) send data to external endpoints. */
    private static final String GKE = "internal-platform";

    private static Model sample(String name) throws Exception {
        return new ModelReader().read(Path.of("sample-models/" + name + ".bulkhead.json"));
    }

    private static Model costedWith(Model model, String profile) {
        return Model.of(model.settings().withPricingProfile(profile), model.elements().values(), model.layout());
    }

    private static ProposalReport report(Analysis analysis, Environment environment) {
        return ProposalReport.of(analysis, environment, null, LocalDate.of(2026, 11, 30));
    }

    @Test
    void cloudNatOnGkeSaysNotPricedInTheLineTheAssumptionsTheTotalsAndTheFindings() throws Exception {
        Analysis analysis = ANALYZER.analyze(sample(GKE));
        ProposalReport report = report(analysis, null);

        for (OptionKey key : OptionKey.COMPARED) {
            // Each cluster's gateway: 1 gateway × $0.00/h (not priced) × 730 h, counted as zero and saying so.
            assertThat(analysis.whole().option(key).lines()).filteredOn(l -> l.category() == CostCategory.NETWORK)
                    .filteredOn(l -> l.item().contains("Cloud NAT gateway")).isNotEmpty().allSatisfy(line -> {
                        assertThat(line.item()).contains("(not priced)");
                        assertThat(line.formula("$")).contains("× $0.00/h (not priced) × 730 h = $0.00");
                        assertThat(line.explanation("$")).contains("NOT FOUND", "not in the reference data");
                    });
            // The data its tenants send out passes the gateway: its processing has no price either.
            assertThat(analysis.whole().option(key).lines()).filteredOn(CostLine::notPriced)
                    .anySatisfy(line -> assertThat(line.item()).startsWith("Data transfer · NAT gateway data processing (not priced)"));
            assertThat(report.notPriced().items(key))
                    .containsSubsequence("Cloud NAT gateway", "NAT gateway data processing", "internet data transfer out");
        }
        assertThat(report.table().rows()).filteredOn(r -> r.label().equals(CostCategory.NETWORK.label())).singleElement()
                .satisfies(r -> r.cells().forEach(c -> assertThat(c.text()).endsWith(Amounts.NOT_PRICED)));
        assertThat(report.assumptions()).filteredOn(a -> a.label().equals("NAT gateway data processing")).singleElement()
                .satisfies(a -> {
                    assertThat(a.value()).isEqualTo(ComparisonTable.UNPRICED);
                    assertThat(a.source()).contains("NOT FOUND", "not in the reference data", "cost-isolation-data.md 3b");
                });
        assertThat(report.recommendation())
                .contains("not counting Cloud NAT gateway, NAT gateway data processing, internet data transfer out (not priced)");
        assertThat(report.notPricedNote()).contains("Cloud NAT gateway");
        assertThat(analysis.findings()).filteredOn(f -> f.code() == FindingCode.NETWORK_NOT_PRICED).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Cloud NAT gateway", "NOT FOUND"));
        assertThat(MarkdownReport.of(report, GKE)).doesNotContain("| NAT gateway data processing | 0 |");
    }

    static java.util.List<String> profiles() {
        return ReferenceData.PROFILE_IDS;
    }

    /** Every profile: whatever it marks NOT FOUND ("kind": "not-found") is named, never summed as a price. */
    @ParameterizedTest
    @MethodSource("profiles")
    void everyProfileNamesWhatItsDataDoesNotPrice(String profileId) throws Exception {
        PricingProfile profile = ReferenceData.bundled().profile(profileId).orElseThrow();
        Analysis analysis = ANALYZER.analyze(costedWith(sample(GKE), profileId));
        ProposalReport report = report(analysis, null);

        for (NetworkItem item : profile.network()) {
            for (OptionKey key : OptionKey.COMPARED) {
                if (item.hourly().notFound()) {
                    assertThat(report.notPriced().items(key)).as(profileId + " " + key).contains(item.item());
                } else {
                    assertThat(report.notPriced().items(key)).as(profileId + " " + key).doesNotContain(item.item());
                }
            }
        }
        Sourced nat = analysis.pricing().assumptions().natProcessingPerGB();
        assertThat(report.notPriced().items(OptionKey.NAMESPACE).contains("NAT gateway data processing"))
                .as(profileId).isEqualTo(nat.notFound());
        // No figure of the assumption table whose source says NOT FOUND reads as a number.
        assertThat(report.assumptions()).filteredOn(a -> a.source().contains("NOT FOUND"))
                .allSatisfy(a -> assertThat(a.value()).as(a.label()).isEqualTo(ComparisonTable.UNPRICED));
        // A price term of zero is either a price the sources give as zero (AKS's free tier) or says "not priced".
        for (OptionKey key : OptionKey.COMPARED) {
            analysis.whole().option(key).lines().forEach(line -> line.terms().stream()
                    .filter(t -> t.kind() == dev.bulkhead.analysis.CostTerm.Kind.PRICE && t.value().signum() == 0)
                    .forEach(t -> assertThat(t.source()).as(line.item()).doesNotContain("NOT FOUND")));
        }
    }

    /** A report on one environment counts that environment's connections, and says where. */
    @Test
    void aScopedReportsEgressFindingCountsOnlyItsOwnConnections() throws Exception {
        Analysis analysis = ANALYZER.analyze(sample(GKE));
        Environment dev = analysis.model().all(Environment.class).stream().filter(e -> e.name().equals("dev")).findFirst().orElseThrow();

        // By hand from the sample: notifications → SendGrid and payments → card network, in each of three environments.
        assertThat(report(analysis, null).findings()).filteredOn(f -> f.code().equals("egress-not-priced")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("6 connections send data to external endpoints"));
        assertThat(report(analysis, dev).findings()).filteredOn(f -> f.code().equals("egress-not-priced")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("2 connections in dev send data to external endpoints"));
    }
}
