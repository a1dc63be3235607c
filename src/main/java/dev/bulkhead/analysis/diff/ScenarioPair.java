package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two scenarios of one model, each analysed as it is modelled: what the side-by-side comparison and the diff
 * between them show. Both analyses are of {@link Model#inScenario}, the model the scenario overlay produces, so
 * the figures are the ones the compare view shows when that scenario is active.
 *
 * @param first  the name of the first scenario (the left column)
 * @param before its analysis
 * @param second the name of the second scenario (the right column)
 * @param after  its analysis
 */
public record ScenarioPair(String first, Analysis before, String second, Analysis after) {
    /**
     * One environment's monthly cost as modelled in each scenario; null where a scenario has no such environment.
     */
    public record EnvironmentCosts(ElementId id, String name, BigDecimal first, BigDecimal second) {
    }

    public ScenarioPair {
        Objects.requireNonNull(first, "first scenario");
        Objects.requireNonNull(before, "first analysis");
        Objects.requireNonNull(second, "second scenario");
        Objects.requireNonNull(after, "second analysis");
    }

    /**
     * Analyses two scenarios of a model (the same name twice is allowed: the two columns are then equal).
     *
     * @throws IllegalArgumentException naming the scenarios there are, for an unknown name
     */
    public static ScenarioPair of(Analyzer analyzer, Model model, String first, String second) {
        model.scenarios().require(first);
        model.scenarios().require(second);
        Analysis a = analyzer.analyze(model.inScenario(first));
        Analysis b = first.equals(second) ? a : analyzer.analyze(model.inScenario(second));
        return new ScenarioPair(first, a, second, b);
    }

    /** What the second scenario changes against the first. */
    public ModelDiff diff() {
        return ModelDiff.between(first, before, second, after);
    }

    /** The first scenario's whole-model result as modelled (the "current design" column). */
    public OptionResult firstAsModelled() {
        return before.whole().option(OptionKey.CURRENT);
    }

    /** The second scenario's whole-model result as modelled. */
    public OptionResult secondAsModelled() {
        return after.whole().option(OptionKey.CURRENT);
    }

    /**
     * Each environment's cost as modelled, in stage order of the first scenario, then those only the second has.
     * Environments are matched by id, which every scenario of a model shares.
     */
    public List<EnvironmentCosts> environments() {
        Map<ElementId, String> names = new LinkedHashMap<>();
        for (Analysis analysis : List.of(before, after)) {
            analysis.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER)
                    .forEach(env -> names.putIfAbsent(env.id(), env.name()));
        }
        List<EnvironmentCosts> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new EnvironmentCosts(id, name, costIn(before, id), costIn(after, id))));
        return rows;
    }

    private static BigDecimal costIn(Analysis analysis, ElementId environment) {
        return analysis.environment(environment).map(ScopeAnalysis::options).map(o -> o.get(OptionKey.CURRENT))
                .map(OptionResult::monthlyCost).orElse(null);
    }
}
