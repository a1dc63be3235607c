package dev.bulkhead.ui;

import dev.bulkhead.ui.fx.FileDialogs;
import java.nio.file.Path;
import javafx.stage.Window;

/** File choosers that answer with what the test set, because a robot cannot drive the platform's dialogs. */
public final class FakeFileDialogs implements FileDialogs {
    public Path open;
    public Path save;
    public Path folder;
    public Path file;

    @Override
    public Path chooseModelToOpen(Window owner, Path start) {
        return open;
    }

    @Override
    public Path chooseModelToSave(Window owner, Path start, String suggestedName) {
        return save;
    }

    @Override
    public Path chooseFileToSave(Window owner, Path start, String suggestedName, String description, String extension) {
        return file;
    }

    @Override
    public Path chooseFolder(Window owner, Path start, String title) {
        return folder;
    }
}
