package dev.bulkhead.ui.export;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.export.diagram.DiagramExport.Format;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.persistence.AtomicFiles;
import dev.bulkhead.ui.fx.FileDialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Export Diagram…: the diagram as PNG (1×, 2×, 3×), SVG or PDF (its own page size, or A4 or Letter fitted
 * or tiled), of the whole model, one environment or the selection, in a light or dark export theme chosen apart
 * from the app's, with an optional legend and title block. The preview draws the file's own page plan (the same
 * picture, detail, rows and pages the writer gets), only scaled to the pane; the file is rendered and written off the
 * FX thread.
 */
public final class DiagramExportDialog {
    /** A scope the diagram can show. */
    public record Scope(String label, Set<ElementId> roots) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The preview's size when the dialog opens; it grows with the dialog. */
    static final double PREVIEW_WIDTH = 640;
    static final double PREVIEW_HEIGHT = 380;

    private final Stage stage = new Stage();
    private final Analysis analysis;
    private final FileDialogs dialogs;
    private final ComboBox<Format> format = new ComboBox<>();
    private final ComboBox<Scope> scope = new ComboBox<>();
    private final ComboBox<Integer> scale = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final ComboBox<String> page = new ComboBox<>();
    private final CheckBox landscape = new CheckBox("Landscape");
    private final CheckBox tile = new CheckBox("Tile across pages at full size");
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox titleBlock = new CheckBox("Title block (model, scope, date, pricing)");
    private final PagePreview preview = new PagePreview(PREVIEW_WIDTH, PREVIEW_HEIGHT);
    private final ComboBox<String> zoom = new ComboBox<>();
    private final Label size = new Label();
    private final Label status = new Label();
    private final Button save = new Button("Save…");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-diagram-export");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Works out the preview's page plan off the FX thread: on a model of 1,400 tenants that takes 0.3 to 0.6 s, and
     * the dialog froze at every change of an option. One thread: a request still queued when a newer one comes is
     * cancelled, and a result that is no longer the latest request's is dropped.
     */
    private final ExecutorService previewer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-diagram-preview");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> rendering;
    /** The latest preview request (FX thread only); a finished plan is shown only if it is this one's. */
    private long requested;
    private PagePlan plan;
    /** The options {@link #plan} was worked out for. */
    private DiagramExport.Options planned;
    private Path written;

