package dev.bulkhead.ui.app;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.diff.DiffText;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.analysis.diff.ModelDiff;
import dev.bulkhead.model.Model;
import dev.bulkhead.ui.scenario.DiffMarksLayer;
import dev.bulkhead.ui.scenario.NewestTask;
import dev.bulkhead.ui.scenario.ScenarioCompareWindow;
import dev.bulkhead.ui.scenario.ScenarioControls;
import dev.bulkhead.ui.scenario.ScenarioDiffs;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The scenario menu, selector and diff marks, wired to the window: names asked in a dialog, messages in the status bar. */
final class ScenarioWiring {
    private final ScenarioControls controls;
    private final DiffMarksLayer marks;
    private final ModelDocument document;
    private final Analyzer analyzer;
    private final Supplier<Window> owner;
    private final Consumer<String> say;
    /** The marks' diff runs two analyses: off the FX thread, the newest edit's result shown. */
    private final NewestTask<ScenarioDiffs.Marks> markDiffs = new NewestTask<>("bulkhead-scenario-marks");
    private final NewestTask<ModelDiff> textDiffs = new NewestTask<>("bulkhead-scenario-diff-text");
    private ScenarioCompareWindow compareWindow;

    ScenarioWiring(ModelDocument document, CanvasView canvas, ReferenceData reference, Supplier<Window> owner, Consumer<String> say) {
        this.document = document;
        this.analyzer = new Analyzer(reference);
        this.owner = owner;
        this.say = say;
        this.controls = new ScenarioControls(document, (title, suggestion) -> askName(owner.get(), title, suggestion), say);
        this.marks = new DiffMarksLayer(canvas);
        controls.showDifferences().selectedProperty().addListener((o, before, on) -> refreshMarks());
        document.addListener(event -> refreshMarks());
        controls.differencesAsText().setOnAction(e -> {
            Model model = document.snapshot();
            say.accept("Comparing the scenario with the base…");
            textDiffs.run(() -> ScenarioDiffs.baseToActive(analyzer, model), this::showText,
                    failure -> say.accept("Could not compare the scenarios: " + failure));
        });
        controls.compareScenarios().setOnAction(e -> compareWindow().show(dark()));
    }

    /** The side-by-side window, made on first use. */
    ScenarioCompareWindow compareWindow() {
        if (compareWindow == null) {
            compareWindow = new ScenarioCompareWindow(owner.get(), document, analyzer);
        }
        return compareWindow;
    }

    /** Whether the main window wears the dark theme, which the new window follows. */
    private boolean dark() {
        Window window = owner.get();
        return window != null && window.getScene() != null
                && window.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("dark.css"));
    }

    private void showText(ModelDiff diff) {
        say.accept("");
        TextArea text = new TextArea(DiffText.text(diff));
        text.setEditable(false);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(24);
        text.setId("scenario-diff-text");
        Prompts.info(owner.get(), "Differences from the base scenario", text);
    }

    /** Stops the background analyses and closes the side-by-side window. */
    void close() {
        markDiffs.close();
        textDiffs.close();
        marks.show(null); // stops its pan-and-zoom follower, which would otherwise keep the window alive
        if (compareWindow != null) {
            compareWindow.close();
        }
    }

    ScenarioControls controls() {
        return controls;
    }

    DiffMarksLayer marks() {
        return marks;
    }

    /** Marks follow the model while they are on; the two analyses of the diff run off the FX thread. */
    private void refreshMarks() {
        Model model = document.snapshot();
        boolean on = controls.showDifferences().isSelected() && model.scenarios().names().size() > 1;
        if (!on) {
            markDiffs.cancel();
            marks.show(null);
            return;
        }
        markDiffs.run(() -> ScenarioDiffs.marksOf(analyzer, model), found -> marks.show(found.diff(), found.before()),
                failure -> say.accept("Could not mark the differences: " + failure));
    }

    private static Optional<String> askName(Window owner, String title, String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.initOwner(owner);
        dialog.setTitle("Scenario");
        dialog.setHeaderText(title);
        dialog.getEditor().setId("scenario-name");
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }
}
