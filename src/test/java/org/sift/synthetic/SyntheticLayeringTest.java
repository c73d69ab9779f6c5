package org.sift.synthetic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SyntheticLayeringTest {

    @Test
    void syntheticUsesOnlyTheModelAndTheJdk() throws Exception {
        classes().that().resideInAPackage("org.sift.synthetic..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sift.synthetic..", "org.sift.model..", "java..")
                .because("the generator makes configurations; writing them is the job of io, called by cli")
                .check(new ClassFileImporter().importPath(classesOf(SyntheticGenerator.class)));
    }

    /** The folder (or jar) of the main classes: importing only it keeps this test fast. */
    private static Path classesOf(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
