package dev.bulkhead.ui.fx;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's file choosers behind an interface: tests replace them, because native dialogs cannot be
 * driven by a robot.
 */
public interface FileDialogs {
    /** A model file to open, or null when cancelled. */
    Path chooseModelToOpen(Window owner, Path folder);

    /** Where to save a model, or null when cancelled. */
    Path chooseModelToSave(Window owner, Path folder, String suggestedName);

    /** Where to save a file of one type (a chart image), or null when cancelled. */
    Path chooseFileToSave(Window owner, Path folder, String suggestedName, String description, String extension);

    /** A folder to export into, or null when cancelled. */
    Path chooseFolder(Window owner, Path folder, String title);

    /** The platform's choosers. */
    static FileDialogs platform() {
        return new FileDialogs() {
            @Override
            public Path chooseModelToOpen(Window owner, Path folder) {
                FileChooser chooser = modelChooser("Open model", folder);
                File file = chooser.showOpenDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path chooseModelToSave(Window owner, Path folder, String suggestedName) {
                FileChooser chooser = modelChooser("Save model", folder);
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path chooseFileToSave(Window owner, Path folder, String suggestedName, String description, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Save " + description);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
                chooser.setInitialFileName(suggestedName);
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path chooseFolder(Window owner, Path folder, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                File chosen = chooser.showDialog(owner);
                return chosen == null ? null : chosen.toPath();
            }

            private FileChooser modelChooser(String title, Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Bulkhead models", "*.bulkhead.json", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return chooser;
            }
        };
    }
}
