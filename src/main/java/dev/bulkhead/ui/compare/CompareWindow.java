package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OperationsLeftOut;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.SensitivityCurve;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.diagram.svg.SvgSurface;
import dev.bulkhead.export.report.NotPriced;
import dev.bulkhead.export.report.RecommendationText;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.persistence.AtomicFiles;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.fx.AnalysisService;
import dev.bulkhead.model.Counts;
import dev.bulkhead.ui.fx.FileDialogs;
import dev.bulkhead.ui.fx.PngWriter;
import dev.bulkhead.ui.fx.Themes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The compare view: the scope switch, pricing profile, assumptions and "apply recommended" across the top;
 * the cost-versus-isolation chart and the side-by-side table; per-environment totals; and how cost grows with
 * the number of tenants. It follows the model live: every edit (here or on the canvas) is re-analysed off the
 * FX thread and shown as soon as the result is in.
 */
public final class CompareWindow {
    /** Narrowest the window is made when placed beside the main window: its header fits. */
    private static final double MIN_WIDTH = 680;
    /** Narrowest the main window is made to make room for this one. */
    private static final double MAIN_MIN_WIDTH = 900;
    /** Below this width the chart and the table stack instead of standing side by side. */
    private static final double SIDE_BY_SIDE_WIDTH = 1250;
    /** Largest tenant count the growth chart reaches. */

    private final Stage stage = new Stage();
    private final ModelDocument document;
    private final AnalysisService analysis;
    private final ReferenceData reference;
    private final FileDialogs dialogs;
    private final CostIsolationChart chart = new CostIsolationChart(false);
    private final ComparisonTableView table;
    private final SensitivityView sensitivity = new SensitivityView();
    private final EnvironmentTotalsView environments;
    private final AssumptionsView assumptions;
    private final FlowPane scopes = new FlowPane(6, 6);
    private final ToggleGroup scopeGroup = new ToggleGroup();
    private final ComboBox<String> pricing = new ComboBox<>();
    private final ToggleButton assumptionsToggle = new ToggleButton("Assumptions…");
    private final javafx.scene.control.CheckBox operationsToggle = new javafx.scene.control.CheckBox("Leave operations out");
    private final Label status = new Label();
    private final Label chartTitle = new Label();
    private final Label tableTitle = new Label();
    private final Label growthTitle = new Label();
    private final Label recommendation = new Label();
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Window owner;
    private VBox chartPanel;
    private VBox tablePanel;
    private VBox growthPanel;
    private ElementId scope;
    private boolean updatingControls;
    private ModelSettings assumptionsShownFor;
    private long sensitivityRequest;

