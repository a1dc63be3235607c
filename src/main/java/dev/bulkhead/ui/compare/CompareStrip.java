package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.model.ElementId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The strip under the canvas: a small cost-versus-isolation chart and one card per option with its monthly
 * cost, isolation and unmet requirements, for the environment of the selection (or the whole model).
 * Clicking it opens the compare view on that scope.
 */
public final class CompareStrip extends HBox {
    private final CostIsolationChart chart = new CostIsolationChart(true);
    private final Label heading = new Label();
    private final Map<OptionKey, Card> cards = new EnumMap<>(OptionKey.class);
    private ElementId scope;

    public CompareStrip(Consumer<ElementId> openCompare) {
        getStyleClass().add("bh-compare-strip");
        setSpacing(12);
        heading.getStyleClass().add("bh-section");
        chart.setPrefSize(260, 92);
        VBox chartBox = new VBox(2, heading, chart);
        chartBox.getStyleClass().add("bh-strip-chart");
        chartBox.setOnMouseClicked(e -> openCompare.accept(scope));
        getChildren().add(chartBox);
        for (OptionKey key : OptionKey.COMPARED) {
            Card card = new Card(key);
            card.setOnMouseClicked(e -> openCompare.accept(scope));
            cards.put(key, card);
            getChildren().add(card);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().add(spacer);
    }

    /** Shows an analysis for one environment, or the whole model when {@code environment} is null. */
    public void show(Analysis analysis, ElementId environment) {
        scope = environment != null && analysis.environment(environment).isPresent() ? environment : null;
        ScopeAnalysis shown = analysis.scope(scope);
        String symbol = analysis.pricing().symbol();
        heading.setText("COST vs ISOLATION · " + shown.label());
        chart.setData(shown, symbol);
        for (OptionKey key : OptionKey.COMPARED) {
            cards.get(key).show(shown.option(key), symbol);
        }
    }

    /** The chart, for tests. */
    public CostIsolationChart chart() {
        return chart;
    }

    /** The amount a card shows, for tests: {@code $4,120}. */
    public String amount(OptionKey key) {
        return cards.get(key).amount.getText();
    }

    private static final class Card extends VBox {
        private final Label amount = new Label();
        private final Label detail = new Label();

        Card(OptionKey key) {
            getStyleClass().addAll("bh-card", key.key());
            setId("card-" + key.key());
            Label title = new Label(key.label());
            title.getStyleClass().add("bh-card-title");
            amount.getStyleClass().add("bh-card-amount");
            Label perMonth = new Label("per month");
            perMonth.getStyleClass().add("bh-card-detail");
            detail.getStyleClass().add("bh-card-detail");
            getChildren().addAll(title, amount, perMonth, detail);
            setMinWidth(136);
        }

        void show(OptionResult result, String symbol) {
            amount.setText(Amounts.whole(symbol, result.monthlyCost()));
            int unmet = result.unmetRequirements();
            detail.setText("isolation " + Math.round(result.isolationScore()) + " · " + unmet + " unmet");
            detail.getStyleClass().remove("bad");
            if (unmet > 0) {
                detail.getStyleClass().add("bad");
            }
        }
    }
}
