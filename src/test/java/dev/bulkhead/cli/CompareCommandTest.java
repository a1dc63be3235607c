package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
    private static final String SAMPLE = "sample-models/internal-platform.bulkhead.json";

    @Test
    void withoutOperationsComparesOnInfrastructureAlone() throws Exception {
        JsonNode with = new ObjectMapper().readTree(CliRun.of("compare", SAMPLE, "-f", "json").out());
        CliRun run = CliRun.of("compare", SAMPLE, "-f", "json", "--without-operations");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode without = new ObjectMapper().readTree(run.out());
        for (String option : new String[] {"namespace", "vcluster", "dedicated"}) {
            // Same placements, so the same infrastructure; operations cost nothing, and the total is the infrastructure.
            assertThat(with.get(option).get("operations").decimalValue()).isPositive();
            assertThat(without.get(option).get("operations").decimalValue()).isZero();
            assertThat(without.get(option).get("infrastructure").decimalValue())
                    .isEqualByComparingTo(with.get(option).get("infrastructure").decimalValue())
                    .isEqualByComparingTo(without.get(option).get("monthlyCost").decimalValue());
        }
    }

    @Test
    void jsonHasEveryOptionWithTheContractedFields() throws Exception {
        CliRun run = CliRun.of("compare", SAMPLE, "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("currency").asText()).isEqualTo("USD");
        assertThat(json.get("findings").isArray()).isTrue();
        for (String option : new String[] {"namespace", "vcluster", "dedicated", "recommended"}) {
            JsonNode node = json.get(option);
            assertThat(node).as(option).isNotNull();
            assertThat(node.get("monthlyCost").isNumber()).isTrue();
            assertThat(node.get("isolationScore").asDouble()).isBetween(0.0, 100.0);
            assertThat(node.get("unmetRequirements").isInt()).isTrue();
            // The chart's height: at or above 0 exactly when nobody's requirement is unmet.
            assertThat(node.get("requirementMargin").asInt() >= 0).as(option)
                    .isEqualTo(node.get("unmetRequirements").asInt() == 0);
            assertThat(node.get("costBreakdown").get(0).fieldNames()).toIterable()
                    .contains("item", "monthly", "formula");
            assertThat(node.get("dimensions").get("compliance").isNumber()).isTrue();
            assertThat(node.get("failingTenants").isArray()).isTrue();
        }
        assertThat(json.get("namespace").get("failingTenants").get(0).get("tenant").asText()).isEqualTo("payments");
        assertThat(json.get("recommended").get("unmetRequirements").asInt()).isZero();
        assertThat(json.get("namespace").get("requirementMargin").asInt()).isNegative();
    }

    @Test
    void jsonFiguresAreTheAnalysisFigures() throws Exception {
        var analysis = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of(SAMPLE)));
        JsonNode json = new ObjectMapper().readTree(CliRun.of("compare", SAMPLE, "-f", "json").out());

        for (OptionKey key : OptionKey.COMPARED) {
            assertThat(json.get(key.key()).get("monthlyCost").decimalValue())
                    .isEqualByComparingTo(analysis.whole().option(key).monthlyCost());
        }
    }

    @Test
    void oneEnvironmentCanBeCompared() throws Exception {
        JsonNode whole = new ObjectMapper().readTree(CliRun.of("compare", SAMPLE, "-f", "json").out());
        JsonNode prod = new ObjectMapper().readTree(CliRun.of("compare", SAMPLE, "-f", "json", "--environment", "prod").out());

        assertThat(prod.get("scope").asText()).isEqualTo("prod");
        assertThat(prod.get("tenants").asInt()).isEqualTo(12);
        assertThat(prod.get("namespace").get("monthlyCost").asDouble())
                .isLessThan(whole.get("namespace").get("monthlyCost").asDouble());
    }

    @Test
    void theTableMarksTotalsThatCountAnUnpricedLineAsZero() {
        CliRun run = CliRun.of("compare", SAMPLE);

        assertThat(run.status()).as(run.err()).isZero();
        // The sample's agents call APIs on the internet, whose data transfer out has no price: as in the app.
        assertThat(run.out().lines().filter(line -> line.startsWith("Total ")).findFirst().orElseThrow())
                .contains("+ not priced");
        assertThat(run.out()).contains("a month, not counting").contains("internet data transfer out");
    }

    @Test
    void anUnknownEnvironmentIsAUsageError() {
        CliRun run = CliRun.of("compare", SAMPLE, "--environment", "qa");

        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no environment 'qa' in the model; it has dev, staging, prod");
    }

    @Test
    void csvHasAHeaderAndOneRowPerLine() {
        CliRun run = CliRun.of("compare", SAMPLE, "--format", "csv");

        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("section,line,Namespace,vCluster,Dedicated,Recommended mix");
        // Only payments in prod is unmet on shared options: its dev and staging hold no regulated data by default
        // (isolation-rubric.json environmentScope), so an internal team's requirement applies there.
        assertThat(run.out()).contains("Cost / month,Total,").contains("Requirements,Unmet requirements,1.00,1.00,0.00,0.00");
    }

    @Test
    void theTableNamesTheScenarioItCompares() {
        CliRun current = CliRun.of("compare", "sample-models/workshop-proposal.bulkhead.json", "--scenario", "current");
        CliRun proposal = CliRun.of("compare", "sample-models/workshop-proposal.bulkhead.json", "--scenario", "proposal A");

        assertThat(current.out().lines().findFirst().orElseThrow()).contains(" · scenario current · ");
        assertThat(proposal.out().lines().findFirst().orElseThrow()).contains(" · scenario proposal A · ");
        assertThat(CliRun.of("compare", "sample-models/workshop-starter.bulkhead.json").out().lines().findFirst().orElseThrow())
                .doesNotContain("scenario");
    }

    @Test
    void theTableNamesTheCheapestChoiceThatMeetsEveryRequirement() {
        CliRun run = CliRun.of("compare", "sample-models/workshop-starter.bulkhead.json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("COST / MONTH").contains("Control planes").contains("Isolation score (0–100)")
                .contains("Cheapest choice that meets every requirement: Recommended mix");
    }
}
