package org.sift.io.n2p2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.model.Cell;
import org.sift.model.Configuration;

class N2p2FormatTest {

    private final N2p2Format format = new N2p2Format();
    private final FormatRegistry registry = FormatRegistry.standard();

    @TempDir
    Path dir;

    static Path data(String name) {
        try {
            return Path.of(
                    N2p2FormatTest.class.getResource("/data/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** dpdata tests/test_n2p2.py: the expected system of its input.data, in Å, eV and eV/Å. */
    @Test
    void readsDpdatasFileAsDpdataDoes() throws IOException {
        Path p = data("dpdata__n2p2__input.data");
        assertThat(registry.detect(p).id()).isEqualTo("n2p2");
        List<Configuration> f = format.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
        assertThat(f).hasSize(2);
        double[][] coords = {{1, 0, 0, 0, 0, 1.5, 1, 0, 3}, {2, 1, 1, 1, 1, 2.5, 2, 1, 4}};
        double[][] forces = {{0.5, 0, 0, 0, 0, 0.75, 0.5, 0, 1.5}, {2.5, 2, 2, 2, 2, 2.75, 2.5, 2, 3.5}};
        double[] energies = {1.2, 2.3};
        for (int k = 0; k < 2; k++) {
            Configuration c = f.get(k);
            assertThat(c.species()).containsExactly("O", "H", "H");
            assertThat(c.cell().vectors()).containsExactly(new double[] {10, 0, 0, 0, 10, 0, 0, 0, 10}, within(1e-5));
            assertThat(c.cell().pbc()).containsExactly(true, true, true);
            // dpdata compares to 5 decimals (numpy: abs difference < 1.5e-5); the file prints 6 decimals of Hartree
            assertThat(c.positions()).containsExactly(coords[k], within(1.5e-5));
            assertThat(c.forces()).containsExactly(forces[k], within(1.5e-5));
            assertThat(c.energy()).isCloseTo(energies[k], within(1.5e-5));
        }
        assertThat(registry.read(p).origins().get(1).line()).isEqualTo(11);
    }

    @Test
    void writtenFilesReadBackAndMoleculesHaveNoLattice() throws IOException {
        Configuration mol = new Configuration(
                new String[] {"O", "H"},
                new double[] {0, 0, 0, 0.96, 0, 0},
                Cell.none(),
                -14.2,
                new double[] {0.1, 0, 0, -0.1, 0, 0},
                null,
                null,
                null,
                null);
        Configuration crystal = Configuration.of(new String[] {"Si"}, new double[] {0.5, 0.5, 0.5}, Cell.box(3, 3, 3));
        Path out = dir.resolve("input.data");
        registry.write(out, null, List.of(mol, crystal), WriteOptions.defaults(), false);
        List<String> text = Files.readAllLines(out);
        assertThat(text.subList(0, 2)).containsExactly("begin", "comment H1O1");
        assertThat(text.get(2)).startsWith("atom 0.0 0.0 0.0 O 0.0 0.0 ");
        assertThat(text).contains("energy " + (-14.2 / 27.211386018));
        List<Configuration> back = registry.read(out).configurations();
        assertThat(back.get(0).cell().hasLattice()).isFalse();
        assertThat(back.get(0).positions()).containsExactly(mol.positions(), within(1e-14));
        assertThat(back.get(0).energy()).isCloseTo(-14.2, within(1e-12));
        assertThat(back.get(0).forces()).containsExactly(mol.forces(), within(1e-14));
        assertThat(back.get(1).cell().vectors())
                .containsExactly(Cell.box(3, 3, 3).vectors(), within(1e-14));
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        Path cut = dir.resolve("cut.data");
        Files.writeString(cut, "begin\nlattice 1 0 0\nlattice 0 1 0\nlattice 0 0 1\natom 0 0 0 H 0 0 0 0 0\n");
        assertThatThrownBy(() -> format.read(cut, ReadOptions.defaults(), ProgressMonitor.NONE))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(cut + ":6")
                .hasMessageContaining("no 'end'");
        Path bad = dir.resolve("bad.data");
        Files.writeString(bad, "begin\natom 0 0 0 H 0 0 0 x 0\nend\n");
        assertThatThrownBy(() -> format.read(bad, ReadOptions.defaults(), ProgressMonitor.NONE))
                .hasMessageContaining(bad + ":2");
    }
}
