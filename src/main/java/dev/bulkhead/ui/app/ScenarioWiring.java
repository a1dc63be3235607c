package dev.bulkhead.ui.app;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.diff.DiffText;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.scenario.DiffMarksLayer;
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

    ScenarioWiring(ModelDocument document, CanvasView canvas, ReferenceData reference, Supplier<Window> owner, Consumer<String> say) {
        this.document = document;
        this.analyzer = new Analyzer(reference);
        this.controls = new ScenarioControls(document, (title, suggestion) -> askName(owner.get(), title, suggestion), say);
        this.marks = new DiffMarksLayer(canvas);
        controls.showDifferences().selectedProperty().addListener((o, before, on) -> refreshMarks());
        document.addListener(event -> refreshMarks());
        controls.differencesAsText().setOnAction(e -> {
            TextArea text = new TextArea(DiffText.text(ScenarioDiffs.baseToActive(analyzer, document.snapshot())));
            text.setEditable(false);
            text.setPrefColumnCount(90);
            text.setPrefRowCount(24);
            text.setId("scenario-diff-text");
            Prompts.info(owner.get(), "Differences from the base scenario", text);
        });
    }

    ScenarioControls controls() {
        return controls;
    }

    DiffMarksLayer marks() {
        return marks;
    }

    /** Marks follow the model while they are on; the diff is of two small analyses, computed at once. */
    private void refreshMarks() {
        boolean on = controls.showDifferences().isSelected() && document.snapshot().scenarios().names().size() > 1;
        marks.show(on ? ScenarioDiffs.baseToActive(analyzer, document.snapshot()) : null);
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
