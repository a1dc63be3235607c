package dev.bulkhead.ui.inspector;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.SandboxAdvice;
import dev.bulkhead.analysis.Recommendation;
import dev.bulkhead.analysis.Shortfall;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.diagram.Decorations;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.canvas.CanvasEdits;
import dev.bulkhead.ui.canvas.SelectionModel;
import dev.bulkhead.model.Counts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector: every attribute of the selected element (or of the model when nothing is selected) as an
 * editor, and below it what the analysis says about the element, such as which requirement its option
 * fails and why. Each edit is one undo step; a refused value shows the model's message in red.
 */
public final class InspectorView extends ScrollPane {
    /** Narrowest an editor gets, so that a value stays readable beside the longest label. */
    private static final double EDITOR_MIN_WIDTH = 130;
    private final ModelDocument document;
    private final SelectionModel selection;
    private final CanvasEdits edits;
    private final ReferenceData reference;
    private final ObservableValue<Analysis> analysis;
    private final VBox form = new VBox();
    private final VBox explanation = new VBox(8);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label error = new Label();
    /** Each editor's message line, under it in the form. */
    private final java.util.Map<Node, Label> fieldErrors = new java.util.HashMap<>();
    /** What the form shows, to rebuild it only when that changed (not on every unrelated edit). */
    private Object shown;
    private Object shownNote;

