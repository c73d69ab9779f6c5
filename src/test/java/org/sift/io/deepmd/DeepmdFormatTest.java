package org.sift.io.deepmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
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

class DeepmdFormatTest {

    static final Path DATA = Paths.get("src/test/resources/data/formats");
    static final Path H2O = DATA.resolve("dpdata__poscars__deepmd.h2o.md");
    static final Path B1C9 = DATA.resolve("dpdata__xyz__B1C9");
    static final Path CP2K = DATA.resolve("dpdata__cp2k__aimd__deepmd");
    static final Path PYMATGEN = DATA.resolve("dpdata__pymatgen_data__deepmd");

    final DeepmdFormat raw = DeepmdFormat.raw();
    final DeepmdFormat npy = DeepmdFormat.npy();

    @TempDir
    Path tmp;

    /** Row {@code frame} of a raw file, parsed plainly (independent of the reader). */
    static double[] rawRow(Path file, int frame) throws IOException {
        String line = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList().get(frame);
        return Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    static List<Configuration> read(DeepmdFormat f, Path p, List<String> typeMap) throws IOException {
        return f.read(p, ReadOptions.withTypeMap(typeMap), ProgressMonitor.NONE);
    }

    @Test
    void rawWithoutTypeMapNeedsOne() {
        assertThatThrownBy(() -> read(raw, H2O, List.of()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("type_map.raw is missing")
                .hasMessageContaining("type map");
    }

    @Test
    void readsRawH2oWithUserTypeMap() throws IOException {
        List<Configuration> c = read(raw, H2O, List.of("O", "H"));
        assertThat(c).hasSize(3);
        for (int f = 0; f < 3; f++) {
            Configuration x = c.get(f);
            assertThat(x.species()).containsExactly("O", "O", "H", "H", "H", "H");
            assertThat(x.positions()).containsExactly(rawRow(H2O.resolve("coord.raw"), f));
            assertThat(x.forces()).containsExactly(rawRow(H2O.resolve("force.raw"), f));
            assertThat(x.virial()).containsExactly(rawRow(H2O.resolve("virial.raw"), f));
            assertThat(x.cell().vectors()).containsExactly(rawRow(H2O.resolve("box.raw"), f));
            assertThat(x.cell().pbc()).containsExactly(true, true, true);
            assertThat(x.energy()).isEqualTo(rawRow(H2O.resolve("energy.raw"), f)[0]);
            assertThat(x.stress()).isNull();
        }
        // numbers read off the files
        assertThat(c.get(0).energy()).isEqualTo(-28.38622624019999563);
        assertThat(c.get(0).positions()).startsWith(4.34854, 4.20903, 5.2);
        assertThat(c.get(0).cell().vectors()).containsExactly(10, 0, 0, -0.011409, 10, 0, 0.1411083, -0.0595569, 10);
    }

    @Test
    void readsRawB1c9WithItsTypeMap() throws IOException {
        List<Configuration> c = read(raw, B1C9, List.of("Li", "Si")); // type_map.raw wins over the option
        assertThat(c).hasSize(2);
        assertThat(c.get(0).species()).containsExactly("B", "C", "C", "C", "C", "C", "C", "C", "C", "C");
        assertThat(c.get(1).energy()).isEqualTo(-56.39742660522460938);
        assertThat(c.get(1).positions()).containsExactly(rawRow(B1C9.resolve("coord.raw"), 1));
        assertThat(c.get(1).virial()).containsExactly(rawRow(B1C9.resolve("virial.raw"), 1));
    }

    @Test
    void readsNpySystems() throws IOException {
        List<Configuration> c = read(npy, CP2K, List.of());
        assertThat(c).hasSize(30);
        Configuration first = c.get(0);
        assertThat(first.size()).isEqualTo(533);
        assertThat(first.composition().counts()).containsEntry("O", 199).containsEntry("Co", 32)
                .containsEntry("Al", 32).containsEntry("H", 270);
        assertThat(first.species()[16]).isEqualTo("Co");
        assertThat(first.species()[48]).isEqualTo("Al");
        assertThat(first.positions()).startsWith(9.91856212, 3.10968054, 9.83892356);
        assertThat(c.get(29).positions()).endsWith(0.09959704, 0.48416828, 36.83313531);
        assertThat(first.energy()).isEqualTo(-344513.2635829211);
        assertThat(c.get(29).energy()).isEqualTo(-344515.2943487688);
        assertThat(first.cell()).isEqualTo(Cell.box(10.451, 12.068, 39.754));
        assertThat(first.forces()).startsWith(0.06152444685272496, 0.39604916415793917, -1.181391147028103);
        assertThat(first.virial()).isNull();

        List<Configuration> p = read(npy, PYMATGEN, List.of());
        assertThat(p).hasSize(1);
        assertThat(p.get(0).size()).isEqualTo(98);
        // counts of type.raw (16 x 0, 2 x 1, 64 x 2, 16 x 3) with type_map Fe Li O P
        assertThat(p.get(0).composition().formula()).isEqualTo("Fe16Li2O64P16");
        assertThat(p.get(0).energy()).isEqualTo(-687.98669216);
        assertThat(p.get(0).virial()).startsWith(0.17842202666930332, 0.027369498421140056, 0.0)
                .endsWith(0.04447029105409395);
        assertThat(p.get(0).positions()).startsWith(0.02527801018513136, -0.09490852596621863, 0.0488).endsWith(5.97897);
    }

    @Test
    void registryDetectsBothLayouts() throws IOException {
        FormatRegistry r = FormatRegistry.standard();
        assertThat(r.detect(CP2K).id()).isEqualTo("deepmd-npy");
        assertThat(r.detect(B1C9).id()).isEqualTo("deepmd-raw");
        assertThat(r.byId("deepmd-raw")).isPresent();
        assertThat(r.detect(DATA).id()).isIn("deepmd-npy", "deepmd-raw");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
    }

    @Test
    void readsEverySystemBelowAFolderInSortedOrder() throws IOException {
        copyTree(B1C9, tmp.resolve("b/sysB"));
        copyTree(H2O, tmp.resolve("a/h2o"));
        Files.writeString(tmp.resolve("a/h2o/type_map.raw"), "O\nH\n");
        copyTree(B1C9, tmp.resolve("a/z/deeper"));
        List<Configuration> c = read(raw, tmp, List.of());
        assertThat(c).hasSize(3 + 2 + 2);
        assertThat(c.get(0).formulaGroup()).isEqualTo("H2O1");
        assertThat(c.get(3).formulaGroup()).isEqualTo("B1C9");
        assertThat(c.get(5).formulaGroup()).isEqualTo("B1C9");
        assertThat(c.get(3)).isEqualTo(c.get(5));
        // a tree with raw and npy systems: either id reads both, each in its own layout
        copyTree(PYMATGEN, tmp.resolve("c/npy"));
        List<Configuration> all = read(npy, tmp, List.of());
        assertThat(all).hasSize(3 + 2 + 2 + 1);
        assertThat(all.get(7).size()).isEqualTo(98);
        assertThat(read(raw, tmp, List.of())).isEqualTo(all);
    }

    /** Seeded synthetic dataset with mixed compositions, labels, a molecule and extra properties. */
    static List<Configuration> synthetic() {
        Random rnd = new Random(42);
        List<Configuration> out = new ArrayList<>();
        String[][] kinds = {{"Si", "Li", "Li"}, {"O", "H", "H", "H"}, {"Si", "Li", "Li"}, {"Li", "Li", "Si"}};
        for (int k = 0; k < 8; k++) {
            String[] sp = kinds[k % kinds.length];
            int n = sp.length;
            double[] pos = new double[3 * n];
            double[] f = new double[3 * n];
            for (int i = 0; i < 3 * n; i++) {
                pos[i] = rnd.nextDouble() * 5;
                f[i] = rnd.nextGaussian();
            }
            boolean molecule = k == 5;
            Cell cell = molecule ? Cell.none()
                    : Cell.periodic(5 + rnd.nextDouble(), 0.1, 0, 0.2, 6, 0, 0.3, -0.1, 7);
            double[] s = new double[9];
            for (int i = 0; i < 3; i++) {
                for (int j = i; j < 3; j++) {
                    s[3 * i + j] = s[3 * j + i] = rnd.nextGaussian() * 0.01;
                }
            }
            Map<String, Property> info = new LinkedHashMap<>();
            info.put("fparam", new Property("fparam", new Values.Reals(new double[] {rnd.nextDouble(), k}), new int[] {2}, null));
            Map<String, Property> arrays = new LinkedHashMap<>();
            double[] ap = new double[n];
            for (int i = 0; i < n; i++) {
                ap[i] = rnd.nextDouble();
            }
            arrays.put("aparam", new Property("aparam", new Values.Reals(ap), new int[] {n}, null));
            double[] stress = k % 2 == 0 && !molecule ? s : null;
            double[] virial = k % 2 == 1 ? s : null;
            out.add(new Configuration(sp, pos, cell, -10.0 * k - rnd.nextDouble(), f, stress, virial, info, arrays));
        }
        return out;
    }

    /** The configurations grouped as the writer groups them: by species sequence and periodicity, first appearance. */
    static List<Configuration> grouped(List<Configuration> in) {
        Map<String, List<Configuration>> g = new LinkedHashMap<>();
        for (Configuration c : in) {
            g.computeIfAbsent(String.join(" ", c.species()) + c.cell().anyPeriodic(), k -> new ArrayList<>()).add(c);
        }
        List<Configuration> out = new ArrayList<>();
        g.values().forEach(out::addAll);
        return out;
    }

    void roundTrip(DeepmdFormat f) throws IOException {
        List<Configuration> in = synthetic();
        Path out = tmp.resolve(f.id());
        List<String> warnings = f.write(out, in, WriteOptions.defaults());
        assertThat(warnings).isEmpty();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("sys.000", "sys.001", "sys.002", "sys.003");
        }
        assertThat(Files.readAllLines(out.resolve("sys.000/type_map.raw"))).containsExactly("H", "Li", "O", "Si");
        assertThat(Files.readAllLines(out.resolve("sys.000/type.raw"))).containsExactly("3", "1", "1");
        assertThat(Files.exists(out.resolve("sys.003/nopbc"))).isTrue();
        assertThat(Files.exists(out.resolve("sys.000/nopbc"))).isFalse();
        assertThat(f.sniff(out, new byte[0])).isTrue();
        List<Configuration> back = f.read(out, ReadOptions.defaults(), ProgressMonitor.NONE);
        List<Configuration> expected = grouped(in);
        assertThat(back).hasSize(in.size());
        for (int i = 0; i < back.size(); i++) {
            Configuration e = expected.get(i);
            Configuration b = back.get(i);
            assertThat(b.species()).containsExactly(e.species());
            assertThat(b.positions()).containsExactly(e.positions());
            assertThat(b.cell()).isEqualTo(e.cell());
            assertThat(b.energy()).isEqualTo(e.energy());
            assertThat(b.forces()).containsExactly(e.forces());
            assertThat(b.stress()).isNull();
            assertThat(b.virial()).containsExactly(e.virialOrDerived());
            assertThat(b.info()).isEqualTo(e.info());
            assertThat(b.arrays()).isEqualTo(e.arrays());
        }
        // stress-only frames: virial = -stress * V
        Configuration s0 = in.get(0);
        double v = s0.cell().volume();
        assertThat(back.get(0).virial()[1]).isCloseTo(-s0.stress()[1] * v, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void rawRoundTrip() throws IOException {
        roundTrip(raw);
    }

    @Test
    void npyRoundTrip() throws IOException {
        roundTrip(npy);
    }

    @Test
    void rewritingDpdataFilesKeepsEveryValue() throws IOException {
        List<Configuration> orig = read(raw, B1C9, List.of());
        for (DeepmdFormat f : List.of(raw, npy)) {
            Path out = tmp.resolve("re-" + f.id());
            assertThat(f.write(out, orig, WriteOptions.defaults())).isEmpty();
            assertThat(f.read(out, ReadOptions.defaults(), ProgressMonitor.NONE)).isEqualTo(orig);
        }
        List<Configuration> cp2k = read(npy, CP2K, List.of());
        Path out = tmp.resolve("cp2k");
        npy.write(out, cp2k, new WriteOptions(List.of("O", "Co", "Al", "H")));
        assertThat(Files.readAllLines(out.resolve("sys.000/type_map.raw"))).containsExactly("O", "Co", "Al", "H");
        assertThat(Files.readAllLines(out.resolve("sys.000/type.raw")))
                .isEqualTo(Files.readAllLines(CP2K.resolve("type.raw")));
        assertThat(npy.read(out, ReadOptions.defaults(), ProgressMonitor.NONE)).isEqualTo(cp2k);
    }

    @Test
    void registryWritesFoldersSafely() throws IOException {
        FormatRegistry r = FormatRegistry.standard();
        List<Configuration> orig = read(raw, B1C9, List.of());
        Path out = tmp.resolve("via-registry");
        assertThat(r.write(out, npy, orig, WriteOptions.defaults(), false)).isEmpty();
        assertThat(r.read(out).configurations()).isEqualTo(orig);
        assertThatThrownBy(() -> r.write(out, npy, orig, WriteOptions.defaults(), false))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(r.write(out, raw, orig, WriteOptions.defaults(), true)).isEmpty();
        assertThat(r.detect(out).id()).isEqualTo("deepmd-raw");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void writerWarnsAboutLabelsItCannotHold() throws IOException {
        List<Configuration> in = new ArrayList<>(synthetic().subList(0, 3));
        Configuration c = in.get(0);
        Map<String, Property> info = new LinkedHashMap<>(c.info());
        info.put("config_type", Property.scalar("config_type", "bulk"));
        in.set(0, c.withInfo(info));
        Configuration noEnergy = new Configuration(in.get(2).species(), in.get(2).positions(), in.get(2).cell(), null,
                in.get(2).forces(), null, null, in.get(2).info(), in.get(2).arrays());
        in.set(2, noEnergy);
        List<String> w = raw.write(tmp.resolve("w"), in, WriteOptions.defaults());
        assertThat(w).anyMatch(s -> s.contains("'config_type'")).anyMatch(s -> s.contains("'energy'"));
        assertThat(Files.exists(tmp.resolve("w/sys.000/energy.raw"))).isFalse();
        assertThat(Files.exists(tmp.resolve("w/sys.001/energy.raw"))).isTrue();
        assertThatThrownBy(() -> raw.write(tmp.resolve("w2"), in, new WriteOptions(List.of("Li"))))
                .hasMessageContaining("Si");
    }

    private Path copyOfH2o() throws IOException {
        Path d = tmp.resolve("h2o");
        copyTree(H2O, d);
        return d;
    }

    @Test
    void truncatedCoordRawNamesTheFiles() throws IOException {
        Path d = copyOfH2o();
        List<String> lines = Files.readAllLines(d.resolve("coord.raw"));
        Files.write(d.resolve("coord.raw"), lines.subList(0, 2));
        assertThatThrownBy(() -> read(raw, d, List.of("O", "H")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("box.raw").hasMessageContaining("coord.raw").hasMessageContaining("frames");
        Files.write(d.resolve("coord.raw"), lines);
        List<String> e = Files.readAllLines(d.resolve("energy.raw"));
        Files.write(d.resolve("energy.raw"), e.subList(0, 1));
        assertThatThrownBy(() -> read(raw, d, List.of("O", "H")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("energy.raw has only 1 frames");
    }

    @Test
    void wrongAtomCountNamesFileAndLine() throws IOException {
        Path d = copyOfH2o();
        Files.writeString(d.resolve("type.raw"), "0\n0\n1\n1\n1\n");
        assertThatThrownBy(() -> read(raw, d, List.of("O", "H")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("coord.raw:1").hasMessageContaining("expected 15 values").hasMessageContaining("got 18");
    }

    @Test
    void nonNumericFieldNamesFileAndLine() throws IOException {
        Path d = copyOfH2o();
        List<String> f = new ArrayList<>(Files.readAllLines(d.resolve("force.raw")));
        f.set(1, f.get(1).replaceFirst("^\\S+", "abc"));
        Files.write(d.resolve("force.raw"), f);
        assertThatThrownBy(() -> read(raw, d, List.of("O", "H")))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("force.raw:2").hasMessageContaining("'abc'");
    }

    @Test
    void unknownTypeAndEmptyFiles() throws IOException {
        Path d = copyOfH2o();
        assertThatThrownBy(() -> read(raw, d, List.of("O")))
                .isInstanceOf(FormatException.class).hasMessageContaining("type 1");
        Files.writeString(d.resolve("type.raw"), "");
        assertThatThrownBy(() -> read(raw, d, List.of("O", "H")))
                .isInstanceOf(FormatException.class).hasMessageContaining("type.raw is empty");
        Path e = copyOfH2oTo("h2o-empty-coord");
        Files.writeString(e.resolve("coord.raw"), "");
        assertThatThrownBy(() -> read(raw, e, List.of("O", "H")))
                .isInstanceOf(FormatException.class).hasMessageContaining("more frames than coord.raw (0 frames)");
        Files.createDirectories(tmp.resolve("nothing"));
        assertThatThrownBy(() -> read(raw, tmp.resolve("nothing"), List.of()))
                .isInstanceOf(FormatException.class).hasMessageContaining("no DeePMD");
    }

    private Path copyOfH2oTo(String name) throws IOException {
        Path d = tmp.resolve(name);
        copyTree(H2O, d);
        return d;
    }

    @Test
    void npyFrameMismatchNamesTheFile() throws IOException {
        Path d = tmp.resolve("pm");
        copyTree(PYMATGEN, d);
        Npy.write(d.resolve("set.000/energy.npy"), new int[] {2}, new double[] {1, 2});
        assertThatThrownBy(() -> read(npy, d, List.of()))
                .isInstanceOf(FormatException.class).hasMessageContaining("energy.npy has 2 frames");
        Npy.write(d.resolve("set.000/energy.npy"), new int[] {1}, new double[] {1});
        Npy.write(d.resolve("set.000/force.npy"), new int[] {1, 6}, new double[6]);
        assertThatThrownBy(() -> read(npy, d, List.of()))
                .isInstanceOf(FormatException.class).hasMessageContaining("force.npy")
                .hasMessageContaining("expected 294 values");
    }

    @Test
    void nopbcSystemsAreNotPeriodic() throws IOException {
        Path d = copyOfH2o();
        Files.writeString(d.resolve("nopbc"), "");
        Files.delete(d.resolve("box.raw"));
        List<Configuration> c = read(raw, d, List.of("O", "H"));
        assertThat(c).hasSize(3);
        assertThat(c.get(0).cell()).isEqualTo(Cell.none());
        Files.delete(d.resolve("nopbc"));
        assertThatThrownBy(() -> read(raw, d, List.of("O", "H"))).hasMessageContaining("box.raw is missing");
    }
}