    public CompareWindow(Window owner, ModelDocument document, AnalysisService analysis, ReferenceData reference,
                         FileDialogs dialogs) {
        this.document = document;
        this.analysis = analysis;
        this.reference = reference;
        this.dialogs = dialogs;
        this.table = new ComparisonTableView(this::apply);
        this.environments = new EnvironmentTotalsView(this::setScope);
        this.assumptions = new AssumptionsView(reference, this::setAssumption);
        this.owner = owner;
        stage.initOwner(owner);
        stage.setTitle("Compare options — Bulkhead");
        root.getStyleClass().add("bh-compare");
        root.setTop(header());
        root.setCenter(body());
        assumptions.setPrefWidth(400);
        assumptionsToggle.selectedProperty().addListener((o, was, is) -> root.setRight(is ? assumptions : null));
        status.getStyleClass().add("bh-compare-status");
        status.setId("compare-status");
        root.setBottom(status);
        Scene scene = new Scene(root, 1560, 1000);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), document::undo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), document::redo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), document::redo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), stage::hide);
        // Escape closes the window, once a field being edited has had its own Escape (which reverts its text).
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.hide();
            }
        });
        scene.widthProperty().addListener((o, before, width) -> arrange(width.doubleValue()));
        stage.setScene(scene);
        chart.setOnPick(key -> status.setText(key.label(document.snapshot().scenarios()) + ": " + Amounts.whole(symbol(), currentScope().option(key).monthlyCost())
                + " a month, isolation " + Math.round(currentScope().option(key).isolationScore())));
        // A message such as "Applied …; undo with Ctrl+Z" is about the model as it was: any later change (an undo,
        // another edit, a new or opened model) makes it stale, so it goes.
        document.addListener(event -> {
            status.setText("");
            if (event instanceof ModelEvent.Replaced) {
                sensitivity.reset(); // another model: its growth scenario starts afresh
            }
        });
        analysis.latestProperty().addListener((o, before, latest) -> {
            if (stage.isShowing()) {
                refresh();
            }
        });
    }

    /** Shows the window on a scope (an environment, or null for the whole model). */
    public void show(ElementId environment, boolean dark) {
        if (!Objects.equals(scope, environment)) {
            sensitivity.reset();
        }
        scope = environment;
        setDark(dark);
        refresh();
        if (!stage.isShowing()) {
            placeBeside(owner);
        }
        stage.show();
        stage.toFront();
    }

    /**
     * Puts the window beside the main window, not over its canvas, so that the chart can be watched following the
     * edits: in the free space to its right when there is enough; else the main window gives up the room (it
     * stays usable down to {@link #MAIN_MIN_WIDTH}); on a screen too small for both, at the screen's right edge.
     */
    private void placeBeside(Window main) {
        Rectangle2D screen = Screen.getScreensForRectangle(main.getX(), main.getY(), main.getWidth(), main.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (main instanceof Stage mainStage && mainStage.isMaximized()) {
            mainStage.setMaximized(false);
            main.setX(screen.getMinX());
            main.setY(screen.getMinY());
            main.setWidth(screen.getWidth());
            main.setHeight(screen.getHeight());
        }
        double free = screen.getMaxX() - (main.getX() + main.getWidth());
        if (free < MIN_WIDTH && screen.getWidth() - MIN_WIDTH >= MAIN_MIN_WIDTH) {
            double mainWidth = Math.min(main.getWidth(), screen.getWidth() - MIN_WIDTH);
            main.setX(screen.getMinX());
            main.setWidth(mainWidth);
            free = screen.getMaxX() - (main.getX() + mainWidth);
        }
        double width = Math.max(MIN_WIDTH, Math.min(free, 1400));
        stage.setX(Math.min(main.getX() + main.getWidth(), screen.getMaxX() - width));
        stage.setY(main.getY());
        stage.setWidth(width);
        stage.setHeight(main.getHeight());
    }

    public void setDark(boolean dark) {
        Themes.style(stage.getScene(), dark);
        chart.requestLayout();
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public CostIsolationChart chart() {
        return chart;
    }

    public ComparisonTableView table() {
        return table;
    }

    public SensitivityView sensitivity() {
        return sensitivity;
    }

    public AssumptionsView assumptions() {
        return assumptions;
    }

    /** The scope shown: an environment id, or null for the whole model. */
    public ElementId scope() {
        return scope;
    }

    /** Switches the scope (the scope buttons and the environment rows call this). */
    public void setScope(ElementId environment) {
        if (!Objects.equals(scope, environment)) {
            sensitivity.reset();
        }
        scope = environment;
        refresh();
    }

    /** Applies a column to the scope as one undoable step. */
    public void apply(OptionKey key) {
        Analysis latest = analysis.latest();
        if (latest == null) {
            return;
        }
        try {
            status.setText(ApplyPlacements.apply(document, latest, scope, key) + ". Undo with Ctrl+Z.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    // --- building -------------------------------------------------------------------------------------

    private Node header() {
        Label title = new Label("Compare options");
        title.getStyleClass().add("bh-window-title");
        title.setId("compare-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pricing.getItems().setAll(ReferenceData.PROFILE_IDS);
        pricing.setId("pricing-profile");
        pricing.setCellFactory(list -> new ProfileCell());
        pricing.setButtonCell(new ProfileCell());
        pricing.setTooltip(new javafx.scene.control.Tooltip());
        pricing.valueProperty().addListener((o, before, id) -> pricing.getTooltip().setText(id == null ? "" : "Pricing: "
                + profileName(id)));
        pricing.valueProperty().addListener((o, before, profile) -> {
            if (!updatingControls && profile != null && !profile.equals(document.snapshot().settings().pricingProfile())) {
                ModelSettings settings = document.snapshot().settings();
                document.edit("Use " + profileName(profile) + " pricing", tx -> tx.setSettings(settings.withPricingProfile(profile)));
            }
        });
        assumptionsToggle.setId("assumptions-toggle");
        operationsToggle.setId("operations-toggle");
        operationsToggle.setTooltip(new javafx.scene.control.Tooltip("Compare on infrastructure alone: costs an hour of "
                + "operations at zero (the assumption 'Operations hourly rate'); untick, or Ctrl+Z, to count them again"));
        operationsToggle.selectedProperty().addListener((o, was, leaveOut) -> {
            if (!updatingControls) {
                setAssumption(OperationsLeftOut.RATE, leaveOut ? 0.0 : null);
            }
        });
        Button applyRecommended = new Button("Apply recommended");
        applyRecommended.getStyleClass().add("bh-primary");
        applyRecommended.setId("apply-recommended");
        applyRecommended.setOnAction(e -> apply(OptionKey.RECOMMENDED));
        title.setMinWidth(Region.USE_PREF_SIZE);
        for (Region control : List.<Region>of(assumptionsToggle, operationsToggle, applyRecommended)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        pricing.setMinWidth(140);
        HBox top = new HBox(12, title, spacer, pricing, operationsToggle, assumptionsToggle, applyRecommended);
        top.setAlignment(Pos.CENTER_LEFT);
        Label scopeLabel = new Label("Scope");
        scopeLabel.getStyleClass().add("bh-muted");
        scopes.getChildren().add(scopeLabel);
        scopes.setAlignment(Pos.CENTER_LEFT);
        // The scope buttons get a row of their own, so that a narrow window never truncates the title or buttons.
        VBox header = new VBox(8, top, scopes);
        header.setPadding(new Insets(14, 22, 8, 22));
        return header;
    }

    private Node body() {
        Button png = new Button("Save PNG");
        png.setOnAction(e -> saveChart("png"));
        Button svg = new Button("Save SVG");
        svg.setOnAction(e -> saveChart("svg"));
        Label legend = new Label("Height: each option's worst tenant's margin, the score minus the requirement (0 to 4) on "
                + "the dimension where that tenant is least well served. On or above the dashed line (0) every tenant's "
                + "requirement is met; below it at least one tenant falls short, −2 meaning by two points. A mean score "
                + "would hide the tenant that fails, so the mean isolation score is in each point's tooltip and the table. "
                + "Points are labelled in whole currency units a month; the table has the cents. Hollow ring: the design "
                + "as modelled in the scenario shown. Red ring: fails at least one tenant's requirement. Green halo and ✓: "
                + "the cheapest option that meets every requirement. Grey line: the cheapest choice at each margin.");
        legend.setId("chart-caption");
        legend.getStyleClass().add("bh-muted");
        legend.setWrapText(true);
        recommendation.setWrapText(true);
        recommendation.getStyleClass().add("bh-recommendation");
        chart.setMinHeight(300);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label envTitle = new Label("Environments side by side");
        envTitle.getStyleClass().add("bh-subheading");
        chartPanel = panel(chartTitle, List.of(png, svg), chart, legend, recommendation, envTitle, environments);

        Button markdown = new Button("Copy Markdown");
        markdown.setOnAction(e -> copy(table.table().toMarkdown(), "Markdown"));
        Button csv = new Button("Copy CSV");
        csv.setOnAction(e -> copy(table.table().toCsv(), "CSV"));
        Label hint = new Label("Click any figure to see its formula and inputs.");
        hint.getStyleClass().add("bh-muted");
        tablePanel = panel(tableTitle, List.of(markdown, csv), table, hint);

        growthPanel = panel(growthTitle, List.of(), sensitivity);
        grid.setHgap(18);
        grid.setVgap(18);
        grid.setPadding(new Insets(4, 22, 12, 22));
        arrange(1560);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Chart and table side by side in a wide window, one above the other in a narrow one; growth below. */
    private void arrange(double width) {
        boolean wide = width >= SIDE_BY_SIDE_WIDTH;
        if (!grid.getChildren().isEmpty() && wide == (grid.getColumnConstraints().size() == 2)) {
            return;
        }
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        if (wide) {
            ColumnConstraints left = new ColumnConstraints();
            left.setPercentWidth(44);
            ColumnConstraints right = new ColumnConstraints();
            right.setPercentWidth(56);
            grid.getColumnConstraints().addAll(left, right);
            grid.add(chartPanel, 0, 0);
            grid.add(tablePanel, 1, 0);
            grid.add(growthPanel, 0, 1, 2, 1);
        } else {
            ColumnConstraints only = new ColumnConstraints();
            only.setPercentWidth(100);
            grid.getColumnConstraints().add(only);
            grid.add(chartPanel, 0, 0);
            grid.add(tablePanel, 0, 1);
            grid.add(growthPanel, 0, 2);
        }
    }

    private static VBox panel(Label title, List<Button> actions, Node... content) {
        title.getStyleClass().add("bh-title");
        title.setMinWidth(0);
        title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        for (Button action : actions) {
            action.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer);
        top.getChildren().addAll(actions);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(10, top);
        panel.getChildren().addAll(content);
        // A panel fits its grid column however narrow the window: long lines wrap or elide, nothing runs off.
        panel.setMinWidth(0);
        panel.getStyleClass().add("bh-compare-panel");
        return panel;
    }

    // --- updating -------------------------------------------------------------------------------------

    private void refresh() {
        Analysis latest = analysis.latest();
        if (latest == null) {
            return;
        }
        if (scope != null && latest.environment(scope).isEmpty()) {
            scope = null;
        }
        ScopeAnalysis shown = latest.scope(scope);
        String symbol = latest.pricing().symbol();
        updatingControls = true;
        try {
            pricing.setValue(latest.model().settings().pricingProfile());
            operationsToggle.setSelected(OperationsLeftOut.isOn(latest.model()));
            rebuildScopes(latest);
        } finally {
            updatingControls = false;
        }
        stage.setTitle("Compare options — " + latest.model().settings().name() + " — Bulkhead");
        chartTitle.setText("Cost versus isolation · " + shown.label());
        tableTitle.setText("Side by side · " + shown.label() + " · " + Counts.of(shown.tenantCount(), "tenant"));
        growthTitle.setText("How cost grows with the number of tenants · " + shown.label());
        NotPriced notPriced = NotPriced.of(latest, shown);
        chart.nameCurrentBy(latest.model().scenarios());
        chart.setData(shown, symbol, notPriced.options());
        table.show(shown, latest.model(), symbol, notPriced);
        environments.show(latest);
        recommendation.setText(RecommendationText.of(shown, symbol, notPriced));
        if (!Objects.equals(assumptionsShownFor, latest.model().settings())) {
            assumptionsShownFor = latest.model().settings();
            assumptions.show(latest, latest.model().settings().assumptionOverrides());
        }
        requestSensitivity(latest, shown);
    }

    /** The growth curve takes longer than the analysis, so it is computed on the worker; the newest request wins. */
    private void requestSensitivity(Analysis latest, ScopeAnalysis shown) {
        long request = ++sensitivityRequest;
        int max = GrowthCurves.maxTenants(shown.tenantCount());
        ElementId environment = shown.environment();
        Map<OptionKey, Double> today = new EnumMap<>(OptionKey.class);
        OptionKey.COMPARED.forEach(key -> today.put(key, shown.option(key).monthlyCost().doubleValue()));
        analysis.compute(() -> latest.sensitivity(environment, max), (SensitivityCurve curve) -> {
            if (request == sensitivityRequest) {
                sensitivity.show(curve, today, latest.pricing().symbol());
            }
        }, failure -> status.setText("Could not compute the growth curve: " + failure));
    }

    private void rebuildScopes(Analysis latest) {
        scopes.getChildren().remove(1, scopes.getChildren().size());
        scopeGroup.getToggles().clear();
        scopes.getChildren().add(scopeButton("Whole model", null));
        latest.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER)
                .forEach(env -> scopes.getChildren().add(scopeButton(env.name(), env.id())));
    }

    private ToggleButton scopeButton(String text, ElementId environment) {
        ToggleButton button = new ToggleButton(text);
        button.getStyleClass().add("bh-scope-button");
        button.setId("scope-" + (environment == null ? "whole" : environment.value()));
        button.setToggleGroup(scopeGroup);
        button.setSelected(Objects.equals(environment, scope));
        button.setOnAction(e -> setScope(environment));
        return button;
    }

    private void setAssumption(String key, Double value) {
        ModelSettings settings = document.snapshot().settings();
        String label = reference.assumptions().get(key).label();
        document.edit(value == null ? "Reset " + label : "Set " + label + " to " + dev.bulkhead.analysis.Money.number(value),
                tx -> tx.setSettings(settings.withAssumption(key, value)));
    }

    private void copy(String text, String format) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        status.setText("Copied the table as " + format);
    }

    private void saveChart(String extension) {
        String name = "cost-vs-isolation-" + currentScope().label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + "." + extension;
        Path file = dialogs.chooseFileToSave(stage, null, name, extension.toUpperCase(java.util.Locale.ROOT) + " image", extension);
        if (file == null) {
            return;
        }
        try {
            if (extension.equals("png")) {
                PngWriter.write(chart, file);
            } else {
                // The chart's own painter writes the file, so it holds exactly what the window shows, as real text.
                SvgSurface surface = new SvgSurface(Math.floor(chart.getWidth()), Math.floor(chart.getHeight()));
                surface.title(chartTitle.getText());
                chart.draw(surface, chart.theme());
                byte[] svg = surface.finish().getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(file, out -> out.write(svg));
            }
            status.setText("Saved " + file.getFileName());
        } catch (IOException e) {
            status.setText("Could not save " + file + ": " + e.getMessage());
        }
    }

    private ScopeAnalysis currentScope() {
        return analysis.latest().scope(scope);
    }

    private String symbol() {
        return analysis.latest().pricing().symbol();
    }

    private String profileName(String id) {
        return reference.profile(id).map(p -> p.name()).orElse(id);
    }

    /** Shows a profile by name rather than id. */
    private final class ProfileCell extends ListCell<String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : "Pricing: " + profileName(id) + reference.profile(id).map(p -> " (" + p.asOf() + ")").orElse(""));
        }
    }
}
