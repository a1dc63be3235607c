package dev.bulkhead.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class BulkheadApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Bulkhead");
        stage.setScene(new Scene(new Label("Bulkhead"), 800, 600));
        stage.show();
    }
}
