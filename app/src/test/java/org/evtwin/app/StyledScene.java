package org.evtwin.app;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A view under test in the test's stage, with the workstation's stylesheet, as the window shows it. */
public final class StyledScene {
    private StyledScene() {
    }

    public static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(WorkstationApp.class.getResource("workstation.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
