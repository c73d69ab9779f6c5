package org.sift.io.extxyz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.ReadOptions;
import org.sift.io.TestConfigurations;
import org.sift.io.WriteOptions;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

class ExtXyzFormatTest {

    @TempDir
    Path tmp;

    private final ExtXyzFormat format = new ExtXyzFormat();

    private List<Configuration> read(Path p) throws IOException {
        return format.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    private Path file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    // ------------------------------------------------------------------ data files

    @Test
    void readsLiSiSampleAsAseDoes() throws IOException {
        List<Configuration> c = read(TestConfigurations.resource(TestConfigurations.LISI));
        // values below: from ase.io.read(..., index=':') and from zcat of the file
        assertThat(c).hasSize(107);
        assertThat(c.stream().mapToInt(Configuration::size).sum()).isEqualTo(31548);
        Configuration first = c.get(0);
        assertThat(first.size()).isEqualTo(77);
        assertThat(first.formulaGroup()).isEqualTo("Li13Si64");
        assertThat(first.species()[0]).isEqualTo("Si");
        assertThat(first.positions()).startsWith(4.12237806, 0.86402872, 10.55231934);
        assertThat(first.species()[76]).isEqualTo("Li");
        assertThat(first.positions()[3 * 76]).isEqualTo(10.66938259);
        assertThat(first.cell().vectors()).containsExactly(11.47706, 0, 0, 0, 11.47706, 0, 0, 0, 11.47706);
        assertThat(first.cell().pbc()).containsExactly(true, true, true);
        assertThat(first.energy()).isEqualTo(-2240.5235);
        assertThat(first.forces()).isNull();
        assertThat(first.info().keySet()).containsExactly("config_type", "md_step");
        assertThat(first.info().get("config_type").values()).isEqualTo(new Values.Strings(new String[] {"Li13Si64"}));
        assertThat(first.info().get("md_step").values()).isEqualTo(new Values.Ints(new long[] {0}));
        assertThat(first.info().get("md_step").shape()).isEmpty();
        assertThat(first.arrays()).isEmpty();
        Configuration last = c.get(106);
        assertThat(last.size()).isEqualTo(304);
        assertThat(last.formulaGroup()).isEqualTo("Li15Si4");
        assertThat(last.energy()).isEqualTo(-3179.5886);
        assertThat(last.info().get("md_step").values()).isEqualTo(new Values.Ints(new long[] {53200}));
        assertThat(last.positions()).endsWith(1.47152985, 10.49510497, 1.24766472);
        long li240 = c.stream().filter(x -> x.info().get("config_type").asText().equals("Li240Si64")).count();
        assertThat(li240).isEqualTo(100);
    }

    @Test
    void readsDscribeExample() throws IOException {
        List<Configuration> c = read(TestConfigurations.resource(TestConfigurations.DSCRIBE));
        assertThat(c).hasSize(3);
        for (Configuration x : c) {
            assertThat(x.species()).containsExactly("Na", "Na", "Na", "Na", "Cl", "Cl", "Cl", "Cl");
            assertThat(x.cell().vectors()).containsExactly(5.6402, 0, 0, 0, 5.6402, 0, 0, 0, 5.6402);
            assertThat(x.cell().pbc()).containsExactly(true, true, true); // Lattice without pbc: T T T as ASE
            assertThat(x.info()).isEmpty();
            assertThat(x.energy()).isNull();
            assertThat(x.positions()).startsWith(0, 0, 0, 0, 2.8201, 2.8201);
        }
    }

    @Test
    void readsDpdataXyzWithZOverridingSpeciesAsAse() throws IOException {
        List<Configuration> c = read(TestConfigurations.resource(TestConfigurations.DPDATA_XYZ));
        assertThat(c).hasSize(3);
        Configuration a = c.get(0);
        assertThat(a.size()).isEqualTo(12);
        assertThat(a.energy()).isEqualTo(2.397023);
        assertThat(a.cell().vectors()).containsExactly(2.405388711, 0, 0, 6.67e-07, 8.830761667, 0, 2.145883783, 6.3e-08, 2.066179013);
        // "force" (not "forces") stays a per-atom array, as in ASE
        assertThat(a.forces()).isNull();
        assertThat(a.arrays().keySet()).containsExactly("force");
        assertThat(a.arrays().get("force").shape()).containsExactly(12, 3);
        assertThat(((Values.Reals) a.arrays().get("force").values()).values()).startsWith(-7.255659, -8.829194, 4.687432);
        assertThat(a.virial()).containsExactly(159.582203018, 1.23282341824e-05, 0.187835167689, 1.23282341824e-05,
                164.488614479, 9.04070506711e-06, 0.187835167689, 9.04070506711e-06, 300.596373102);
        assertThat(c.get(1).energy()).isEqualTo(-58.342498779296875);
        // third frame: line says "C" but Z=5; ASE takes the element from Z
        assertThat(c.get(2).species()).containsExactly("B", "B", "B", "B", "B", "C", "C", "C", "C", "C");
    }

    @Test
    void readsGzipTransparently() throws IOException {
        Path plain = file("a.extxyz", "1\nLattice=\"1 0 0 0 1 0 0 0 1\"\nH 0.5 0.5 0.5\n");
        Path gz = tmp.resolve("a.xyz.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(plain));
        }
        assertThat(read(gz)).isEqualTo(read(plain));
    }

    // ------------------------------------------------------------------ comment line

    @Test
    void commentLineValuesAreTypedAsAse() {
        Map<String, Property> m = CommentLine.parse(
                "a=1 b=2.5 c=\"hello world\" d=T e=F f=\"1 2 3\" g={4 5 6} h=[1.5,2.5] flag i=True j = 7 "
                        + "s=abc uid=0123 big=123456789012345678901 k=nan l=-inf q='single quoted' e2=1e3 neg=-4 "
                        + "esc=\"say \\\"hi\\\"\" m=\"1 2 3 4 5 6 7 8 9\" bools=\"T F T\" eq=x=y");
        assertThat(m.keySet()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "flag", "i", "j", "s", "uid", "big",
                "k", "l", "q", "e2", "neg", "esc", "m", "bools", "eq");
        assertThat(m.get("a").values()).isEqualTo(new Values.Ints(new long[] {1}));
        assertThat(m.get("a").shape()).isEmpty();
        assertThat(m.get("b").values()).isEqualTo(new Values.Reals(new double[] {2.5}));
        assertThat(m.get("c").values()).isEqualTo(new Values.Strings(new String[] {"hello world"}));
        assertThat(m.get("d").values()).isEqualTo(new Values.Bools(new boolean[] {true}));
        assertThat(m.get("e").values()).isEqualTo(new Values.Bools(new boolean[] {false}));
        assertThat(m.get("f").values()).isEqualTo(new Values.Ints(new long[] {1, 2, 3}));
        assertThat(m.get("f").shape()).containsExactly(3);
        assertThat(m.get("g").values()).isEqualTo(new Values.Ints(new long[] {4, 5, 6}));
        assertThat(m.get("h").values()).isEqualTo(new Values.Reals(new double[] {1.5, 2.5}));
        assertThat(m.get("flag").values()).isEqualTo(new Values.Bools(new boolean[] {true}));
        assertThat(m.get("i").values()).isEqualTo(new Values.Bools(new boolean[] {true}));
        assertThat(m.get("j").values()).isEqualTo(new Values.Ints(new long[] {7}));
        assertThat(m.get("s").values()).isEqualTo(new Values.Strings(new String[] {"abc"}));
        assertThat(m.get("uid").values()).isEqualTo(new Values.Strings(new String[] {"0123"}));
        assertThat(m.get("big").values()).isEqualTo(new Values.Reals(new double[] {1.2345678901234568e20}));
        assertThat(((Values.Reals) m.get("k").values()).values()[0]).isNaN();
        assertThat(m.get("l").values()).isEqualTo(new Values.Reals(new double[] {Double.NEGATIVE_INFINITY}));
        assertThat(m.get("q").values()).isEqualTo(new Values.Strings(new String[] {"single quoted"}));
        assertThat(m.get("e2").values()).isEqualTo(new Values.Reals(new double[] {1000}));
        assertThat(m.get("neg").values()).isEqualTo(new Values.Ints(new long[] {-4}));
        assertThat(m.get("esc").values()).isEqualTo(new Values.Strings(new String[] {"say \"hi\""}));
        assertThat(m.get("m").shape()).containsExactly(3, 3);
        assertThat(m.get("m").values()).isEqualTo(new Values.Ints(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
        assertThat(m.get("bools").values()).isEqualTo(new Values.Bools(new boolean[] {true, false, true}));
        assertThat(m.get("eq").values()).isEqualTo(new Values.Strings(new String[] {"x=y"}));
    }

    @Test
    void jsonValuesBecomeShapedArrays() {
        Map<String, Property> m = CommentLine.parse("a=\"_JSON [[1, 2, 3], [4, 5, 6]]\" b=\"_JSON [true, false]\" "
                + "c='_JSON [\"x y\", \"z\"]' d=\"_JSON [NaN, 1.5]\" e=\"_JSON {\\\"k\\\": 1}\" f=\"_JSON []\"");
        assertThat(m.get("a").shape()).containsExactly(2, 3);
        assertThat(m.get("a").values()).isEqualTo(new Values.Ints(new long[] {1, 2, 3, 4, 5, 6}));
        assertThat(m.get("b").values()).isEqualTo(new Values.Bools(new boolean[] {true, false}));
        assertThat(m.get("c").values()).isEqualTo(new Values.Strings(new String[] {"x y", "z"}));
        assertThat(((Values.Reals) m.get("d").values()).values()[0]).isNaN();
        // a JSON object has no array form: kept as its text
        assertThat(m.get("e").values()).isEqualTo(new Values.Strings(new String[] {"_JSON {\"k\": 1}"}));
        assertThat(m.get("f").shape()).containsExactly(0);
    }

    @Test
    void stressAndVirialAreColumnMajorAsAseAndVoigtAccepted() throws IOException {
        Path p = file("s.extxyz", "1\nLattice=\"2 0 0 0 2 0 0 0 2\" stress=\"1 2 3 4 5 6 7 8 9\" virial=\"1 2 3 4 5 6\" "
                + "Properties=species:S:1:pos:R:3:forces:R:3\nH 0 0 0 0.1 0.2 0.3\n");
        Configuration c = read(p).get(0);
        // ASE: value.reshape((3, 3), order='F'), i.e. M[i][j] = v[i + 3 j]
        assertThat(c.stress()).containsExactly(1, 4, 7, 2, 5, 8, 3, 6, 9);
        // Voigt xx yy zz yz xz xy
        assertThat(c.virial()).containsExactly(1, 6, 5, 6, 2, 4, 5, 4, 3);
        assertThat(c.forces()).containsExactly(0.1, 0.2, 0.3);
        assertThat(c.arrays()).isEmpty();
    }

    @Test
    void plainXyzKeepsCommentAndHasNoCell() throws IOException {
        Path p = file("plain.xyz", "3\n  water molecule, from somewhere  \nO 0 0 0\nh 0.96 0 0 extra columns ignored\n1 -0.24 0.93 0\n");
        Configuration c = read(p).get(0);
        assertThat(c.species()).containsExactly("O", "H", "H"); // capitalised as ASE; atomic number accepted
        assertThat(c.cell().hasLattice()).isFalse();
        assertThat(c.cell().anyPeriodic()).isFalse();
        assertThat(c.info().get("comment").values()).isEqualTo(new Values.Strings(new String[] {"water molecule, from somewhere"}));
        assertThat(c.positions()).containsExactly(0, 0, 0, 0.96, 0, 0, -0.24, 0.93, 0);
    }

    @Test
    void pbcAndColumnVariants() throws IOException {
        Path p = file("v.extxyz", "2\nLattice=\"3 0 0 0 3 0 0 0 30\" pbc=\"T T F\" Properties=pos:R:3:Z:I:1:tag:I:1:m:R:2:ok:L:1:name:S:1\n"
                + "0 0 0 14 7 1.5 2.5 True a\n1 1 1 3 -8 3.5 4.5 F b\n\n\n"
                + "1\npbc=F Properties=species:S:1:pos:R:3\nAr 0 0 0\n");
        List<Configuration> c = read(p);
        assertThat(c).hasSize(2);
        Configuration a = c.get(0);
        assertThat(a.species()).containsExactly("Si", "Li");
        assertThat(a.cell().pbc()).containsExactly(true, true, false);
        assertThat(a.arrays().keySet()).containsExactly("tag", "m", "ok", "name");
        assertThat(a.arrays().get("m").shape()).containsExactly(2, 2);
        assertThat(a.arrays().get("m").values()).isEqualTo(new Values.Reals(new double[] {1.5, 2.5, 3.5, 4.5}));
        assertThat(a.arrays().get("ok").values()).isEqualTo(new Values.Bools(new boolean[] {true, false}));
        assertThat(a.arrays().get("name").values()).isEqualTo(new Values.Strings(new String[] {"a", "b"}));
        assertThat(a.arrays().get("tag").shape()).containsExactly(2);
        assertThat(c.get(1).cell().anyPeriodic()).isFalse();
    }

    // ------------------------------------------------------------------ writing

    @Test
    void writeThenReadIsExact() throws IOException {
        List<Configuration> in = TestConfigurations.synthetics();
        Path p = tmp.resolve("out.extxyz");
        List<String> warnings = format.write(p, in, WriteOptions.defaults());
        assertThat(warnings).isEmpty();
        List<Configuration> back = read(p);
        assertThat(back).hasSize(in.size());
        for (int i = 0; i < in.size(); i++) {
            Configuration a = in.get(i);
            Configuration b = back.get(i);
            assertThat(b.info().keySet()).containsExactlyElementsOf(a.info().keySet());
            for (String k : a.info().keySet()) {
                assertThat(b.info().get(k)).as(k).isEqualTo(a.info().get(k));
            }
            assertThat(b).isEqualTo(a);
        }
    }

    @Test
    void writesAseLayout() throws IOException {
        Configuration c = TestConfigurations.synthetic(5);
        Path p = tmp.resolve("one.extxyz");
        format.write(p, List.of(c, TestConfigurations.molecule(6)), WriteOptions.defaults());
        List<String> lines = Files.readAllLines(p);
        assertThat(lines.get(0)).isEqualTo("5");
        assertThat(lines.get(1)).startsWith("Lattice=\"" + c.cell().vectors()[0] + " ")
                .contains(" Properties=species:S:1:pos:R:3:forces:R:3:tags:I:1:charge:R:1:velocities:R:3:site:S:1:fixed:L:1 ")
                .contains(" config_type=\"bulk amorphous\" ")
                .contains(" label=\"_JSON \\\"007\\\"\" ")
                .endsWith(" pbc=\"T T F\"");
        assertThat(lines.get(2)).startsWith("Li ");
        assertThat(lines.get(2).split(" ")).hasSize(1 + 3 + 3 + 1 + 1 + 3 + 1 + 1);
        // molecule: no Lattice, pbc F F F
        assertThat(lines.get(7)).isEqualTo("3");
        assertThat(lines.get(8)).startsWith("Properties=species:S:1:pos:R:3:forces:R:3 energy=").endsWith(" pbc=\"F F F\"");
    }

    @Test
    void labelsThatCannotBeWrittenAreNamed() throws IOException {
        Configuration c = TestConfigurations.molecule(1);
        Configuration bad = new Configuration(c.species(), c.positions(), new org.sift.model.Cell(new double[9],
                new boolean[] {true, true, true}), c.energy(), c.forces(), null, null,
                Map.of("energy", Property.scalar("energy", 1.0)),
                Map.of("pos", new Property("pos", new Values.Ints(new long[] {1, 2, 3}), new int[] {3}, null),
                        "bad name", new Property("bad name", new Values.Ints(new long[] {1, 2, 3}), new int[] {3}, null),
                        "txt", new Property("txt", new Values.Strings(new String[] {"a", "b c", "d"}), new int[] {3}, null)));
        List<String> w = format.write(tmp.resolve("w.extxyz"), List.of(bad), WriteOptions.defaults());
        assertThat(String.join("\n", w)).contains("'energy'", "'pos'", "'bad name'", "'txt'", "'pbc'");
        Configuration back = read(tmp.resolve("w.extxyz")).get(0);
        assertThat(back.energy()).isEqualTo(c.energy());
        assertThat(back.arrays()).isEmpty();
        assertThat(back.cell().anyPeriodic()).isFalse();
    }

    @Test
    void sniffsXyz() {
        assertThat(format.sniff(Path.of("x"), "2\nabc\nH 0 0 0\nH 0 0 1\n".getBytes())).isTrue();
        assertThat(format.sniff(Path.of("x"), "\n 12 \nLattice=\"1 0 0".getBytes())).isTrue();
        assertThat(format.sniff(Path.of("x"), "Si8\n1.0\n 5.4 0 0\n".getBytes())).isFalse();
        assertThat(format.sniff(Path.of("x"), "2\nabc\n1 2\n".getBytes())).isFalse();
        assertThat(format.sniff(Path.of("x"), "BEGIN_CFG\n".getBytes())).isFalse();
        assertThat(format.sniff(Path.of("x"), new byte[0])).isFalse();
    }

    // ------------------------------------------------------------------ errors

    private void assertError(String content, int line, String... fragments) throws IOException {
        Path p = file("bad-" + line + "-" + Integer.toHexString(content.hashCode()) + ".extxyz", content);
        assertThatThrownBy(() -> read(p))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(p + ":" + line + ": ")
                .hasMessageContainingAll(fragments)
                .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(line));
    }

    private static final String GOOD = "2\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=species:S:1:pos:R:3\nH 0 0 0\nH 1 1 1\n";

    @Test
    void truncatedFrame() throws IOException {
        assertError(GOOD + "3\nProperties=species:S:1:pos:R:3\nH 0 0 0\nH 1 1 1\n", 9, "truncated frame 1", "3 atoms");
        assertError(GOOD + "3\n", 6, "truncated frame 1", "comment");
    }

    @Test
    void fewerAtomLinesThanDeclared() throws IOException {
        assertError("3\nProperties=species:S:1:pos:R:3\nH 0 0 0\nH 1 1 1\n" + GOOD, 5, "has 1 fields, expected 4", "fewer atom lines");
    }

    @Test
    void nonNumericField() throws IOException {
        assertError(GOOD + "2\nProperties=species:S:1:pos:R:3:q:I:1\nH 0 0 0 1\nH 1 x1 1 1\n", 8, "column 3", "pos:R:3", "'x1'");
        assertError(GOOD + "1\nProperties=species:S:1:pos:R:3:q:I:1\nH 0 0 0 1.5\n", 7, "column 5", "q:I:1", "not an integer");
        assertError("1\nProperties=species:S:1:pos:R:3:ok:L:1\nH 0 0 0 yes\n", 3, "column 5", "logical");
        assertError("abc\n", 1, "expected the number of atoms");
        assertError("1\nLattice=\"1 0 0 0 1 0 0 0\"\nH 0 0 0\n", 2, "Lattice must have 9 numbers");
        assertError("1\nenergy=high\nH 0 0 0\n", 2, "energy", "'high'");
    }

    @Test
    void periodicWithoutLattice() throws IOException {
        assertError(GOOD + "1\npbc=\"T T F\" Properties=species:S:1:pos:R:3\nH 0 0 0\n", 6, "needs a Lattice");
    }

    @Test
    void unknownSpecies() throws IOException {
        assertError(GOOD + "2\nLattice=\"3 0 0 0 3 0 0 0 3\"\nH 0 0 0\nXx 1 1 1\n", 8, "unknown element 'Xx'");
    }

    @Test
    void emptyFile() throws IOException {
        assertError("", 1, "empty");
        assertError("\n\n  \n", 3, "empty");
    }

    @Test
    void badProperties() throws IOException {
        assertError(GOOD + "1\nProperties=species:S:1:pos:R\nH 0 0 0\n", 6, "bad Properties", "triples");
        assertError(GOOD + "1\nProperties=species:S:1:pos:Q:3\nH 0 0 0\n", 6, "bad Properties", "'Q'");
        assertError(GOOD + "1\nProperties=species:S:1:pos:R:x\nH 0 0 0\n", 6, "bad Properties", "column count");
        assertError(GOOD + "1\nProperties=species:S:1:x:R:3\nH 0 0 0\n", 6, "bad Properties", "no positions");
        assertError(GOOD + "1\nProperties=pos:R:3\n0 0 0\n", 6, "bad Properties", "no species");
        assertError(GOOD + "1\nProperties=species:S:1:pos:R:2\nH 0 0\n", 6, "bad Properties", "R:3");
    }
}
