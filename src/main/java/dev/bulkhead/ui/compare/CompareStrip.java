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
 * cost, isolation and unmet requirements, first a card for the design as modelled (named by the active scenario in a
 * model with scenarios), for the environment of the selection (or the whole model), which its heading names. The
 * scope can be pinned so that it no longer follows the selection. Clicking it opens the compare view on that scope.
 * Where the cards do not fit side by side on one line each, they stack their figures on two lines; in a window too
 * narrow for that, the cards that do not fit step aside, the design's own and the recommended mix last.
 */
public final class CompareStrip extends HBox {
    /** The least a card is given, so that cards line up when their texts differ. */
    private static final double CARD_WIDTH = 150;
    /** The least a card stacked on two lines is given. */
    private static final double STACKED_WIDTH = 110;
    /**
     * Which cards stay longest when the strip is narrow: the design as modelled first, for it is the design the room
     * argues about (and the one a learner's edit moves); then the recommended mix.
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
    /** The scenarios that name the design as modelled (see {@link #show(Analysis, ElementId, boolean, String, dev.bulkhead.model.Scenarios)}). */
    private dev.bulkhead.model.Scenarios modelScenarios;
    private boolean animate;

    public CompareStrip(Consumer<ElementId> openCompare) {
        getStyleClass().add("bh-compare-strip");
        setSpacing(12);
        setMinWidth(0);
        // As tall as its cards: stacked on two lines they are taller, and the canvas above gives way, not their last line.
        setMinHeight(Region.USE_PREF_SIZE);
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
        show(analysis, environment, animate, whatIfText, whatIfText == null || modelScenarios == null
                ? analysis.model().scenarios() : modelScenarios);
    }

