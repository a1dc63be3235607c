package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.export.report.NotPriced;
import dev.bulkhead.model.ElementId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The strip under the canvas: a small cost-versus-isolation chart and one card per option with its monthly
 * cost, isolation and unmet requirements (in a model with scenarios, first a card for the active scenario as modelled), for the environment of the selection (or the whole model), which its
 * heading names. The scope can be pinned so that it no longer follows the selection. Clicking it opens the
 * compare view on that scope. In a narrow window the cards that do not fit step aside, the recommended mix last.
 */
public final class CompareStrip extends HBox {
    /** The least a card is given, so that cards line up when their texts differ. */
    private static final double CARD_WIDTH = 150;
    /**
     * Which cards stay longest when the strip is narrow: the active scenario as modelled first (a model with scenarios
     * shows it), for it is the design the room argues about; then the recommended mix.
     */
    private static final List<OptionKey> KEEP_ORDER = List.of(OptionKey.CURRENT, OptionKey.RECOMMENDED, OptionKey.NAMESPACE,
            OptionKey.VCLUSTER, OptionKey.DEDICATED);
    /** The cards in the strip's order: the design as modelled, then the four compared options as the table orders them. */
    private static final List<OptionKey> CARDS = java.util.stream.Stream.concat(java.util.stream.Stream.of(OptionKey.CURRENT),
            OptionKey.COMPARED.stream()).toList();

    private final CostIsolationChart chart = new CostIsolationChart(true);
    private final Label heading = new Label();
    private final ToggleButton pin = new ToggleButton("Pin");
    private final VBox chartBox;
    private final Map<OptionKey, Card> cards = new EnumMap<>(OptionKey.class);
    private ElementId scope;
    private Analysis last;
    private ElementId lastSelected;
    /** What a what-if asks, shown in the heading while the strip shows a what-if's analysis; null otherwise. */
    private String whatIf;
    /** The scenarios of the model last shown as it is, not as a what-if (see {@link #showScope}). */
    private dev.bulkhead.model.Scenarios modelScenarios;
    private boolean animate;

