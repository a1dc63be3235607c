package dev.bulkhead.ui.scenario;

import dev.bulkhead.edit.ScenarioEdits;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Scenarios;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * The Scenario menu and the toolbar's scenario selector. Both act through {@link ScenarioEdits}, so every
 * step is undoable, and both follow the document: undoing a switch puts the selector back.
 */
public final class ScenarioControls {
    private final ModelDocument document;
    private final ScenarioEdits edits;
    private final BiFunction<String, String, Optional<String>> askName;
    private final Consumer<String> say;
    private final ComboBox<String> selector = new ComboBox<>();
    private final Menu menu = new Menu("Scenario");
    private final CheckMenuItem showDifferences = new CheckMenuItem("Mark Differences from Base");
    private final MenuItem differencesAsText = new MenuItem("Differences from Base as Text…");
    private final MenuItem compareScenarios = new MenuItem("Compare Two Scenarios…");
    private final MenuItem delete = new MenuItem("Delete Scenario");
    private boolean updating;

    /**
     * @param askName asks for a name (title, suggested name), empty when the user cancels
     * @param say     shows a one-line message (a refusal, what happened)
     */
    public ScenarioControls(ModelDocument document, BiFunction<String, String, Optional<String>> askName, Consumer<String> say) {
        this.document = document;
        this.edits = new ScenarioEdits(document);
        this.askName = askName;
        this.say = say;
        selector.setId("scenario-selector");
        selector.setTooltip(new Tooltip("The scenario shown; every edit lands in it (Scenario menu to add one)"));
        selector.valueProperty().addListener((o, before, now) -> {
            if (!updating && now != null && !now.equals(document.snapshot().scenarios().active())) {
                run(() -> edits.switchTo(now), "Switched to scenario " + now);
            }
        });
        MenuItem create = item("New Scenario…", () -> askName.apply("New scenario (starts as the base)", next("proposal"))
                .ifPresent(name -> run(() -> edits.create(name), "Created scenario " + name)));
        create.setId("scenario-new");
        MenuItem duplicate = item("Duplicate Scenario…", () -> askName.apply("Duplicate " + active() + " as", next(active() + " copy"))
                .ifPresent(name -> run(() -> edits.duplicate(name), "Duplicated as " + name)));
        duplicate.setId("scenario-duplicate");
        MenuItem rename = item("Rename Scenario…", () -> askName.apply("Rename " + active() + " to", active())
                .ifPresent(name -> run(() -> edits.rename(active(), name), "Renamed to " + name)));
        rename.setId("scenario-rename");
        delete.setOnAction(e -> {
            String name = active();
            run(() -> edits.delete(name), "Deleted scenario " + name + " (Undo brings it back)");
        });
        delete.setId("scenario-delete");
        showDifferences.setId("scenario-mark-differences");
        differencesAsText.setId("scenario-differences-text");
        compareScenarios.setId("scenario-compare");
        menu.getItems().addAll(create, duplicate, rename, delete, new SeparatorMenuItem(), showDifferences, differencesAsText,
                compareScenarios);
        document.addListener(event -> refresh());
        refresh();
    }

    /** The toolbar's selector. */
    public ComboBox<String> selector() {
        return selector;
    }

    /** The Scenario menu. */
    public Menu menu() {
        return menu;
    }

    /** The menu's toggle of diff marks on the canvas. */
    public CheckMenuItem showDifferences() {
        return showDifferences;
    }

    /** The menu item that shows the differences as text; the window sets its action. */
    public MenuItem differencesAsText() {
        return differencesAsText;
    }

    /** The menu item that opens two scenarios side by side; the window sets its action. */
    public MenuItem compareScenarios() {
        return compareScenarios;
    }

    private void refresh() {
        Scenarios scenarios = document.snapshot().scenarios();
        updating = true;
        try {
            if (!selector.getItems().equals(scenarios.names())) {
                selector.getItems().setAll(scenarios.names());
            }
            selector.setValue(scenarios.active());
        } finally {
            updating = false;
        }
        delete.setDisable(scenarios.active().equals(scenarios.base()));
        boolean several = scenarios.names().size() > 1;
        showDifferences.setDisable(!several);
        differencesAsText.setDisable(!several);
        compareScenarios.setDisable(!several);
        if (!several) {
            showDifferences.setSelected(false);
        }
    }

    private String active() {
        return document.snapshot().scenarios().active();
    }

    /** A free name: the stem, or the stem with the first number that makes it unique. */
    private String next(String stem) {
        Scenarios scenarios = document.snapshot().scenarios();
        if (!scenarios.contains(stem)) {
            return stem;
        }
        int n = 2;
        while (scenarios.contains(stem + " " + n)) {
            n++;
        }
        return stem + " " + n;
    }

    private void run(Runnable step, String done) {
        try {
            step.run();
            say.accept(done);
        } catch (IllegalArgumentException | IllegalStateException e) {
            say.accept(e.getMessage());
            refresh();
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
