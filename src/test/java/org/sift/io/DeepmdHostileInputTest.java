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
}