    public CompareStrip(Consumer<ElementId> openCompare) {
        getStyleClass().add("bh-compare-strip");
        setSpacing(12);
        setMinWidth(0);
        heading.getStyleClass().add("bh-section");
        heading.setId("strip-scope");
        heading.setMinWidth(0);
        // Where the heading wraps (presentation mode's large type), the strip gives it the lines it needs.
        heading.setMinHeight(Region.USE_PREF_SIZE);
        pin.setId("strip-pin");
        pin.setMinWidth(Region.USE_PREF_SIZE);
        pin.getStyleClass().addAll("bh-pin", "small");
        pin.setTooltip(new Tooltip("Keep this scope while the selection changes"));
        pin.selectedProperty().addListener((o, was, pinned) -> {
            pin.setText(pinned ? "Pinned" : "Pin");
            if (!pinned && last != null) {
                show(last, lastSelected, false, whatIf);
            } else if (last != null) {
                showScope(last);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, heading, gap, pin);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chart.setPrefSize(260, 92);
        chartBox = new VBox(2, top, chart);
        chartBox.getStyleClass().add("bh-strip-chart");
        chartBox.setMinWidth(200);
        chartBox.setPrefWidth(300);
        chart.setOnMouseClicked(e -> openCompare.accept(scope));
        getChildren().add(chartBox);
        for (OptionKey key : CARDS) {
            Card card = new Card(key);
            card.setOnMouseClicked(e -> openCompare.accept(scope));
            cards.put(key, card);
            getChildren().add(card);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().add(spacer);
        widthProperty().addListener((o, before, width) -> fitCards(width.doubleValue()));
    }

    /**
     * Shows an analysis for the environment of the selection, or the whole model when {@code environment} is
     * null; a pinned scope stays as it is.
     */
    public void show(Analysis analysis, ElementId environment) {
        show(analysis, environment, false, null);
    }

    /**
     * Like {@link #show(Analysis, ElementId)}; with {@code animate} the chart's dots glide to their new places, and a
     * non-null {@code whatIfText} marks the heading as a what-if (presentation mode), so that nobody takes it for the
     * saved model's figures.
     */
    public void show(Analysis analysis, ElementId environment, boolean animate, String whatIfText) {
        this.animate = animate;
        this.whatIf = whatIfText;
        last = analysis;
        lastSelected = environment;
        if (!pin.isSelected()) {
            scope = environment;
        }
        showScope(analysis);
    }

    private void showScope(Analysis analysis) {
        if (scope != null && analysis.environment(scope).isEmpty()) {
            scope = null;
        }
        ScopeAnalysis shown = analysis.scope(scope);
        String symbol = analysis.pricing().symbol();
        String why = pin.isSelected() ? "pinned" : scope == null ? "nothing selected" : "of the selection";
        heading.setText((whatIf == null ? "" : "WHAT-IF (" + whatIf + ") · ") + "COST vs ISOLATION · "
                + (scope == null ? "whole model" : shown.label()) + " (" + why + ")");
        NotPriced notPriced = NotPriced.of(analysis, shown);
        if (animate) {
            chart.animateTo(shown, symbol, notPriced.options(), javafx.util.Duration.millis(450));
        } else {
            chart.setData(shown, symbol, notPriced.options());
        }
        animate = false;
        for (OptionKey key : OptionKey.COMPARED) {
            cards.get(key).show(shown.option(key), symbol, notPriced.leavesOut(key));
        }
        // A model with scenarios shows its active scenario's own figures, headed as compare --scenario heads that column
        // ("proposal A (as modelled)"): the options' cards alone never said what the proposal itself costs.
        // A what-if analyses a derived model without the scenarios (review 14e: the proposal's card went away at
        // tenants ×3 while the table kept its column): the card keeps the scenario of the model the what-if asks about.
        if (whatIf == null || modelScenarios == null) {
            modelScenarios = analysis.model().scenarios();
        }
        dev.bulkhead.model.Scenarios scenarios = modelScenarios;
        Card modelled = cards.get(OptionKey.CURRENT);
        modelled.shown = !scenarios.isDefault();
        modelled.title.setText(OptionKey.CURRENT.label(scenarios));
        modelled.show(shown.option(OptionKey.CURRENT), symbol, notPriced.leavesOut(OptionKey.CURRENT));
        fitCards(getWidth());
    }

    /** The environment the strip shows, or null for the whole model. */
    public ElementId scopeEnvironment() {
        return scope;
    }

    /** The analysis shown, for tests. */
    public Analysis shown() {
        return last;
    }

    /** The scope's name as the heading says it, for tests. */
    public String scopeText() {
        return heading.getText();
    }

    /** Whether the scope is pinned. */
    public ToggleButton pin() {
        return pin;
    }

    /** Cards are fitted at every layout too, so that a change of type size (presentation mode) refits them. */
    @Override
    protected void layoutChildren() {
        fitCards(getWidth());
        super.layoutChildren();
    }

    /** Shows as many cards as fit beside the chart. */
    private void fitCards(double width) {
        double room = width - chartBox.minWidth(-1) - getInsets().getLeft() - getInsets().getRight();
        for (OptionKey key : KEEP_ORDER) {
            Card card = cards.get(key);
            double needed = Math.max(CARD_WIDTH, card.prefWidth(-1)) + getSpacing();
            boolean fits = card.shown && needed <= room;
            room -= fits ? needed : 0;
            card.setVisible(fits);
            card.setManaged(fits);
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

    /** A card's title, for tests: {@code proposal A (as modelled)}. */
    public String title(OptionKey key) {
        return cards.get(key).title.getText();
    }

    private static final class Card extends VBox {
        private final Label amount = new Label();
        private final Label detail = new Label();
        private final Label perMonth = new Label();
        private final Label title;
        /** Whether the strip shows it at all when it fits (the as-modelled card only in a model with scenarios). */
        private boolean shown;

        Card(OptionKey key) {
            getStyleClass().addAll("bh-card", key.key());
            setId("card-" + key.key());
            shown = key != OptionKey.CURRENT;
            title = new Label(key.label());
            title.getStyleClass().add("bh-card-title");
            amount.getStyleClass().add("bh-card-amount");
            perMonth.getStyleClass().add("bh-card-detail");
            detail.getStyleClass().add("bh-card-detail");
            getChildren().addAll(title, amount, perMonth, detail);
            setMinWidth(Region.USE_PREF_SIZE);
        }

        /** An option's figures; {@code leavesOut}: its total counts a line the model has not priced as zero. */
        void show(OptionResult result, String symbol, boolean leavesOut) {
            amount.setText(Amounts.whole(symbol, result.monthlyCost()));
            // The marker goes under the amount, where it fits a card, in the words the report and compare view use.
            perMonth.setText(Amounts.leavingOut("per month", leavesOut));
            int unmet = result.unmetRequirements();
            detail.setText("isolation " + Math.round(result.isolationScore()) + " · " + unmet + " unmet");
            detail.getStyleClass().remove("bad");
            if (unmet > 0) {
                detail.getStyleClass().add("bad");
            }
        }
    }
}
