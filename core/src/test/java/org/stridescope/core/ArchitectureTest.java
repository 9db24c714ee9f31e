package org.stridescope.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rules of design.md that the compiler does not check. */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stridescope.core");

    @Test
    void coreNeverTouchesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(core);
    }

    @Test
    void coreNeverDependsOnTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.stridescope.app..").check(core);
    }

    /** dtype parses dtypes and decodes elements; printing values is format's, which builds on dtype. */
    @Test
    void dtypeNeverDependsOnFormat() {
        noClasses().that().resideInAPackage("org.stridescope.core.dtype..")
                .should().dependOnClassesThat().resideInAPackage("org.stridescope.core.format..").check(core);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("org.stridescope.core.(*)..").should().beFreeOfCycles().check(core);
    }
}
