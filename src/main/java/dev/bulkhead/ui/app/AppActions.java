package dev.bulkhead.ui.app;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.ui.canvas.CanvasClipboard;
import dev.bulkhead.ui.canvas.CanvasEdits;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.SelectionModel;
import dev.bulkhead.model.Counts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * Every command of the main window as one ControlsFX action, so the menu item, toolbar button, context menu
 * entry and keyboard shortcut of a command are the same object with the same name, state and handler.
 * Undo and redo name the step they take back or repeat.
 */
public final class AppActions {
    /** What the actions act on, provided by the window. */
    public interface Host {
        DocumentSession session();

        FileActions files();

        CanvasView canvas();

        AppSettings settings();

        void openCompare(ElementId environment);

        void exportKubernetes();

        void exportDiagram();

        void exportReport();

        void print();

        void setDarkTheme(boolean dark);

        void showShortcuts();

        void showAbout();

        void exit();
    }

    private final Host host;
    private final CanvasView canvas;
    private final SelectionModel selection;
    private final CanvasEdits edits;
    private final BooleanProperty canPaste = new SimpleBooleanProperty(false);
    private CanvasClipboard clipboard;

    // File
    final Action newModel;
    final Action open;
    final Action save;
    final Action saveAs;
    final Action exportKubernetes;
    final Action exportDiagram;
    final Action exportReport;
    final Action print;
    final Action exit;
    // Edit
    final Action undo;
    final Action redo;
    final Action cut;
    final Action copy;
    final Action paste;
    final Action duplicate;
    final Action delete;
    final Action rename;
    final Action selectAll;
    // View
    final Action zoomIn;
    final Action zoomOut;
    final Action actualSize;
    final Action fit;
    final Action snap;
    final Action overview;
    final Action dark;
    final Action selectTool;
    final Action connectTool;
    // Arrange
    final List<Action> align = new ArrayList<>();
    final Action distributeHorizontally;
    final Action distributeVertically;
    final Action tidy;
    final Action fitContents;
    final Action collapse;
    // Model
    final Action modelSettings;
    final Action compare;
    // Help
    final Action shortcuts;
    final Action about;

