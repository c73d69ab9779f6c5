package org.sift.io;

import org.sift.io.Capabilities.Label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Configuration;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * One round-trip test over every registered writable format: each configuration of the test data
 * that the format can hold is written, read back and compared, checking exactly what the format's
 * {@link Capabilities} and per-label rules ({@link StructureFormat#holdsInfo}, {@code holdsArray},
 * {@code holdsCell}, {@code holdsPbc}) declare; every label it cannot hold must be named in the
 * writer's warnings, and no label it writes back may be. Two expectations follow the physics rather
 * than the bare flags: a format of six Voigt components ({@link Capabilities#symmetricStressOnly()})
 * is compared with the symmetric part of stress and virial and must warn about an antisymmetric
 * part; and a configuration carrying a stress and a virial that disagree (the synthetic one) loses
 * one of them in a format that stores only the other, which must be warned about.
 * The test data are every file under {@code data/} that some registered format reads, plus the
 * synthetic configurations of {@link TestConfigurations}. Also: the registry detects each test file
 * by name and, for a copy without extension, by sniffing alone.
 */
class FormatRoundTripTest {

    @TempDir
    Path tmp;

    private final FormatRegistry registry = FormatRegistry.standard();

    /**
     * Elements for the test files that store only integer types (the LAMMPS dumps' elements are
     * not stated by their source; any two elements serve for a round trip).
     */
    private static final Map<String, List<String>> TYPE_MAPS = Map.of(
            "dpdata__poscars__deepmd.h2o.md", List.of("O", "H"),
            "dpdata__lammps__traj.dump", List.of("Si", "C"),
            "dpdata__poscars__conf.dump", List.of("Si", "C"),
            "dpdata__poscars__conf.lmp", List.of("O", "H"),
            "dpdata__poscars__conf.waterion.lmp", List.of("O", "H"),
            "dpdata__test_lammps_atom_styles__full.lmp", List.of("O", "H"),
            "dpdata__test_lammps_atom_styles__charge.lmp", List.of("O", "H"));

    /** Every file and folder of test data (the data files of all formats, sorted). */
    private static List<Path> dataFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        Path formats = TestConfigurations.resource("data/formats");
        try (Stream<Path> s = Files.list(formats)) {
            s.sorted().forEach(files::add);
        }
        files.add(TestConfigurations.resource(TestConfigurations.LISI));
        return files;
    }

    /** Test data grouped by source: each file a registered format reads, plus the synthetic set. */
    private Map<String, List<Configuration>> testData() throws IOException {
        Map<String, List<Configuration>> groups = new LinkedHashMap<>();
        for (Path p : dataFiles()) {
            StructureFormat f;
            try {
                f = registry.detect(p);
            } catch (FormatException e) {
                continue; // its format is not registered (yet)
            }
            String name = p.getFileName().toString();
            ReadOptions options = ReadOptions.withTypeMap(TYPE_MAPS.getOrDefault(name, List.of()));
            groups.put(name, f.read(p, options, ProgressMonitor.NONE));
        }
        groups.put("synthetic", TestConfigurations.synthetics());
        return groups;
    }

    @TestFactory
    Stream<DynamicTest> everyWritableFormatRoundTrips() throws IOException {
        Map<String, List<Configuration>> data = testData();
        assertThat(data).containsKey(TestConfigurations.LISI.substring(TestConfigurations.LISI.lastIndexOf('/') + 1));
        TreeSet<String> species = new TreeSet<>();
        data.values().forEach(l -> l.forEach(c -> species.addAll(List.of(c.species()))));
        List<String> typeMap = List.copyOf(species);
        assertThat(registry.writable()).isNotEmpty();
        return registry.writable().stream()
                .map(f -> DynamicTest.dynamicTest(f.id(), () -> roundTrip(f, data, typeMap)));
    }

    private void roundTrip(StructureFormat f, Map<String, List<Configuration>> data, List<String> typeMap)
            throws IOException {
        WriteOptions wo = new WriteOptions(typeMap);
        ReadOptions ro = ReadOptions.withTypeMap(typeMap);
        String ext = f.extensions().isEmpty() ? f.id() : f.extensions().get(0);
        int checked = 0;
        int n = 0;
        for (Map.Entry<String, List<Configuration>> g : data.entrySet()) {
            List<List<Configuration>> batches = new ArrayList<>();
            if (f.multiFrame()) {
                batches.add(g.getValue());
            } else {
                g.getValue().forEach(c -> batches.add(List.of(c)));
            }
            for (List<Configuration> batch : batches) {
                Path target = tmp.resolve(f.id() + "-" + (n++) + "." + ext);
                List<String> warnings;
                try {
                    warnings = registry.write(target, f, batch, wo, true);
                } catch (IOException e) {
                    if (batch.size() > 1) {
                        // some configuration of the batch cannot be held; try them one by one
                        for (Configuration c : batch) {
                            checked += roundTripOne(
                                    f, List.of(c), tmp.resolve(f.id() + "-" + (n++) + "." + ext), wo, ro, g.getKey());
                        }
                    }
                    continue;
                }
                checked += compareAll(f, batch, target, warnings, ro, g.getKey());
            }
        }
        int lisi = data.entrySet().stream()
                .filter(e -> e.getKey().startsWith("LixSi64"))
                .mapToInt(e -> e.getValue().size())
                .sum();
        assertThat(checked)
                .as(f.id() + ": configurations round-tripped (at least all of the Li-Si sample)")
                .isGreaterThanOrEqualTo(lisi);
    }

    private int roundTripOne(
            StructureFormat f, List<Configuration> batch, Path target, WriteOptions wo, ReadOptions ro, String group)
            throws IOException {
        List<String> warnings;
        try {
            warnings = registry.write(target, f, batch, wo, true);
        } catch (IOException e) {
            return 0; // the format cannot hold this configuration (e.g. no cell); it said so
        }
        return compareAll(f, batch, target, warnings, ro, group);
    }

    private int compareAll(
            StructureFormat f, List<Configuration> in, Path target, List<String> warnings, ReadOptions ro, String group)
            throws IOException {
        List<Configuration> back = f.read(target, ro, ProgressMonitor.NONE);
        assertThat(back).as(f.id() + " " + group + ": frames read back").hasSize(in.size());
        for (int i = 0; i < in.size(); i++) {
            compare(f, f.id() + " " + group + "#" + i, in.get(i), back.get(i), warnings);
        }
        return in.size();
    }

    static void compare(StructureFormat f, String at, Configuration a, Configuration b, List<String> warnings) {
        Capabilities caps = f.capabilities();
        assertThat(b.species()).as(at + " species").containsExactly(a.species());
        close(at + " positions", b.positions(), a.positions(), 0, 1e-10);
        if (caps.cell() && a.cell().hasLattice() && f.holdsCell(a.cell())) {
            close(at + " cell", b.cell().vectors(), a.cell().vectors(), 0, 1e-10);
            if (f.holdsPbc(a.cell().pbc())) {
                assertThat(b.cell().pbc())
                        .as(at + " pbc")
                        .containsExactly(a.cell().pbc());
            }
        }
        if (caps.energy()) {
            if (a.energy() != null) {
                assertThat(b.energy()).as(at + " energy").isNotNull();
                close(at + " energy", new double[] {b.energy()}, new double[] {a.energy()}, 1e-12, 1e-10);
            } else if (b.energy() != null) {
                assertThat(b.energy())
                        .as(at + " energy absent, written as zero")
                        .isEqualTo(0.0);
            }
        }
        if (caps.forces()) {
            if (a.forces() != null) {
                close(at + " forces", b.forces(), a.forces(), 1e-12, 1e-10);
            } else if (b.forces() != null) {
                close(at + " forces absent, written as zero", b.forces(), new double[b.forces().length], 0, 0);
            }
        }
        List<String> dropped = droppedLabels(f, a);
        if ((caps.stress() || caps.virial()) && a.cell().volume() != 0) {
            // a format of six Voigt components keeps the symmetric part (s + s^T) / 2
            if (a.stressOrDerived() != null && !dropped.contains("stress")) {
                close(at + " stress", b.stressOrDerived(), kept(caps, a.stressOrDerived()), 1e-9, 1e-12);
            }
            if (a.virialOrDerived() != null && !dropped.contains("virial")) {
                close(at + " virial", b.virialOrDerived(), kept(caps, a.virialOrDerived()), 1e-9, 1e-10);
            }
        }
        for (Property p : a.info().values()) {
            if (f.holdsInfo(p)) {
                Property q = b.info().get(p.name());
                assertThat(q).as(at + " info " + p.name()).isNotNull();
                sameValues(at + " info " + p.name(), q, p);
            }
        }
        for (Property p : a.arrays().values()) {
            if (f.holdsArray(p)) {
                Property q = b.arrays().get(p.name());
                assertThat(q).as(at + " array " + p.name()).isNotNull();
                sameValues(at + " array " + p.name(), q, p);
            }
        }
        // every label the format cannot hold is named in the warnings
        String all = String.join("\n", warnings);
        for (String label : dropped) {
            assertThat(all).as(at + ": warning naming dropped label " + label).contains("'" + label + "'");
        }
        // a label that is written back is not warned about
        List<String> held = new ArrayList<>();
        a.info().values().stream().filter(f::holdsInfo).forEach(p -> held.add(p.name()));
        a.arrays().values().stream().filter(f::holdsArray).forEach(p -> held.add(p.name()));
        for (String label : held) {
            assertThat(all)
                    .as(at + ": no warning for label " + label + ", which is written back")
                    .doesNotContain("'" + label + "'");
        }
        // and so is an antisymmetric part that a format of six Voigt components loses
        if (caps.symmetricStressOnly()) {
            for (String label : List.of("stress", "virial")) {
                double[] t = label.equals("stress") ? a.stress() : a.virial();
                if (t != null && !dropped.contains(label) && !Arrays.equals(t, symmetric(t))) {
                    assertThat(all)
                            .as(at + ": warning naming the antisymmetric part of " + label)
                            .contains("symmetric part of label '" + label + "'");
                }
            }
        }
    }

    private static double[] kept(Capabilities caps, double[] t) {
        return caps.symmetricStressOnly() ? symmetric(t) : t;
    }

    /** (t + t^T) / 2 of a 3x3 row-major tensor. */
    private static double[] symmetric(double[] t) {
        double[] s = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s[3 * i + j] = 0.5 * (t[3 * i + j] + t[3 * j + i]);
            }
        }
        return s;
    }

    /**
     * The labels of {@code c} that format {@code f} cannot hold. A format holding only one of stress
     * and virial holds the other through virial = -stress V, unless the configuration carries both
     * and they disagree (beyond 1e-10 relative): then the other is dropped.
     */
    private static List<String> droppedLabels(StructureFormat f, Configuration c) {
        Capabilities caps = f.capabilities();
        List<String> l = new ArrayList<>();
        boolean agree = true;
        if (c.stress() != null && c.virial() != null) {
            double v = Math.abs(c.cell().volume());
            double max = 0;
            double diff = 0;
            for (int i = 0; i < 9; i++) {
                max = Math.max(max, Math.abs(c.stress()[i]));
                diff = Math.max(diff, Math.abs(c.stress()[i] + c.virial()[i] / v));
            }
            agree = v != 0 && diff <= 1e-10 * max;
        }
        if (!caps.energy() && c.energy() != null) l.add("energy");
        if (!caps.forces() && c.forces() != null) l.add("forces");
        if (c.stress() != null && !caps.stress() && !(caps.virial() && c.cell().volume() != 0 && agree))
            l.add("stress");
        if (c.virial() != null && !caps.virial() && !(caps.stress() && c.cell().volume() != 0 && agree))
            l.add("virial");
        c.info().values().stream().filter(p -> !f.holdsInfo(p)).forEach(p -> l.add(p.name()));
        c.arrays().values().stream().filter(p -> !f.holdsArray(p)).forEach(p -> l.add(p.name()));
        if (c.cell().hasLattice() && !(caps.cell() && f.holdsCell(c.cell()))) l.add("cell");
        if (!f.holdsPbc(c.cell().pbc())) l.add("pbc");
        return l;
    }

    /** Same number of values; numbers close, anything else equal as text. */
    private static void sameValues(String at, Property got, Property expected) {
        assertThat(got.values().size())
                .as(at + " size")
                .isEqualTo(expected.values().size());
        Values g = got.values();
        Values e = expected.values();
        if (isNumber(e) && isNumber(g)) {
            close(at, reals(g), reals(e), 1e-12, 0);
        } else {
            for (int i = 0; i < e.size(); i++) {
                assertThat(g.format(i)).as(at + "[" + i + "]").isEqualTo(e.format(i));
            }
        }
    }

    private static boolean isNumber(Values v) {
        return v instanceof Values.Reals || v instanceof Values.Ints;
    }

    private static double[] reals(Values v) {
        if (v instanceof Values.Reals r) {
            return r.values();
        }
        long[] l = ((Values.Ints) v).values();
        double[] d = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            d[i] = l[i];
        }
        return d;
    }

    private static void close(String at, double[] got, double[] expected, double rel, double abs) {
        if (expected == null) {
            return;
        }
        assertThat(got).as(at).isNotNull();
        assertThat(got.length).as(at + " length").isEqualTo(expected.length);
        for (int i = 0; i < got.length; i++) {
            double g = got[i];
            double e = expected[i];
            if (Double.isNaN(e) || Double.isInfinite(e)) {
                assertThat(g).as(at + "[" + i + "]").isEqualTo(e);
                continue;
            }
            double tol = rel * Math.max(Math.abs(g), Math.abs(e)) + abs;
            if (!(Math.abs(g - e) <= tol)) {
                fail(at + "[" + i + "]: got " + g + ", expected " + e + " (tolerance " + tol + ")");
            }
        }
    }

    /** The warning check itself: a format that drops info silently is caught; one that names it passes. */
    @Test
    void silentlyDroppedLabelsAreCaught() throws IOException {
        StructureFormat extxyz = registry.byId("extxyz").orElseThrow();
        Capabilities noInfo = Capabilities.of(Label.CELL, Label.PBC_PER_AXIS, Label.ENERGY, Label.FORCES, Label.STRESS, Label.VIRIAL, Label.PER_ATOM_ARRAYS);
        Configuration c = TestConfigurations.synthetic(3);
        Path p = tmp.resolve("x.extxyz");
        extxyz.write(p, List.of(c), WriteOptions.defaults());
        Configuration back =
                extxyz.read(p, ReadOptions.defaults(), ProgressMonitor.NONE).get(0);
        StructureFormat limited = new StructureFormat() {
            public String id() {
                return "limited";
            }

            public String description() {
                return "test";
            }

            public List<String> extensions() {
                return List.of("lim");
            }

            public boolean multiFrame() {
                return true;
            }

            public boolean canRead() {
                return true;
            }

            public boolean canWrite() {
                return true;
            }

            public Capabilities capabilities() {
                return noInfo;
            }

            public boolean sniff(Path path, byte[] head) {
                return false;
            }

            public List<Configuration> read(Path path, ReadOptions o, ProgressMonitor m) {
                return List.of();
            }

            public List<String> write(Path path, List<Configuration> cs, WriteOptions o) {
                return List.of();
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> compare(limited, "t", c, back, List.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("config_type");
        compare(limited, "t", c, back, LabelWarnings.check("limited", noInfo, List.of(c)));
    }

    // ------------------------------------------------------------------ detection

    @Test
    void extxyzFilesAreDetectedByNameAndBySniffing() throws IOException {
        for (String name :
                List.of(TestConfigurations.LISI, TestConfigurations.DSCRIBE, TestConfigurations.DPDATA_XYZ)) {
            Path p = TestConfigurations.resource(name);
            assertThat(registry.byName(p).map(StructureFormat::id)).as(name).contains("extxyz");
            assertThat(registry.detect(p).id()).as(name).isEqualTo("extxyz");
            Path noext = Files.createDirectories(tmp.resolve(p.getFileName().toString()))
                    .resolve("noext");
            Files.copy(p, noext);
            assertThat(registry.detect(noext).id()).as(name + " renamed noext").isEqualTo("extxyz");
        }
    }

    @Test
    void everyDetectableTestFileIsDetectedAgainWithoutItsName() throws IOException {
        int detected = 0;
        for (Path p : dataFiles()) {
            StructureFormat byNameAndContent;
            try {
                byNameAndContent = registry.detect(p);
            } catch (FormatException e) {
                continue; // format not registered (yet)
            }
            detected++;
            if (byNameAndContent.id().equals("extxyz")) {
                assertThat(p.getFileName().toString())
                        .as("only XYZ files are taken for extxyz")
                        .containsPattern("\\.(ext)?xyz(\\.gz)?$");
            }
            Path dir = Files.createDirectories(tmp.resolve("sniff-" + p.getFileName()));
            Path noext = dir.resolve("noext");
            copy(p, noext);
            assertThat(registry.detect(noext).id())
                    .as(p.getFileName() + " renamed noext")
                    .isEqualTo(byNameAndContent.id());
        }
        assertThat(detected).isGreaterThanOrEqualTo(3);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(from)) {
                for (Path c : s.toList()) {
                    copy(c, to.resolve(c.getFileName().toString()));
                }
            }
        } else {
            Files.copy(from, to);
        }
    }
}
