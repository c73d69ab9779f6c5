package org.sift.io.vasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Configuration;
import org.sift.model.Dataset;

class XdatcarFormatTest {

    /** The first two configurations of pymatgen's {@code XDATCAR_traj} (see data/LICENSES.md). */
    static final String TRAJ = "pymatgen__io__vasp__outputs__XDATCAR_traj.head2";

    private final XdatcarFormat format = new XdatcarFormat();
    private final FormatRegistry registry = FormatRegistry.standard();

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private List<Configuration> read(Path p) throws IOException {
        return format.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    @Test
    void readsPymatgensTrajectoryAsWritten() throws IOException {
        Path p = VaspTestFiles.data(TRAJ);
        List<Configuration> frames = read(p);
        assertThat(frames).hasSize(2);
        double a = 10.805799; // lines 3-5, scale 1.0
        for (Configuration c : frames) {
            assertThat(c.size()).isEqualTo(76); // line 7: 38 38
            assertThat(c.species()[0]).isEqualTo("Li");
            assertThat(c.species()[37]).isEqualTo("Li");
            assertThat(c.species()[38]).isEqualTo("Si");
            assertThat(c.species()[75]).isEqualTo("Si");
            assertThat(c.cell().vectors()).containsExactly(new double[] {a, 0, 0, 0, a, 0, 0, 0, a}, within(0.0));
            assertThat(c.cell().pbc()).containsExactly(true, true, true);
            assertThat(c.energy()).isNull();
            assertThat(c.forces()).isNull();
        }
        // line 9: "0.492382 0.424713 0.083372 Li" (direct)
        assertThat(new double[] {
                    frames.get(0).position(0, 0),
                    frames.get(0).position(0, 1),
                    frames.get(0).position(0, 2)
                })
                .containsExactly(new double[] {0.492382 * a, 0.424713 * a, 0.083372 * a}, within(1e-12));
        // line 161, the last: "0.861410 0.561805 0.114427 Si"
        assertThat(new double[] {
                    frames.get(1).position(75, 0),
                    frames.get(1).position(75, 1),
                    frames.get(1).position(75, 2)
                })
                .containsExactly(new double[] {0.861410 * a, 0.561805 * a, 0.114427 * a}, within(1e-12));
        assertThat(frames.get(0).info().get(XdatcarFormat.MD_STEP).asText()).isEqualTo("1");
        assertThat(frames.get(1).info().get(XdatcarFormat.MD_STEP).asText()).isEqualTo("2");
        assertThat(frames.get(0).info().get("comment").asText()).isEqualTo("unknown system");
    }

    @Test
    void isDetectedByContentAndNotTakenForAPoscar() throws IOException {
        Path p = VaspTestFiles.data(TRAJ);
        assertThat(registry.detect(p).id()).isEqualTo("xdatcar");
        Path named = dir.resolve("XDATCAR");
        Files.copy(p, named);
        assertThat(registry.byName(named).orElseThrow().id()).isEqualTo("xdatcar");
        assertThat(registry.detect(named).id()).isEqualTo("xdatcar");
        // a POSCAR is still a POSCAR, even named XDATCAR
        Path poscar = dir.resolve("sub");
        Files.createDirectories(poscar);
        Files.copy(VaspTestFiles.data(VaspTestFiles.POSCAR_SIC), poscar.resolve("XDATCAR"));
        assertThat(registry.detect(poscar.resolve("XDATCAR")).id()).isEqualTo("poscar");
        Dataset d = registry.read(p);
        assertThat(d.size()).isEqualTo(2);
        // each frame's origin is its configuration line (lines 8 and 85)
        assertThat(d.origins().get(0).line()).isEqualTo(8);
        assertThat(d.origins().get(1).line()).isEqualTo(85);
    }

    /**
     * A variable-cell run (ISIF = 3) repeats the header before every frame; VASP's layout, with a
     * scale factor of 2 and a triclinic cell, values worked out by hand.
     */
    @Test
    void aVariableCellRunTakesEachFramesOwnCell() throws IOException {
        String text = """
                Si2 NPT
                   2.00000000000000
                     2.0000000000    0.0000000000    0.0000000000
                     0.5000000000    3.0000000000    0.0000000000
                     0.1000000000    0.2000000000    4.0000000000
                   Si   C
                     1     1
                Direct configuration=     1
                   0.50000000  0.25000000  0.10000000
                   0.00000000  0.00000000  0.00000000
                Si2 NPT
                   2.00000000000000
                     2.1000000000    0.0000000000    0.0000000000
                     0.5000000000    3.0000000000    0.0000000000
                     0.1000000000    0.2000000000    4.2000000000
                   Si   C
                     1     1
                Direct configuration=     2
                   0.50000000  0.25000000  0.10000000
                   1.00000000  0.50000000  0.00000000
                """;
        List<Configuration> f = read(file("XDATCAR", text));
        assertThat(f).hasSize(2);
        assertThat(f.get(0).species()).containsExactly("Si", "C");
        assertThat(f.get(0).cell().vectors())
                .containsExactly(new double[] {4.0, 0, 0, 1.0, 6.0, 0, 0.2, 0.4, 8.0}, within(1e-14));
        assertThat(f.get(1).cell().vectors())
                .containsExactly(new double[] {4.2, 0, 0, 1.0, 6.0, 0, 0.2, 0.4, 8.4}, within(1e-14));
        // 0.5 a + 0.25 b + 0.1 c = (2 + 0.25 + 0.02, 1.5 + 0.04, 0.8) in frame 1
        assertThat(f.get(0).positions()).containsExactly(new double[] {2.27, 1.54, 0.8, 0, 0, 0}, within(1e-14));
        // frame 2: (2.1 + 0.25 + 0.02, 1.5 + 0.04, 0.84) and 1.0 a + 0.5 b = (4.2 + 0.5, 3.0, 0)
        assertThat(f.get(1).positions()).containsExactly(new double[] {2.37, 1.54, 0.84, 4.7, 3.0, 0}, within(1e-14));
        assertThat(registry.detect(file("noname", text)).id()).isEqualTo("xdatcar");
    }

    @Test
    void cartesianFramesAndAVolumeAsScale() throws IOException {
        // scale -64: the volume is 64 Å^3, the unscaled cell 1 Å^3, so the factor is 4
        List<Configuration> f = read(file(
                "XDATCAR",
                "t\n -64\n 1 0 0\n 0 1 0\n 0 0 1\n H\n 1\n" + "Cartesian configuration=  7\n 0.1 0.2 0.3\n"));
        assertThat(f.get(0).cell().vectors()).containsExactly(new double[] {4, 0, 0, 0, 4, 0, 0, 0, 4}, within(1e-12));
        assertThat(f.get(0).positions()).containsExactly(new double[] {0.4, 0.8, 1.2}, within(1e-12));
        assertThat(f.get(0).info().get(XdatcarFormat.MD_STEP).asText()).isEqualTo("7");
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        String head = "t\n 1\n 3 0 0\n 0 3 0\n 0 0 3\n Si\n 2\nDirect configuration=     1\n 0 0 0\n";
        Path cut = file("cut", head);
        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(cut + ":10")
                .hasMessageContaining("1 of 2 positions");
        Path bad = file("bad", head + " 0.5 x 0.5\n");
        assertThatThrownBy(() -> read(bad)).isInstanceOf(FormatException.class).hasMessageContaining(bad + ":10");
        Path other = file(
                "other", head + " 0.5 0.5 0.5\nt\n 1\n 3 0 0\n 0 3 0\n 0 0 3\n Si\n 3\nDirect configuration=     2\n");
        assertThatThrownBy(() -> read(other))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(other + ":17")
                .hasMessageContaining("differ");
        Path vasp4 =
                file("vasp4", "t\n 1\n 3 0 0\n 0 3 0\n 0 0 3\n 2\nDirect configuration=     1\n 0 0 0\n 0.5 0.5 0.5\n");
        assertThatThrownBy(() -> read(vasp4)).hasMessageContaining("--type-map");
        assertThat(format.read(vasp4, ReadOptions.withTypeMap(List.of("Ge")), ProgressMonitor.NONE)
                        .get(0)
                        .species())
                .containsExactly("Ge", "Ge");
    }
}