    public AppActions(Host host) {
        this.host = host;
        this.canvas = host.canvas();
        this.selection = canvas.selection();
        this.edits = canvas.edits();
        DocumentSession session = host.session();
        BooleanBinding nothingSelected = new SelectionEmpty(selection);

        newModel = action("New", "Shortcut+N", e -> host.files().newModel());
        open = action("Open…", "Shortcut+O", e -> host.files().open());
        save = action("Save", "Shortcut+S", e -> host.files().save());
        saveAs = action("Save As…", "Shortcut+Shift+S", e -> host.files().saveAs());
        exportKubernetes = action("Kubernetes Manifests…", "Shortcut+E", e -> host.exportKubernetes());
        exportDiagram = action("Diagram…", "Shortcut+Shift+E", e -> host.exportDiagram());
        exportReport = action("Report…", null, e -> host.exportReport());
        print = action("Print…", "Shortcut+P", e -> host.print());
        exit = action("Exit", "Shortcut+Q", e -> host.exit());

        undo = action("Undo", "Shortcut+Z", e -> session.document().undo());
        undo.textProperty().bind(Bindings.createStringBinding(() -> session.undoNameProperty().get().isEmpty() ? "Undo"
                : "Undo " + session.undoNameProperty().get(), session.undoNameProperty()));
        undo.disabledProperty().bind(session.undoNameProperty().isEmpty());
        redo = action("Redo", "Shortcut+Y", e -> session.document().redo());
        redo.textProperty().bind(Bindings.createStringBinding(() -> session.redoNameProperty().get().isEmpty() ? "Redo"
                : "Redo " + session.redoNameProperty().get(), session.redoNameProperty()));
        redo.disabledProperty().bind(session.redoNameProperty().isEmpty());
        cut = action("Cut", "Shortcut+X", e -> {
            copySelection();
            canvas.apply(edits.delete(selection.ordered()));
        });
        copy = action("Copy", "Shortcut+C", e -> copySelection());
        paste = action("Paste", "Shortcut+V", e -> {
            if (clipboard != null) {
                canvas.apply(edits.paste(clipboard, selection.primary()));
            }
        });
        paste.disabledProperty().bind(canPaste.not());
        duplicate = action("Duplicate", "Shortcut+D", e -> {
            CanvasClipboard copied = CanvasClipboard.of(snapshot(), selection.ordered());
            if (!copied.isEmpty()) {
                canvas.apply(edits.paste(copied, null));
            }
        });
        delete = action("Delete", "Delete", e -> canvas.apply(edits.delete(selection.ordered())));
        rename = action("Rename", "F2", e -> {
            if (selection.primary() != null) {
                canvas.startRename(selection.primary());
            }
        });
        selectAll = action("Select All", "Shortcut+A", e -> selection.setAll(List.copyOf(snapshot().elements().keySet())));
        for (Action a : List.of(cut, copy, duplicate, delete, rename)) {
            a.disabledProperty().bind(nothingSelected);
        }

        zoomIn = action("Zoom In", "Shortcut+EQUALS", e -> canvas.zoomIn());
        zoomOut = action("Zoom Out", "Shortcut+MINUS", e -> canvas.zoomOut());
        actualSize = action("Actual Size (100%)", "Shortcut+0", e -> canvas.zoomToActualSize());
        fit = action("Fit to Window", "Shortcut+Shift+H", e -> canvas.fitToWindow());
        snap = action("Snap to Grid", "Shortcut+Shift+G", e -> { });
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        overview = action("Show Overview", null, e -> { });
        overview.selectedProperty().bindBidirectional(canvas.showOverviewProperty());
        // The menu's check item is the event's source, not the action: follow the action's selected state instead.
        dark = action("Dark Theme", null, e -> { });
        dark.setSelected(host.settings().darkTheme);
        dark.selectedProperty().addListener((o, was, now) -> host.setDarkTheme(now));
        selectTool = action("Select", null, e -> canvas.toolProperty().set(CanvasView.Tool.SELECT));
        connectTool = action("Connect", null, e -> canvas.toolProperty().set(CanvasView.Tool.CONNECT));

        for (CanvasEdits.Alignment alignment : CanvasEdits.Alignment.values()) {
            String name = alignment.name().charAt(0) + alignment.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            align.add(action("Align " + name, null, e -> canvas.apply(edits.align(selection.ordered(), alignment))));
        }
        distributeHorizontally = action("Distribute Horizontally", null, e -> canvas.apply(edits.distribute(selection.ordered(), true)));
        distributeVertically = action("Distribute Vertically", null, e -> canvas.apply(edits.distribute(selection.ordered(), false)));
        tidy = action("Tidy Up", "Shortcut+Shift+L", e -> canvas.apply(edits.tidy(selection.ordered())));
        fitContents = action("Fit Container to Contents", null, e -> canvas.apply(edits.fitToContents(selection.ordered())));
        collapse = action("Collapse / Expand", "Shortcut+Shift+C", e -> canvas.apply(edits.toggleCollapsed(selection.ordered())));
        for (Action a : align) {
            a.disabledProperty().bind(nothingSelected);
        }
        for (Action a : List.of(distributeHorizontally, distributeVertically, tidy, fitContents, collapse)) {
            a.disabledProperty().bind(nothingSelected);
        }

        modelSettings = action("Model Settings", null, e -> selection.clear());
        compare = action("Compare Options…", "Shortcut+K", e -> host.openCompare(environmentOfSelection()));
        // No accent style on the action: menu items would inherit it (dark text on the menu's highlight); the
        // toolbar button styles itself.

        shortcuts = action("Keyboard Shortcuts", "F1", e -> host.showShortcuts());
        about = action("About Bulkhead", null, e -> host.showAbout());
    }

    /** The environment the selection is in, for opening the compare view on it; null for none or several. */
    public ElementId environmentOfSelection() {
        ElementId primary = selection.primary();
        return primary == null ? null : snapshot().environmentOf(primary).map(Element::id).orElse(null);
    }

