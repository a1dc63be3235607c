package dev.bulkhead.ui.app;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.Decorations;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.canvas.CanvasTheme;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.gesture.CanvasInput;
import dev.bulkhead.ui.compare.CompareStrip;
import dev.bulkhead.ui.compare.CompareWindow;
import dev.bulkhead.ui.export.DiagramExportDialog;
import dev.bulkhead.ui.export.ExportDialog;
import dev.bulkhead.ui.export.ReportExportDialog;
import dev.bulkhead.ui.fx.AnalysisService;
import dev.bulkhead.ui.fx.FileDialogs;
import dev.bulkhead.ui.fx.SplitShares;
import dev.bulkhead.ui.fx.Themes;
import dev.bulkhead.ui.inspector.FindingsView;
import dev.bulkhead.ui.inspector.InspectorView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * The main window: menu and toolbar, palette, canvas with the compare strip under it, inspector and findings,
 * status bar. It wires the parts together: every model change is analysed off the FX thread and the result
 * decorates the canvas and fills the strip, inspector, findings and status bar.
 */
public final class MainWindow implements AppActions.Host {
    /** The inspector and findings never get narrower than this. */
    static final double SIDE_MIN_WIDTH = 340;
    /** The canvas and strip never get narrower than this. */
    static final double CENTRE_MIN_WIDTH = 360;
    private final Stage stage;
    private final AppSettings settings;
    private final ReferenceData reference;
    private final DocumentSession session;
    private final CanvasView canvas;
    private final AnalysisService analysis;
    private final FileActions files;
    private final AppActions actions;
    private final CompareStrip strip;
    private final StatusBar status;
    private final InspectorView inspector;
    private final FindingsView findings;
    private final FileDialogs dialogs;
    private final Scene scene;
    private CompareWindow compareWindow;
    private final ScenarioWiring scenarios;
    private final dev.bulkhead.ui.notes.NotesLayer notes;
    private final dev.bulkhead.ui.find.FindBar findBar;
    private final dev.bulkhead.ui.lesson.LessonController lessons;
    private final dev.bulkhead.ui.present.PresentationMode presentation;
    private Stage storyEditorStage;
    /** Set once the user agreed to close (or had nothing to save): the recovery file is then no longer wanted. */
    private boolean closed;

