package dev.bulkhead.ui.app;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.ui.canvas.CanvasView;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: model totals and findings, the latest message, save state, zoom and the pricing in use. */
public final class StatusBar extends HBox {
    private final Label totals = new Label();
    private final Label message = new Label();
    private final Label saveState = new Label();
    private final Label zoom = new Label();
    private final Label pricing = new Label();

    public StatusBar(DocumentSession session, CanvasView canvas) {
        getStyleClass().add("bh-status");
        totals.setId("status-totals");
        message.setId("status-message");
        zoom.setId("status-zoom");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMinWidth(0);
        getChildren().addAll(totals, message, spacer, saveState, zoom, pricing);
        saveState.textProperty().bind(Bindings.when(session.dirtyProperty()).then("Unsaved changes").otherwise("Saved"));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> "zoom " + Math.round(canvas.viewport().scale() * 100) + "%", canvas.viewport().scaleProperty()));
        canvas.messageProperty().addListener((o, before, text) -> say(text));
    }

    /** Shows a message such as "Saved payments.bulkhead.json". */
    public void say(String text) {
        message.setText(text);
    }

    /** Updates the totals, findings and pricing from the latest analysis. */
    public void show(Analysis analysis) {
        Model model = analysis.model();
        long errors = analysis.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = analysis.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        totals.setText(count(model.all(Environment.class).size(), "environment") + " · "
                + count(model.all(Cluster.class).size(), "cluster") + " · " + count(model.all(Tenant.class).size(), "tenant")
                + " · " + count(model.all(Agent.class).size(), "agent") + " · " + count(model.all(Connection.class).size(), "connection")
                + "  |  " + count((int) errors, "error") + ", " + count((int) warnings, "warning"));
        pricing.setText(analysis.pricing().profile().name() + " (" + analysis.pricing().profile().asOf() + ")");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