    /**
     * The same, naming the design as modelled by {@code scenarios}: those of the model a what-if asks about, for the
     * what-if's own analysed model has none (review 14e: the proposal's card went away at tenants ×3), and the scenario
     * shown may have changed since the last analysis without a what-if (a story step's switch).
     */
    public void show(Analysis analysis, ElementId environment, boolean animate, String whatIfText,
                     dev.bulkhead.model.Scenarios scenarios) {
        this.modelScenarios = java.util.Objects.requireNonNull(scenarios, "scenarios");
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
        // Under a what-if the heading says what is asked instead of what the chart plots: the four lines of both pushed
        // the legend over the story's boxes on a projector (review 14e), and the chart says cost against isolation.
        heading.setText((whatIf == null ? "COST vs ISOLATION · " : "WHAT-IF (" + whatIf + ") · ")
                + (scope == null ? "whole model" : shown.label()) + " (" + why + ")");
        NotPriced notPriced = NotPriced.of(analysis, shown);
        chart.nameCurrentBy(modelScenarios);
        if (animate) {
            chart.animateTo(shown, symbol, notPriced.options(), javafx.util.Duration.millis(450));
        } else {
            chart.setData(shown, symbol, notPriced.options());
        }
        animate = false;
        for (OptionKey key : OptionKey.COMPARED) {
            cards.get(key).show(shown.option(key), symbol, notPriced.leavesOut(key));
        }
        // Every model shows the design's own figures, so that a learner's edit visibly moves one (review 14e: a lesson's
        // "watch the compare strip" showed four cards its edits never changed). A model with scenarios heads it as
        // compare --scenario heads that column ("proposal A (as modelled)"): the options' cards alone never said what
        // the proposal itself costs.
        Card modelled = cards.get(OptionKey.CURRENT);
        modelled.title(OptionKey.CURRENT.label(modelScenarios));
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

    /**
     * Shows as many cards as fit beside the chart: on one line each where all fit so, else with their figures stacked
     * on two lines (narrower: all five fit a 1920 px projector in presentation mode's large type, where one line each
     * dropped the Dedicated card, review 14e), and only then without the cards that still do not fit.
     */
    private void fitCards(double width) {
        double room = width - chartBox.minWidth(-1) - getInsets().getLeft() - getInsets().getRight();
        // Measured, not tried: setting a card's texts inside the layout pass to see its width would lay out again.
        boolean stacked = cards.values().stream().mapToDouble(card -> cardWidth(card, false)).sum() > room;
        for (Card card : cards.values()) {
            card.stack(stacked);
        }
        for (OptionKey key : KEEP_ORDER) {
            Card card = cards.get(key);
            double needed = cardWidth(card, stacked);
            boolean fits = needed <= room;
            room -= fits ? needed : 0;
            card.setVisible(fits);
            card.setManaged(fits);
        }
    }

    /** The room a card takes with its figures on one line each, or stacked. */
    private double cardWidth(Card card, boolean stacked) {
        return Math.max(stacked ? STACKED_WIDTH : CARD_WIDTH, card.widthFor(stacked)) + getSpacing();
    }

    /** Whether the cards stack their figures on two lines (see {@link #fitCards}), for tests. */
    public boolean stacked() {
        return cards.get(OptionKey.CURRENT).stacked;
    }

    /** The chart, for tests. */
    public CostIsolationChart chart() {
        return chart;
    }

    /** The amount a card shows, for tests: {@code $4,120}. */
    public String amount(OptionKey key) {
        return cards.get(key).amount.getText();
    }

    /** A card's title, for tests: {@code proposal A (as modelled)}, on one line however the card shows it. */
    public String title(OptionKey key) {
        return cards.get(key).titleText;
    }

    /** A card, for tests (its bounds). */
    public Region card(OptionKey key) {
        return cards.get(key);
    }

    private static final class Card extends VBox {
        /** Measures a line of a label's text in its font. */
        private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();
        /** Where a scenario's heading breaks when the card stacks: "proposal A" over "(as modelled)". */
        private static final String AS_MODELLED = " (as modelled)";
        private final Label amount = new Label();
        private final Label detail = new Label();
        private final Label perMonth = new Label();
        private final Label title;
        private String titleText;
        private boolean leavesOut;
        private long isolation;
        private int unmet;
        /** Whether its texts are stacked on two lines each (see {@link CompareStrip#fitCards}). */
        private boolean stacked;

        Card(OptionKey key) {
            getStyleClass().addAll("bh-card", key.key());
            setId("card-" + key.key());
            titleText = key.label();
            title = new Label(key.label());
            title.getStyleClass().add("bh-card-title");
            amount.getStyleClass().add("bh-card-amount");
            perMonth.getStyleClass().add("bh-card-detail");
            detail.getStyleClass().add("bh-card-detail");
            getChildren().addAll(title, amount, perMonth, detail);
            setMinWidth(Region.USE_PREF_SIZE);
            setMinHeight(Region.USE_PREF_SIZE);
        }

        void title(String text) {
            titleText = text;
            texts();
        }

        /** An option's figures; {@code leavesOut}: its total counts a line the model has not priced as zero. */
        void show(OptionResult result, String symbol, boolean leavesOut) {
            amount.setText(Amounts.whole(symbol, result.monthlyCost()));
            this.leavesOut = leavesOut;
            isolation = Math.round(result.isolationScore());
            unmet = result.unmetRequirements();
            texts();
            detail.getStyleClass().remove("bad");
            if (unmet > 0) {
                detail.getStyleClass().add("bad");
            }
        }

        void stack(boolean stack) {
            if (stacked != stack) {
                stacked = stack;
                texts();
            }
        }

        private void texts() {
            title.setText(titleText(stacked));
            perMonth.setText(perMonthText(stacked));
            detail.setText(detailText(stacked));
        }

        /** The title; stacked, a scenario's heading breaks before "(as modelled)". */
        private String titleText(boolean stack) {
            return stack && titleText.endsWith(AS_MODELLED)
                    ? titleText.substring(0, titleText.length() - AS_MODELLED.length()) + "\n" + AS_MODELLED.strip() : titleText;
        }

        /** The marker goes under the amount, where it fits a card, in the words the report and compare view use. */
        private String perMonthText(boolean stack) {
            return leavesOut ? "per month" + (stack ? "\n" : " ") + Amounts.NOT_PRICED.strip() : "per month";
        }

        private String detailText(boolean stack) {
            return "isolation " + isolation + (stack ? "\n" : " · ") + unmet + " unmet";
        }

        /** The width the card needs with its texts on one line each or stacked, measured in the labels' fonts. */
        double widthFor(boolean stack) {
            double widest = Math.max(widest(amount, amount.getText()), Math.max(widest(title, titleText(stack)),
                    Math.max(widest(perMonth, perMonthText(stack)), widest(detail, detailText(stack)))));
            return Math.ceil(widest + snappedLeftInset() + snappedRightInset()) + 2;
        }

        private static double widest(Label label, String text) {
            double widest = 0;
            for (String line : text.split("\n")) {
                MEASURE.setText(line);
                MEASURE.setFont(label.getFont());
                widest = Math.max(widest, MEASURE.getLayoutBounds().getWidth());
            }
            return widest + label.snappedLeftInset() + label.snappedRightInset();
        }
    }
}