    public MainWindow(Stage stage, AppSettings settings, FileDialogs dialogs, RecoveryStore recovery) {
        this.stage = stage;
        this.settings = settings;
        this.dialogs = dialogs;
        this.reference = ReferenceData.bundled();
        this.session = new DocumentSession(recovery);
        this.analysis = new AnalysisService(new Analyzer(reference));
        this.canvas = new CanvasView(session.document(), CanvasTheme.of(settings.darkTheme));
        CanvasInput.attach(canvas);
        canvas.snapToGridProperty().set(settings.snapToGrid);
        canvas.showOverviewProperty().set(settings.showOverview);
        this.status = new StatusBar(session, canvas);
        this.files = new FileActions(session, settings, dialogs, () -> stage, status::say);
        this.actions = new AppActions(this);
        this.strip = new CompareStrip(this::openCompare);
        this.inspector = new InspectorView(session.document(), canvas.selection(), canvas.edits(), reference,
                analysis.latestProperty());
        this.findings = new FindingsView(analysis.latestProperty(), this::reveal);
        this.scenarios = new ScenarioWiring(session.document(), canvas, reference, () -> stage, status::say);
        this.findBar = new dev.bulkhead.ui.find.FindBar(canvas);
        this.lessons = new dev.bulkhead.ui.lesson.LessonController(session.document(), analysis.latestProperty(),
                dev.bulkhead.lesson.LessonCatalog.bundled(), dev.bulkhead.lesson.FinishedLessons.forUser(), model -> {
                    if (!files.confirmDiscard("starting a lesson")) {
                        return false;
                    }
                    session.load(model, null, false);
                    return true;
                }, status::say, ids -> {
                    // Lay out now, so that the opened model's first view (fitted at a readable zoom) comes before the reveal.
                    if (stage.getScene() != null) {
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                    }
                    revealForLesson(ids);
                });
        this.presentation = new dev.bulkhead.ui.present.PresentationMode(session.document(), canvas, strip, analysis, reference,
                actions::environmentOfSelection, status::say);
        this.notes = new dev.bulkhead.ui.notes.NotesLayer(canvas);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("bh-main");
        javafx.scene.control.MenuBar menus = actions.menuBar();
        menus.getMenus().add(menus.getMenus().size() - 1, scenarios.controls().menu());
        javafx.scene.control.MenuItem find = new javafx.scene.control.MenuItem("Find…");
        find.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> findBar.open());
        javafx.scene.control.MenuItem addNote = new javafx.scene.control.MenuItem("Add Note");
        addNote.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+N"));
        addNote.setOnAction(e -> notes.addNoteInView());
        menus.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().ifPresent(m -> m.getItems().addAll(find, addNote));
        menus.getMenus().stream().filter(m -> m.getText().equals("Help")).findFirst()
                .ifPresent(m -> m.getItems().addAll(0, List.of(lessons.menu(), new javafx.scene.control.SeparatorMenuItem())));
        menus.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst()
                .ifPresent(m -> m.getItems().addAll(0, PresentationMenu.items(this)));
        root.setTop(new VBox(menus, toolbar()));
        root.setLeft(new PaletteView(canvas, notes::addNoteInView));
        javafx.scene.layout.StackPane canvasWithMarks = new javafx.scene.layout.StackPane(canvas, notes, scenarios.marks(),
                presentation.overlay(), findBar);
        javafx.scene.layout.StackPane.setAlignment(findBar, javafx.geometry.Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(findBar, new javafx.geometry.Insets(12, 28, 0, 0));
        // The lesson sits beside the canvas, not over it, so the learner edits while reading.
        HBox canvasAndLesson = new HBox(canvasWithMarks, lessons.panel());
        HBox.setHgrow(canvasWithMarks, Priority.ALWAYS);
        VBox centre = new VBox(presentation.overlay().captions(), canvasAndLesson, presentation.compareArea(), strip,
                presentation.whatIfBar());
        VBox.setVgrow(canvasAndLesson, Priority.ALWAYS);
        VBox.setVgrow(presentation.compareArea(), Priority.ALWAYS);
        centre.setMinWidth(CENTRE_MIN_WIDTH);
        SplitPane side = new SplitPane(inspector, findings);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.72);
        side.getStyleClass().addAll("bh-side-panel", "right");
        // The inspector needs room for its longest label and a readable editor; below that it would wrap words
        // letter by letter. Both panels keep their share as the window is resized, within their minimums.
        side.setMinWidth(SIDE_MIN_WIDTH);
        SplitPane body = new SplitPane(centre, side);
        body.setDividerPositions(0.75);
        body.setId("main-split");
        SplitShares.keep(body);
        SplitShares.keep(side);
        root.setCenter(body);
        root.setBottom(status);
        presentation.attach(stage, root, body, side, canvasAndLesson);
        presentation.framingWithoutStory(lessons::frameStep);

