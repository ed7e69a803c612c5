package org.evtwin.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layering of the core: pure Java without any UI toolkit, and a physics package that knows nothing about the
 * simulator, engine or command line built on top of it.
 */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        // Main classes only: Maven keeps tests in test-classes; the quick build puts both in one folder, so test
        // classes (named *Test, or fixtures beside them) are also recognised by name.
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.evtwin.core")
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("main code",
                        (JavaClass c) -> !isTestCode(c)));
    }

    private static boolean isTestCode(JavaClass c) {
        String top = c.getName().replaceAll("\\$.*", "");
        return top.endsWith("Test") || top.endsWith("Tests") || c.getSource().map(s -> s.getUri().toString()
                .contains("/test-classes/")).orElse(false)
                || c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().getPackageName()
                        .startsWith("org.junit"));
    }

    private static final ArchRule NO_UI_TOOLKIT = noClasses().that().resideInAPackage("org.evtwin.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("the core runs headless (command line, server) and is shared by every front end");

    private static final ArchRule PHYSICS_IS_AT_THE_BOTTOM = noClasses().that()
            .resideInAPackage("org.evtwin.core.physics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.evtwin.core.cli..", "org.evtwin.core.engine..",
                    "org.evtwin.core.sim..")
            .because("the solver is used by the simulator, replay and benchmarks, not the other way round");

    private static final ArchRule MODEL_IS_PLAIN_DATA = noClasses().that().resideInAPackage("org.evtwin.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.evtwin.core.physics..", "org.evtwin.core.sim..",
                    "org.evtwin.core.cli..", "org.evtwin.core.engine..", "org.evtwin.core.telemetry..")
            .because("parameters and topology are immutable descriptions read by everything else");

    @Test
    void importFoundTheMainPackages() {
        for (String pkg : new String[] {"model", "model.json", "physics", "sim", "telemetry", "engine", "cli"}) {
            String name = "org.evtwin.core." + pkg;
            assertTrue(core.stream().anyMatch(c -> c.getPackageName().equals(name)), "imported " + name);
        }
        assertTrue(core.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "test classes left out");
    }

    @Test
    void coreDoesNotDependOnUiToolkits() {
        NO_UI_TOOLKIT.check(core);
    }

    @Test
    void physicsDoesNotDependOnSimulatorEngineOrCommandLine() {
        PHYSICS_IS_AT_THE_BOTTOM.check(core);
    }

    @Test
    void modelDependsOnNothingAboveIt() {
        MODEL_IS_PLAIN_DATA.check(core);
    }

    @Test
    void theRulesDetectAViolation() {
        // control: a rule the core certainly breaks must fail, so a passing rule above means something
        ArchRule everyoneUsesUtil = noClasses().that().resideInAPackage("org.evtwin.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.util..");
        assertThrows(AssertionError.class, () -> everyoneUsesUtil.check(core));
        ArchRule physicsUsesModel = noClasses().that().resideInAPackage("org.evtwin.core.physics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.evtwin.core.model..");
        assertThrows(AssertionError.class, () -> physicsUsesModel.check(core));
    }
}
