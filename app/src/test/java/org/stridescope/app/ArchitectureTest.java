package org.stridescope.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app module's shape (issue 11): no package cycles, a view model without scenes, and who may import whom. */
class ArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stridescope.app");
    }

    /** Each package a slice, the root package ({@code Main}) too: {@code gui} and {@code gui.data} are two. */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("org.stridescope.app")
                    ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of org.stridescope.app";
        }
    };

    @Test
    void noPackageCycles() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(app);
    }

    @Test
    void theViewModelNeedsNoScene() {
        ArchRule rule = noClasses().that().resideInAPackage("org.stridescope.app.gui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("the view model is state and rules, testable without a window");
        rule.check(app);
    }

    @Test
    void theWindowNeverImportsTheCommandLine() {
        noClasses().that().resideInAPackage("org.stridescope.app.gui..")
                .should().dependOnClassesThat().resideInAPackage("org.stridescope.app.cli..").check(app);
    }

    @Test
    void lessonsNeedNoWindow() {
        noClasses().that().resideInAPackage("org.stridescope.app.lesson..")
                .should().dependOnClassesThat().resideInAPackage("org.stridescope.app.gui..")
                .because("the lessons command reads lessons without the window").check(app);
    }

    @Test
    void featuresSeeTheirContextNotTheWindow() {
        noClasses().that().haveSimpleNameEndingWith("Feature").or().haveSimpleName("ErrorDialogs")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.stridescope.app.gui.MainWindow")
                .because("features get a FeatureContext, and WindowAssembly puts them together").check(app);
    }

    @Test
    void baseUsesNoOtherAppPackage() {
        noClasses().that().resideInAPackage("org.stridescope.app.base..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stridescope.app", "org.stridescope.app.cli..",
                        "org.stridescope.app.gui..", "org.stridescope.app.lesson..").check(app);
    }
}
