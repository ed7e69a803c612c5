package org.evtwin.app.live;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/** The panel's models are testable without a window: no scene classes outside the views and dialogs. */
class LiveArchitectureTest {

    @Test
    void modelsHoldNoSceneClasses() {
        JavaClasses classes = new ClassFileImporter().importClasses(LiveSourceViewModel.class,
                LiveStatusModel.class, ConnectionForm.class, QuarantineViewModel.class, VehicleRow.class,
                VehicleList.class, StatusText.class, LatencyMeter.class, LocalDemo.class, LiveConnection.class,
                LiveServices.class, ConnectionVehicles.class, DemoControl.class);
        ArchRuleDefinition.noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }
}
