package dev.bulkhead.ui.app;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** Help > Keyboard Shortcuts: every key, grouped, as a two-column table (keys, what they do). */
final class Shortcuts {
    /** One key or chord and what it does. */
    record Shortcut(String keys, String does) {
    }

    /** A titled group of shortcuts. */
    record Group(String title, List<Shortcut> shortcuts) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("Canvas", List.of(
                    new Shortcut("Drag from the palette", "create; drop inside a container to nest"),
                    new Shortcut("Click, Shift/Ctrl+click", "select, add to selection"),
                    new Shortcut("Drag on empty canvas", "rubber-band selection"),
                    new Shortcut("Arrows / Shift+arrows", "nudge by 8 / 40 (pans when nothing is selected)"),
                    new Shortcut("F2 or double-click", "rename in place"),
                    new Shortcut("Delete", "delete with contents and connections"),
                    new Shortcut("C / V", "connect tool / select tool"),
                    new Shortcut("Esc", "cancel the gesture, leave the connect tool, clear the selection"),
                    new Shortcut("Space+drag, middle drag", "pan"),
                    new Shortcut("Ctrl+wheel, Ctrl+= / Ctrl+−", "zoom; Ctrl+0 actual size; Ctrl+Shift+H fit"))),
            new Group("Edit", List.of(
                    new Shortcut("Ctrl+Z / Ctrl+Y, Ctrl+Shift+Z", "undo / redo"),
                    new Shortcut("Ctrl+X / C / V / D", "cut / copy / paste / duplicate"),
                    new Shortcut("Ctrl+A", "select all"),
                    new Shortcut("Ctrl+Shift+L", "tidy up the selection"),
                    new Shortcut("Ctrl+Shift+C", "collapse or expand containers"),
                    new Shortcut("Ctrl+Shift+G", "snap to grid on or off"))),
            new Group("Files and views", List.of(
                    new Shortcut("Ctrl+N / O / S, Ctrl+Shift+S", "new / open / save / save as"),
                    new Shortcut("Ctrl+K", "compare options; Esc closes the compare window"),
                    new Shortcut("Ctrl+E", "export Kubernetes manifests"),
                    new Shortcut("F1", "this list"))),
            new Group("Presentation", List.of(
                    new Shortcut("F11", "presentation mode on or off; Esc leaves it"),
                    new Shortcut("→ / Page Down / Space", "next step of the story"),
                    new Shortcut("← / Page Up", "previous step; Home the first"),
                    new Shortcut("R", "reset the what-ifs"))));

    private Shortcuts() {
    }

    /** The table: a grid, so that the columns line up in any font. */
    static Node table() {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(24);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        int row = 0;
        for (Group group : GROUPS) {
            Label title = new Label(group.title());
            title.getStyleClass().add("bh-subheading");
            grid.add(title, 0, row++, 2, 1);
            for (Shortcut shortcut : group.shortcuts()) {
                Label keysLabel = new Label(shortcut.keys());
                keysLabel.getStyleClass().add("bh-shortcut-keys");
                keysLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(keysLabel, 0, row);
                grid.add(new Label(shortcut.does()), 1, row++);
            }
        }
        return grid;
    }
}
