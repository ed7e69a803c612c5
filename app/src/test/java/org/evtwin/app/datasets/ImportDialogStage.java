package org.evtwin.app.datasets;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** The import dialog of a view model in a test's stage, sized and styled as the workstation opens it. */
final class ImportDialogStage {
    private ImportDialogStage() {
    }

    static void show(Stage stage, ImportViewModel vm) {
        Scene scene = new Scene(new ImportDialog(vm).root(), 1000, 860);
        scene.getStylesheets().add(org.evtwin.app.WorkstationApp.class.getResource("workstation.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
