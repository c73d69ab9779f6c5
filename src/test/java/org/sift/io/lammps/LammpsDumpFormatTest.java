package org.sift.io.lammps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;

class LammpsDumpFormatTest {

    static final Path DATA = Paths.get("src/test/resources/data/formats");
    static final Path CONF = DATA.resolve("dpdata__poscars__conf.dump");
    static final Path TRAJ = DATA.resolve("dpdata__lammps__traj.dump");

    final LammpsDumpFormat dump = new LammpsDumpFormat();

    @TempDir
    Path tmp;

    List<Configuration> read(Path p, List<String> map) throws IOException {
        return dump.read(p, ReadOptions.withTypeMap(map), ProgressMonitor.NONE);
    }

    List<Configuration> read(String text, List<String> map) throws IOException {
        Path p = tmp.resolve("t.dump");
        Files.writeString(p, text);
        return read(p, map);
    }

    @Test
    void readsTriclinicConfDumpWithDocumentedBoundConversion() throws IOException {
        List<Configuration> c = read(CONF, List.of("O", "H"));
        assertThat(c).hasSize(2);
        // bounds: x 0 5.0739861 xy=1.2621856; y 0 2.7916155 xz=1.2874292; z 0 2.2254033 yz=0.7485898
        double xy = 1.2621856;
        double xz = 1.2874292;
        double yz = 0.7485898;
        double lx = (5.0739861 - (xy + xz)) - (0.0 - 0.0);
        double ly = (2.7916155 - yz) - 0.0;
        double lz = 2.2254033;
        double[] expected = {lx, 0, 0, xy, ly, 0, xz, yz, lz};
        for (Configuration x : c) {
            assertThat(x.cell().vectors()).containsExactly(expected, within(1e-15));
            assertThat(x.cell().pbc()).containsExactly(true, true, true);
            assertThat(x.species()).containsExactly("O", "H");
        }
        assertThat(lx).isCloseTo(2.5243713, within(1e-12));
        assertThat(c.get(0).positions()).containsExactly(0, 0, 0, 1.2621856, 0.7018028, 0.5513885);
        // frame 2 lists atom 2 first and has zlo = 1: sorted by id, shifted to the box origin
        assertThat(c.get(1).positions()).containsExactly(new double[] {0, 0, 0, 1.2621856, 0.7018028, 0.5513885}, within(1e-12));
        assertThat(c.get(0).info().get("timestep")).isEqualTo(Property.scalar("timestep", 0L));
        assertThat(c.get(1).info().get("timestep")).isEqualTo(Property.scalar("timestep", 1L));
        assertThat(c.get(0).forces()).isNull();
    }

    @Test
    void readsTrajDumpWithExtraColumns() throws IOException {
        List<Configuration> c = read(TRAJ, List.of("Fe", "C"));
        assertThat(c).hasSize(2);
        Configuration a = c.get(0);
        assertThat(a.size()).isEqualTo(17);
        assertThat(a.species()[0]).isEqualTo("Fe");
        assertThat(a.species()[16]).isEqualTo("C");
        assertThat(a.composition().formula()).isEqualTo("C1Fe16");
        // lines of the file, parsed plainly
        List<String> lines = Files.readAllLines(TRAJ);
        double[] lo = new double[3];
        for (int i = 0; i < 3; i++) {
            lo[i] = Double.parseDouble(lines.get(5 + i).trim().split("\\s+")[0]);
        }
        double xy = Double.parseDouble(lines.get(5).trim().split("\\s+")[2]);
        double xz = Double.parseDouble(lines.get(6).trim().split("\\s+")[2]);
        double yz = Double.parseDouble(lines.get(7).trim().split("\\s+")[2]);
        double xlo = lo[0] - Math.min(Math.min(0, xy), Math.min(xz, xy + xz));
        double ylo = lo[1] - Math.min(0, yz);
        String[] atom1 = lines.get(9).trim().split("\\s+");
        assertThat(a.position(0, 0)).isCloseTo(Double.parseDouble(atom1[2]) - xlo, within(1e-12));
        assertThat(a.position(0, 1)).isCloseTo(Double.parseDouble(atom1[3]) - ylo, within(1e-12));
        assertThat(a.position(0, 2)).isCloseTo(Double.parseDouble(atom1[4]) - lo[2], within(1e-12));
        Property spin = a.arrays().get("c_spin");
        assertThat(spin.shape()).containsExactly(17, 10);
        double[] v = ((org.sift.model.Values.Reals) spin.values()).values();
        double[] expectedRow = Arrays.stream(atom1).skip(5).mapToDouble(Double::parseDouble).toArray();
        assertThat(Arrays.copyOfRange(v, 0, 10)).containsExactly(expectedRow);
        assertThat(c.get(1).info().get("timestep")).isEqualTo(Property.scalar("timestep", 10L));
        assertThat(a.cell().pbc()).containsExactly(true, true, true);
    }

    static final String ORTHO = """
            ITEM: TIMESTEP
            100
            ITEM: NUMBER OF ATOMS
            3
            ITEM: BOX BOUNDS pp pp fs
            -1.0 9.0
            0.0 10.0
            2.0 12.0
            ITEM: ATOMS id type xs ys zs fx fy fz q
            3 2 0.5 0.5 0.5 0.3 0.0 -0.3 -1.0
            1 1 0.0 0.1 0.2 0.1 0.2 0.3 0.5
            2 1 1.0 0.0 0.0 -0.1 -0.2 0.0 0.5
            """;

