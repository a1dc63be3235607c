package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.export.ExportWriter;
import dev.bulkhead.ui.export.ExportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The export dialog previews the files it would write and writes them into the chosen folder only. */
class ExportDialogTest extends WindowTest {
    private ExportDialog dialog;

    @BeforeEach
    void openTheDialogOnASample() throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
        onFx(() -> {
            dialog = new ExportDialog(window.stage(), window.analysis().latest(), dialogs, null, path -> { }, null);
            dialog.show();
        });
        waitUntil(() -> !dialog.previewedFiles().isEmpty());
    }

    @Test
    void previewsTheFileTreeAndEachFile(FxRobot robot) {
        TreeView<String> tree = robot.lookup("#export-tree").query();
        TextArea preview = robot.lookup("#export-preview").query();

        assertThat(dialog.previewedFiles()).containsKey("README.md");
        assertThat(fx(() -> tree.getRoot().getChildren().stream().map(TreeItem::getValue).toList())).contains("README.md");
        assertThat(fx(() -> preview.getText())).isEqualTo(dialog.previewedFiles().get("README.md"));

        String kustomization = dialog.previewedFiles().keySet().stream().filter(p -> p.endsWith("kustomization.yaml"))
                .filter(p -> p.contains("/")).findFirst().orElseThrow();
        onFx(() -> {
            TreeItem<String> item = find(tree.getRoot(), kustomization.split("/"), 0);
            tree.getSelectionModel().select(item);
        });
        assertThat(fx(() -> preview.getText())).isEqualTo(dialog.previewedFiles().get(kustomization)).contains("kind: Kustomization");
    }

    @Test
    void choosingAnotherOptionRegeneratesThePreview(FxRobot robot) throws Exception {
        var before = dialog.previewedFiles();
        ComboBox<?> option = robot.lookup("#export-option").queryComboBox();

        onFx(() -> option.getSelectionModel().select(0));
        waitUntil(() -> !dialog.previewedFiles().isEmpty() && !dialog.previewedFiles().equals(before));

        assertThat(dialog.previewedFiles().keySet()).isNotEqualTo(before.keySet());
    }

    @Test
    void terraformShowsItsLayoutChoicesAndWhyAndPreviewsTheRoots(FxRobot robot) throws Exception {
        Label reason = robot.lookup("#export-layout-reason").queryAs(Label.class);
        assertThat(fx(reason::isVisible)).isFalse();
        ComboBox<dev.bulkhead.export.ExportTarget> target = robot.lookup("#export-target").queryComboBox();

        onFx(() -> target.setValue(dev.bulkhead.export.ExportTarget.TERRAFORM));
        waitUntil(() -> dialog.previewedFiles().containsKey("envs/dev/main.tf"));

        assertThat(fx(reason::isVisible)).isTrue();
        // The workshop has an external customer, and its environments prefer directories too: Bulkhead says why.
        assertThat(fx(reason::getText)).startsWith("Layout: directories, because").contains("'partner-acme' (external customer)");
        ComboBox<dev.bulkhead.export.LayoutChoice> layout = robot.lookup("#export-layout").queryComboBox();
        onFx(() -> layout.setValue(dev.bulkhead.export.LayoutChoice.WORKSPACES));
        waitUntil(() -> dialog.previewedFiles().containsKey("main.tf"));
        assertThat(fx(reason::getText)).startsWith("Layout: workspaces");
    }

    @Test
    void writesIntoTheChosenFolderWithProgressAndRefusesToClobberAnother(FxRobot robot) throws Exception {
        ProgressBar progress = robot.lookup("#export-progress").query();
        assertThat(fx(progress::getProgress)).as("nothing written yet").isZero();
        Path target = folder.resolve("out");
        dialogs.folder = target;
        robot.clickOn("Choose…");
        robot.clickOn("#export-run");
        waitUntil(() -> Files.exists(target.resolve(ExportWriter.MARKER)));
        waitUntil(() -> robot.lookup("#export-status").queryLabeled().getText().startsWith("Wrote"));

        for (String path : dialog.previewedFiles().keySet()) {
            assertThat(Files.readString(target.resolve(path))).isEqualTo(dialog.previewedFiles().get(path));
        }
        assertThat(fx(progress::getProgress)).as("a finished write shows a full bar").isEqualTo(1.0);

        Path other = Files.createDirectories(folder.resolve("holiday-photos"));
        Files.writeString(other.resolve("beach.jpg"), "not an export");
        dialogs.folder = other;
        robot.clickOn("Choose…");
        robot.clickOn("#export-run");
        assertThat(robot.lookup("#export-status").queryLabeled().getText()).contains("is not empty");
        assertThat(other.toFile().list()).containsExactly("beach.jpg");
    }

    private static TreeItem<String> find(TreeItem<String> parent, String[] parts, int index) {
        String name = parts[index] + (index < parts.length - 1 ? "/" : "");
        TreeItem<String> child = parent.getChildren().stream().filter(c -> c.getValue().equals(name)).findFirst().orElseThrow();
        child.setExpanded(true);
        return index == parts.length - 1 ? child : find(child, parts, index + 1);
    }
}
