package org.sift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionTest {

    private static String[] atoms(String a, int na, String b, int nb) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < na; i++) s.add(a);
        for (int i = 0; i < nb; i++) s.add(b);
        Collections.shuffle(s, new java.util.Random(7));
        return s.toArray(String[]::new);
    }

    @Test
    void studyGroupsAreReducedAlphabeticalWithExplicitCounts() {
        assertThat(Composition.of(atoms("Si", 64, "Li", 1)).reducedFormula()).isEqualTo("Li1Si64");
        assertThat(Composition.of(atoms("Li", 32, "Si", 32)).reducedFormula()).isEqualTo("Li1Si1");
        assertThat(Composition.of(atoms("Li", 26, "Si", 8)).reducedFormula()).isEqualTo("Li13Si4");
        assertThat(Composition.of(atoms("Li", 54, "Si", 1)).reducedFormula()).isEqualTo("Li54Si1");
        assertThat(Composition.of(atoms("Li", 4, "Si", 12)).reducedFormula()).isEqualTo("Li1Si3");
        assertThat(Composition.of(atoms("Li", 240, "Si", 64)).reducedFormula()).isEqualTo("Li15Si4");
        assertThat(Composition.of(atoms("Li", 240, "Si", 64)).formula()).isEqualTo("Li240Si64");
    }

    @Test
    void singleElementAndEmpty() {
        assertThat(Composition.of(new String[] {"Si", "Si", "Si"}).reducedFormula()).isEqualTo("Si1");
        assertThat(Composition.of(new String[0]).reducedFormula()).isEmpty();
        assertThat(Composition.of(new String[] {"O", "H", "H"}).reducedFormula()).isEqualTo("H2O1");
    }

    @Test
    void datasetGroupsAndCounts() {
        Configuration a = Configuration.of(new String[] {"Li", "Si"}, new double[6], Cell.box(3, 3, 3));
        Configuration b = Configuration.of(new String[] {"Si", "Si", "Si", "Li"}, new double[12], Cell.box(3, 3, 3))
                .withInfo(java.util.Map.of("config_type", Property.scalar("config_type", "md")));
        Dataset d = Dataset.of("x", List.of(a, b, a));
        assertThat(d.formulaGroups()).containsExactly("Li1Si1", "Li1Si3", "Li1Si1");
        assertThat(Dataset.counts(d.formulaGroups())).containsEntry("Li1Si1", 2).containsEntry("Li1Si3", 1);
        assertThat(d.propertyGroups("config_type")).containsExactly("(none)", "md", "(none)");
        assertThat(d.species()).containsExactly("Li", "Si");
        assertThat(d.atomCount()).isEqualTo(8);
        assertThat(d.subset("s", new int[] {2, 0}).origins()).extracting(Origin::frame).containsExactly(2, 0);
    }

    @Test
    void shapesAreCheckedAtConstruction() {
        assertThatThrownBy(() -> Configuration.of(new String[] {"Li"}, new double[4], null))
                .hasMessageContaining("expected 3 values");
        assertThatThrownBy(() -> new Property("x", new Values.Reals(new double[3]), new int[] {2, 2}, null))
                .hasMessageContaining("does not match");
    }

    @Test
    void stressAndVirialConvertThroughTheVolume() {
        double[] stress = {1, 2, 3, 2, 4, 5, 3, 5, 6};
        Configuration c = new Configuration(new String[] {"Si"}, new double[3], Cell.box(2, 3, 4), null, null,
                stress, null, null, null);
        double[] virial = c.virialOrDerived();
        assertThat(virial[0]).isEqualTo(-24.0);
        assertThat(virial[8]).isEqualTo(-144.0);
        Configuration back = new Configuration(c.species(), c.positions(), c.cell(), null, null, null, virial, null, null);
        assertThat(back.stressOrDerived()).containsExactly(stress);
    }
}
