package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Asserts that two analyses of one snapshot agree on everything the app, the CLI and the exports show: every
 * scope's columns (money through the accessors every output uses, so that this compiles whatever type money is
 * carried in), scores, shortfalls, placements, blast radii, the recommendation and its reasons, findings and
 * sandbox advice.
 */
final class AnalysisComparison {
    private AnalysisComparison() {
    }

    static void assertSame(Analysis actual, Analysis expected, String when) {
        assertThat(actual.findings()).as("findings %s", when).isEqualTo(expected.findings());
        assertThat(actual.hasErrors()).as("errors %s", when).isEqualTo(expected.hasErrors());
        assertThat(actual.sandboxAdvice().keySet()).as("advised agents %s", when)
                .isEqualTo(expected.sandboxAdvice().keySet());
        expected.sandboxAdvice().forEach((agent, advice) -> {
            SandboxAdvice other = actual.sandboxAdvice().get(agent);
            assertThat(other.summary()).as("advice for %s %s", agent, when).isEqualTo(advice.summary());
            assertThat(other.currentIsEnough()).as("advice for %s %s", agent, when).isEqualTo(advice.currentIsEnough());
        });
        assertScope(actual.whole(), expected.whole(), when);
        int growth = expected.whole().tenantCount() + 3;
        assertThat(actual.sensitivity(null, growth)).as("growth curve %s", when).isEqualTo(expected.sensitivity(null, growth));
        for (Environment environment : expected.model().all(Environment.class)) {
            ScopeAnalysis scope = expected.environment(environment.id()).orElseThrow();
            assertScope(actual.environment(environment.id()).orElseThrow(), scope, when);
        }
        for (Tenant tenant : expected.model().all(Tenant.class)) {
            assertThat(actual.load(tenant.id())).as("load of %s %s", tenant.id(), when).isEqualTo(expected.load(tenant.id()));
        }
    }

    private static void assertScope(ScopeAnalysis actual, ScopeAnalysis expected, String when) {
        String scope = expected.label() + " " + when;
        assertThat(actual.label()).as("label %s", scope).isEqualTo(expected.label());
        assertThat(actual.tenantCount()).as("tenants %s", scope).isEqualTo(expected.tenantCount());
        assertThat(actual.requiredScore()).as("required score %s", scope).isEqualTo(expected.requiredScore());
        assertThat(actual.cheapestMeetingAll()).as("cheapest meeting all %s", scope).isEqualTo(expected.cheapestMeetingAll());
        assertThat(new HashMap<>(actual.recommendation().placements())).as("recommended placements %s", scope)
                .isEqualTo(new HashMap<>(expected.recommendation().placements()));
        for (ElementId tenant : expected.recommendation().placements().keySet()) {
            assertThat(actual.recommendation().reason(tenant)).as("reason for %s %s", tenant, scope)
                    .isEqualTo(expected.recommendation().reason(tenant));
        }
        for (OptionKey key : OptionKey.values()) {
            assertOption(actual.option(key), expected.option(key), key.label() + " in " + scope);
        }
    }

    private static void assertOption(OptionResult actual, OptionResult expected, String where) {
        assertThat(actual.key()).as("key %s", where).isEqualTo(expected.key());
        assertThat(actual.monthlyCost()).as("monthly cost %s", where).isEqualTo(expected.monthlyCost());
        assertThat(actual.byCategory()).as("cost by category %s", where).isEqualTo(expected.byCategory());
        assertThat(actual.lines()).as("cost lines %s", where).isEqualTo(expected.lines());
        assertThat(actual.perTenant()).as("per tenant %s", where).isEqualTo(expected.perTenant());
        assertThat(actual.isolationScore()).as("isolation score %s", where).isEqualTo(expected.isolationScore());
        assertThat(actual.dimensions()).as("dimensions %s", where).isEqualTo(expected.dimensions());
        assertThat(actual.failing()).as("failing tenants %s", where).isEqualTo(expected.failing());
        assertThat(actual.unmetRequirements()).as("unmet %s", where).isEqualTo(expected.unmetRequirements());
        assertThat(actual.tenantCount()).as("tenant count %s", where).isEqualTo(expected.tenantCount());
        assertThat(new HashMap<>(actual.isolation())).as("isolation %s", where).isEqualTo(new HashMap<>(expected.isolation()));
        assertThat(new HashMap<>(actual.tenantCosts())).as("tenant costs %s", where)
                .isEqualTo(new HashMap<>(expected.tenantCosts()));
        assertThat(new HashMap<>(actual.placements())).as("placements %s", where)
                .isEqualTo(new HashMap<>(expected.placements()));
        assertThat(actual.blastRadius()).as("blast radius %s", where).isEqualTo(expected.blastRadius());
        List<String> formulas = new ArrayList<>();
        List<String> expectedFormulas = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            formulas.add(actual.formula(category, "$"));
            expectedFormulas.add(expected.formula(category, "$"));
        }
        assertThat(formulas).as("formulas %s", where).isEqualTo(expectedFormulas);
    }
}
