package dev.bulkhead.ui.app;

import dev.bulkhead.model.ElementKind;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.ElementIcons;
import dev.bulkhead.ui.canvas.gesture.PaletteDrag;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The palette: drag an item onto the canvas to create it there, or click it to add it to the selected
 * container. The connection item switches the canvas to the connect tool.
 */
public final class PaletteView extends VBox {
    /** @param addNote adds a canvas note where the user is looking (notes are no elements, so they are not dragged) */
    public PaletteView(CanvasView canvas, Runnable addNote) {
        getStyleClass().addAll("bh-side-panel", "left", "bh-palette");
        setSpacing(6);
        setPrefWidth(196);
        setMinWidth(170);
        Label heading = new Label("PALETTE");
        heading.getStyleClass().add("bh-section");
        getChildren().addAll(heading, group("Structure"));
        getChildren().addAll(item(canvas, ElementKind.ENVIRONMENT, "A stage such as dev, staging or prod"),
                item(canvas, ElementKind.CLUSTER, "A Kubernetes cluster; drop it inside an environment"),
                item(canvas, ElementKind.NODE_POOL, "A group of worker nodes; drop it inside a cluster"));
        getChildren().add(group("Workloads"));
        getChildren().addAll(item(canvas, ElementKind.TENANT, "A team or customer; drop it inside a cluster"),
                item(canvas, ElementKind.AGENT, "An AI agent that runs code in sandboxes; drop it inside a tenant"),
                item(canvas, ElementKind.EXTERNAL_ENDPOINT, "Something outside the clusters, such as a payment API"));
        getChildren().add(group("Connect"));
        Label connect = new Label(ElementKind.CONNECTION.label(), ElementIcons.node(ElementKind.CONNECTION, 15));
        connect.getStyleClass().add("bh-palette-item");
        connect.setId("palette-connection");
        connect.setMaxWidth(Double.MAX_VALUE);
        connect.setTooltip(new Tooltip("Then drag from one tenant, agent or endpoint to another (Esc to stop)"));
        connect.setOnMouseClicked(e -> canvas.toolProperty().set(canvas.toolProperty().get() == CanvasView.Tool.CONNECT
                ? CanvasView.Tool.SELECT : CanvasView.Tool.CONNECT));
        canvas.toolProperty().addListener((o, before, tool) -> {
            connect.getStyleClass().remove("armed");
            if (tool == CanvasView.Tool.CONNECT) {
                connect.getStyleClass().add("armed");
            }
        });
        Label hint = new Label("Drag onto the canvas; drop inside a container to nest. Click to add to the selection's container.");
        hint.getStyleClass().add("bh-palette-hint");
        Label note = new Label("Note", new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.FILE_TEXT));
        note.getStyleClass().add("bh-palette-item");
        note.setId("palette-note");
        note.setMaxWidth(Double.MAX_VALUE);
        note.setTooltip(new Tooltip("A text box on the canvas for remarks; it changes no figure. Or right-click the canvas: "
                + "Add Note Here"));
        note.setOnMouseClicked(e -> addNote.run());
        getChildren().addAll(connect, group("Annotate"), note, hint);
    }

    private static Label group(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("bh-palette-group");
        return label;
    }

    private static Label item(CanvasView canvas, ElementKind kind, String help) {
        Label item = new Label(kind.label(), ElementIcons.node(kind, 15));
        item.getStyleClass().addAll("bh-palette-item", "kind-" + kind.idPrefix());
        item.setId("palette-" + kind.idPrefix());
        item.setMaxWidth(Double.MAX_VALUE);
        item.setTooltip(new Tooltip(help));
        PaletteDrag.install(item, kind, canvas);
        return item;
    }
}
