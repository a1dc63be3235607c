package dev.bulkhead.ui.inspector;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.model.ElementId;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The findings of the latest analysis, errors first. Choosing one (click or Enter) selects and reveals the
 * element it is about.
 */
public final class FindingsView extends VBox {
    private final ListView<Finding> list = new ListView<>();
    private final Label heading = new Label("FINDINGS");

    public FindingsView(ObservableValue<Analysis> analysis, Consumer<ElementId> show) {
        getStyleClass().add("bh-findings");
        heading.getStyleClass().add("bh-section");
        list.setPlaceholder(new Label("No findings"));
        list.setCellFactory(view -> new FindingCell(view));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                showSelected(show);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSelected(show);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
        analysis.addListener((o, before, after) -> update(after));
        update(analysis.getValue());
    }

    /** The findings listed now. */
    public java.util.List<Finding> findings() {
        return java.util.List.copyOf(list.getItems());
    }

    private void update(Analysis analysis) {
        if (analysis == null) {
            return;
        }
        list.getItems().setAll(analysis.findings().stream().sorted(Finding.ORDER).toList());
        long errors = analysis.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = analysis.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        heading.setText("FINDINGS · " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
    }

    private void showSelected(Consumer<ElementId> show) {
        Finding finding = list.getSelectionModel().getSelectedItem();
        if (finding != null && finding.element() != null) {
            show.accept(finding.element());
        }
    }

    /** A finding with its icon; the text wraps at the list's width so that long messages are read whole. */
    private static final class FindingCell extends ListCell<Finding> {
        /** A label whose preferred height is that of its text wrapped at its maximum width (a list asks without a width). */
        private final Label text = new Label() {
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 ? getMaxWidth() : width);
            }
        };

        FindingCell(ListView<Finding> list) {
            text.setWrapText(true);
            text.maxWidthProperty().bind(list.widthProperty().subtract(44));
            text.setGraphicTextGap(8);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (finding.severity()) {
                case ERROR -> Feather.ALERT_OCTAGON;
                case WARNING -> Feather.ALERT_TRIANGLE;
                case INFO -> Feather.INFO;
            });
            icon.getStyleClass().add("bh-finding-" + finding.severity().name().toLowerCase(java.util.Locale.ROOT));
            text.setGraphic(icon);
            text.setText(finding.message());
            setText(null);
            setGraphic(text);
        }
    }
}
