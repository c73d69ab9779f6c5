package org.sift.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/ARCHITECTURE (see docs/architecture.md), each rule with its reason. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sift");
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.sift.ui..", "org.sift")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.controlsfx..")
                .because("the core, the CLI and the figures must run on a headless server without JavaFX")
                .check(classes);
    }

    @Test
    void cliAndUiAreIndependent() {
        noClasses().that().resideInAPackage("org.sift.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.sift.ui..")
                .because("the command line must not load the GUI").check(classes);
        noClasses().that().resideInAPackage("org.sift.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.sift.cli..")
                .because("the GUI uses workflow services, not CLI commands").check(classes);
    }

    @Test
    void modelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.sift.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sift.model..", "java..")
                .because("the data model is the shared vocabulary and must stay free of libraries").check(classes);
    }

    @Test
    void concurrentUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.sift.concurrent..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sift.concurrent..", "java..")
                .because("progress and cancellation are plain Java, with a headless and an FX face").check(classes);
    }

    @Test
    void selectionKnowsNothingOfAtoms() {
        classes().that().resideInAPackage("org.sift.selection..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sift.selection..", "org.sift.concurrent..", "java..")
                .because("FPS works on any distance source and must not depend on the domain").check(classes);
    }

    @Test
    void ioDependsOnlyOnModelAndConcurrent() {
        noClasses().that().resideInAPackage("org.sift.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sift.descriptor..", "org.sift.similarity..",
                        "org.sift.selection..", "org.sift.analysis..", "org.sift.workflow..", "org.sift.figures..",
                        "org.sift.cli..", "org.sift.ui..")
                .because("readers and writers are the bottom layer above the model").check(classes);
    }

    @Test
    void descriptorAndSimilarityStayInTheCore() {
        noClasses().that().resideInAnyPackage("org.sift.descriptor..", "org.sift.similarity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sift.io..", "org.sift.selection..",
                        "org.sift.analysis..", "org.sift.workflow..", "org.sift.figures..", "org.sift.cli..", "org.sift.ui..")
                .because("the numerical core depends only on the model and on lower numerical layers").check(classes);
    }

    @Test
    void figuresDoNotDependOnFrontEnds() {
        noClasses().that().resideInAPackage("org.sift.figures..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sift.cli..", "org.sift.ui..")
                .because("CLI and GUI draw the very same charts").check(classes);
    }

    @Test
    void onlyCliWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackages("org.sift.cli..", "org.sift")
                .should().accessField(System.class, "out")
                .because("only the command line talks to the terminal; other layers return results").check(classes);
    }

    /** Parameter and result values of the core that front ends may hold, show and edit. */
    private static final DescribedPredicate<HasName> CORE_VALUES =
            nameMatching("org\\.sift\\.(descriptor\\.SoapParameters|similarity\\.KernelOptions|selection\\.FpsResult)(\\$.*)?")
                    .as("core parameter and result values");

    @Test
    void frontEndsUseOnlyTheUseCaseLayer() {
        noClasses().that().resideInAnyPackage("org.sift.ui..", "org.sift.cli..")
                .should().dependOnClassesThat(resideInAnyPackage("org.sift.descriptor..", "org.sift.similarity..",
                        "org.sift.selection..", "org.sift.learning..").and(not(CORE_VALUES).forSubtype()))
                .because("GUI and command line reach the numerical core only through workflow use cases "
                        + "(they may hold its parameter and result values), so a new stop rule, selector or "
                        + "cache policy is written once").check(classes);
    }

    @Test
    void useCasesAndCoreDoNotDependOnFrontEnds() {
        noClasses().that().resideInAnyPackage("org.sift.workflow..", "org.sift.learning..", "org.sift.analysis..",
                        "org.sift.synthetic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sift.cli..", "org.sift.ui..")
                .because("use cases serve both faces and must not know either").check(classes);
    }

    @Test
    void noCyclesBetweenGuiPackages() {
        slices().matching("org.sift.ui.(*)..").should().beFreeOfCycles()
                .because("each GUI package (a view and its view-model) builds on the shared ones in one direction")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.sift.(*)..").should().beFreeOfCycles()
                .because("layers build on each other in one direction").check(classes);
    }
}
