package org.sift.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.deepmd.Npy;

/**
 * The DeePMD folder readers (raw and npy systems, as dpdata writes them) against damaged copies of
 * dpdata's own test systems: every file of the folder in turn truncated at sixteen points, bytes
 * replaced at seeded random places (half of them in the first 128 bytes, where an .npy header and
 * its shape are), number tokens of the .raw files replaced by absurd counts, NaN and infinities,
 * the file deleted, and a second set whose frame count differs from the first. Every case must end
 * in a dataset or in a {@link FormatException} whose message names the damaged file; any other
 * exception, an {@link OutOfMemoryError} or a read over the time bound fails. Seeds are fixed.
 */
class DeepmdHostileInputTest {

    @TempDir
    Path tmp;

    private static final long SEED = 20261203L;
    private static final int FLIPS = 30;
    private static final int TRUNCATIONS = 16;

    private final FormatRegistry registry = FormatRegistry.standard();

    static Stream<Arguments> systems() {
        return Stream.of(
                Arguments.of("data/formats/dpdata__cp2k__aimd__deepmd", "deepmd-npy", List.<String>of()),
                Arguments.of("data/formats/dpdata__pymatgen_data__deepmd", "deepmd-npy", List.<String>of()),
                Arguments.of("data/formats/dpdata__poscars__deepmd.h2o.md", "deepmd-raw", List.of("O", "H")));
    }

    private int cases;

    /** Copies the system to a fresh folder, lets {@code damage} change it, reads it, checks the outcome. */
    private void attempt(String what, Path system, String format, List<String> typeMap, String damaged,
                         Damage damage) throws IOException {
        Path copy = tmp.resolve("case" + (cases++)).resolve(system.getFileName().toString());
        copyTree(system, copy);
        Path target = copy.resolve(damaged);
        damage.apply(target, copy);
        StructureFormat f = registry.byId(format).orElseThrow();
        try {
            registry.read(copy, f, ReadOptions.withTypeMap(typeMap), ProgressMonitor.NONE);
        } catch (FormatException e) {
            String name = target.getFileName().toString();
            assertThat(e.getMessage()).as(what + " on " + damaged).contains(name);
            assertThat(e.getMessage()).as(what + " on " + damaged).startsWith(copy.toString());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(what + " on " + damaged + ": " + e, e);
        }
    }

