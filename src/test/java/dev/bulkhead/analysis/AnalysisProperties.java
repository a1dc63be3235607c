package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.ModelArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The properties issue 3 asks of the analysis, over random models. */
class AnalysisProperties {
    private static final ReferenceData DATA = ReferenceData.bundled();
    /**
     * Each line is rounded once to the cent, so re-splitting a bill over different lines may move the total by
     * up to half a cent per line.
     */
    private static java.math.BigDecimal slack(OptionResult a, OptionResult b) {
        return java.math.BigDecimal.valueOf(a.lines().size() + b.lines().size(), 2).divide(java.math.BigDecimal.valueOf(2));
    }

    @Property(tries = 300)
    void addingATenantNeverLowersAnyOptionsCost(@ForAll("models") Model model,
                                                @ForAll("tenants") ModelArbitraries.TenantSpec extra) {
        Analysis before = new Analyzer(DATA).analyze(model);
        List<Element> elements = new ArrayList<>(model.elements().values());
        elements.addAll(ModelArbitraries.tenant(extra, 99, ElementId.of("cluster-0")));
        Analysis after = new Analyzer(DATA).analyze(Model.of(model.settings(), elements, Map.of()));

        for (OptionKey key : OptionKey.COMPARED) {
            assertThat(after.whole().option(key).monthlyCost()).as(key.label())
                    .isGreaterThanOrEqualTo(before.whole().option(key).monthlyCost()
                            .subtract(slack(before.whole().option(key), after.whole().option(key))));
        }
    }

    @Property(tries = 300)
    void dedicatedNeverScoresBelowNamespaceOnAnyDimension(@ForAll("models") Model model) {
        ScopeAnalysis whole = new Analyzer(DATA).analyze(model).whole();
        OptionResult namespace = whole.option(OptionKey.NAMESPACE);
        OptionResult dedicated = whole.option(OptionKey.DEDICATED);

        for (Tenant tenant : model.all(Tenant.class)) {
            for (IsolationDimension dimension : IsolationDimension.values()) {
                assertThat(dedicated.isolation().get(tenant.id()).scores().get(dimension))
                        .isGreaterThanOrEqualTo(namespace.isolation().get(tenant.id()).scores().get(dimension));
            }
        }
    }

    @Property(tries = 300)
    void aStricterRequirementNeverMakesTheRecommendedMixCheaper(@ForAll("models") Model model,
                                                               @ForAll IsolationDimension dimension,
                                                               @ForAll("raises") int raise, @ForAll("picks") int pick) {
        List<Tenant> tenants = model.all(Tenant.class);
        Tenant tenant = tenants.get(pick % tenants.size());
        Analysis before = new Analyzer(DATA).analyze(model);
        int current = before.whole().option(OptionKey.RECOMMENDED).isolation().get(tenant.id()).required().get(dimension);
        Tenant stricter = tenant.withRequirement(dimension, Math.min(IsolationDimension.MAX_SCORE, current + raise));
        List<Element> elements = new ArrayList<>(model.elements().values());
        elements.replaceAll(e -> e.id().equals(tenant.id()) ? stricter : e);
        Analysis after = new Analyzer(DATA).analyze(Model.of(model.settings(), elements, Map.of()));

        assertThat(after.whole().option(OptionKey.RECOMMENDED).monthlyCost())
                .isGreaterThanOrEqualTo(before.whole().option(OptionKey.RECOMMENDED).monthlyCost().subtract(
                        slack(before.whole().option(OptionKey.RECOMMENDED), after.whole().option(OptionKey.RECOMMENDED))));
        assertThat(after.whole().option(OptionKey.RECOMMENDED).unmetRequirements()).isZero();
    }

    @Property(tries = 200)
    void theRecommendedMixMeetsEveryRequirementAndIsNeverDearerThanDedicated(@ForAll("models") Model model) {
        ScopeAnalysis whole = new Analyzer(DATA).analyze(model).whole();

        assertThat(whole.option(OptionKey.RECOMMENDED).unmetRequirements()).isZero();
        assertThat(whole.option(OptionKey.RECOMMENDED).monthlyCost())
                .isLessThanOrEqualTo(whole.option(OptionKey.DEDICATED).monthlyCost().add(
                        slack(whole.option(OptionKey.RECOMMENDED), whole.option(OptionKey.DEDICATED))));
    }

    @Property(tries = 100)
    void reanalysingAnUnchangedModelGivesTheSameFigures(@ForAll("models") Model model) {
        Analyzer analyzer = new Analyzer(DATA);
        Analysis first = analyzer.analyze(model);
        Analysis again = analyzer.analyze(model);
        Analysis fresh = new Analyzer(DATA).analyze(model);

        for (OptionKey key : OptionKey.values()) {
            assertThat(again.whole().option(key).monthlyCost()).isEqualTo(first.whole().option(key).monthlyCost());
            assertThat(fresh.whole().option(key).monthlyCost()).isEqualTo(first.whole().option(key).monthlyCost());
        }
    }

    @Provide
    Arbitrary<Model> models() {
        return ModelArbitraries.models();
    }

    @Provide
    Arbitrary<ModelArbitraries.TenantSpec> tenants() {
        return ModelArbitraries.tenants();
    }

    @Provide
    Arbitrary<Integer> raises() {
        return Arbitraries.integers().between(1, 4);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 100);
    }
}
