package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.OptionKey;
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
 * A price the reference data does not give (cost-isolation-data.md 3b: Azure NAT Gateway NOT FOUND) reads "not priced", with why, in the cost line, the assumption table, the list of what the totals leave out,
 * the totals' marking and the findings: never a silent zero.
 */
class NotFoundPricesTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    /** Google's Cloud NAT page, which the GCP profile prices the gateway, its IP address and its processing from. */
    private static final String CLOUD_NAT_PAGE_CITED = "cloud.google.com/nat/pricing";
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

    /**
     * The bank's review: Google publishes Cloud NAT's prices (cloud.google.com/nat/pricing, read 2026-12-02), so on GKE the
     * gateway, its external IP address and its data processing are priced from that page, and only internet data transfer
     * out is left out.
     */
    @Test
    void cloudNatOnGkeIsPricedFromGooglesPageInTheLinesTheAssumptionsTheTotalsAndTheFindings() throws Exception {
        Analysis analysis = ANALYZER.analyze(sample(GKE));
        ProposalReport report = report(analysis, null);

        for (OptionKey key : OptionKey.COMPARED) {
            assertThat(analysis.whole().option(key).lines()).filteredOn(l -> l.item().contains("Cloud NAT gateway")).isNotEmpty()
                    .allSatisfy(line -> {
                        assertThat(line.notPriced()).isFalse();
                        assertThat(line.explanation("$")).contains(CLOUD_NAT_PAGE_CITED).doesNotContain("not in the reference data");
                    });
            assertThat(analysis.whole().option(key).lines()).filteredOn(l -> l.item().contains("Cloud NAT external IP address"))
                    .isNotEmpty().allSatisfy(line -> assertThat(line.formula("$")).contains("× $0.005/h × 730 h = "));
            assertThat(analysis.whole().option(key).lines()).filteredOn(l -> l.item().startsWith("Data transfer · NAT gateway data processing"))
                    .isNotEmpty().allSatisfy(line -> assertThat(line.formula("$")).contains("× $0.045/GB = "));
            assertThat(report.notPriced().items(key)).containsExactly("internet data transfer out");
        }
        assertThat(report.assumptions()).filteredOn(a -> a.label().equals("NAT gateway data processing")).singleElement()
                .satisfies(a -> assertThat(a.source()).contains(CLOUD_NAT_PAGE_CITED, "per GiB", "Bulkhead counts traffic in GB"));
        assertThat(report.recommendation()).contains("not counting internet data transfer out (not priced)");
        assertThat(analysis.findings()).noneMatch(f -> f.code() == FindingCode.NETWORK_NOT_PRICED);
        assertThat(MarkdownReport.of(report, GKE)).doesNotContain("Cloud NAT is not in Bulkhead's reference data");
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
        assertThat(report.assumptions()).filteredOn(a -> a.source().contains("NOT FOUND") || a.source().contains("not in Bulkhead's reference data"))
                .allSatisfy(a -> assertThat(a.value()).as(a.label()).isEqualTo(ComparisonTable.UNPRICED));
        // A price term of zero is either a price the sources give as zero (AKS's free tier) or says "not priced".
        for (OptionKey key : OptionKey.COMPARED) {
            analysis.whole().option(key).lines().forEach(line -> line.terms().stream()
                    .filter(t -> t.kind() == dev.bulkhead.analysis.CostTerm.Kind.PRICE && t.value().signum() == 0)
                    .forEach(t -> assertThat(t.source()).as(line.item()).doesNotContain("NOT FOUND")));
        }
    }

    /**
     * Review R12j: the bank's report said Cloud NAT and internet egress prices were "NOT FOUND" although Google publishes
     * them. Cloud NAT is now priced from Google's page, cited; internet egress is not in the reference data (10f), so the
     * report says it leaves it out and names Google's page for it, in every format, and never "not found".
     */
    @Test
    void onGkeTheReportNamesGooglesPricingPagesForWhatItLeavesOutNeverNotFound() throws Exception {
        ProposalReport report = report(ANALYZER.analyze(sample(GKE)), null);
        for (String text : java.util.List.of(MarkdownReport.of(report, GKE), HtmlReport.of(report, GKE))) {
            assertThat(text).doesNotContainIgnoringCase("not found").doesNotContain("Cloud NAT gateway hourly price: not in")
                    .contains("cloud.google.com/nat/pricing, Public NAT gateway: $0.0014 per hour",
                            "cloud.google.com/nat/pricing: $0.045 per GiB",
                            "internet data transfer out is not priced, Bulkhead's reference data having no price for it; Google "
                                    + "publishes it on its network pricing page, internet data transfer (cloud.google.com/vpc/network-pricing)");
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
