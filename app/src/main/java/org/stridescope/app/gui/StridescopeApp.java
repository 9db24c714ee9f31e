package org.stridescope.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. (Skeleton: the main window issue builds it.) */
public class StridescopeApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(StridescopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Stridescope");
        stage.setScene(new Scene(new Label("Stridescope"), 1400, 900));
        stage.show();
    }
}
