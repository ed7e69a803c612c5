package org.evtwin.app.datasets;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.evtwin.app.replay.ReplayControlsViewModel;
import org.evtwin.app.replay.ReplayModels;
import org.evtwin.app.replay.ResidualRow;
import org.junit.jupiter.api.Test;

/** The data-set and replay models are testable without a window: no scene classes outside the views. */
class DataSetsArchitectureTest {

    @Test
    void modelsHoldNoSceneClasses() {
        JavaClasses classes = new ClassFileImporter().importClasses(DataSetsViewModel.class, ImportViewModel.class,
                SampleDataOffer.class, SampleDataSets.class, ImportPreview.class, ImportMessages.class,
                ErrorPolicyChoice.class, Provenance.class, Formats.class, BackgroundTasks.class, ImportState.class,
                ImportJob.class, MappingEditor.class, MappingBuilder.class, MappingRow.class, MappingTarget.class,
                ReplayControlsViewModel.class, ReplayModels.class, ResidualRow.class);
        ArchRuleDefinition.noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }
}
