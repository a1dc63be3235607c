package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Recommendation;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The "Why" of a grouped placement row is each of its tenants' whole decision: never cut inside brackets, never an
 * elided amount; where the tenants' amounts differ the row gives their range, and each tenant's amount lies in it.
 */
class PlacementReasonTest {
    /** An amount, or a range of two ("$1,200.50–$1,380.00"); unit prices ("$0.192/h") are not amounts. */
    private static final Pattern AMOUNT = Pattern.compile("\\$[0-9][0-9,]*+(\\.[0-9]++)?+(?![/0-9])(–\\$[0-9][0-9,]*+(\\.[0-9]++)?+(?![/0-9]))?");

    @Test
    void eachRowGivesItsTenantsWholeDecisionWithEveryAmountOrItsRange() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"))), null, null, LocalDate.of(2026, 11, 30));
        Map<String, String> reasons = report.placements().stream()
                .collect(Collectors.toMap(t -> t.environment() + "/" + t.tenant(), ProposalReport.TenantRow::reason));

        List<ProposalReport.PlacementGroup> groups = report.placementGroups();
        assertThat(groups).anySatisfy(g -> assertThat(g.reason()).contains("–$"));
        for (ProposalReport.PlacementGroup group : groups) {
            String row = group.reason();
            assertThat(row).as(group.names()).doesNotContain("…").doesNotContain(Recommendation.AT_THE_MARGIN.strip());
            assertThat(count(row, '(')).as("brackets of " + row).isEqualTo(count(row, ')'));
            for (String tenant : group.tenants()) {
                String own = reasons.get(group.environment() + "/" + tenant);
                String decision = own.substring(0, own.indexOf(Recommendation.AT_THE_MARGIN));
                // The clause that sizes a vCluster's control plane is the row's own, or its description is named in it.
                int plane = decision.indexOf(PlacementGroups.PLANE);
                if (plane >= 0) {
                    String clause = decision.substring(plane + PlacementGroups.PLANE.length());
                    assertThat(row).as(tenant).satisfiesAnyOf(w -> assertThat(w).endsWith(PlacementGroups.PLANE + clause),
                            w -> assertThat(w).contains(clause.substring(0, clause.indexOf(": "))));
                    decision = decision.substring(0, plane);
                }
                String main = row.replaceAll(";( its| their) vCluster control plane.*", "");
                assertThat(skeleton(main)).as(tenant).isEqualTo(skeleton(decision));
                List<String> ranges = amounts(main);
                List<String> mine = amounts(decision);
                for (int i = 0; i < mine.size(); i++) {
                    String[] ends = ranges.get(i).split("–");
                    BigDecimal value = money(mine.get(i));
                    assertThat(value).as(tenant + "'s amount " + i).isBetween(money(ends[0]), money(ends[ends.length - 1]));
                }
            }
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static String skeleton(String text) {
        return AMOUNT.matcher(text).replaceAll("#");
    }

    private static List<String> amounts(String text) {
        return AMOUNT.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text.replace("$", "").replace(",", ""));
    }
}