        scene = new Scene(root, settings.windowWidth, settings.windowHeight);
        Themes.style(scene, settings.darkTheme);
        actions.installExtraAccelerators(scene);
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(session.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!close()) {
                e.consume();
            }
        });
        // However the window goes away (its close button, File > Exit, or hidden by code without asking, as a test's
        // clean-up hides every window), its background work stops: the autosave and analysis threads are GC roots, and
        // what they hold reaches the whole window, its scene and its canvas pixels, for as long as the JVM runs.
        stage.setOnHidden(e -> {
            if (!closed) {
                // Gone without the user choosing: unsaved changes stay recoverable, as after a crash.
                session.writeRecoveryNow();
            }
            stopBackgroundWork();
        });
        canvas.setOnContextMenuRequested(e -> {
            javafx.scene.control.ContextMenu menu = actions.canvasMenu();
            javafx.scene.control.MenuItem noteHere = new javafx.scene.control.MenuItem("Add Note Here");
            noteHere.setId("add-note-here");
            double x = canvas.viewport().toCanvasX(e.getX());
            double y = canvas.viewport().toCanvasY(e.getY());
            noteHere.setOnAction(a -> notes.addNoteAt(x, y));
            menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), noteHere);
            menu.show(canvas, e.getScreenX(), e.getScreenY());
        });

        session.document().addListener(event -> {
            if (event instanceof ModelEvent.Replaced) {
                analysis.submitAfterNextFrame(session.document().snapshot()); // an opened model shows first
            } else {
                analysis.submit(session.document().snapshot());
            }
        });
        analysis.latestProperty().addListener((o, before, latest) -> showAnalysis(latest));
        analysis.failureProperty().addListener((o, before, failure) -> {
            if (!failure.isEmpty()) {
                status.say(failure);
            }
        });
        canvas.selection().addListener(ids -> {
            if (analysis.latest() != null) {
                presentation.showAnalysis(analysis.latest(), false);
            }
        });
        analysis.submit(session.document().snapshot());
    }

    // --- for the app and tests --------------------------------------------------------------------------

    public Stage stage() {
        return stage;
    }

    /** Help > Lessons and the lesson panel. */
    public dev.bulkhead.ui.lesson.LessonController lessons() {
        return lessons;
    }

    /** The Scenario menu and selector. */
    public dev.bulkhead.ui.scenario.ScenarioControls scenarioControls() {
        return scenarios.controls();
    }

    @Override
    public DocumentSession session() {
        return session;
    }

    @Override
    public FileActions files() {
        return files;
    }

    @Override
    public CanvasView canvas() {
        return canvas;
    }

    @Override
    public AppSettings settings() {
        return settings;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public FindingsView findings() {
        return findings;
    }

    public CompareStrip strip() {
        return strip;
    }

    /** The story editor's window, once opened (View > Story Steps…). */
    public Stage storyEditorStage() {
        return storyEditorStage;
    }

    void setStoryEditorStage(Stage editor) {
        storyEditorStage = editor;
    }

    /** Says something in the status bar. */
    void say(String text) {
        status.say(text);
    }

    /** Presentation mode (View > Presentation, F11). */
    public dev.bulkhead.ui.present.PresentationMode presentation() {
        return presentation;
    }

    /** The compare window, once opened. */
    /** The canvas notes' layer. */
    public dev.bulkhead.ui.notes.NotesLayer notes() {
        return notes;
    }

    public CompareWindow compareWindow() {
        return compareWindow;
    }

    /** Restores the remembered window placement, then shows the window. */
    public void show() {
        if (!Double.isNaN(settings.windowX) && !Double.isNaN(settings.windowY)) {
            stage.setX(settings.windowX);
            stage.setY(settings.windowY);
        }
        stage.setMaximized(settings.maximized);
        stage.show();
        canvas.requestFocus();
    }

    // --- AppActions.Host ------------------------------------------------------------------------------

    @Override
    public void openCompare(ElementId environment) {
        if (compareWindow == null) {
            compareWindow = new CompareWindow(stage, session.document(), analysis, reference, dialogs);
        }
        compareWindow.show(environment, settings.darkTheme);
    }

    @Override
    public void exportKubernetes() {
        Analysis latest = analysis.latest();
        if (latest == null || latest.model() != session.document().snapshot()) {
            status.say("The analysis is still running; try again in a moment");
            return;
        }
        Path last = settings.lastExportDirectory == null ? null : Path.of(settings.lastExportDirectory);
        new ExportDialog(stage, latest, dialogs, last, folder -> {
            settings.lastExportDirectory = folder.toString();
            settings.save();
        }, actions.environmentOfSelection()).showAndWait();
    }

    @Override
    public void exportDiagram() {
        Analysis latest = currentAnalysis();
        if (latest != null) {
            new DiagramExportDialog(stage, latest, dialogs, java.util.Set.copyOf(canvas.selection().selected()),
                    actions.environmentOfSelection()).show();
        }
    }

    @Override
    public void exportReport() {
        Analysis latest = currentAnalysis();
        if (latest != null) {
            new ReportExportDialog(stage, latest, session.file(), dialogs, actions.environmentOfSelection()).show();
        }
    }

    /** Prints the diagram fitted to the printer's page as the PDF export fits it to paper (see {@link DiagramPrint}). */
    @Override
    public void print() {
        Analysis latest = currentAnalysis();
        if (latest == null) {
            return;
        }
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            status.say("No printer is set up on this computer; export the diagram as PDF instead (File > Export > Diagram…)");
            return;
        }
        if (!job.showPrintDialog(stage)) {
            job.cancelJob();
            return;
        }
        javafx.print.PageLayout layout = job.getJobSettings().getPageLayout();
        javafx.scene.canvas.Canvas page = DiagramPrint.page(DiagramPrint.plan(latest, layout.getPrintableWidth(), layout.getPrintableHeight()));
        boolean printed = job.printPage(page) && job.endJob();
        status.say(printed ? "Sent the diagram to the printer" : "Printing failed: " + job.getJobStatus());
    }

    /** The analysis of the model as it is now, or null (and a word in the status bar) while it is still running. */
    private Analysis currentAnalysis() {
        Analysis latest = analysis.latest();
        if (latest == null || latest.model() != session.document().snapshot()) {
            status.say("The analysis is still running; try again in a moment");
            return null;
        }
        return latest;
    }

    @Override
    public void setDarkTheme(boolean dark) {
        settings.darkTheme = dark;
        Themes.applyBase(dark);
        Themes.style(scene, dark);
        canvas.setTheme(CanvasTheme.of(dark));
        if (compareWindow != null) {
            compareWindow.setDark(dark);
        }
        settings.save();
    }

    @Override
    public void showShortcuts() {
        Prompts.info(stage, "Keyboard shortcuts", Shortcuts.table());
    }

    @Override
    public void showAbout() {
        Prompts.info(stage, "Bulkhead", "Models tenants, clusters and AI agents on Kubernetes and compares namespace, "
                + "vCluster and dedicated-cluster isolation by cost and isolation. Every number comes from the bundled "
                + "pricing profiles and assumptions, each with its source (see the compare view).");
    }

    @Override
    public void exit() {
        if (close()) {
            stage.close();
        }
    }

    /**
     * Asks about unsaved changes, then remembers the window and stops background work.
     *
     * @return whether the window may close
     */
    public boolean close() {
        // Leaving first takes back the story's scenario switches and the full-screen size, which must not be remembered.
        presentation.leave();
        if (!files.confirmDiscard("closing")) {
            return false;
        }
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.windowX = stage.getX();
            settings.windowY = stage.getY();
            settings.windowWidth = stage.getWidth();
            settings.windowHeight = stage.getHeight();
        }
        settings.snapToGrid = canvas.snapToGridProperty().get();
        settings.showOverview = canvas.showOverviewProperty().get();
        settings.save();
        session.discardRecovery();
        closed = true;
        stopBackgroundWork();
        return true;
    }

    /** Stops the autosave, the analyses, the canvas followers and the side windows; a second call does nothing new. */
    private void stopBackgroundWork() {
        session.close();
        analysis.close();
        scenarios.close();
        notes.close();
        if (compareWindow != null) {
            compareWindow.close();
        }
    }

    // --- internals ------------------------------------------------------------------------------------

    private HBox toolbar() {
        ToggleGroup tools = new ToggleGroup();
        ToggleButton select = ActionUtils.createToggleButton(actions.selectTool);
        ToggleButton connect = ActionUtils.createToggleButton(actions.connectTool);
        select.setToggleGroup(tools);
        connect.setToggleGroup(tools);
        select.setSelected(true);
        connect.setId("tool-connect");
        canvas.toolProperty().addListener((o, before, tool) -> (tool == CanvasView.Tool.CONNECT ? connect : select).setSelected(true));
        tools.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            }
        });
        Button zoomLevel = new Button();
        zoomLevel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Math.round(canvas.viewport().scale() * 100) + "%", canvas.viewport().scaleProperty()));
        zoomLevel.setOnAction(e -> canvas.zoomToActualSize());
        zoomLevel.setId("zoom-level");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button compare = button(actions.compare, "Compare options");
        compare.getStyleClass().add("bh-primary");
        compare.setId("compare-button");
        HBox bar = new HBox(button(actions.newModel, "New"), button(actions.open, "Open"), button(actions.save, "Save"),
                separator(), button(actions.undo, "Undo"), button(actions.redo, "Redo"), separator(), select, connect,
                separator(), button(actions.zoomOut, "−"), zoomLevel, button(actions.zoomIn, "+"), button(actions.fit, "Fit"),
                separator(), scenarios.controls().selector(), spacer, compare, button(actions.exportKubernetes, "Export…"));
        bar.getStyleClass().add("bh-toolbar");
        return bar;
    }

    /** A toolbar button for an action, with a short label (the menu shows the long one and the shortcut). */
    private static Button button(Action action, String shortText) {
        Button button = ActionUtils.createButton(action, ActionUtils.ActionTextBehavior.HIDE);
        button.setText(shortText);
        // ActionUtils binds the tooltip to the action's long text; ours names the step and the shortcut instead.
        button.tooltipProperty().unbind();
        button.setTooltip(new javafx.scene.control.Tooltip(action.getText()
                + (action.getAccelerator() == null ? "" : "  (" + action.getAccelerator().getDisplayText() + ")")));
        action.textProperty().addListener((o, before, text) -> button.getTooltip().setText(text));
        return button;
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("bh-toolbar-separator");
        return separator;
    }

    private void showAnalysis(Analysis latest) {
        canvas.setDecorations(Decorations.of(latest));
        status.show(latest);
        presentation.showAnalysis(latest, false);
    }

    /** Selects an element and scrolls it into view (from a finding). */
    /**
     * A lesson step's elements in view (see LessonStep.inView): presenting, where every name is drawn at reading size
     * at any zoom, the whole of the lesson's small model above the legend and the overview, so that no box runs under
     * them (review 14e: a step about dev alone left prod's boxes under the legend); else the first, the first task's,
     * at a zoom where names read.
     */
    private void revealForLesson(List<ElementId> ids) {
        if (!presentation.isOn()) {
            canvas.reveal(ids.get(0));
            return;
        }
        dev.bulkhead.model.Geometry all = canvas.scene().contentBounds();
        if (all == null || canvas.getWidth() <= 0) {
            return;
        }
        canvas.viewport().fit(all.x(), all.y(), all.width(), all.height(), canvas.getWidth(), heightAboveBottomPanels());
        canvas.redraw();
    }

    /**
     * The canvas's height above the legend and the overview, which sit along its bottom edge: boxes fitted into the
     * whole height ran under them (review 14d). The whole height when the panels would leave less than half.
     */
    private double heightAboveBottomPanels() {
        double clear = canvas.getHeight();
        for (javafx.geometry.Bounds panel : canvas.coveringPanels()) {
            if (panel.getHeight() < canvas.getHeight() / 2) { // not the vertical scroll bar
                clear = Math.min(clear, panel.getMinY());
            }
        }
        return clear >= canvas.getHeight() / 2 ? clear : canvas.getHeight();
    }

    private void reveal(ElementId id) {
        if (session.document().snapshot().find(id).isPresent()) {
            canvas.selection().select(id);
            canvas.reveal(id);
            canvas.requestFocus();
        }
    }

    /** Dropping a model file on the window opens it. */
    private void acceptDroppedFiles(Scene target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().getFiles();
            boolean accepted = dropped != null && dropped.size() == 1;
            e.setDropCompleted(accepted);
            e.consume();
            if (accepted) {
                Path file = dropped.get(0).toPath();
                javafx.application.Platform.runLater(() -> files.open(file));
            }
        });
    }

    /** Opens what the app was started with, or what a crashed session left, or an empty model. */
    public void openInitial(List<String> arguments, RecoveryStore recovery) {
        if (files.offerRecovery(recovery)) {
            return;
        }
        if (!arguments.isEmpty()) {
            files.open(Path.of(arguments.get(0)));
        }
    }
}