    /** The menu bar. */
    public MenuBar menuBar() {
        Menu file = menu("File", newModel, open);
        file.getItems().add(samplesMenu());
        file.getItems().add(recentMenu());
        file.getItems().addAll(new SeparatorMenuItem(), item(save), item(saveAs), new SeparatorMenuItem());
        Menu export = new Menu("Export");
        export.getItems().addAll(item(exportKubernetes), item(exportDiagram), item(exportReport));
        file.getItems().addAll(export, item(print), new SeparatorMenuItem(), item(exit));
        Menu edit = menu("Edit", undo, redo, null, cut, copy, paste, duplicate, delete, null, rename, selectAll);
        Menu view = menu("View", zoomIn, zoomOut, actualSize, fit, null);
        view.getItems().addAll(ActionUtils.createCheckMenuItem(snap), ActionUtils.createCheckMenuItem(overview),
                ActionUtils.createCheckMenuItem(dark));
        Menu arrange = new Menu("Arrange");
        align.forEach(a -> arrange.getItems().add(item(a)));
        arrange.getItems().addAll(new SeparatorMenuItem(), item(distributeHorizontally), item(distributeVertically),
                new SeparatorMenuItem(), item(tidy), item(fitContents), item(collapse));
        Menu modelMenu = menu("Model", modelSettings, compare);
        Menu help = menu("Help", shortcuts, about);
        MenuBar bar = new MenuBar(file, edit, view, arrange, modelMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The menu shown on a right-click on the canvas. */
    public ContextMenu canvasMenu() {
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(item(cut), item(copy), item(paste), item(duplicate), item(delete), new SeparatorMenuItem(),
                item(rename), item(tidy), item(fitContents), item(collapse), new SeparatorMenuItem(), item(compare));
        return menu;
    }

    /** Second shortcuts that menus cannot show: Ctrl+Shift+Z for redo, Ctrl+plus for zoom, Backspace to delete. */
    public void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> runIfEnabled(redo));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+ADD"), () -> runIfEnabled(zoomIn));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+PLUS"), () -> runIfEnabled(zoomIn));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), () -> runIfEnabled(zoomOut));
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.NUMPAD0,
                KeyCombination.SHORTCUT_DOWN), () -> runIfEnabled(actualSize));
    }

    /** Copies the selection to the app's clipboard (the model's elements, not text). */
    private void copySelection() {
        CanvasClipboard copied = CanvasClipboard.of(snapshot(), selection.ordered());
        if (!copied.isEmpty()) {
            clipboard = copied;
            canPaste.set(true);
            canvas.showHint("Copied " + Counts.of(copied.roots().size(), "element"));
        }
    }

    private Menu samplesMenu() {
        Menu samples = new Menu("Open Sample");
        for (String[] sample : FileActions.SAMPLES) {
            MenuItem item = new MenuItem(sample[1]);
            item.setOnAction(e -> host.files().openSample(sample[0]));
            samples.getItems().add(item);
        }
        return samples;
    }

    /** Recent files, rebuilt each time the menu opens so that it is never stale. */
    private Menu recentMenu() {
        Menu recent = new Menu("Open Recent");
        MenuItem placeholder = new MenuItem("No recent files");
        placeholder.setDisable(true);
        recent.getItems().add(placeholder);
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (String path : host.settings().recentFiles) {
                MenuItem item = new MenuItem(path);
                item.setOnAction(a -> host.files().open(Path.of(path)));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                recent.getItems().add(placeholder);
            }
        });
        return recent;
    }

    private Model snapshot() {
        return host.session().document().snapshot();
    }

    private static void runIfEnabled(Action action) {
        if (!action.isDisabled()) {
            action.handle(new javafx.event.ActionEvent(action, null));
        }
    }

    private static Action action(String text, String accelerator, Consumer<javafx.event.ActionEvent> handler) {
        Action action = new Action(text, handler);
        if (accelerator != null) {
            action.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return action;
    }

    private static Menu menu(String name, Action... actions) {
        Menu menu = new Menu(name);
        for (Action action : actions) {
            menu.getItems().add(action == null ? new SeparatorMenuItem() : item(action));
        }
        return menu;
    }

    private static MenuItem item(Action action) {
        return ActionUtils.createMenuItem(action);
    }

    /** True while nothing is selected; updated by the selection's listener. */
    private static final class SelectionEmpty extends BooleanBinding {
        private final SelectionModel selection;

        SelectionEmpty(SelectionModel selection) {
            this.selection = selection;
            selection.addListener(ids -> invalidate());
        }

        @Override
        protected boolean computeValue() {
            return selection.isEmpty();
        }
    }
}
