package org.sift.io.vasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

class PoscarFormatTest {

    private final PoscarFormat format = new PoscarFormat();

    @TempDir
    Path dir;

    private Configuration read(Path p) throws IOException {
        return read(p, ReadOptions.defaults());
    }

    private Configuration read(Path p, ReadOptions o) throws IOException {
        List<Configuration> c = format.read(p, o, ProgressMonitor.NONE);
        assertThat(c).hasSize(1);
        return c.get(0);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsTheSiCFileAsWritten() throws IOException {
        Configuration c = read(VaspTestFiles.data(VaspTestFiles.POSCAR_SIC));
        // lines 6-7: "C Si" / "4 4"
        assertThat(c.species()).containsExactly("C", "C", "C", "C", "Si", "Si", "Si", "Si");
        // line 3-5, scale 1.0 (line 2)
        assertThat(c.cell().vectors()).containsExactly(new double[] {
            4.1454462863815970, 0, 0, 0.13, 3.9594462863815970, 0, 0.25, 0.37, 4.0400062863815970}, within(1e-15));
        assertThat(c.cell().pbc()).containsExactly(true, true, true);
        // "cartesian": line 9 is atom 1, line 16 atom 8
        assertThat(new double[] {c.position(0, 0), c.position(0, 1), c.position(0, 2)})
                .containsExactly(new double[] {-0.0666948568, 0.0604660432, 2.1539831432}, within(1e-15));
        assertThat(new double[] {c.position(7, 0), c.position(7, 1), c.position(7, 2)})
                .containsExactly(new double[] {0.0632185432, 1.9999431432, 2.0438931432}, within(1e-15));
        assertThat(c.info().get("comment").asText()).isEqualTo("C4 Si4");
        assertThat(c.arrays()).isEmpty();
        assertThat(c.energy()).isNull();
    }

    private static final String LATTICE = "   2.0 0.0 0.0\n   0.5 3.0 0.0\n   0.1 0.2 4.0\n";

    @Test
    void directCoordinatesAreFractionsOfTheScaledCell() throws IOException {
        Configuration c = read(file("POSCAR", "t\n 1.5\n" + LATTICE + " Si Li\n 1 1\nDirect\n 0.5 0.25 0.1\n 0 0 0\n"));
        double[] l = {3.0, 0, 0, 0.75, 4.5, 0, 0.15, 0.3, 6.0};
        assertThat(c.cell().vectors()).containsExactly(l, within(1e-14));
        for (int k = 0; k < 3; k++) {
            assertThat(c.position(0, k)).isCloseTo(0.5 * l[k] + 0.25 * l[3 + k] + 0.1 * l[6 + k], within(1e-14));
        }
    }

    @Test
    void cartesianCoordinatesAreScaledToo() throws IOException {
        Configuration c = read(file("POSCAR", "t\n 2.0\n" + LATTICE + " Si\n 1\nCartesian\n 0.5 0.25 0.1\n"));
        assertThat(new double[] {c.position(0, 0), c.position(0, 1), c.position(0, 2)})
                .containsExactly(new double[] {1.0, 0.5, 0.2}, within(1e-15));
    }

    @Test
    void negativeScaleIsTheVolume() throws IOException {
        // det of LATTICE = 2*3*4 = 24; asking for 81 scales every length by (81/24)^(1/3) = 1.5
        Configuration c = read(file("POSCAR", "t\n -81.0\n" + LATTICE + " Si\n 1\nDirect\n 0.5 0.5 0.5\n"));
        assertThat(c.cell().volume()).isCloseTo(81.0, within(1e-10));
        assertThat(c.cell().get(1, 0)).isCloseTo(0.75, within(1e-12));
        assertThat(c.position(0, 2)).isCloseTo(0.5 * 6.0, within(1e-12));
    }

    @Test
    void threeScalingFactorsScaleCartesianComponents() throws IOException {
        Configuration c = read(file("POSCAR", "t\n 1.0 2.0 3.0\n" + LATTICE + " Si\n 1\nCartesian\n 1 1 1\n"));
        assertThat(c.cell().vectors()).containsExactly(new double[] {2, 0, 0, 0.5, 6, 0, 0.1, 0.4, 12}, within(1e-14));
        assertThat(new double[] {c.position(0, 0), c.position(0, 1), c.position(0, 2)}).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void vasp4NeedsATypeMap() throws IOException {
        Path p = file("POSCAR", "Si Li but only a comment\n 1.0\n" + LATTICE + " 1 2\nDirect\n 0 0 0\n 0.5 0 0\n 0 0.5 0\n");
        assertThatThrownBy(() -> read(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining(p.toString()).hasMessageContaining(":6:").hasMessageContaining("type map");
        Configuration c = read(p, ReadOptions.withTypeMap(List.of("Ge", "Sn")));
        assertThat(c.species()).containsExactly("Ge", "Sn", "Sn");
    }

    @Test
    void selectiveDynamicsAndVelocitiesAreKept() throws IOException {
        Configuration c = read(file("CONTCAR", "relaxed\n 1.0\n" + LATTICE + " Si_sv Li/ab12\n 1 1 ! counts\n"
                + "Selective dynamics\nDirect\n 0 0 0 T F T\n 0.5 0.5 0.5 F F F\n"
                + "\n 0.1 0.2 0.3\n -0.1-0.2 0.5E-01\n"));
        assertThat(c.species()).containsExactly("Si", "Li");
        Property sd = c.arrays().get("selective_dynamics");
        assertThat(sd.shape()).containsExactly(2, 3);
        assertThat(((Values.Bools) sd.values()).values()).containsExactly(true, false, true, false, false, false);
        Property v = c.arrays().get("velocities");
        assertThat(v.shape()).containsExactly(2, 3);
        // blank mode line: Cartesian Å/fs; "-0.1-0.2" is two numbers glued by Fortran
        assertThat(((Values.Reals) v.values()).values()).containsExactly(new double[] {0.1, 0.2, 0.3, -0.1, -0.2, 0.05}, within(1e-15));
    }

    @Test
    void writeThenReadKeepsEverythingItDeclares() throws IOException {
        Random rnd = new Random(20240611L);
        double[] lat = new double[9];
        for (int i = 0; i < 9; i++) {
            lat[i] = (i % 4 == 0 ? 4 + 3 * rnd.nextDouble() : 0) + rnd.nextDouble() - 0.5;
        }
        String[] pool = {"Si", "Li", "O"};
        int n = 17;
        String[] species = new String[n];
        double[] pos = new double[3 * n];
        boolean[] flags = new boolean[3 * n];
        double[] vel = new double[3 * n];
        for (int a = 0; a < n; a++) {
            species[a] = pool[rnd.nextInt(pool.length)];
            for (int k = 0; k < 3; k++) {
                pos[3 * a + k] = 12 * rnd.nextDouble() - 3; // also outside the cell
                flags[3 * a + k] = rnd.nextBoolean();
                vel[3 * a + k] = 1e-3 * rnd.nextGaussian();
            }
        }
        species[0] = "Si";
        species[1] = "Li";
        species[2] = "Si"; // certainly not grouped
        Map<String, Property> info = new LinkedHashMap<>();
        info.put("comment", Property.scalar("comment", "random triclinic test"));
        Map<String, Property> arrays = new LinkedHashMap<>();
        arrays.put("selective_dynamics", new Property("selective_dynamics", new Values.Bools(flags), new int[] {n, 3}, null));
        arrays.put("velocities", new Property("velocities", new Values.Reals(vel), new int[] {n, 3}, "Å/fs"));
        Configuration c = new Configuration(species, pos, Cell.periodic(lat), null, null, null, null, info, arrays);

        Path p = dir.resolve("POSCAR");
        List<String> warnings = format.write(p, List.of(c), WriteOptions.defaults());
        assertThat(warnings).isEmpty();
        Configuration back = read(p);
        assertThat(back.species()).containsExactly(species);
        assertThat(back.cell().vectors()).containsExactly(lat, within(1e-14));
        assertThat(back.positions()).containsExactly(pos, within(1e-14));
        assertThat(back.cell().pbc()).containsExactly(true, true, true);
        assertThat(((Values.Bools) back.arrays().get("selective_dynamics").values()).values()).containsExactly(flags);
        assertThat(((Values.Reals) back.arrays().get("velocities").values()).values()).containsExactly(vel, within(1e-18));
        assertThat(back.info().get("comment").asText()).isEqualTo("random triclinic test");

        // species blocks follow the atom order: one block per run of equal species
        List<String> lines = Files.readAllLines(p);
        String[] blocks = VaspText.tokens(lines.get(5));
        int runs = 1;
        for (int a = 1; a < n; a++) {
            if (!species[a].equals(species[a - 1])) {
                runs++;
            }
        }
        assertThat(blocks).hasSize(runs).startsWith("Si", "Li", "Si");
        // and the registry writes and detects it by name and by content
        FormatRegistry reg = FormatRegistry.standard();
        Path q = dir.resolve("structure.vasp");
        reg.write(q, null, List.of(c), WriteOptions.defaults(), false);
        assertThat(reg.detect(q).id()).isEqualTo("poscar");
        Path r = dir.resolve("noname");
        Files.copy(q, r);
        assertThat(reg.detect(r).id()).isEqualTo("poscar");
    }

    @Test
    void writerNamesEveryLabelItDrops() throws IOException {
        Configuration c = new Configuration(new String[] {"H"}, new double[3], Cell.box(3, 3, 3), -1.0,
                new double[3], null, null, Map.of("config_type", Property.scalar("config_type", "x")), null);
        List<String> w = format.write(dir.resolve("POSCAR"), List.of(c), WriteOptions.defaults());
        assertThat(String.join("\n", w)).contains("'energy'").contains("'forces'").contains("'config_type'");
        assertThatThrownBy(() -> format.write(dir.resolve("P2"), List.of(Configuration.of(new String[] {"H"}, new double[3], Cell.none())),
                WriteOptions.defaults())).hasMessageContaining("cell");
    }

    @Test
    void truncatedFileNamesFileAndLine() throws IOException {
        Path p = VaspTestFiles.head(VaspTestFiles.POSCAR_SIC, 12, dir, "POSCAR");
        // 8 atoms promised, only lines 9-12 (4 atoms) present
        assertThatThrownBy(() -> read(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining(p.toString() + ":13:").hasMessageContaining("4 of 8");
        Path q = VaspTestFiles.head(VaspTestFiles.POSCAR_SIC, 4, dir, "POSCAR2");
        assertThatThrownBy(() -> read(q)).isInstanceOf(FormatException.class)
                .hasMessageContaining(":5:").hasMessageContaining("lattice vector 3");
    }

    @Test
    void wrongAtomCountIsAnError() throws IOException {
        List<String> l = VaspTestFiles.lines(VaspTestFiles.POSCAR_SIC);
        l.set(6, "4 3"); // 7 atoms promised, 8 coordinate lines present
        Path p = dir.resolve("POSCAR");
        Files.write(p, l);
        assertThatThrownBy(() -> read(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining(":16:").hasMessageContaining("expected 7 atoms");
        l.set(6, "4 4 1"); // three counts for two species
        Files.write(p, l);
        assertThatThrownBy(() -> read(p)).isInstanceOf(FormatException.class).hasMessageContaining(":7:");
    }

    @Test
    void nonNumericCoordinateNamesFileAndLine() throws IOException {
        List<String> l = VaspTestFiles.lines(VaspTestFiles.POSCAR_SIC);
        l.set(10, "   0.0885598432    abc    0.0622547432"); // line 11 = atom 3
        Path p = dir.resolve("POSCAR");
        Files.write(p, l);
        assertThatThrownBy(() -> read(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining(p + ":11:").hasMessageContaining("'abc'").hasMessageContaining("atom 3");
    }

    @Test
    void unknownSpeciesAndEmptyFile() throws IOException {
        List<String> l = VaspTestFiles.lines(VaspTestFiles.POSCAR_SIC);
        l.set(5, "C Xq");
        Path p = dir.resolve("POSCAR");
        Files.write(p, l);
        assertThatThrownBy(() -> read(p)).isInstanceOf(FormatException.class)
                .hasMessageContaining(":6:").hasMessageContaining("'Xq'");
        Path e = file("empty", "");
        assertThatThrownBy(() -> read(e)).isInstanceOf(FormatException.class).hasMessageContaining("empty");
    }

    @Test
    void sniffAcceptsPoscarsOnly() throws IOException {
        assertThat(format.sniff(null, Files.readAllBytes(VaspTestFiles.data(VaspTestFiles.POSCAR_SIC)))).isTrue();
        for (String other : List.of(VaspTestFiles.OUTCAR_H2O, VaspTestFiles.VASPRUN_TIO, "dpdata__xyz__xyz_unittest.xyz",
                "dpdata__poscars__conf.dump", "dpdata__n2p2__input.data")) {
            byte[] head = org.sift.io.TextInput.head(VaspTestFiles.data(other), 4096);
            assertThat(format.sniff(null, head)).as(other).isFalse();
        }
    }
}
