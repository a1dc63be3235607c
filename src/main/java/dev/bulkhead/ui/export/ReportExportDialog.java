package dev.bulkhead.ui.export;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.export.report.ReportFiles;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.persistence.AtomicFiles;
import dev.bulkhead.ui.fx.FileDialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Export Report…: the proposal report (the same as {@code bulkhead report}) as PDF, Markdown or a
 * self-contained HTML file, of the whole model or one environment, written off the FX thread.
 */
public final class ReportExportDialog {
    /** Report formats, by file extension. */
    public enum Kind {
        PDF(ReportFiles.Format.PDF, "PDF"), MARKDOWN(ReportFiles.Format.MARKDOWN, "Markdown"), HTML(ReportFiles.Format.HTML, "HTML (one self-contained file)");

        final ReportFiles.Format format;
        final String extension;
        final String label;

        Kind(ReportFiles.Format format, String label) {
            this.format = format;
            this.extension = format.extension();
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Stage stage = new Stage();
    private final Analysis analysis;
    private final FileDialogs dialogs;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final ComboBox<DiagramExportDialog.Scope> scope = new ComboBox<>();
    /** The preferences node where the dialog remembers who prepares reports; tests pass a node of their own. */
    public static final String NODE = "dev/bulkhead/report";
    private static final String AUTHOR = "author";
    private final Preferences settings;
    private final TextField author = new TextField();
    private final Label status = new Label();
    private final Button save = new Button("Save…");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-report");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Path written;
    /**
     * How the report names the model's file (in its export command and its last line): the open document's file
     * name, as the CLI's report names its argument, never one made up from the model's name.
     */
    private final String source;
    /** What the report names the model by when it was never saved: clearly not a file, and says what to do. */
    public static final String UNSAVED_SOURCE = "<model file: save the model first>";

    /** @param modelFile the open document's file, or null when the model was never saved */
    public ReportExportDialog(Window owner, Analysis analysis, Path modelFile, FileDialogs dialogs, ElementId selectedEnvironment) {
        this(owner, analysis, modelFile, dialogs, selectedEnvironment, Preferences.userRoot().node(NODE));
    }

    public ReportExportDialog(Window owner, Analysis analysis, Path modelFile, FileDialogs dialogs, ElementId selectedEnvironment,
                              Preferences settings) {
        this.analysis = analysis;
        this.source = modelFile == null ? UNSAVED_SOURCE : modelFile.getFileName().toString();
        this.settings = settings;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export Report — Bulkhead");
        kind.getItems().setAll(Kind.values());
        kind.setValue(Kind.PDF);
        kind.setId("report-kind");
        List<DiagramExportDialog.Scope> scopes = new ArrayList<>();
        scopes.add(new DiagramExportDialog.Scope("Whole model", null));
        DiagramExportDialog.Scope preselected = scopes.get(0);
        for (Environment environment : analysis.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList()) {
            DiagramExportDialog.Scope s = new DiagramExportDialog.Scope("Environment " + environment.name(), java.util.Set.of(environment.id()));
            scopes.add(s);
            if (environment.id().equals(selectedEnvironment)) {
                preselected = s;
            }
        }
        scope.getItems().setAll(scopes);
        scope.setValue(preselected);
        scope.setId("report-scope");
        author.setId("report-author");
        // The name typed last time, never the operating system's account name (which reads "root" on a server).
        author.setText(settings.get(AUTHOR, ""));
        author.setPromptText("your name (left out when empty)");
        status.setId("report-status");
        save.setId("report-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Format"), kind);
        form.addRow(1, new Label("Scope"), scope);
        form.addRow(2, new Label("Prepared by"), author);
        Label note = new Label("Title page, diagram, cost versus isolation, side-by-side table, each tenant's placement and why, "
                + "totals per environment, growth and crossovers, assumptions with sources, findings, and what an export would write. "
                + "A Markdown report writes its diagram and charts as SVG files beside it, named after it; a report whose appendix "
                + "lists only a long category's first cost lines writes them all beside it as NAME-cost-lines.csv, and one "
                + "that lists only the first of many blocked connection ends writes each beside it as NAME-blocked-flows.csv.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(12, form, note, new HBox(8, status, spacer, close, save));
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnHidden(e -> worker.shutdownNow());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The last report written, or null. */
    public Path written() {
        return written;
    }

    private void rememberAuthor(String by) {
        if (by.isEmpty()) {
            settings.remove(AUTHOR);
        } else {
            settings.put(AUTHOR, by);
        }
        try {
            settings.flush();
        } catch (BackingStoreException e) {
            // Forgetting the name costs one retype next time: not worth an error dialog.
            System.err.println("bulkhead: could not remember the report's author: " + e.getMessage());
        }
    }

    private void save() {
        Kind chosen = kind.getValue();
        String base = analysis.model().settings().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        Path file = dialogs.chooseFileToSave(stage, null, (base.isEmpty() ? "model" : base) + "-proposal." + chosen.extension,
                chosen.label + " report", chosen.extension);
        if (file == null) {
            return;
        }
        java.util.Set<ElementId> roots = scope.getValue().roots();
        Environment environment = roots == null ? null : analysis.model().get(roots.iterator().next(), Environment.class);
        String by = author.getText().strip();
        rememberAuthor(by);
        save.setDisable(true);
        status.setText("Writing " + file.getFileName() + "…");
        worker.execute(() -> {
            String result;
            try {
                ProposalReport report = ProposalReport.of(analysis, environment, by, LocalDate.now());
                AtomicFiles.writeAll(file.toAbsolutePath().getParent(),
                        ReportFiles.of(report, source, file.getFileName().toString(), chosen.format));
                written = file;
                result = "Saved " + file.getFileName();
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
}
