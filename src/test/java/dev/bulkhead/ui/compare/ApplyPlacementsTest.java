package dev.bulkhead.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplyPlacementsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    private static ModelDocument sample(String name) throws Exception {
        return new ModelDocument(new ModelReader().read(Path.of("sample-models", name + ".bulkhead.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-starter"})
    void afterApplyingTheRecommendedMixTheDesignIsTheMixAndMeetsEveryRequirement(String sample) throws Exception {
        ModelDocument document = sample(sample);
        Model before = document.snapshot();
        Analysis analysis = ANALYZER.analyze(before);

        String summary = ApplyPlacements.apply(document, analysis, null, OptionKey.RECOMMENDED);

        Analysis after = ANALYZER.analyze(document.snapshot());
        assertThat(after.whole().option(OptionKey.CURRENT).unmetRequirements()).isZero();
        assertThat(after.whole().option(OptionKey.CURRENT).placements())
                .isEqualTo(analysis.whole().option(OptionKey.RECOMMENDED).placements());
        assertThat(after.whole().option(OptionKey.CURRENT).monthlyCost())
                .isCloseTo(analysis.whole().option(OptionKey.RECOMMENDED).monthlyCost(), org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(summary).startsWith("Applied the recommended mix to Whole model");
        assertThat(document.history().undoSize()).isEqualTo(1);
        document.undo();
        assertThat(document.snapshot()).isEqualTo(before);
    }

    @Test
    void applyingAnOptionToOneEnvironmentSetsItThereAndLeavesTheOthers() throws Exception {
        ModelDocument document = sample("ai-agent-saas");
        Model before = document.snapshot();
        Environment dev = before.all(Environment.class).stream().filter(e -> e.name().equals("dev")).findFirst().orElseThrow();
        Analysis analysis = ANALYZER.analyze(before);

        ApplyPlacements.apply(document, analysis, dev.id(), OptionKey.VCLUSTER);

        Model after = document.snapshot();
        assertThat(after.get(dev.id(), Environment.class).option()).isEqualTo(TenancyOption.VCLUSTER);
        for (Tenant tenant : after.all(Tenant.class)) {
            if (after.environmentOf(tenant.id()).orElseThrow().id().equals(dev.id())) {
                assertThat(tenant.option()).as(tenant.name()).isNull();
            } else {
                assertThat(tenant).isEqualTo(before.get(tenant.id(), Tenant.class));
            }
        }
        Analysis reanalysed = ANALYZER.analyze(after);
        assertThat(reanalysed.scope(dev.id()).option(OptionKey.CURRENT).monthlyCost())
                .isEqualByComparingTo(analysis.scope(dev.id()).option(OptionKey.VCLUSTER).monthlyCost());
    }

    @Test
    void privateNodesInTheMixBecomeADedicatedPoolSizedLikeTheClustersOwn() throws Exception {
        ModelDocument document = sample("ai-agent-saas");
        Analysis analysis = ANALYZER.analyze(document.snapshot());
        long ownNodes = analysis.whole().recommendation().placements().values().stream()
                .filter(p -> p.ownNodes() && p.inHostCluster()).count();
        long poolsBefore = document.snapshot().all(NodePool.class).stream().filter(p -> !p.isShared()).count();

        ApplyPlacements.apply(document, analysis, null, OptionKey.RECOMMENDED);

        Model after = document.snapshot();
        assertThat(after.all(NodePool.class).stream().filter(p -> !p.isShared()).count()).isEqualTo(ownNodes);
        for (NodePool pool : after.all(NodePool.class)) {
            assertThat(after.layoutOf(pool.id())).as(pool.name() + " is placed on the canvas").isPresent();
        }
        assertThat(ownNodes).isGreaterThan(poolsBefore);
    }

    @Test
    void refusesAStaleAnalysis() throws Exception {
        ModelDocument document = sample("workshop-starter");
        Analysis analysis = ANALYZER.analyze(document.snapshot());
        ElementId tenant = document.snapshot().all(Tenant.class).get(0).id();
        document.edit("Rename", tx -> tx.replace(tx.find(tenant).orElseThrow().withName("renamed")));

        assertThatThrownBy(() -> ApplyPlacements.apply(document, analysis, null, OptionKey.RECOMMENDED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of date");
    }
}
