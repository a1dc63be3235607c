package dev.bulkhead.ui.scenario;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.diff.ModelDiff;
import dev.bulkhead.analysis.diff.ScenarioPair;
import dev.bulkhead.model.Model;

/** The diff the app shows: from the base scenario to the one shown. */
public final class ScenarioDiffs {
    private ScenarioDiffs() {
    }

    /** What the active scenario changes against the base; empty when the base is shown. */
    public static ModelDiff baseToActive(Analyzer analyzer, Model model) {
        return ScenarioPair.of(analyzer, model, model.scenarios().base(), model.scenarios().active()).diff();
    }
}
