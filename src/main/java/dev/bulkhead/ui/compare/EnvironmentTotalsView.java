package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * Each environment's monthly total per option side by side, the cheapest option that meets every tenant there
 * marked: dev may win with vClusters while prod needs dedicated clusters. Clicking a row shows that environment;
 * the last row is the whole model, the sum of the rows above.
 */
public final class EnvironmentTotalsView extends GridPane {
    private final Consumer<ElementId> choose;

    public EnvironmentTotalsView(Consumer<ElementId> choose) {
        this.choose = choose;
        getStyleClass().add("bh-environment-totals");
        setHgap(10);
        setVgap(4);
        getColumnConstraints().add(new ColumnConstraints(90));
        for (int i = 0; i < OptionKey.COMPARED.size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(HPos.RIGHT);
            column.setMinWidth(88);
            getColumnConstraints().add(column);
        }
    }

    public void show(Analysis analysis) {
        getChildren().clear();
        String symbol = analysis.pricing().symbol();
        for (int c = 0; c < OptionKey.COMPARED.size(); c++) {
            Label header = new Label(OptionKey.COMPARED.get(c) == OptionKey.RECOMMENDED ? "Recommended" : OptionKey.COMPARED.get(c).label());
            header.getStyleClass().addAll("bh-mini-header", OptionKey.COMPARED.get(c).key());
            add(header, c + 1, 0);
        }
        int row = 1;
        for (Environment environment : analysis.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList()) {
            ScopeAnalysis scope = analysis.environment(environment.id()).orElse(null);
            if (scope == null) {
                continue;
            }
            Label name = new Label(environment.name());
            name.getStyleClass().add("bh-table-label");
            name.setOnMouseClicked(e -> choose.accept(environment.id()));
            add(name, 0, row);
            java.util.Set<OptionKey> best = dev.bulkhead.export.report.CheapestMeetingEveryone.of(scope);
            for (int c = 0; c < OptionKey.COMPARED.size(); c++) {
                OptionKey key = OptionKey.COMPARED.get(c);
                Label total = new Label(Amounts.exact(symbol, scope.option(key).monthlyCost()));
                total.getStyleClass().add("bh-table-cell");
                total.setId("env-" + environment.id().value() + "-" + key.key());
                if (best.contains(key)) {
                    total.getStyleClass().add("best");
                    total.setTooltip(new Tooltip("Cheapest option that meets every tenant's requirement in " + environment.name()));
                } else if (scope.option(key).unmetRequirements() > 0) {
                    total.getStyleClass().add("fails");
                    total.setTooltip(new Tooltip("Fails " + scope.option(key).unmetRequirements() + " tenants here"));
                }
                total.setOnMouseClicked(e -> choose.accept(environment.id()));
                add(total, c + 1, row);
            }
            row++;
        }
        // The environments' totals, to the cent, add up to this row: the whole model's totals.
        Label whole = new Label("Whole model");
        whole.getStyleClass().addAll("bh-table-label", "total");
        whole.setOnMouseClicked(e -> choose.accept(null));
        add(whole, 0, row);
        for (int c = 0; c < OptionKey.COMPARED.size(); c++) {
            OptionKey key = OptionKey.COMPARED.get(c);
            Label total = new Label(Amounts.exact(symbol, analysis.whole().option(key).monthlyCost()));
            total.getStyleClass().addAll("bh-table-cell", "total");
            total.setId("env-whole-" + key.key());
            add(total, c + 1, row);
        }
    }
}
