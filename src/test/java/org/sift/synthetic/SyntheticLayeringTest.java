package org.sift.synthetic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SyntheticLayeringTest {

    @Test
    void syntheticUsesOnlyTheModelAndTheJdk() {
        classes().that().resideInAPackage("org.sift.synthetic..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sift.synthetic..", "org.sift.model..", "java..")
                .because("the generator makes configurations; writing them is the job of io, called by cli")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.sift.synthetic"));
    }
}
