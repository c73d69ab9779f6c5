package org.sift.io.mtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.FormatRegistry;
import org.sift.io.ReadOptions;
import org.sift.io.WriteOptions;
import org.sift.io.deepmd.DeepmdFormat;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

class MtpFormatTest {

    /** Two blocks laid out as the MLIP package writes them, a third with a 2D cell. */
    static final String SAMPLE = """
            BEGIN_CFG
             Size
                3
             Supercell
                     5.0      0.0      0.0
                     0.5      6.0      0.0
                     0.0      0.0      7.0
             AtomData:  id type       cartes_x      cartes_y      cartes_z           fx          fy          fz
                         1    0       0.100000      0.200000      0.300000     0.010000   -0.020000    0.030000
                         2    1       1.100000      1.200000      1.300000    -0.040000    0.050000   -0.060000
                         3    1       2.100000      2.200000      2.300000     0.030000   -0.030000    0.030000
             Energy
                    -12.345678901
             PlusStress:  xx          yy          zz          yz          xz          xy
                     1.1       2.2       3.3       0.4       0.5       0.6
             Feature   EFS_by\tVASP
             Feature   mindist\t1.875
             Feature   step\t42
            END_CFG

            BEGIN_CFG
             Size
                1
             AtomData:  id type       cartes_x      cartes_y      cartes_z
                         1    2       0.0  0.0  0.0
            END_CFG
            BEGIN_CFG
             Size
                2
             SuperCell
                4.0 0.0 0.0
                0.0 4.0 0.0
             AtomData:  id type       cartes_x      cartes_y      cartes_z
                         1    0       0.5  0.25  0.0
                         2    1       0.0  0.0   1.5
             Energy
                    -1.0
            END_CFG
            """;

    final MtpFormat mtp = new MtpFormat();

    @TempDir
    Path tmp;

    List<Configuration> read(String text, List<String> map) throws IOException {
        Path p = tmp.resolve("in.cfg");
        Files.writeString(p, text);
        return mtp.read(p, ReadOptions.withTypeMap(map), ProgressMonitor.NONE);
    }

    @Test
    void readsEverySection() throws IOException {
        List<Configuration> c = read(SAMPLE, List.of("Li", "Si", "H"));
        assertThat(c).hasSize(3);
        Configuration a = c.get(0);
        assertThat(a.species()).containsExactly("Li", "Si", "Si");
        assertThat(a.cell()).isEqualTo(Cell.periodic(5, 0, 0, 0.5, 6, 0, 0, 0, 7));
        assertThat(a.positions()).containsExactly(0.1, 0.2, 0.3, 1.1, 1.2, 1.3, 2.1, 2.2, 2.3);
        assertThat(a.forces()).containsExactly(0.01, -0.02, 0.03, -0.04, 0.05, -0.06, 0.03, -0.03, 0.03);
        assertThat(a.energy()).isEqualTo(-12.345678901);
        // xx yy zz yz xz xy -> symmetric 3x3
        assertThat(a.virial()).containsExactly(1.1, 0.6, 0.5, 0.6, 2.2, 0.4, 0.5, 0.4, 3.3);
        assertThat(a.stress()).isNull();
        assertThat(a.info().get("EFS_by")).isEqualTo(Property.scalar("EFS_by", "VASP"));
        assertThat(a.info().get("mindist")).isEqualTo(Property.scalar("mindist", 1.875));
        assertThat(a.info().get("step")).isEqualTo(Property.scalar("step", 42L));

        Configuration b = c.get(1);
        assertThat(b.species()).containsExactly("H");
        assertThat(b.cell()).isEqualTo(Cell.none());
        assertThat(b.energy()).isNull();
        assertThat(b.forces()).isNull();
        assertThat(b.virial()).isNull();

        Configuration d = c.get(2);
        assertThat(d.cell().pbc()).containsExactly(true, true, false);
        assertThat(d.cell().vectors()).containsExactly(4, 0, 0, 0, 4, 0, 0, 0, 0);
        assertThat(d.species()).containsExactly("Li", "Si");
    }