    private interface Damage {
        void apply(Path file, Path system) throws IOException;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q);
            }
        }
    }

    private static List<String> files(Path system) throws IOException {
        try (Stream<Path> s = Files.walk(system)) {
            return s.filter(Files::isRegularFile).map(p -> system.relativize(p).toString())
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void everyFileTruncatedOrMissing(String name, String format, List<String> typeMap) {
        Path system = TestConfigurations.resource(name);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String file : files(system)) {
                long size = Files.size(system.resolve(file));
                for (int k = 0; k < TRUNCATIONS; k++) {
                    long end = size * k / TRUNCATIONS;
                    attempt("truncated at byte " + end, system, format, typeMap, file, (p, s) -> {
                        byte[] b = Files.readAllBytes(p);
                        Files.write(p, java.util.Arrays.copyOf(b, (int) end));
                    });
                }
                attempt("deleted", system, format, typeMap, file, (p, s) -> Files.delete(p));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void bytesReplacedInHeadersAndData(String name, String format, List<String> typeMap) {
        Path system = TestConfigurations.resource(name);
        byte[] nasty = "\n \t90-.eE+x\0#=\"'()<>,:".getBytes(StandardCharsets.ISO_8859_1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random r = new Random(SEED ^ name.hashCode());
            for (String file : files(system)) {
                for (int i = 0; i < FLIPS; i++) {
                    int len = (int) Files.size(system.resolve(file));
                    if (len == 0) continue;
                    int at = i % 2 == 0 ? r.nextInt(Math.min(len, 128)) : r.nextInt(len);
                    byte v = r.nextInt(3) == 0 ? (byte) r.nextInt(256) : nasty[r.nextInt(nasty.length)];
                    attempt("byte " + at + " replaced by " + (v & 0xff), system, format, typeMap, file, (p, s) -> {
                        byte[] b = Files.readAllBytes(p);
                        b[at] = v;
                        Files.write(p, b);
                    });
                }
            }
        });
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d*)?([eE][-+]?\\d+)?(?![\\w.])");

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void numbersInRawFilesReplacedByAbsurdValues(String name, String format, List<String> typeMap) {
        Path system = TestConfigurations.resource(name);
        String[] replacements = {"1000000000", "2147483647", "99999999999999999999", "-1", "nan", "-inf", "1e308"};
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String file : files(system)) {
                if (!file.endsWith(".raw")) continue;
                String text = Files.readString(system.resolve(file), StandardCharsets.ISO_8859_1);
                Matcher m = NUMBER.matcher(text);
                List<int[]> tokens = new ArrayList<>();
                while (m.find() && tokens.size() < 6) tokens.add(new int[] {m.start(), m.end()});
                for (int[] t : tokens) {
                    for (String rep : replacements) {
                        String damaged = text.substring(0, t[0]) + rep + text.substring(t[1]);
                        attempt("'" + text.substring(t[0], t[1]) + "' -> " + rep, system, format, typeMap, file,
                                (p, s) -> Files.writeString(p, damaged, StandardCharsets.ISO_8859_1));
                    }
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void aSecondSetWithAnotherFrameCountOrAtomCount(String name, String format, List<String> typeMap)
            throws IOException {
        Path system = TestConfigurations.resource(name);
        if (!Files.isDirectory(system.resolve("set.000"))) return; // a raw system has no sets
        // set.001: a copy of set.000 whose energies come from a system with another number of frames
        Path otherEnergy = TestConfigurations.resource(
                name.contains("cp2k") ? "data/formats/dpdata__pymatgen_data__deepmd/set.000/energy.npy"
                        : "data/formats/dpdata__cp2k__aimd__deepmd/set.000/energy.npy");
        attempt("set.001 with another frame count", system, format, typeMap, "set.001/energy.npy", (p, s) -> {
            copyTree(s.resolve("set.000"), s.resolve("set.001"));
            Files.copy(otherEnergy, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        });
        // set.001 whose coordinates belong to another number of atoms
        Path otherCoord = TestConfigurations.resource(
                name.contains("cp2k") ? "data/formats/dpdata__pymatgen_data__deepmd/set.000/coord.npy"
                        : "data/formats/dpdata__cp2k__aimd__deepmd/set.000/coord.npy");
        attempt("set.001 with another atom count", system, format, typeMap, "set.001/coord.npy", (p, s) -> {
            copyTree(s.resolve("set.000"), s.resolve("set.001"));
            Files.copy(otherCoord, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        });
    }

    /**
     * Reads a damaged copy that must be refused: a {@link FormatException} whose message starts
     * with the system's path and contains every one of {@code expected} (the file, the frame...).
     */
    private void mustFail(String what, Path system, String format, List<String> typeMap, String damaged,
                          Damage damage, String... expected) throws IOException {
        Path copy = tmp.resolve("case" + (cases++)).resolve(system.getFileName().toString());
        copyTree(system, copy);
        damage.apply(copy.resolve(damaged), copy);
        StructureFormat f = registry.byId(format).orElseThrow();
        try {
            registry.read(copy, f, ReadOptions.withTypeMap(typeMap), ProgressMonitor.NONE);
            throw new AssertionError(what + ": read without error");
        } catch (FormatException e) {
            assertThat(e.getMessage()).as(what).startsWith(copy.toString()).contains(expected);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    /** Replaces {@code file} by an .npy file of the given header shape and as many f8 values as it fits. */
    private static Damage npy(String shape, int values) {
        return (p, s) -> {
            String head = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }";
            int total = 10 + head.length() + 1;
            head = head + " ".repeat((64 - total % 64) % 64) + "\n";
            byte[] hb = head.getBytes(StandardCharsets.ISO_8859_1);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            out.write(hb.length & 0xff);
            out.write(hb.length >>> 8);
            out.write(hb);
            out.write(new byte[8 * values]);
            Files.write(p, out.toByteArray());
        };
    }

    /** Rewrites an .npy file with the same values in another shape (or some dropped or added). */
    private static Damage reshape(java.util.function.Function<Npy.Array, Npy.Array> change) {
        return (p, s) -> {
            Npy.Array a = change.apply(Npy.read(p));
            if (a.isInteger()) Npy.writeInts(p, a.shape(), a.ints());
            else Npy.write(p, a.shape(), a.reals());
        };
    }

    private static Npy.Array dropColumns(Npy.Array a, int drop) {
        int rows = a.rows(), k = a.rowSize() - drop;
        double[] v = new double[rows * k];
        for (int i = 0; i < rows; i++) System.arraycopy(a.row(i), 0, v, i * k, k);
        return Npy.Array.of(new int[] {rows, k}, v);
    }

    private static Npy.Array dropRows(Npy.Array a, int drop) {
        int rows = a.rows() - drop;
        int[] shape = a.shape().clone();
        shape[0] = rows;
        return Npy.Array.of(shape, java.util.Arrays.copyOf(a.reals(), rows * a.rowSize()));
    }

    @org.junit.jupiter.api.Test
    void shapeInconsistentNpyFilesAreRefusedNamingTheFile() throws IOException {
        Path system = TestConfigurations.resource("data/formats/dpdata__pymatgen_data__deepmd");
        String fmt = "deepmd-npy";
        List<String> none = List.of();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String name : List.of("coord", "box", "energy", "force", "virial")) {
                String file = "set.000/" + name + ".npy";
                mustFail(name + " with one frame less", system, fmt, none, file, reshape(a -> dropRows(a, 1)),
                        name + ".npy", "frames");
                mustFail(name + " claiming 2^31-1 x 2^31-1 x 2^31-1", system, fmt, none, file,
                        npy("(2147483647, 2147483647, 2147483647)", 4), name + ".npy", "too large");
                // the product 2^64 + 2^60 of this shape wraps around a long to 2^60
                mustFail(name + " claiming 2^30 x 2^30 x 17", system, fmt, none, file,
                        npy("(1073741824, 1073741824, 17)", 0), name + ".npy", "too large");
                mustFail(name + " claiming 10^7 rows in 80 bytes", system, fmt, none, file,
                        npy("(10000000, 9)", 2), name + ".npy", "truncated");
                mustFail(name + " as a scalar", system, fmt, none, file, npy("()", 1), name + ".npy");
                if (!name.equals("energy")) {
                    mustFail(name + " with a value less per frame", system, fmt, none, file,
                            reshape(a -> dropColumns(a, name.equals("coord") || name.equals("force") ? 3 : 1)),
                            name + ".npy", "values per frame");
                }
            }
            mustFail("energy with two values per frame", system, fmt, none, "set.000/energy.npy",
                    reshape(a -> Npy.Array.of(new int[] {a.rows(), 2}, java.util.stream.DoubleStream
                            .of(a.reals()).flatMap(x -> java.util.stream.DoubleStream.of(x, x)).toArray())),
                    "energy.npy", "1 energy");
            mustFail("type.raw with an atom more than coord.npy", system, fmt, none, "type.raw",
                    (p, s) -> Files.writeString(p, Files.readString(p).strip() + "\n0\n"), "coord.npy", "type.raw");
            mustFail("type.raw with an atom less than coord.npy", system, fmt, none, "type.raw",
                    (p, s) -> {
                        String t = Files.readString(p).strip();
                        Files.writeString(p, t.substring(0, t.lastIndexOf('\n')) + "\n");
                    }, "coord.npy", "type.raw");
            mustFail("type.raw naming a type type_map.raw lacks", system, fmt, none, "type.raw",
                    (p, s) -> Files.writeString(p, Files.readString(p).replaceFirst("\\d+", "7")), "type.raw",
                    "atom type 7", "type_map.raw");
            mustFail("type.raw with a word", system, fmt, none, "type.raw",
                    (p, s) -> Files.writeString(p, Files.readString(p).replaceFirst("\\d+", "O")), "type.raw:1");
            mustFail("type_map.raw with a name that is no element", system, fmt, none, "type_map.raw",
                    (p, s) -> Files.writeString(p, "Xx\n" + Files.readString(p)), "type_map.raw:1", "Xx");
            mustFail("type_map.raw empty", system, fmt, none, "type_map.raw", (p, s) -> Files.writeString(p, ""),
                    "type_map.raw", "no element");
            mustFail("type_map.raw missing and no type map given", system, fmt, none, "type_map.raw",
                    (p, s) -> Files.delete(p), "type_map.raw is missing");
            mustFail("set.001 with another frame count in force.npy", system, fmt, none, "set.001", (p, s) -> {
                copyTree(s.resolve("set.000"), p);
                reshape(a -> dropRows(a, 1)).apply(p.resolve("force.npy"), s);
            }, "set.001", "force.npy", "frames");
        });
    }

    @org.junit.jupiter.api.Test
    void shapeInconsistentRawFilesAreRefusedNamingFileAndLine() throws IOException {
        Path system = TestConfigurations.resource("data/formats/dpdata__poscars__deepmd.h2o.md");
        String fmt = "deepmd-raw";
        List<String> oh = List.of("O", "H");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String name : List.of("coord", "box", "energy", "force", "virial")) {
                String file = name + ".raw";
                mustFail(file + " without its last frame", system, fmt, oh, file, (p, s) -> {
                    List<String> lines = Files.readAllLines(p);
                    Files.write(p, lines.subList(0, lines.size() - 1));
                }, file, "frames");
                mustFail(file + " with a value more in frame 2", system, fmt, oh, file, (p, s) -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(p));
                    lines.set(1, lines.get(1) + " 1.0");
                    Files.write(p, lines);
                }, file + ":2");
            }
            mustFail("type.raw with an atom more than coord.raw", system, fmt, oh, "type.raw",
                    (p, s) -> Files.writeString(p, Files.readString(p).strip() + "\n0\n"), "coord.raw:1", "type.raw");
            mustFail("type_map.raw naming one element for two types", system, fmt, List.of(), "type_map.raw",
                    (p, s) -> Files.writeString(p, "O\n"), "type.raw", "atom type 1", "type_map.raw");
            mustFail("type_map.raw with HW", system, fmt, List.of(), "type_map.raw",
                    (p, s) -> Files.writeString(p, "O\nHW\n"), "type_map.raw:2", "HW");
        });
    }

    /** dpdata's mixed-type layout (written by numpy, see DeepmdMixedTest): every file truncated, deleted, bytes replaced. */
    @org.junit.jupiter.api.Test
    void mixedTypeSystemDamaged() throws Exception {
        Path system = tmp.resolve("source").resolve("mixed");
        org.sift.io.deepmd.DeepmdMixedTestAccess.writeMixed(system);
        String format = "deepmd-mixed";
        List<String> none = List.of();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random r = new Random(SEED);
            for (String file : files(system)) {
                long size = Files.size(system.resolve(file));
                for (int k = 0; k < TRUNCATIONS; k++) {
                    long end = size * k / TRUNCATIONS;
                    attempt("truncated at byte " + end, system, format, none, file, (p, s) -> {
                        byte[] b = Files.readAllBytes(p);
                        Files.write(p, java.util.Arrays.copyOf(b, (int) end));
                    });
                }
                attempt("deleted", system, format, none, file, (p, s) -> Files.delete(p));
                for (int i = 0; i < FLIPS; i++) {
                    int len = (int) size;
                    int at = i % 2 == 0 ? r.nextInt(Math.min(len, 128)) : r.nextInt(len);
                    byte v = (byte) r.nextInt(256);
                    attempt("byte " + at + " replaced by " + (v & 0xff), system, format, none, file, (p, s) -> {
                        byte[] b = Files.readAllBytes(p);
                        b[at] = v;
                        Files.write(p, b);
                    });
                }
            }
            mustFail("real_atom_types.npy of reals", system, format, none, "set.000000/real_atom_types.npy",
                    reshape(a -> Npy.Array.of(a.shape(), java.util.Arrays.stream(a.ints()).asDoubleStream().toArray())),
                    "real_atom_types.npy", "integers");
            mustFail("real_atom_types.npy with a frame less", system, format, none, "set.000000/real_atom_types.npy",
                    reshape(a -> Npy.Array.ofInts(new int[] {a.rows() - 1, a.rowSize()},
                            java.util.Arrays.copyOf(a.ints(), (a.rows() - 1) * a.rowSize()))),
                    "real_atom_types.npy", "frames");
        });
    }
}