    @Test
    void readsScaledCoordinatesForcesAndPerAtomColumns() throws IOException {
        Configuration c = read(ORTHO, List.of("Li", "O")).get(0);
        assertThat(c.species()).containsExactly("Li", "Li", "O");
        assertThat(c.cell().vectors()).containsExactly(10, 0, 0, 0, 10, 0, 0, 0, 10);
        assertThat(c.cell().pbc()).containsExactly(true, true, false);
        assertThat(c.positions()).containsExactly(0, 1, 2, 10, 0, 0, 5, 5, 5);
        assertThat(c.forces()).containsExactly(0.1, 0.2, 0.3, -0.1, -0.2, 0.0, 0.3, 0.0, -0.3);
        assertThat(c.arrays().get("q").shape()).containsExactly(3);
        assertThat(c.arrays().get("q").asText()).isEqualTo("0.5 0.5 -1.0");
        assertThat(c.info().get("timestep")).isEqualTo(Property.scalar("timestep", 100L));
    }

    @Test
    void boxVariants() throws IOException {
        String tri = ORTHO.replace("ITEM: BOX BOUNDS pp pp fs\n-1.0 9.0\n0.0 10.0\n2.0 12.0",
                "ITEM: BOX BOUNDS xy xz yz\n-1.0 9.0 -2.0\n0.0 10.0 0.0\n2.0 12.0 0.0");
        Configuration t = read(tri, List.of("Li", "O")).get(0);
        // no boundary flags: periodic; xlo = -1 - min(0, -2, 0, -2) = 1, xhi = 9 - 0 = 9
        assertThat(t.cell().pbc()).containsExactly(true, true, true);
        assertThat(t.cell().vectors()).containsExactly(8, 0, 0, -2, 10, 0, 0, 0, 10);
        String abc = ORTHO.replace("ITEM: BOX BOUNDS pp pp fs\n-1.0 9.0\n0.0 10.0\n2.0 12.0",
                "ITEM: BOX BOUNDS abc origin pp ff pp\n4.0 0.0 0.0 1.0\n1.0 5.0 0.0 2.0\n0.0 1.0 6.0 3.0");
        Configuration g = read(abc, List.of("Li", "O")).get(0);
        assertThat(g.cell().vectors()).containsExactly(4, 0, 0, 1, 5, 0, 0, 1, 6);
        assertThat(g.cell().pbc()).containsExactly(true, false, true);
        // scaled (1, 0, 0) -> a
        assertThat(java.util.Arrays.copyOfRange(g.positions(), 3, 6)).containsExactly(4, 0, 0);
    }

    @Test
    void elementColumnNamesTheSpecies() throws IOException {
        String text = ORTHO.replace("id type xs ys zs fx fy fz q", "id element xu yu zu fx fy fz q")
                .replace("3 2 0.5", "3 Cl 0.5").replace("1 1 0.0", "1 Na 0.0").replace("2 1 1.0", "2 Na 1.0");
        Configuration c = read(text, List.of()).get(0);
        assertThat(c.species()).containsExactly("Na", "Na", "Cl");
        // unwrapped Cartesian, shifted by the box origin (-1, 0, 2)
        assertThat(c.positions()).containsExactly(1, 0.1, -1.8, 2, 0, -2, 1.5, 0.5, -1.5);
    }

    @Test
    void errors() throws IOException {
        assertThatThrownBy(() -> read(TRAJ, List.of()))
                .isInstanceOf(FormatException.class).hasMessageContaining("traj.dump")
                .hasMessageContaining("highest atom type is 2").hasMessageContaining("--type-map");
        assertThatThrownBy(() -> read(TRAJ, List.of("Fe")))
                .isInstanceOf(FormatException.class).hasMessageContaining("atom type 2");
        assertThatThrownBy(() -> read(ORTHO.replace("0.3 0.0 -0.3", "0.3 zero -0.3"), List.of("Li", "O")))
                .isInstanceOf(FormatException.class).hasMessageContaining("t.dump:10").hasMessageContaining("'zero'");
        assertThatThrownBy(() -> read(ORTHO.replace("2 1 1.0 0.0 0.0 -0.1 -0.2 0.0 0.5\n", ""), List.of("Li", "O")))
                .isInstanceOf(FormatException.class).hasMessageContaining("2 of 3 atoms");
        assertThatThrownBy(() -> read(ORTHO.replace("1 1 0.0 0.1 0.2 0.1 0.2 0.3 0.5", "1 1 0.0 0.1 0.2 0.1 0.2 0.3"), List.of("Li", "O")))
                .isInstanceOf(FormatException.class).hasMessageContaining("t.dump:11").hasMessageContaining("expected 9 columns");
        assertThatThrownBy(() -> read("ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n2\n", List.of("H")))
                .isInstanceOf(FormatException.class).hasMessageContaining("ITEM: ATOMS");
        assertThat(read("", List.of("H"))).isEmpty();
        Path empty = tmp.resolve("empty.dump");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> FormatRegistry.standard().read(empty, null, ReadOptions.defaults(), ProgressMonitor.NONE))
                .isInstanceOf(FormatException.class).hasMessageContaining("empty.dump");
    }

    @Test
    void registryDetectsDumps() throws IOException {
        FormatRegistry r = FormatRegistry.standard();
        assertThat(r.detect(TRAJ).id()).isEqualTo("lammps-dump");
        assertThat(r.detect(CONF).id()).isEqualTo("lammps-dump");
        Path p = tmp.resolve("x.lammpstrj");
        Files.writeString(p, ORTHO);
        assertThat(r.detect(p).id()).isEqualTo("lammps-dump");
        assertThat(dump.canWrite()).isFalse();
    }
}
