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
import dev.bulkhead.model.Counts;
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
        // What must be read whole keeps its width; the last message and the pricing name elide first.
        message.setMinWidth(0);
        pricing.setMinWidth(0);
        for (Label whole : new Label[] {totals, saveState, zoom}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(totals, message, spacer, saveState, zoom, pricing);
        saveState.setId("status-save-state");
        saveState.textProperty().bind(Bindings.createStringBinding(() -> saveState(session), session.dirtyProperty(),
                session.fileProperty()));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> "zoom " + Math.round(canvas.viewport().scale() * 100) + "%", canvas.viewport().scaleProperty()));
        canvas.messageProperty().addListener((o, before, text) -> say(text));
    }

    /** A new model or a sample has never been saved, even before its first edit. */
    static String saveState(DocumentSession session) {
        if (session.isDirty()) {
            return "Unsaved changes";
        }
        return session.file() == null ? "Not saved yet" : "Saved";
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
        totals.setText(Counts.of(model.all(Environment.class).size(), "environment") + " · "
                + Counts.of(model.all(Cluster.class).size(), "cluster") + " · " + Counts.of(model.all(Tenant.class).size(), "tenant")
                + " · " + Counts.of(model.all(Agent.class).size(), "agent") + " · " + Counts.of(model.all(Connection.class).size(), "connection")
                + "  |  " + Counts.of(errors, "error") + ", " + Counts.of(warnings, "warning"));
        pricing.setText(analysis.pricing().profile().name() + " (" + analysis.pricing().profile().asOf() + ")");
    }
}
