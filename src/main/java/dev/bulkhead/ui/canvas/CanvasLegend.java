package dev.bulkhead.ui.canvas;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The key to the canvas colours, in the corner of the canvas; it only informs, so it lets clicks through. */
final class CanvasLegend extends FlowPane {
    CanvasLegend() {
        getStyleClass().add("bh-legend");
        setHgap(16);
        setPrefWrapLength(640);
        setVgap(4);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        add("namespace", "bh-swatch-namespace");
        add("vCluster", "bh-swatch-vcluster");
        add("dedicated", "bh-swatch-dedicated");
        add("undecided", "bh-swatch-undecided");
        add("agent sandbox", "bh-swatch-agent");
        add("requirement unmet", "bh-swatch-unmet");
        add("finding", "bh-swatch-warning");
        badge("untrusted agent", Feather.ALERT_TRIANGLE, "bh-trust-untrusted");
        badge("reviewed", Feather.EYE, "bh-trust-reviewed");
        badge("trusted", Feather.SHIELD, "bh-trust-trusted");
    }

    /** A trust badge as the canvas draws it on agents. */
    private void badge(String text, Ikon icon, String style) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add(style);
        Label label = new Label(text, glyph);
        label.getStyleClass().add("bh-legend-item");
        getChildren().add(label);
    }

    private void add(String text, String swatchStyle) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("bh-swatch", swatchStyle);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("bh-legend-item");
        getChildren().add(label);
    }
}
