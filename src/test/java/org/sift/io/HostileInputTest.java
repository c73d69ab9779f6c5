package org.sift.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * Every reader against damaged copies of real files (written by ASE, dpdata, VASP, LAMMPS):
 * truncated at every line, single bytes replaced at seeded random places, number tokens replaced
 * by absurd counts, NaN, infinities and zeros (zero lattices: degenerate cells), lines deleted
 * or doubled. Every case must end either in a dataset or in a {@link FormatException} that names
 * the damaged file; any other exception, an {@link OutOfMemoryError} (the surefire heap is the
 * memory budget) or a read longer than the time bound fails the test. Seeds are fixed, so a
 * failure names a case that reproduces.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private static final long SEED = 20261203L;
    /** Random byte replacements per file. */
    private static final int FLIPS = 100;
    /** Number tokens mutated per file (the first ones: counts, lattice, first atoms). */
    private static final int TOKENS = 60;
    /** Truncation points at every line up to this, then this many more spread over the file. */
    private static final int TRUNCATIONS = 150;

    private final FormatRegistry registry = FormatRegistry.standard();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("data/formats/dscribe__examples__multiple.extxyz", "extxyz", List.<String>of()),
                Arguments.of("data/formats/dpdata__xyz__xyz_unittest.xyz", "extxyz", List.<String>of()),
                Arguments.of("data/formats/quip__tests__SiC.np1.head8.xyz", "extxyz", List.<String>of()),
                Arguments.of("data/formats/dpdata__poscars__POSCAR.SiC", "poscar", List.<String>of()),
                Arguments.of("data/formats/dpdata__lammps__traj.dump", "lammps-dump", List.of("Fe", "C")),
                Arguments.of("data/formats/dpdata__poscars__conf.dump", "lammps-dump", List.of("O", "H")),
                Arguments.of("data/formats/dpdata__poscars__Ti-O-Ti-v6__OUTCAR", "outcar", List.<String>of()),
                Arguments.of("data/formats/dpdata__poscars__Ti-O-Ti-v6__vasprun.xml", "vasprun", List.<String>of()),
                Arguments.of(
                        "data/formats/pymatgen__io__vasp__outputs__XDATCAR_traj.head2", "xdatcar", List.<String>of()),
                Arguments.of("data/formats/dpdata__poscars__conf.lmp", "lammps-data", List.of("O", "H")),
                Arguments.of(
                        "data/formats/dpdata__test_lammps_atom_styles__full.lmp", "lammps-data", List.of("O", "H")),
                Arguments.of("data/formats/dpdata__qe.scf__01.out", "espresso-out", List.<String>of()),
                Arguments.of("data/formats/ase-written__Ti2O3H.alat.pwi", "espresso-in", List.<String>of()),
                Arguments.of("data/formats/dpdata__n2p2__input.data", "n2p2", List.<String>of()),
                Arguments.of("data/hostile/quip__tests__SiC.np1.head8.sift-converted.cfg", "mtp", List.of("C", "Si")));
    }

    /** Reads {@code bytes} as {@code format} from a file named like the sample; checks the outcome. */
    private void attempt(String what, Path sample, String format, List<String> typeMap, byte[] bytes)
            throws IOException {
        Path p = tmp.resolve(sample.getFileName().toString());
        Files.write(p, bytes);
        StructureFormat f = registry.byId(format).orElseThrow();
        try {
            registry.read(p, f, ReadOptions.withTypeMap(typeMap), ProgressMonitor.NONE);
        } catch (FormatException e) {
            assertThat(e.file()).as(what).isEqualTo(p.toString());
            assertThat(e.getMessage()).as(what).startsWith(p.toString());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    private static List<Integer> lineStarts(byte[] b) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && i + 1 < b.length) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static byte[] concat(byte[] a, int aEnd, byte[] mid, byte[] b, int bStart) {
        byte[] out = new byte[aEnd + mid.length + b.length - bStart];
        System.arraycopy(a, 0, out, 0, aEnd);
        System.arraycopy(mid, 0, out, aEnd, mid.length);
        System.arraycopy(b, bStart, out, aEnd + mid.length, b.length - bStart);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void truncatedAtEveryLineAndInsideLines(String name, String format, List<String> typeMap) {
        Path sample = TestConfigurations.resource(name);
        assertTimeoutPreemptively(Duration.ofSeconds(25), () -> {
            byte[] b = Files.readAllBytes(sample);
            List<Integer> starts = lineStarts(b);
            // every line of the small files; of the large ones (OUTCAR, vasprun.xml) the first
            // TRUNCATIONS lines and TRUNCATIONS more spread evenly, to stay within the time bound
            int stride = Math.max(1, starts.size() / TRUNCATIONS);
            for (int k = 0; k < starts.size(); k++) {
                if (k >= TRUNCATIONS && k % stride != 0) {
                    continue;
                }
                int end = starts.get(k);
                attempt("truncated before line " + (k + 1), sample, format, typeMap, java.util.Arrays.copyOf(b, end));
                if (k + 1 < starts.size() && starts.get(k + 1) - end > 3) {
                    int mid = end + (starts.get(k + 1) - end) / 2;
                    attempt(
                            "truncated inside line " + (k + 1),
                            sample,
                            format,
                            typeMap,
                            java.util.Arrays.copyOf(b, mid));
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void randomBytesReplacedLinesDeletedOrDoubled(String name, String format, List<String> typeMap) {
        Path sample = TestConfigurations.resource(name);
        assertTimeoutPreemptively(Duration.ofSeconds(25), () -> {
            byte[] b = Files.readAllBytes(sample);
            List<Integer> starts = lineStarts(b);
            byte[] nasty = "\n \t90-.eE+x\0#=\"<>/:".getBytes(StandardCharsets.ISO_8859_1);
            Random r = new Random(SEED ^ name.hashCode());
            for (int i = 0; i < FLIPS; i++) {
                byte[] c = b.clone();
                int at = r.nextInt(c.length);
                c[at] = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : nasty[r.nextInt(nasty.length)];
                attempt("byte " + at + " replaced by " + (c[at] & 0xff), sample, format, typeMap, c);
            }
            for (int i = 0; i < Math.min(40, starts.size() - 1); i++) {
                int k = r.nextInt(starts.size() - 1);
                int s = starts.get(k);
                int e = starts.get(k + 1);
                attempt("line " + (k + 1) + " deleted", sample, format, typeMap, concat(b, s, new byte[0], b, e));
                attempt(
                        "line " + (k + 1) + " doubled",
                        sample,
                        format,
                        typeMap,
                        concat(b, e, java.util.Arrays.copyOfRange(b, s, e), b, e));
            }
        });
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d*)?([eE][-+]?\\d+)?(?![\\w.])");

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void numbersReplacedByAbsurdCountsNanInfinityAndZero(String name, String format, List<String> typeMap) {
        Path sample = TestConfigurations.resource(name);
        String[] replacements = {"1000000000", "2147483647", "99999999999999999999", "-1", "nan", "-inf", "0", "1e308"};
        assertTimeoutPreemptively(Duration.ofSeconds(25), () -> {
            String text = Files.readString(sample, StandardCharsets.ISO_8859_1);
            Matcher m = NUMBER.matcher(text);
            List<int[]> tokens = new ArrayList<>();
            while (m.find() && tokens.size() < TOKENS) {
                tokens.add(new int[] {m.start(), m.end()});
            }
            for (int[] t : tokens) {
                for (String rep : replacements) {
                    String damaged = text.substring(0, t[0]) + rep + text.substring(t[1]);
                    attempt(
                            "'" + text.substring(t[0], t[1]) + "' at " + t[0] + " -> " + rep,
                            sample,
                            format,
                            typeMap,
                            damaged.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            // every lattice or box number zero at once: a degenerate cell
            String zeros = NUMBER.matcher(text.substring(0, Math.min(text.length(), 400)))
                            .replaceAll("0")
                    + text.substring(Math.min(text.length(), 400));
            attempt("first numbers all zero", sample, format, typeMap, zeros.getBytes(StandardCharsets.ISO_8859_1));
        });
    }
}