    @Test
    void directCoordinatesAreFractional() throws IOException {
        String text = """
                BEGIN_CFG
                 Size
                    2
                 Supercell
                    4.0 0.0 0.0
                    1.0 5.0 0.0
                    0.0 0.0 6.0
                 AtomData:  id type       direct_x      direct_y      direct_z
                             1    0       0.5  0.25  0.0
                             2    0       0.0  0.0   0.5
                END_CFG
                """;
        Configuration c = read(text, List.of("Al")).get(0);
        // r = f0 a + f1 b + f2 c
        assertThat(c.positions()).containsExactly(0.5 * 4 + 0.25 * 1, 0.25 * 5, 0, 0, 0, 3);
        String slab = text.replace("    0.0 0.0 6.0\n", "");
        assertThatThrownBy(() -> read(slab, List.of("Al")))
                .isInstanceOf(FormatException.class).hasMessageContaining("three Supercell vectors");
    }

    @Test
    void missingTypeMapNamesFileAndHighestType() {
        assertThatThrownBy(() -> read(SAMPLE, List.of()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("in.cfg").hasMessageContaining("highest atom type is 2")
                .hasMessageContaining("--type-map");
        assertThatThrownBy(() -> read(SAMPLE, List.of("Li", "Si")))
                .isInstanceOf(FormatException.class).hasMessageContaining("atom type 2").hasMessageContaining("--type-map");
    }

    @Test
    void errorsNameFileAndLine() {
        assertThatThrownBy(() -> read(SAMPLE.replace("2.200000      2.300000", "2.2x0000      2.300000"), List.of("Li", "Si", "H")))
                .isInstanceOf(FormatException.class).hasMessageContaining("in.cfg:11").hasMessageContaining("'2.2x0000'");
        // one atom line missing: END_CFG arrives where atom 3 was expected
        String fewer = SAMPLE.replace("             3    1       2.100000      2.200000      2.300000     0.030000   -0.030000    0.030000\n", "");
        assertThatThrownBy(() -> read(fewer, List.of("Li", "Si", "H")))
                .isInstanceOf(FormatException.class).hasMessageContaining("in.cfg:11").hasMessageContaining("atom 3 of 3");
        assertThatThrownBy(() -> read("BEGIN_CFG\n Size\n  2\n", List.of("H")))
                .isInstanceOf(FormatException.class).hasMessageContaining("expected END_CFG");
        assertThatThrownBy(() -> read("hello\n", List.of("H")))
                .isInstanceOf(FormatException.class).hasMessageContaining("in.cfg:1").hasMessageContaining("BEGIN_CFG");
    }

    @Test
    void emptyFileHasNoConfigurations() throws IOException {
        assertThat(read("", List.of("H"))).isEmpty();
        Path p = tmp.resolve("empty.cfg");
        Files.writeString(p, "\n\n");
        assertThatThrownBy(() -> FormatRegistry.standard().read(p, mtp, ReadOptions.defaults(), ProgressMonitor.NONE))
                .isInstanceOf(FormatException.class).hasMessageContaining("empty.cfg").hasMessageContaining("no configurations");
    }

    @Test
    void writeReadRoundTrip() throws IOException {
        List<Configuration> in = new ArrayList<>(read(SAMPLE, List.of("Li", "Si", "H")));
        // a stress-only configuration: written as virial -stress*V
        double[] s = {0.01, 0.002, 0.003, 0.002, -0.02, 0.004, 0.003, 0.004, 0.03};
        Map<String, Property> info = new LinkedHashMap<>();
        info.put("flag", Property.scalar("flag", true));
        info.put("vec", new Property("vec", new Values.Reals(new double[] {1e-12, 2.5, -3}), new int[] {3}, null));
        in.add(new Configuration(new String[] {"H", "Li"}, new double[] {0, 0, 0, 1.234567890123, 1e-9, -2},
                Cell.periodic(3, 0, 0, 0, 3, 0, 0.1, 0.2, 3), -3.5, new double[] {1, 2, 3, -1, -2, -3}, s, null, info, null));
        Path out = tmp.resolve("out.cfg");
        List<String> w = mtp.write(out, in, new WriteOptions(List.of("Li", "Si", "H")));
        assertThat(w).isEmpty();
        String text = Files.readString(out);
        assertThat(text).startsWith("BEGIN_CFG\n Size\n    3\n Supercell\n");
        assertThat(text).contains(" AtomData:  id type       cartes_x      cartes_y      cartes_z           fx          fy          fz\n");
        assertThat(text).contains(" PlusStress:  xx          yy          zz          yz          xz          xy\n");
        assertThat(text).contains(" Feature   EFS_by\tVASP\n");
        List<Configuration> back = mtp.read(out, ReadOptions.withTypeMap(List.of("Li", "Si", "H")), ProgressMonitor.NONE);
        assertThat(back).hasSize(4);
        assertThat(back.subList(0, 3)).isEqualTo(in.subList(0, 3));
        Configuration last = back.get(3);
        Configuration orig = in.get(3);
        assertThat(last.positions()).containsExactly(orig.positions());
        assertThat(last.forces()).containsExactly(orig.forces());
        assertThat(last.cell()).isEqualTo(orig.cell());
        assertThat(last.virial()).containsExactly(orig.virialOrDerived());
        assertThat(last.virial()[0]).isEqualTo(-0.01 * 27);
        assertThat(last.info()).isEqualTo(orig.info());
    }

    @Test
    void writerWarnsAndDefaultsToAlphabeticalTypes() throws IOException {
        Map<String, Property> arrays = new LinkedHashMap<>();
        arrays.put("charge", new Property("charge", new Values.Reals(new double[] {1, -1}), new int[] {2}, null));
        Configuration c = new Configuration(new String[] {"Si", "C"}, new double[6],
                new Cell(new double[] {5, 0, 0, 0, 5, 0, 0, 0, 5}, new boolean[] {false, true, true}),
                null, null, null, null, null, arrays);
        Configuration mol = new Configuration(new String[] {"C"}, new double[3],
                new Cell(new double[] {9, 0, 0, 0, 9, 0, 0, 0, 9}, new boolean[3]), null, null, null, null, null, null);
        Path out = tmp.resolve("w.cfg");
        List<String> w = mtp.write(out, List.of(c, mol), WriteOptions.defaults());
        assertThat(w).anyMatch(s -> s.contains("'charge'")).anyMatch(s -> s.contains("'pbc'"))
                .anyMatch(s -> s.contains("'cell'"));
        List<Configuration> back = mtp.read(out, ReadOptions.withTypeMap(List.of("C", "Si")), ProgressMonitor.NONE);
        assertThat(back.get(0).species()).containsExactly("Si", "C");
        assertThat(back.get(1).cell()).isEqualTo(Cell.none());
        assertThatThrownBy(() -> mtp.write(tmp.resolve("x.cfg"), List.of(c), new WriteOptions(List.of("C"))))
                .hasMessageContaining("Si");
    }

    @Test
    void deepmdDataSurvivesConversionToMtp() throws IOException {
        List<Configuration> orig = DeepmdFormat.raw().read(Paths.get("src/test/resources/data/formats/dpdata__xyz__B1C9"),
                ReadOptions.defaults(), ProgressMonitor.NONE);
        Path out = tmp.resolve("b1c9.cfg");
        assertThat(mtp.write(out, orig, WriteOptions.defaults())).isEmpty();
        assertThat(mtp.read(out, ReadOptions.withTypeMap(List.of("B", "C")), ProgressMonitor.NONE)).isEqualTo(orig);
    }

    @Test
    void registryFindsMtpByNameAndContent() throws IOException {
        Path p = tmp.resolve("train.cfg");
        Files.writeString(p, SAMPLE);
        Path q = tmp.resolve("noext");
        Files.writeString(q, SAMPLE);
        FormatRegistry r = FormatRegistry.standard();
        assertThat(r.detect(p).id()).isEqualTo("mtp");
        assertThat(r.detect(q).id()).isEqualTo("mtp");
    }
}
