package org.evtwin.app.datasets;

import javafx.stage.Stage;

/** The import dialog of a view model in a test's stage, sized and styled as the workstation opens it. */
final class ImportDialogStage {
    private ImportDialogStage() {
    }

    static void show(Stage stage, ImportViewModel vm) {
        org.evtwin.app.StyledScene.show(stage, new ImportDialog(vm).root(), 1000, 860);
    }
}
