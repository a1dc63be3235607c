package dev.bulkhead.ui.present;

import dev.bulkhead.analysis.WhatIf;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.SandboxRuntime;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The what-if controls of presentation mode: a tenant-count multiplier, a cloud-price multiplier and a sandbox
 * runtime on one cluster. What-ifs are transient: never saved, never an edit, marked "WHAT-IF" while any is set,
 * and one click (or R) resets them.
 */
final class WhatIfBar extends FlowPane {
    private final ObjectProperty<WhatIf> whatIf = new SimpleObjectProperty<>(WhatIf.NONE);
    private final Slider tenants = new Slider(1, WhatIf.MAX_TENANTS, 1);
    private final Slider prices = new Slider(0.5, 2, 1);
    private final Label tenantsValue = new Label();
    private final Label pricesValue = new Label();
    private final ChoiceBox<Cluster> cluster = new ChoiceBox<>();
    private final ChoiceBox<SandboxRuntime> runtime = new ChoiceBox<>();
    private final ToggleButton sandbox = new ToggleButton("Sandbox");
    private final Label badge = new Label("WHAT-IF");
    private final Button reset = new Button("Reset");
    /** Set while the controls are being set from a what-if, so that they do not ask again. */
    private boolean updating;

    WhatIfBar() {
        super(18, 8);
        setId("what-if-bar");
        getStyleClass().addAll("bh-legend", "bh-what-if-bar");
        setAlignment(Pos.CENTER_LEFT);
        badge.setId("what-if-badge");
        badge.getStyleClass().add("bh-what-if-badge");
        tenants.setId("what-if-tenants");
        tenants.setMajorTickUnit(1);
        tenants.setMinorTickCount(0);
        tenants.setSnapToTicks(true);
        tenants.setBlockIncrement(1);
        prices.setId("what-if-prices");
        prices.setMajorTickUnit(0.25);
        prices.setMinorTickCount(4);
        prices.setSnapToTicks(true);
        prices.setBlockIncrement(0.05);
        tenantsValue.setId("what-if-tenants-value");
        pricesValue.setId("what-if-prices-value");
        cluster.setId("what-if-cluster");
        cluster.setConverter(new StringConverter<>() {
            @Override
            public String toString(Cluster c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Cluster fromString(String text) {
                return null;
            }
        });
        runtime.setId("what-if-runtime");
        runtime.getItems().addAll(List.of(SandboxRuntime.values()).stream().filter(SandboxRuntime::isSandbox).toList());
        runtime.setValue(SandboxRuntime.GVISOR);
        runtime.setConverter(new StringConverter<>() {
            @Override
            public String toString(SandboxRuntime r) {
                return r == null ? "" : r.label();
            }

            @Override
            public SandboxRuntime fromString(String text) {
                return null;
            }
        });
        sandbox.setId("what-if-sandbox");
        reset.setId("what-if-reset");
        reset.setOnAction(e -> reset());
        // A cluster's or runtime's name is never cut short, in the large type least of all.
        cluster.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        runtime.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The keyboard steps the story in presentation mode; the controls take the mouse only.
        for (javafx.scene.Node control : List.of(tenants, prices, cluster, runtime, sandbox, reset)) {
            control.setFocusTraversable(false);
        }
        tenants.valueProperty().addListener((o, before, now) -> ask());
        prices.valueProperty().addListener((o, before, now) -> ask());
        cluster.valueProperty().addListener((o, before, now) -> ask());
        runtime.valueProperty().addListener((o, before, now) -> ask());
        sandbox.selectedProperty().addListener((o, before, now) -> ask());
        getChildren().addAll(badge, group("Tenants", tenants, tenantsValue), group("Cloud prices", prices, pricesValue),
                group("", cluster, runtime, sandbox), reset);
        show(WhatIf.NONE);
    }

    /** The what-if asked now; {@link WhatIf#NONE} when the controls are at rest. */
    ObjectProperty<WhatIf> whatIfProperty() {
        return whatIf;
    }

    /** Sets the controls to a what-if, as a presenter would (the sandbox cluster must be one listed). */
    void set(WhatIf asked) {
        updating = true;
        try {
            if (asked.sandboxCluster() != null) {
                cluster.getItems().stream().filter(c -> c.id().equals(asked.sandboxCluster())).findFirst().ifPresent(cluster::setValue);
                runtime.setValue(asked.sandboxRuntime());
            }
        } finally {
            updating = false;
        }
        show(asked);
        ask();
    }

    /** Puts every control back: the model as saved. */
    void reset() {
        show(WhatIf.NONE);
        whatIf.set(WhatIf.NONE);
    }

    /** Lists the clusters of the model shown; a sandbox what-if on a cluster that is gone is dropped. */
    void setModel(Model model) {
        updating = true;
        try {
            ElementId chosen = cluster.getValue() == null ? null : cluster.getValue().id();
            List<Cluster> clusters = model.all(Cluster.class);
            cluster.getItems().setAll(clusters);
            cluster.setValue(clusters.stream().filter(c -> c.id().equals(chosen)).findFirst()
                    .orElse(clusters.isEmpty() ? null : clusters.get(clusters.size() - 1)));
            sandbox.setDisable(clusters.isEmpty());
        } finally {
            updating = false;
        }
        ask();
    }

    // --- for tests: the controls as a presenter uses them --------------------------------------------------

    Slider tenants() {
        return tenants;
    }

    Slider prices() {
        return prices;
    }

    ChoiceBox<Cluster> cluster() {
        return cluster;
    }

    ToggleButton sandbox() {
        return sandbox;
    }

    Label badge() {
        return badge;
    }

    private void ask() {
        if (updating) {
            return;
        }
        WhatIf asked = new WhatIf((int) Math.round(tenants.getValue()), Math.round(prices.getValue() * 100) / 100.0,
                sandbox.isSelected() && cluster.getValue() != null ? cluster.getValue().id() : null,
                sandbox.isSelected() && cluster.getValue() != null ? runtime.getValue() : null);
        label(asked);
        whatIf.set(asked);
    }

    private void show(WhatIf shown) {
        updating = true;
        try {
            tenants.setValue(shown.tenantMultiplier());
            prices.setValue(shown.priceMultiplier());
            sandbox.setSelected(shown.sandboxCluster() != null);
        } finally {
            updating = false;
        }
        label(shown);
    }

    private void label(WhatIf shown) {
        tenantsValue.setText("×" + shown.tenantMultiplier());
        pricesValue.setText(String.format(Locale.ROOT, "×%.2f", shown.priceMultiplier()));
        badge.setText(shown.isNone() ? "What-if" : "WHAT-IF · not saved");
        badge.getStyleClass().remove("on");
        if (!shown.isNone()) {
            badge.getStyleClass().add("on");
        }
        reset.setDisable(shown.isNone());
    }

    private static HBox group(String title, javafx.scene.Node... controls) {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        if (!title.isEmpty()) {
            box.getChildren().add(new Label(title));
        }
        box.getChildren().addAll(controls);
        return box;
    }
}
