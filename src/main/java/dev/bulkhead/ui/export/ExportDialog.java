package dev.bulkhead.ui.export;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportWriter;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.LayoutChoice;
import dev.bulkhead.export.TenantsMode;
import dev.bulkhead.export.terraform.LayoutAdvice;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.ui.fx.FileDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Export to Kubernetes manifests: choose the option (or the recommended mix), an environment or all, and a
 * folder; the files that would be written are previewed as a tree, each file's content beside it. Generating
 * and writing run off the FX thread with a progress bar, and nothing is written outside the chosen folder
 * (the writer checks every path) nor over a folder that is not an earlier export unless asked.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final Analysis analysis;
    private final FileDialogs dialogs;
    private final java.util.function.Consumer<Path> rememberFolder;
    private final ComboBox<ExportTarget> target = new ComboBox<>();
    private final ComboBox<ExportChoice> option = new ComboBox<>();
    private final ComboBox<LayoutChoice> terraformLayout = new ComboBox<>();
    private final ComboBox<TenantsMode> tenants = new ComboBox<>();
    /** The layout Terraform will get and why (Bulkhead's advice or the model's preference). */
    private final Label layoutReason = new Label();
    private final HBox terraformRow = new HBox(8, new Label("Layout"), terraformLayout, new Label("Tenants"), tenants);
    private final ComboBox<ElementId> environment = new ComboBox<>();
    private final TextField folder = new TextField();
    private final CheckBox replace = new CheckBox("Update an earlier Bulkhead export in this folder (other files stay)");
    private final CheckBox platform = new CheckBox("Use vCluster Platform features (licensed: embedded etcd, private nodes)");
    private final CheckBox cilium = new CheckBox("Name hosts with Cilium FQDN policies (the cluster runs Cilium)");
    private final TreeView<String> tree = new TreeView<>();
    private final TextArea preview = new TextArea();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-export");
        thread.setDaemon(true);
        return thread;
    });
    private ExportBundle bundle;
    private long generation;

    /**
     * @param lastFolder     the folder of the previous export, or null
     * @param rememberFolder told the folder after a successful export
     */
    public ExportDialog(Window owner, Analysis analysis, FileDialogs dialogs, Path lastFolder,
                        java.util.function.Consumer<Path> rememberFolder, ElementId selectedEnvironment) {
        this.analysis = analysis;
        this.dialogs = dialogs;
        this.rememberFolder = rememberFolder;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export — Bulkhead");
        target.getItems().setAll(ExportTarget.values());
        target.setValue(ExportTarget.K8S);
        target.setConverter(new LabelConverter<>(ExportTarget::label, ExportTarget.values()));
        target.setId("export-target");
        terraformLayout.getItems().setAll(LayoutChoice.values());
        terraformLayout.setValue(LayoutChoice.RECOMMENDED);
        terraformLayout.setConverter(new LabelConverter<>(LayoutChoice::cliName, LayoutChoice.values()));
        terraformLayout.setId("export-layout");
        tenants.getItems().setAll(TenantsMode.values());
        tenants.setValue(TenantsMode.TERRAFORM);
        tenants.setConverter(new LabelConverter<>(TenantsMode::cliName, TenantsMode.values()));
        tenants.setId("export-tenants");
        layoutReason.setId("export-layout-reason");
        layoutReason.setWrapText(true);
        option.getItems().setAll(ExportChoice.values());
        option.setValue(ExportChoice.defaultFor(analysis.model()));
        option.setCellFactory(list -> new ChoiceCell());
        option.setButtonCell(new ChoiceCell());
        option.setId("export-option");
        List<ElementId> environments = new ArrayList<>();
        environments.add(null);
        analysis.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).forEach(e -> environments.add(e.id()));
        environment.getItems().setAll(environments);
        environment.setCellFactory(list -> new EnvironmentCell());
        environment.setButtonCell(new EnvironmentCell());
        environment.setValue(environments.contains(selectedEnvironment) ? selectedEnvironment : null);
        environment.setId("export-environment");
        folder.setId("export-folder");
        folder.setPromptText("an empty folder, or an earlier export");
        if (lastFolder != null) {
            folder.setText(lastFolder.toString());
        }
        folder.textProperty().addListener((o, before, text) -> updateButton());
        replace.setId("export-replace");
        platform.setId("export-platform");
        cilium.setId("export-cilium");
        preview.setEditable(false);
        preview.getStyleClass().add("bh-code");
        preview.setId("export-preview");
        tree.setId("export-tree");
        tree.setShowRoot(false);
        tree.getSelectionModel().selectedItemProperty().addListener((o, before, item) -> showFile(item));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("export-progress");
        status.setId("export-status");
        status.setWrapText(true);
        option.valueProperty().addListener((o, before, now) -> regenerate());
        target.valueProperty().addListener((o, before, now) -> regenerate());
        terraformLayout.valueProperty().addListener((o, before, now) -> regenerate());
        tenants.valueProperty().addListener((o, before, now) -> regenerate());
        environment.valueProperty().addListener((o, before, now) -> regenerate());
        platform.selectedProperty().addListener((o, before, now) -> regenerate());
        cilium.selectedProperty().addListener((o, before, now) -> regenerate());
        stage.setScene(new Scene(layout(), 1120, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnHidden(e -> worker.shutdownNow());
        regenerate();
    }

    public void showAndWait() {
        stage.showAndWait();
    }

    /** Shows the dialog without waiting (tests drive it while it is open). */
    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The files the export would write, by path (empty until generated). */
    public Map<String, String> previewedFiles() {
        Map<String, String> texts = new java.util.TreeMap<>();
        if (bundle != null) {
            bundle.files().forEach((path, file) -> texts.put(path, file.text()));
        }
        return texts;
    }

    private BorderPane layout() {
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            Path start = folder.getText().isBlank() ? null : Path.of(folder.getText()).getParent();
            Path chosen = dialogs.chooseFolder(stage, start, "Export into");
            if (chosen != null) {
                folder.setText(chosen.toString());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Export"), target);
        form.addRow(1, new Label("Option"), option);
        form.addRow(2, new Label("Environment"), environment);
        form.add(platform, 1, 5);
        form.add(cilium, 1, 6);
        form.add(terraformRow, 1, 7);
        form.add(layoutReason, 1, 8);
        terraformRow.setAlignment(Pos.CENTER_LEFT);
        HBox folderRow = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        form.addRow(3, new Label("Folder"), folderRow);
        form.add(replace, 1, 4);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        option.setMaxWidth(Double.MAX_VALUE);
        environment.setMaxWidth(Double.MAX_VALUE);
        SplitPane previewPane = new SplitPane(tree, preview);
        previewPane.setDividerPositions(0.36);
        VBox.setVgrow(previewPane, Priority.ALWAYS);
        Label previewTitle = new Label("Files to be written");
        previewTitle.getStyleClass().add("bh-subheading");
        VBox centre = new VBox(10, form, previewTitle, previewPane);
        centre.setPadding(new Insets(16));
        export.getStyleClass().add("bh-primary");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.setOnAction(e -> write());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, close, export);
        VBox bottom = new VBox(8, progress, status, buttons);
        bottom.setPadding(new Insets(0, 16, 16, 16));
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(centre);
        root.setBottom(bottom);
        root.getStyleClass().add("bh-dialog");
        return root;
    }

    /** Builds the export for the chosen option and scope in the background and shows its file tree. */
    private void regenerate() {
        long request = ++generation;
        bundle = null;
        updateButton();
        ExportSettings settings = ExportSettings.of(option.getValue()).forEnvironment(environment.getValue())
                .withEdition(platform.isSelected() ? VClusterEdition.PLATFORM : VClusterEdition.OPEN_SOURCE)
                .withPolicies(cilium.isSelected() ? PolicyFlavour.CILIUM : PolicyFlavour.KUBERNETES)
                .withLayout(terraformLayout.getValue()).withTenants(tenants.getValue());
        ExportTarget chosen = target.getValue();
        boolean terraform = chosen == ExportTarget.TERRAFORM;
        terraformRow.setVisible(terraform);
        terraformRow.setManaged(terraform);
        layoutReason.setVisible(terraform);
        layoutReason.setManaged(terraform);
        if (terraform) {
            List<Environment> scope = analysis.model().all(Environment.class).stream()
                    .filter(e -> environment.getValue() == null || e.id().equals(environment.getValue())).toList();
            LayoutAdvice advice = LayoutAdvice.of(analysis.model(), scope, terraformLayout.getValue());
            layoutReason.setText("Layout: " + advice.layout().name().toLowerCase(java.util.Locale.ROOT) + ", because "
                    + advice.reason());
        }
        Task<ExportBundle> task = new Task<>() {
            @Override
            protected ExportBundle call() throws ExportException {
                return chosen.exporter().export(analysis, settings, done -> { });
            }
        };
        // The bar measures writing, which has not started: while the preview is generated it only says "busy".
        progress.progressProperty().unbind();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.setText("Generating the " + chosen.label().toLowerCase(java.util.Locale.ROOT) + "…");
        task.setOnSucceeded(e -> {
            if (request == generation) {
                progress.setProgress(0);
                bundle = task.getValue();
                showTree(bundle);
                status.setText(bundle.files().size() + " files" + (bundle.notes().isEmpty() ? "" : ". " + String.join(" ", bundle.notes())));
                updateButton();
            }
        });
        task.setOnFailed(e -> {
            if (request == generation) {
                progress.setProgress(0);
                status.setText(task.getException().getMessage());
            }
        });
        worker.execute(task);
    }

    private void write() {
        if (bundle == null || folder.getText().isBlank()) {
            return;
        }
        Path target = Path.of(folder.getText().strip());
        if (!replace.isSelected() && isNonEmptyFolder(target)) {
            status.setText(target + " is not empty. Choose an empty folder, or tick \"" + replace.getText() + "\" to update an earlier export.");
            return;
        }
        ExportBundle writing = bundle;
        boolean force = replace.isSelected();
        Task<ExportWriter.Result> task = new Task<>() {
            @Override
            protected ExportWriter.Result call() throws ExportException {
                return ExportWriter.write(writing, target, force, done -> updateProgress(done, 1));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        export.setDisable(true);
        status.setText("Writing " + writing.files().size() + " files…");
        task.setOnSucceeded(e -> {
            ExportWriter.Result result = task.getValue();
            status.setText("Wrote " + writing.files().size() + " files to " + target.toAbsolutePath()
                    + (result.removed().isEmpty() ? "" : "; removed " + result.removed().size() + " the earlier export had")
                    + (result.kept().isEmpty() ? "" : "; left " + String.join(", ", result.kept()) + " as they were")
                    + ". See README.md there for how to apply them.");
            rememberFolder.accept(target.toAbsolutePath());
            updateButton();
        });
        task.setOnFailed(e -> {
            status.setText(task.getException().getMessage());
            updateButton();
        });
        worker.execute(task);
    }

    private void updateButton() {
        Platform.runLater(() -> export.setDisable(bundle == null || folder.getText().isBlank()));
    }

    private void showTree(ExportBundle files) {
        TreeItem<String> root = new TreeItem<>("");
        for (String path : files.files().keySet()) {
            TreeItem<String> parent = root;
            String[] parts = path.split("/");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i] + (i < parts.length - 1 ? "/" : "");
                TreeItem<String> child = parent.getChildren().stream().filter(c -> c.getValue().equals(part)).findFirst().orElse(null);
                if (child == null) {
                    child = new TreeItem<>(part);
                    child.setExpanded(parts.length < 4 || i < 1);
                    parent.getChildren().add(child);
                }
                parent = child;
            }
        }
        tree.setRoot(root);
        // Show the README first: it says what each folder is.
        tree.getSelectionModel().clearSelection();
        root.getChildren().stream().filter(c -> c.getValue().equalsIgnoreCase("README.md")).findFirst()
                .ifPresent(readme -> tree.getSelectionModel().select(readme));
    }

    private void showFile(TreeItem<String> item) {
        if (item == null || bundle == null || !item.isLeaf()) {
            return;
        }
        StringBuilder path = new StringBuilder(item.getValue());
        for (TreeItem<String> parent = item.getParent(); parent != null && parent.getParent() != null; parent = parent.getParent()) {
            path.insert(0, parent.getValue());
        }
        var file = bundle.files().get(path.toString());
        preview.setText(file == null ? "" : file.text());
    }

    private static boolean isNonEmptyFolder(Path target) {
        if (!Files.isDirectory(target)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private final class EnvironmentCell extends ListCell<ElementId> {
        @Override
        protected void updateItem(ElementId id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty ? null : id == null ? "All environments"
                    : analysis.model().find(id).map(e -> e.name()).orElse(id.value()));
        }
    }

    private static final class ChoiceCell extends ListCell<ExportChoice> {
        @Override
        protected void updateItem(ExportChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : switch (choice) {
                case NAMESPACE -> "A namespace per tenant";
                case VCLUSTER -> "A vCluster per tenant";
                case DEDICATED -> "A dedicated cluster per tenant";
                case RECOMMENDED -> "The recommended mix";
                case AS_MODELLED -> "As modelled (each tenant's assigned option)";
            });
        }
    }

    /** Shows a constant by a name the app uses (the target's label, the CLI's spelling of a layout). */
    private static final class LabelConverter<T> extends javafx.util.StringConverter<T> {
        private final java.util.function.Function<T, String> label;
        private final T[] values;

        LabelConverter(java.util.function.Function<T, String> label, T[] values) {
            this.label = label;
            this.values = values;
        }

        @Override
        public String toString(T value) {
            return value == null ? "" : label.apply(value);
        }

        @Override
        public T fromString(String text) {
            return java.util.Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
        }
    }
}
