package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What-ifs are answered by real analyses of a derived model and derived prices, never by scaling results. */
class WhatIfTest {
    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final ElementId PROD = new ElementId("cluster-aks-prod");

    private static Model sample() throws Exception {
        return new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
    }

    private static BigDecimal cost(Analysis analysis, OptionKey key) {
        return analysis.whole().option(key).monthlyCost();
    }

    @Test
    void askingNothingIsTheModelAsItIs() throws Exception {
        Model model = sample();

        assertThat(WhatIf.NONE.applyTo(model, REFERENCE.rubric())).isSameAs(model);
        assertThat(WhatIf.NONE.isNone()).isTrue();
        assertThat(cost(WhatIf.NONE.analyze(REFERENCE, model), OptionKey.DEDICATED))
                .isEqualByComparingTo(cost(new Analyzer(REFERENCE).analyze(model), OptionKey.DEDICATED));
    }

    @Test
    void tripledTenantsAreThreeTimesAsManyTenantsAndAgentsInTheAnalysis() throws Exception {
        Model model = sample();
        WhatIf tripled = WhatIf.NONE.withTenantMultiplier(3);

        Model asked = tripled.applyTo(model, REFERENCE.rubric());
        Analysis analysis = tripled.analyze(REFERENCE, model);

        assertThat(asked.all(Tenant.class)).hasSize(3 * model.all(Tenant.class).size());
        assertThat(asked.all(Agent.class)).hasSize(3 * model.all(Agent.class).size());
        assertThat(analysis.whole().option(OptionKey.DEDICATED).tenantCount()).isEqualTo(3 * model.all(Tenant.class).size());
        // A dedicated cluster per tenant grows with the tenants; a real analysis, not the old figure times three.
        assertThat(cost(analysis, OptionKey.DEDICATED)).isGreaterThan(cost(new Analyzer(REFERENCE).analyze(model), OptionKey.DEDICATED));
        assertThat(model.all(Tenant.class)).hasSize(sample().all(Tenant.class).size());
    }

    @Test
    void dearerPricesRaiseTheCostAndTheFormulaCitesTheMultiplier() throws Exception {
        Model model = sample();
        WhatIf dearer = WhatIf.NONE.withPriceMultiplier(2);

        Analysis analysis = dearer.analyze(REFERENCE, model);

        assertThat(cost(analysis, OptionKey.NAMESPACE)).isGreaterThan(cost(new Analyzer(REFERENCE).analyze(model), OptionKey.NAMESPACE));
        assertThat(analysis.whole().option(OptionKey.NAMESPACE).lines().stream()
                .flatMap(line -> line.terms().stream()).map(CostTerm::source))
                .anyMatch(source -> source.contains("what-if ×2.00 of"));
        assertThat(REFERENCE.profiles().values().iterator().next().instances().get(0).hourly().source()).doesNotContain("what-if");
    }

    @Test
    void aSandboxOnAClusterRunsItsTenantsAndAgentsUnderIt() throws Exception {
        Model model = sample();
        WhatIf gvisor = WhatIf.NONE.withSandbox(PROD, SandboxRuntime.GVISOR);

        Model asked = gvisor.applyTo(model, REFERENCE.rubric());

        assertThat(asked.all(Tenant.class).stream().filter(t -> t.cluster().equals(PROD)).map(Tenant::runtime))
                .isNotEmpty().containsOnly(SandboxRuntime.GVISOR);
        assertThat(asked.get(PROD, dev.bulkhead.model.Cluster.class).sandboxRuntimes()).contains(SandboxRuntime.GVISOR);
        assertThat(asked.all(Tenant.class).stream().filter(t -> !t.cluster().equals(PROD)).map(Tenant::runtime))
                .doesNotContain(SandboxRuntime.GVISOR);
        assertThat(gvisor.describe(model)).isEqualTo("gVisor on aks-prod");
    }

    @Test
    void aSandboxAskedOfAClusterNeverLowersARuntimeThere() throws Exception {
        // The tutor's LLM-generated agent runs under Kata on aks-prod. gVisor asked of the cluster replaced it, so the
        // what-if dropped the Kata nodes from the bill and every option got cheaper (review 14f): a sandbox only raises.
        Model model = sample();
        ElementId tutorAgent = new ElementId("agent-tutor-sandbox-prod");
        assertThat(model.get(tutorAgent, Agent.class).runtime()).isEqualTo(SandboxRuntime.KATA);
        WhatIf gvisor = WhatIf.NONE.withSandbox(PROD, SandboxRuntime.GVISOR);

        Model asked = gvisor.applyTo(model, REFERENCE.rubric());

        assertThat(asked.get(tutorAgent, Agent.class).runtime()).isEqualTo(SandboxRuntime.KATA);
        Analysis before = new Analyzer(REFERENCE).analyze(model);
        Analysis after = gvisor.analyze(REFERENCE, model);
        for (OptionKey key : java.util.List.of(OptionKey.NAMESPACE, OptionKey.VCLUSTER, OptionKey.DEDICATED)) {
            assertThat(cost(after, key)).as("%s under the what-if", key).isGreaterThanOrEqualTo(cost(before, key));
        }
    }

    @Test
    void outOfRangeQuestionsAreRefused() {
        assertThatThrownBy(() -> WhatIf.NONE.withTenantMultiplier(11)).hasMessageContaining("from 1 to 10");
        assertThatThrownBy(() -> WhatIf.NONE.withPriceMultiplier(0)).hasMessageContaining("from 0.25 to 4.0");
    }
}
