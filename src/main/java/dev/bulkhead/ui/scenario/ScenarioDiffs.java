package dev.bulkhead.ui.scenario;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.diff.ModelDiff;
import dev.bulkhead.analysis.diff.ScenarioPair;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Model;

/** The diff the app shows: from the base scenario to the one shown. */
public final class ScenarioDiffs {
    private ScenarioDiffs() {
    }

    /**
     * A diff as the canvas marks it: with the base scenario's scene, which has the places of what the active
     * scenario removed (the canvas shows only what it has).
     */
    public record Marks(ModelDiff diff, SceneLayout before) {
    }

    /** The diff from the base to the active scenario and the base's scene; both are worked out off the FX thread. */
    public static Marks marksOf(Analyzer analyzer, Model model) {
        return new Marks(baseToActive(analyzer, model), SceneLayout.of(model.inScenario(model.scenarios().base())));
    }

    /** What the active scenario changes against the base; empty when the base is shown. */
    public static ModelDiff baseToActive(Analyzer analyzer, Model model) {
        return ScenarioPair.of(analyzer, model, model.scenarios().base(), model.scenarios().active()).diff();
    }
}
