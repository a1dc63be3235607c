package dev.bulkhead.ui.scenario;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.diff.ScenarioPair;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Scenarios;
import dev.bulkhead.ui.fx.Themes;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Two scenarios side by side (Scenario > Compare Two Scenarios…): each one's cost, isolation and unmet requirements
 * as modelled, each environment's total, and both on one cost-versus-isolation chart with its legend. Both scenarios are analysed
 * off the FX thread, again after every edit; a spinner shows while that runs and the figures shown are always
 * those of the latest edit (an older result arriving late is dropped).
 */
public final class ScenarioCompareWindow {
    private final Stage stage = new Stage();
    private final ModelDocument document;
    private final Analyzer analyzer;
    private final NewestTask<ScenarioPair> analyses = new NewestTask<>("bulkhead-scenario-compare");
    private final ComboBox<String> first = new ComboBox<>();
    private final ComboBox<String> second = new ComboBox<>();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final GridPane figures = new GridPane();
    private final ScenarioPairChart chart = new ScenarioPairChart();
    private ScenarioPair shown;
    private boolean updating;

    public ScenarioCompareWindow(Window owner, ModelDocument document, Analyzer analyzer) {
        this.document = document;
        this.analyzer = analyzer;
        stage.initOwner(owner);
        stage.setTitle("Compare scenarios — Bulkhead");
        first.setId("pair-first");
        second.setId("pair-second");
        progress.setId("pair-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(analyses.runningProperty());
        status.setId("pair-status");
        status.getStyleClass().add("bh-muted");
        first.valueProperty().addListener((o, before, now) -> request());
        second.valueProperty().addListener((o, before, now) -> request());
        Label title = new Label("Compare scenarios");
        title.getStyleClass().add("bh-window-title");
        Label against = new Label("against");
        HBox header = new HBox(10, title, first, against, second, progress, status);
        header.setAlignment(Pos.CENTER_LEFT);
        figures.setId("pair-figures");
        figures.setHgap(18);
        figures.setVgap(4);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setPrefHeight(440);
        VBox body = new VBox(12, figures, chart);
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.getStyleClass().add("bh-compare");
        BorderPane.setMargin(header, new Insets(14, 22, 8, 22));
        BorderPane.setMargin(body, new Insets(4, 22, 16, 22));
        Scene scene = new Scene(root, 900, 820);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), stage::hide);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), document::undo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), document::redo);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> analyses.cancel());
        // Every edit, undo or switch changes what either scenario is: analyse both again while the window shows.
        document.addListener(event -> {
            if (stage.isShowing()) {
                refreshChoices();
                request();
            }
        });
    }

    /** Shows the window: the base against the active scenario, or the two chosen last when they still exist. */
    public void show(boolean dark) {
        Themes.style(stage.getScene(), dark);
        refreshChoices();
        stage.show();
        stage.toFront();
        request();
    }

    /** Chooses the two scenarios shown (the selectors do the same). */
    public void choose(String left, String right) {
        updating = true;
        try {
            first.setValue(left);
            second.setValue(right);
        } finally {
            updating = false;
        }
        request();
    }

    public Stage stage() {
        return stage;
    }

    public ScenarioPairChart chart() {
        return chart;
    }

    /** The pair whose figures are shown, or null before the first result. */
    public ScenarioPair shown() {
        return shown;
    }

    /** Whether an analysis is running. */
    public boolean busy() {
        return analyses.runningProperty().get();
    }

    public void close() {
        analyses.close();
        stage.close();
    }

    private void refreshChoices() {
        Scenarios scenarios = document.snapshot().scenarios();
        updating = true;
        try {
            String left = first.getValue();
            String right = second.getValue();
            first.getItems().setAll(scenarios.names());
            second.getItems().setAll(scenarios.names());
            first.setValue(left != null && scenarios.contains(left) ? left : scenarios.base());
            String fallback = scenarios.active().equals(first.getValue()) && scenarios.names().size() > 1
                    ? scenarios.names().stream().filter(n -> !n.equals(first.getValue())).findFirst().orElseThrow()
                    : scenarios.active();
            second.setValue(right != null && scenarios.contains(right) ? right : fallback);
        } finally {
            updating = false;
        }
    }

    private void request() {
        if (updating || first.getValue() == null || second.getValue() == null || !stage.isShowing()) {
            return;
        }
        Model model = document.snapshot();
        String left = first.getValue();
        String right = second.getValue();
        status.setText("Analysing " + left + " and " + right + "…");
        analyses.run(() -> ScenarioPair.of(analyzer, model, left, right), this::showPair,
                failure -> status.setText("Could not analyse the scenarios: " + failure));
    }

    private void showPair(ScenarioPair pair) {
        shown = pair;
        String symbol = pair.before().pricing().symbol();
        status.setText("");
        stage.setTitle("Compare scenarios — " + pair.first() + " against " + pair.second() + " — Bulkhead");
        figures.getChildren().clear();
        figures.getColumnConstraints().setAll(new ColumnConstraints(), right(), right(), right());
        figures.addRow(0, header(""), header(pair.first()), header(pair.second()), header("Change"));
        OptionResult a = pair.firstAsModelled();
        OptionResult b = pair.secondAsModelled();
        int row = 1;
        row = row("cost", "Monthly cost, as modelled", Amounts.exact(symbol, a.monthlyCost()), Amounts.exact(symbol, b.monthlyCost()),
                signed(symbol, b.monthlyCost().subtract(a.monthlyCost())), row);
        row = row("isolation", "Mean isolation score", Math.round(a.isolationScore()) + " / 100", Math.round(b.isolationScore()) + " / 100",
                signedWhole(Math.round(b.isolationScore()) - Math.round(a.isolationScore())), row);
        row = row("margin", "Worst tenant's margin", margin(a.requirementMargin()), margin(b.requirementMargin()),
                signedWhole(b.requirementMargin() - a.requirementMargin()), row);
        row = row("unmet", "Unmet requirements", String.valueOf(a.unmetRequirements()), String.valueOf(b.unmetRequirements()),
                signedWhole(b.unmetRequirements() - a.unmetRequirements()), row);
        Label environments = header("Per environment, as modelled");
        figures.add(environments, 0, row++, 4, 1);
        for (ScenarioPair.EnvironmentCosts env : pair.environments()) {
            String delta = env.first() == null || env.second() == null ? "" : signed(symbol, env.second().subtract(env.first()));
            row = row("env-" + env.id().value(), env.name(), costOrNone(symbol, env.first()), costOrNone(symbol, env.second()), delta, row);
        }
        chart.setData(pair.first(), pair.before().whole(), pair.second(), pair.after().whole(), symbol);
    }

    private int row(String id, String name, String a, String b, String change, int row) {
        Label label = new Label(name);
        label.getStyleClass().add("bh-table-label");
        List<Label> cells = List.of(new Label(a), new Label(b), new Label(change));
        cells.get(0).setId("pair-" + id + "-a");
        cells.get(1).setId("pair-" + id + "-b");
        cells.get(2).setId("pair-" + id + "-change");
        cells.forEach(cell -> cell.getStyleClass().add("bh-table-cell"));
        figures.addRow(row, label, cells.get(0), cells.get(1), cells.get(2));
        return row + 1;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("bh-subheading");
        return label;
    }

    private static ColumnConstraints right() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHalignment(HPos.RIGHT);
        column.setMinWidth(110);
        return column;
    }

    private static String costOrNone(String symbol, BigDecimal cost) {
        return cost == null ? "—" : Amounts.exact(symbol, cost);
    }

    private static String signed(String symbol, BigDecimal delta) {
        int sign = delta.signum();
        return sign == 0 ? "no change" : (sign > 0 ? "+" : "−") + Amounts.exact(symbol, delta.abs());
    }

    private static String signedWhole(long delta) {
        return delta == 0 ? "no change" : delta > 0 ? "+" + delta : "−" + -delta;
    }

    private static String margin(int margin) {
        return margin > 0 ? "+" + margin : margin < 0 ? "−" + -margin : "0";
    }
}