    public InspectorView(ModelDocument document, SelectionModel selection, CanvasEdits edits, ReferenceData reference,
                         ObservableValue<Analysis> analysis) {
        this.document = document;
        this.selection = selection;
        this.edits = edits;
        this.reference = reference;
        this.analysis = analysis;
        getStyleClass().addAll("bh-inspector", "edge-to-edge");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.getStyleClass().add("bh-inspector-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("bh-muted");
        error.getStyleClass().add("bh-error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        Label heading = new Label("INSPECTOR");
        heading.getStyleClass().add("bh-section");
        VBox content = new VBox(6, heading, title, subtitle, error, form, explanation);
        content.getStyleClass().add("bh-inspector-content");
        setContent(content);
        selection.addListener(ids -> rebuild(false));
        document.addListener(this::modelChanged);
        analysis.addListener((o, before, after) -> explain());
        rebuild(true);
    }

    /** The editor of a row by its label, for tests and keyboard focus. */
    public Node editor(String rowName) {
        return form.lookupAll(".bh-inspector-editor").stream()
                .filter(node -> rowName.equals(node.getProperties().get("bh.row"))).findFirst().orElse(null);
    }

    /** The message of the last refused edit, naming its field, or empty. */
    public String error() {
        return fieldErrors.entrySet().stream().filter(e -> !e.getValue().getText().isEmpty())
                .map(e -> e.getKey().getProperties().get("bh.row") + ": " + e.getValue().getText()).findFirst().orElse(error.getText());
    }

    /** Shows a refusal under the editor it is about, where the user is looking, naming the field. */
    private void reportAt(Node editor, String message) {
        Label line = fieldErrors.get(editor);
        if (line == null) {
            error.setText(message);
            return;
        }
        line.setText(message.isEmpty() ? "" : editor.getProperties().get("bh.row") + ": " + message);
    }

    private void modelChanged(ModelEvent event) {
        rebuild(false);
    }

    private void rebuild(boolean force) {
        Model model = document.snapshot();
        Object now = subject(model);
        // An element's note lives in the model's notes, not in the element: a change of it alone rebuilds the form too.
        Object note = now instanceof Element element ? model.settings().notes().of(element.id()).orElse("") : null;
        if (!force && Objects.equals(now, shown) && Objects.equals(note, shownNote)) {
            return;
        }
        String focusedRow = focusedRow();
        shown = now;
        shownNote = note;
        error.setText("");
        form.getChildren().clear();
        fieldErrors.clear();
        Editors editors = new Editors(this::reportAt);
        ElementForm builder = new ElementForm(model, reference, editors, new FormActions());
        List<ElementForm.Section> sections;
        if (now instanceof Element element) {
            title.setText(element.kind().label() + " · " + element.name());
            subtitle.setText(element.id().toString());
            sections = builder.sections(element);
        } else if (now instanceof ModelSettings settings) {
            title.setText("Model · " + settings.name());
            subtitle.setText(summary(model));
            sections = builder.settings(settings);
        } else {
            title.setText(Counts.of(selection.selected().size(), "element") + " selected");
            subtitle.setText("Select one element to edit it; arrange the selection from the Arrange menu");
            sections = List.of();
        }
        sections.forEach(section -> form.getChildren().add(section(section)));
        explain();
        if (focusedRow != null) {
            Node editor = editor(focusedRow);
            if (editor != null) {
                editor.requestFocus();
            }
        }
    }

    /** The selected element, the settings when nothing is selected, or the selection when several are. */
    private Object subject(Model model) {
        if (selection.isEmpty()) {
            return model.settings();
        }
        if (selection.selected().size() > 1) {
            return selection.selected();
        }
        return model.find(selection.primary()).<Object>map(element -> element).orElse(model.settings());
    }

    private Node section(ElementForm.Section section) {
        Label heading = new Label(section.title());
        heading.getStyleClass().add("bh-inspector-section");
        heading.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("bh-inspector-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        // Labels take the width of the longest one and never wrap or shrink (a wrapped label broke words apart);
        // the editors take the rest.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHgrow(Priority.NEVER);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints editorsColumn = new ColumnConstraints();
        editorsColumn.setHgrow(Priority.ALWAYS);
        editorsColumn.setFillWidth(true);
        editorsColumn.setMinWidth(EDITOR_MIN_WIDTH);
        grid.getColumnConstraints().addAll(labels, editorsColumn);
        int row = 0;
        for (ElementForm.Row entry : section.rows()) {
            Label label = new Label(entry.name());
            label.getStyleClass().add("bh-inspector-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            if (!entry.help().isEmpty()) {
                Tooltip tip = new Tooltip(entry.help());
                tip.setWrapText(true);
                tip.setMaxWidth(320);
                label.setTooltip(tip);
            }
            Node editor = entry.editor();
            editor.getStyleClass().add("bh-inspector-editor");
            editor.getProperties().put("bh.row", entry.name());
            label.setLabelFor(editor);
            Label fieldError = new Label();
            fieldError.getStyleClass().addAll("bh-error-text", "bh-field-error");
            fieldError.setWrapText(true);
            fieldError.managedProperty().bind(fieldError.textProperty().isNotEmpty());
            fieldError.visibleProperty().bind(fieldError.textProperty().isNotEmpty());
            fieldErrors.put(editor, fieldError);
            VBox editorWithError = new VBox(2, editor, fieldError);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            label.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
            grid.add(label, 0, row);
            grid.add(editorWithError, 1, row);
            row++;
        }
        return new VBox(4, heading, grid);
    }

    /** What the latest analysis says about the shown element. */
    private void explain() {
        explanation.getChildren().clear();
        Analysis latest = analysis.getValue();
        if (latest == null || !(shown instanceof Element element)) {
            return;
        }
        if (element instanceof Tenant tenant) {
            tenantExplanation(latest, tenant);
        }
        if (element instanceof Agent agent) {
            SandboxAdvice advice = latest.sandboxAdvice().get(agent.id());
            if (advice != null) {
                explanation.getChildren().add(callout(!advice.currentIsEnough(), "Sandbox: " + advice.recommended().label()
                        + (advice.currentIsEnough() ? " (current runtime is strong enough)" : " recommended"), advice.summary()));
            }
        }
        for (Finding finding : latest.findings()) {
            if (element.id().equals(finding.element())) {
                Label line = new Label(finding.severity().name().toLowerCase(Locale.ROOT) + ": " + finding.message());
                line.setWrapText(true);
                line.getStyleClass().add(finding.severity().name().equals("INFO") ? "bh-muted" : "bh-error-text");
                explanation.getChildren().add(line);
            }
        }
    }

    private void tenantExplanation(Analysis latest, Tenant tenant) {
        TenantIsolation current = latest.whole().option(OptionKey.CURRENT).isolation().get(tenant.id());
        boolean decided = Decorations.isDecided(latest.model(), tenant.id());
        if (current != null && decided) {
            if (current.meetsRequirement()) {
                explanation.getChildren().add(callout(false, current.placement().label() + " meets this tenant's requirement",
                        "Isolation " + Math.round(current.score()) + " (required " + Math.round(current.requiredScore()) + ")."));
            } else {
                StringBuilder why = new StringBuilder();
                for (Shortfall shortfall : current.shortfalls()) {
                    why.append(shortfall.describe()).append('\n');
                }
                explanation.getChildren().add(callout(true, current.placement().label() + " option fails this tenant:", why.toString().strip()));
            }
        } else if (!decided) {
            explanation.getChildren().add(callout(false, "No option chosen yet",
                    "Choose one here or on its environment; the compare view shows what each would cost."));
        }
        String reason = latest.whole().recommendation().reason(tenant.id());
        if (reason != null) {
            // The sentence first; the arithmetic of its figures after it, one placement a line, so it can be checked.
            int margin = reason.indexOf(Recommendation.AT_THE_MARGIN);
            Label recommended = new Label("Recommended: " + (margin < 0 ? reason : reason.substring(0, margin + 1)));
            recommended.setWrapText(true);
            recommended.getStyleClass().add("bh-muted");
            explanation.getChildren().add(recommended);
            if (margin >= 0) {
                Label arithmetic = new Label("At the margin, all else fixed:\n"
                        + reason.substring(margin + Recommendation.AT_THE_MARGIN.length()).replace("; ", "\n"));
                arithmetic.setWrapText(true);
                arithmetic.setId("recommendation-arithmetic");
                arithmetic.getStyleClass().addAll("bh-muted", "bh-formula");
                explanation.getChildren().add(arithmetic);
            }
        }
    }

    private static Node callout(boolean bad, String headline, String body) {
        Label head = new Label(headline);
        head.getStyleClass().add("bh-callout-title");
        head.setWrapText(true);
        Label text = new Label(body);
        text.setWrapText(true);
        VBox box = new VBox(3, head, text);
        box.getStyleClass().add(bad ? "bh-callout" : "bh-callout-ok");
        return box;
    }

    private String focusedRow() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        for (Node node = focused; node != null && node != this; node = node.getParent()) {
            Object row = node.getProperties().get("bh.row");
            if (row != null) {
                return row.toString();
            }
        }
        return null;
    }

    private static String summary(Model model) {
        return Counts.of(model.all(dev.bulkhead.model.Environment.class).size(), "environment") + " · "
                + Counts.of(model.all(Tenant.class).size(), "tenant") + " · " + Counts.of(model.all(Agent.class).size(), "agent");
    }

    /** Sends form edits to the document as named steps; refusals come back as exceptions for the editors. */
    private final class FormActions implements ElementForm.Actions {
        @Override
        public void replace(String step, Element after) {
            refuseIfNotApplied(edits.replace(step, after));
        }

        @Override
        public void moveInto(ElementId element, ElementId container) {
            refuseIfNotApplied(edits.moveInto(element, container));
        }

        @Override
        public void settings(String step, ModelSettings after) {
            document.edit(step, tx -> tx.setSettings(after));
        }

        @Override
        public void note(Element element, String text) {
            // The settings as they are now: a note moved on the canvas since the form was built must not be undone.
            ModelSettings settings = document.snapshot().settings();
            if (Objects.equals(settings.notes().of(element.id()).orElse(""), text)) {
                return;
            }
            ModelSettings after = settings.withNotes(settings.notes().withElementNote(element.id(), text));
            document.edit((text.isBlank() ? "Remove the note of " : "Set the note of ") + element.name(), tx -> tx.setSettings(after));
        }

        private void refuseIfNotApplied(CanvasEdits.Outcome outcome) {
            if (!outcome.applied()) {
                throw new IllegalArgumentException(outcome.message());
            }
        }
    }
}