    /**
     * @param selection the selected elements, offered as a scope when not empty
     * @param selectedEnvironment the environment of the selection, preselected as the scope, or null
     */
    public DiagramExportDialog(Window owner, Analysis analysis, FileDialogs dialogs, Set<ElementId> selection,
                               ElementId selectedEnvironment) {
        this.analysis = analysis;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export Diagram — Bulkhead");
        format.getItems().setAll(Format.values());
        format.setValue(Format.PNG);
        format.setId("diagram-format");
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope("Whole model", null));
        Scope preselected = scopes.get(0);
        for (Environment environment : analysis.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList()) {
            Scope s = new Scope("Environment " + environment.name(), Set.of(environment.id()));
            scopes.add(s);
            if (environment.id().equals(selectedEnvironment)) {
                preselected = s;
            }
        }
        if (selection != null && !selection.isEmpty()) {
            String label = DiagramExport.selectionLabel(analysis.model(), selection);
            scopes.add(new Scope(Character.toUpperCase(label.charAt(0)) + label.substring(1), Set.copyOf(selection)));
        }
        scope.getItems().setAll(scopes);
        scope.setValue(preselected);
        scope.setId("diagram-scope");
        scale.getItems().setAll(1, 2, 3);
        scale.setValue(2);
        scale.setId("diagram-scale");
        theme.getItems().setAll("Light", "Dark");
        theme.setValue("Light");
        theme.setId("diagram-theme");
        page.getItems().setAll("The drawing's size", "A4", "Letter");
        page.setValue("The drawing's size");
        page.setId("diagram-page");
        landscape.setId("diagram-landscape");
        tile.setId("diagram-tile");
        legend.setId("diagram-legend");
        titleBlock.setId("diagram-title");
        titleBlock.setSelected(true);
        zoom.getItems().setAll(PagePreview.ZOOMS);
        zoom.setValue("Fit");
        zoom.setId("diagram-zoom");
        size.setId("diagram-size");
        status.setId("diagram-status");
        save.setId("diagram-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        zoom.valueProperty().addListener((o, before, value) -> preview.show(plan, planned.dark(), value));
        for (var control : List.of(format, scope, scale, theme, page)) {
            control.valueProperty().addListener((o, before, value) -> update());
        }
        for (CheckBox box : List.of(landscape, tile, legend, titleBlock)) {
            box.selectedProperty().addListener((o, before, value) -> update());
        }

        GridPane options = new GridPane();
        options.setHgap(10);
        options.setVgap(8);
        options.addRow(0, new Label("Format"), format, new Label("Scope"), scope);
        options.addRow(1, new Label("PNG scale"), scale, new Label("Theme"), theme);
        options.addRow(2, new Label("PDF page"), page, landscape, tile);
        options.addRow(3, new Label("Add"), legend, titleBlock);
        options.addRow(4, new Label("Preview"), zoom);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, spacer, close, save);
        // Labels keep their whole text: a long selection scope widened the grid, and "PNG scale" was cut to "PNG sc…".
        for (var node : options.getChildren()) {
            if (node instanceof Label || node instanceof CheckBox) {
                ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        VBox root = new VBox(12, options, preview.node(), size, buttons);
        VBox.setVgrow(preview.node(), Priority.ALWAYS);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnHidden(e -> {
            worker.shutdownNow();
            previewer.shutdownNow();
        });
        // The first preview is there when the dialog opens; later changes of an option are worked out in the background.
        DiagramExport.Options first = options();
        enableOptions();
        shown(DiagramExport.pages(analysis, first), first);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The options as chosen. */
    public DiagramExport.Options options() {
        Scope chosen = scope.getValue();
        PageSpec spec = page.getValue().equals("A4") ? new PageSpec(PageSpec.Paper.A4, landscape.isSelected(), tile.isSelected())
                : page.getValue().equals("Letter") ? new PageSpec(PageSpec.Paper.LETTER, landscape.isSelected(), tile.isSelected())
                : PageSpec.PICTURE;
        return DiagramExport.Options.of(format.getValue()).withScope(chosen.roots(), titleLabel(chosen.label()))
                .withScale(scale.getValue()).withDark(theme.getValue().equals("Dark")).withPage(spec)
                .withLegend(legend.isSelected()).withTitleBlock(titleBlock.isSelected()).withDate(LocalDate.now());
    }

    /**
     * The scope as the title block names it: "Environment Prod" becomes "environment Prod", names keep their case
     * (the whole label lower-cased once printed "environment prod" for an environment called "Prod").
     */
    private static String titleLabel(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The picture the file will hold for the options as chosen (see {@link #pages}). */
    public DiagramPicture picture() {
        return pages().picture();
    }

    /**
     * The pages the file will hold for the options as chosen, as its writer gets them: the preview's, or, while the
     * preview of the latest change is still being worked out, worked out now.
     */
    public PagePlan pages() {
        DiagramExport.Options now = options();
        return now.equals(planned) ? plan : DiagramExport.pages(analysis, now);
    }

    /** Whether the preview is being worked out for a change of the options (it shows the previous one meanwhile). */
    public boolean rendering() {
        return requested != shownRequest;
    }

    /** Screen pixels per file pixel or point in the preview. */
    public double previewZoom() {
        return preview.zoom();
    }

    /** The last file written, or null. */
    public Path written() {
        return written;
    }

    private long shownRequest;

    private void update() {
        enableOptions();
        DiagramExport.Options options = options();
        long request = ++requested;
        if (rendering != null) {
            rendering.cancel(false); // a request not yet started is skipped; one under way finishes and is dropped
        }
        size.setText("Rendering preview…");
        preview.node().setOpacity(0.5);
        rendering = previewer.submit(() -> {
            try {
                PagePlan computed = DiagramExport.pages(analysis, options);
                Platform.runLater(() -> {
                    if (request == requested) {
                        shownRequest = request;
                        shown(computed, options);
                    }
                });
            } catch (RuntimeException e) {
                // Never "Rendering preview…" for ever: say why, and keep the previous preview.
                Platform.runLater(() -> {
                    if (request == requested) {
                        shownRequest = request;
                        preview.node().setOpacity(1);
                        size.setText("Could not render the preview: " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Which options apply to the chosen format and page. */
    private void enableOptions() {
        Format chosen = format.getValue();
        scale.setDisable(chosen != Format.PNG);
        page.setDisable(chosen != Format.PDF);
        boolean paper = chosen == Format.PDF && !page.getValue().equals("The drawing's size");
        landscape.setDisable(!paper);
        tile.setDisable(!paper);
    }

    /** Shows a worked-out plan in the preview, with the file's size. */
    private void shown(PagePlan computed, DiagramExport.Options options) {
        plan = computed;
        planned = options;
        Format chosen = options.format();
        boolean paper = chosen == Format.PDF && options.page().paper() != PageSpec.Paper.FIT_PICTURE;
        DiagramPicture picture = plan.picture();
        preview.node().setOpacity(1);
        preview.show(plan, options.dark(), zoom.getValue());
        int count = plan.pages().size();
        size.setText(switch (chosen) {
            case PNG -> (int) Math.ceil(picture.width() * options.scale()) + " × " + (int) Math.ceil(picture.height() * options.scale())
                    + " pixels";
            case SVG -> Math.round(picture.width()) + " × " + Math.round(picture.height()) + " (vector, text stays text)";
            case PDF -> "vector PDF, text stays selectable" + (paper ? ", " + paperName(options.page()) : "") + ", " + count
                    + (count == 1 ? " page" : " pages");
        });
    }

    private static String paperName(PageSpec spec) {
        return spec.paper() == PageSpec.Paper.A4 ? "A4" : "Letter";
    }

    private void save() {
        DiagramExport.Options options = options();
        String name = DiagramExport.fileName(analysis.model(), scopeElement(), options.format());
        String extension = options.format().extension();
        Path file = dialogs.chooseFileToSave(stage, null, name, extension.toUpperCase(Locale.ROOT) + " diagram", extension);
        if (file == null) {
            return;
        }
        save.setDisable(true);
        status.setText("Writing " + file.getFileName() + "…");
        worker.execute(() -> {
            String result;
            try {
                byte[] bytes = DiagramExport.render(analysis, options);
                AtomicFiles.write(file, out -> out.write(bytes));
                result = "Saved " + file.getFileName();
                written = file;
            } catch (Exception e) {
                result = "Could not save " + file + ": " + e.getMessage();
            }
            String text = result;
            Platform.runLater(() -> {
                status.setText(text);
                save.setDisable(false);
            });
        });
    }

    private Element scopeElement() {
        Set<ElementId> roots = scope.getValue().roots();
        return roots != null && roots.size() == 1 ? analysis.model().find(roots.iterator().next()).orElse(null) : null;
    }
}
