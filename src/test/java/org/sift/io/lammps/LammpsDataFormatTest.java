package org.sift.io.lammps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadLog;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

class LammpsDataFormatTest {

    private final LammpsDataFormat format = new LammpsDataFormat();
    private final FormatRegistry registry = FormatRegistry.standard();

    @TempDir
    Path dir;

    static Path data(String name) {
        try {
            return Path.of(LammpsDataFormatTest.class
                    .getResource("/data/formats/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Configuration read(Path p, List<String> typeMap) throws IOException {
        List<Configuration> c = format.read(p, ReadOptions.withTypeMap(typeMap), ProgressMonitor.NONE);
        assertThat(c).hasSize(1);
        return c.get(0);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** dpdata's expected cell and positions for its OVITO-written conf.lmp (tests/poscars/poscar_ref_oh.py). */
    private static final double[] OVITO_CELL = {
        2.5243712, 0, 0, 1.2621856, 2.0430257, 0, 1.2874292, 0.7485898, 2.2254033
    };

    private static final double[] OVITO_POSITIONS = {0, 0, 0, 1.2621856, 0.7018028, 0.5513885};

    @Test
    void readsOvitosDataFileAsDpdataDoes() throws IOException {
        Configuration c = read(data("dpdata__poscars__conf.lmp"), List.of("O", "H"));
        assertThat(c.species()).containsExactly("O", "H");
        assertThat(c.cell().vectors()).containsExactly(OVITO_CELL, within(1e-7));
        assertThat(c.cell().pbc()).containsExactly(true, true, true);
        assertThat(c.positions()).containsExactly(OVITO_POSITIONS, within(1e-7));
        assertThat(c.arrays()).isEmpty();
        assertThatThrownBy(() -> read(data("dpdata__poscars__conf.lmp"), List.of()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("--type-map");
    }

    @Test
    void chargeAndFullStylesGiveChargesAndMoleculeIds() throws IOException {
        // dpdata tests/test_lammps_atom_styles.py: expected charges [-0.8476, 0.4238], the same coordinates
        for (String style : List.of("full", "charge")) {
            Configuration c = read(data("dpdata__test_lammps_atom_styles__" + style + ".lmp"), List.of("O", "H"));
            assertThat(c.positions()).as(style).containsExactly(OVITO_POSITIONS, within(1e-7));
            assertThat(c.cell().vectors()).as(style).containsExactly(OVITO_CELL, within(1e-7));
            assertThat(((Values.Reals) c.arrays().get(LammpsDataFormat.CHARGES).values()).values())
                    .as(style)
                    .containsExactly(-0.8476, 0.4238);
            assertThat(c.species()).as(style).containsExactly("O", "H");
        }
        Configuration full = read(data("dpdata__test_lammps_atom_styles__full.lmp"), List.of("O", "H"));
        assertThat(((Values.Ints) full.arrays().get(LammpsDataFormat.MOL_ID).values()).values())
                .containsExactly(1, 1);
    }

    @Test
    void aLargerFileWithTiltAndTheStyleInferredFromColumns() throws IOException {
        Configuration c = read(data("dpdata__poscars__conf.waterion.lmp"), List.of("O", "H"));
        assertThat(c.size()).isEqualTo(381); // line 2
        // line 389, the last: "381 2 6.6656895 2.6318555 1.3458589"
        assertThat(c.species()[380]).isEqualTo("H");
        assertThat(new double[] {c.position(380, 0), c.position(380, 1), c.position(380, 2)})
                .containsExactly(new double[] {6.6656895, 2.6318555, 1.3458589}, within(1e-12));
        // line 7: "1.8310263e-04 -0.0079964 0.0033165 xy xz yz"
        assertThat(c.cell().vectors())
                .containsExactly(
                        new double[] {15.5660248, 0, 0, 1.8310263e-04, 15.548501, 0, -0.0079964, 0.0033165, 15.5472098},
                        within(1e-12));
        // without a style comment, 7 columns are full (dpdata's heuristic), 6 with an integer third are molecular
        Path noComment = file(
                "nc.lmp",
                "x\n2 atoms\n2 atom types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\nAtoms\n\n"
                        + "1 5 1 -0.5 0.1 0.2 0.3\n2 5 2 0.5 1 1 1\n");
        Configuration f = read(noComment, List.of("O", "H"));
        assertThat(((Values.Ints) f.arrays().get(LammpsDataFormat.MOL_ID).values()).values())
                .containsExactly(5, 5);
        assertThat(f.positions()).containsExactly(0.1, 0.2, 0.3, 1, 1, 1);
    }

    @Test
    void speciesFromMassCommentsOrMassesAndOriginAndIdOrder() throws IOException {
        String text = "LAMMPS data file via write_data\n\n3 atoms\n2 atom types\n\n"
                + "-1.0 2.0 xlo xhi\n-1.0 2.0 ylo yhi\n0.5 3.5 zlo zhi\n\nMasses\n\n1 28.0855\n2 15.999\n\n"
                + "Atoms # atomic\n\n3 2 0.0 0.0 0.5 0 0 1\n1 1 -1.0 -1.0 0.5 0 0 0\n2 2 1.0 1.0 2.0 0 0 0\n\n"
                + "Velocities\n\n1 0 0 0\n2 0 0 0\n3 0 0 0\n";
        ReadLog.Collector log = new ReadLog.Collector();
        Configuration c = format.read(
                        file("w.data", text),
                        new ReadOptions(List.of(), null, null, null, null, log),
                        ProgressMonitor.NONE)
                .get(0);
        assertThat(c.species()).containsExactly("Si", "O", "O");
        // relative to the origin (-1, -1, 0.5), sorted by id
        assertThat(c.positions()).containsExactly(new double[] {0, 0, 0, 2, 2, 1.5, 1, 1, 0}, within(1e-15));
        assertThat(c.cell().vectors()).containsExactly(3, 0, 0, 0, 3, 0, 0, 0, 3);
        assertThat(log.notes().toString()).contains("1=Si").contains("2=O");
        Path named = file("n.data", text.replace("1 28.0855\n2 15.999", "1 28.0 # Ge\n2 1.0 # H"));
        assertThat(read(named, List.of()).species()).containsExactly("Ge", "H", "H");
        assertThat(registry.detect(named).id()).isEqualTo("lammps-data");
    }

    @Test
    void writtenFilesReadBackWithTypesChargesAndAGeneralCell() throws IOException {
        // a cell LAMMPS cannot take as restricted triclinic (a has a y component): written as avec/bvec/cvec
        Cell cell = Cell.periodic(4, 0.5, 0, 0.2, 5, 0, 0.1, 0.3, 6);
        Configuration c = new Configuration(
                new String[] {"O", "H", "H"},
                new double[] {0, 0, 0, 0.9, 0.1, 0, -0.2, 0.9, 0.1},
                cell,
                null,
                null,
                null,
                null,
                null,
                java.util.Map.of(
                        LammpsDataFormat.CHARGES,
                        new Property(
                                LammpsDataFormat.CHARGES,
                                new Values.Reals(new double[] {-0.8, 0.4, 0.4}),
                                new int[] {3},
                                null)));
        Path out = dir.resolve("out.lmp");
        List<String> warnings = registry.write(out, null, List.of(c), new WriteOptions(List.of("H", "O")), false);
        assertThat(warnings).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).contains("4.0 0.5 0.0 avec", "1 1.008 # H", "2 15.999 # O", "Atoms # charge");
        assertThat(lines).contains("1 2 -0.8 0.0 0.0 0.0");
        Configuration back = registry.read(out).get(0);
        assertThat(back.species()).containsExactly("O", "H", "H");
        assertThat(back.positions()).containsExactly(c.positions());
        assertThat(back.cell().vectors()).containsExactly(cell.vectors());
        assertThat(((Values.Reals) back.arrays().get(LammpsDataFormat.CHARGES).values()).values())
                .containsExactly(-0.8, 0.4, 0.4);
        // a restricted triclinic cell: xlo xhi lines and tilts
        Configuration r = read(data("dpdata__poscars__conf.lmp"), List.of("O", "H"));
        Path out2 = dir.resolve("conf.lmp");
        registry.write(out2, null, List.of(r), new WriteOptions(List.of("O", "H")), false);
        assertThat(Files.readAllLines(out2))
                .contains(
                        "0.0 2.5243712 xlo xhi",
                        "1.2621856 1.2874292 0.7485898 xy xz yz",
                        "Atoms # atomic",
                        "2 2 1.2621856 0.7018028 0.5513885");
        assertThat(registry.read(out2).get(0)).isEqualTo(r);
        assertThatThrownBy(() -> registry.write(
                        dir.resolve("m.lmp"),
                        null,
                        List.of(Configuration.of(new String[] {"H"}, new double[3], Cell.none())),
                        WriteOptions.defaults(),
                        false))
                .hasMessageContaining("periodic cell");
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        Path cut = file(
                "cut.lmp",
                "x\n2 atoms\n1 atom types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\nAtoms # atomic\n\n"
                        + "1 1 0 0 0\n");
        assertThatThrownBy(() -> read(cut, List.of("Si")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(cut.toString())
                .hasMessageContaining("atom 2 of 2");
        Path badType = file(
                "t.lmp",
                "x\n1 atoms\n1 atom types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\nAtoms # atomic\n\n"
                        + "1 2 0 0 0\n");
        assertThatThrownBy(() -> read(badType, List.of("Si")))
                .hasMessageContaining(badType + ":10")
                .hasMessageContaining("type 2");
        Path cols = file(
                "c.lmp",
                "x\n1 atoms\n1 atom types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\nAtoms # full\n\n" + "1 1 0 0 0\n");
        assertThatThrownBy(() -> read(cols, List.of("Si")))
                .hasMessageContaining(cols + ":10")
                .hasMessageContaining("7 columns");
    }
}
