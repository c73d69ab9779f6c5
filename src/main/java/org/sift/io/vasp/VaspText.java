package org.sift.io.vasp;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.ReadLog;
import org.sift.io.ReadOptions;
import org.sift.io.TextInput;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.model.Elements;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * Helpers shared by the VASP readers: numbers in Fortran output, element symbols of POTCAR titles,
 * unit conversion of stresses, line-numbered reading with progress.
 */
final class VaspText {

    /**
     * 1 kBar in eV/Å^3: 1 kB = 0.1 GPa and 1 eV/Å^3 = 160.21766208 GPa (CODATA 2014, the constants
     * ASE uses by default), so 1 kB = 0.1 / 160.21766208 eV/Å^3.
     */
    static final double KBAR_TO_EV_PER_A3 = 0.1 / 160.21766208;

    /** Two numbers that Fortran glued together ({@code 1.234-5.678}); the same fix as ASE's. */
    private static final Pattern GLUED_MINUS = Pattern.compile("([0-9])-([0-9])");

    private static final Pattern WS = Pattern.compile("\\s+");

    private VaspText() {}

    /** Whitespace-separated tokens of a line (leading blanks ignored). */
    static String[] tokens(String line) {
        String t = line.strip();
        return t.isEmpty() ? new String[0] : WS.split(t);
    }

    /**
     * Tokens of a numeric line of VASP output, where a negative number may follow the previous one
     * without a blank ({@code 0.123-0.456}); such pairs are split first.
     */
    static String[] numericTokens(String line) {
        return tokens(GLUED_MINUS.matcher(line).replaceAll("$1 -$2"));
    }

    /** A number; Fortran {@code D} exponents are accepted. */
    static double parseDouble(String token, String file, long line, String what) throws FormatException {
        try {
            double v = Double.parseDouble(token.replace('D', 'E').replace('d', 'e'));
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FormatException(file, line, "expected a number for " + what + ", found '" + token + "'");
        }
    }

    static int parseInt(String token, String file, long line, String what) throws FormatException {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new FormatException(file, line, "expected an integer for " + what + ", found '" + token + "'");
        }
    }

    /**
     * The element of a POTCAR or species name: the part before {@code _}, {@code /} or {@code .},
     * letters only ({@code Ti_sv} → Ti, {@code H1.25} → H, {@code Si/8a2b} → Si); {@code null} if
     * that is not an element symbol.
     */
    static String element(String raw) {
        String s = raw.strip();
        int cut = s.length();
        for (char c : new char[] {'_', '/', '.'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.substring(0, cut).toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        String sym = sb.toString();
        return Elements.isElement(sym) ? sym : null;
    }

    /** Reports bytes read as work units (capped at the total) and checks cancellation. */
    static final class Progress {
        private final ProgressMonitor monitor;
        private final long total;
        private long reported;

        Progress(ProgressMonitor monitor, Path path) throws IOException {
            this.monitor = monitor;
            this.total = Math.max(1, Files.size(path));
            monitor.begin("Reading " + path.getFileName(), total);
        }

        void at(long bytes) {
            long target = Math.min(total, bytes);
            if (target > reported) {
                monitor.worked(target - reported);
                reported = target;
            }
            monitor.checkCancelled();
        }

        void done() {
            at(total);
        }
    }

    /** An input stream that counts bytes and remembers whether it reached the end. */
    static final class CountingStream extends FilterInputStream {
        long count;
        boolean eof;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                eof = true;
            } else {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                eof = true;
            } else {
                count += n;
            }
            return n;
        }
    }

    /** Lines with 1-based numbers and a byte count for progress. */
    static final class Lines implements AutoCloseable {
        private final CountingStream counter;
        private final BufferedReader reader;
        private long number;

        Lines(Path path) throws IOException {
            counter = new CountingStream(TextInput.open(path));
            reader = new BufferedReader(new InputStreamReader(counter, StandardCharsets.UTF_8), 1 << 16);
        }

        /** The next line, or {@code null} at the end. */
        String next() throws IOException {
            String l = reader.readLine();
            if (l != null) {
                number++;
            }
            return l;
        }

        /** Number of the line last returned by {@link #next()}. */
        long number() {
            return number;
        }

        long bytes() {
            return counter.count;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** The integer of {@code NAME = value} on a line (INCAR echo or parameter list), or -1. */
    static int intSetting(String line, Pattern setting) {
        java.util.regex.Matcher m = setting.matcher(line);
        if (!m.find()) {
            return -1;
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Info key of the sigma->0 energy when {@code energy} is the free energy ({@code --vasp-energy free}). */
    static final String ENERGY_SIGMA0 = "energy_sigma0";
    /** Info key flagging VASP machine-learned steps that were kept ({@code --vasp-ml include}). */
    static final String VASP_ML = "vasp_ml";
    /** Info key flagging unconverged SCF steps that were kept ({@code --keep-unconverged}). */
    static final String SCF_CONVERGED = "scf_converged";

    /**
     * A configuration of one ionic step with the energy chosen by {@link ReadOptions#vaspEnergy()}:
     * {@code energy(sigma->0)} with info {@code free_energy} = TOTEN (the default, as ASE), or TOTEN
     * with info {@code energy_sigma0} (as dpdata). Without a sigma->0 value the free energy is
     * used either way. Energies in eV.
     */
    static Configuration configuration(
            String[] species,
            double[] positions,
            double[] cell,
            Double free,
            Double sigma0,
            double[] forces,
            double[] stress,
            ReadOptions options) {
        Map<String, Property> info = new LinkedHashMap<>();
        Double energy;
        if (options.vaspEnergy() == ReadOptions.VaspEnergy.FREE && free != null) {
            energy = free;
            if (sigma0 != null) {
                info.put(
                        ENERGY_SIGMA0,
                        new Property(ENERGY_SIGMA0, new Values.Reals(new double[] {sigma0}), new int[0], "eV"));
            }
        } else {
            energy = sigma0 != null ? sigma0 : free;
            if (free != null) {
                info.put(
                        OutcarFormat.FREE_ENERGY,
                        new Property(
                                OutcarFormat.FREE_ENERGY, new Values.Reals(new double[] {free}), new int[0], "eV"));
            }
        }
        return new Configuration(species, positions, Cell.periodic(cell), energy, forces, stress, null, info, null);
    }

    /** A file that ends inside a frame: a warning or an error, as {@link ReadOptions#partial()} says. */
    static final class Truncated extends FormatException {
        final String problem;

        Truncated(String file, long line, String problem) {
            super(file, line, problem + " (--partial warn reads the complete frames before it)");
            this.problem = problem;
        }

        Truncated(String file, long line, String problem, Throwable cause) {
            this(file, line, problem);
            initCause(cause);
        }
    }

    /**
     * The frames a VASP reader keeps, and the ones it drops with their reasons, reported once per
     * file to the {@link ReadLog} (a warning per reason, counting the frames and naming the first
     * of them, with the option that keeps them).
     */
    static final class Drops {
        private final String unit;
        private final List<Configuration> kept = new ArrayList<>();
        private final Map<String, List<Integer>> dropped = new LinkedHashMap<>();
        private final List<Integer> mlKept = new ArrayList<>();
        private final List<Integer> unconvergedKept = new ArrayList<>();
        private final List<Boolean> mlFlags = new ArrayList<>();
        private final List<Boolean> convergedFlags = new ArrayList<>();
        private String truncated;
        private int frames;

        /** @param unit what a frame is called ({@code ionic step}, {@code calculation}) */
        Drops(String unit) {
            this.unit = unit;
        }

        /** Number of configurations kept so far. */
        int keptCount() {
            return kept.size();
        }

        void keep(Configuration c) {
            frames++;
            add(c, false, true);
        }

        /** Frame {@code index} (1-based) is not read, for {@code reason}. */
        void drop(int index, String reason) {
            frames++;
            dropped.computeIfAbsent(reason, k -> new ArrayList<>()).add(index);
        }

        void machineLearned(int index, Configuration c, ReadOptions options) {
            if (options.keeps(ReadOptions.Keep.VASP_ML_STEPS)) {
                frames++;
                mlKept.add(index);
                add(c, true, true);
            } else {
                drop(
                        index,
                        "machine-learned by VASP's on-the-fly force field (ML_MODE / ML_LMLFF), not DFT;"
                                + " --vasp-ml include keeps them, flagged " + VASP_ML + " = T");
            }
        }

        void unconverged(int index, Configuration c, String why, ReadOptions options) {
            if (options.keeps(ReadOptions.Keep.UNCONVERGED_STEPS)) {
                frames++;
                unconvergedKept.add(index);
                add(c, false, false);
            } else {
                drop(
                        index,
                        "not converged (" + why + "); --keep-unconverged keeps them, flagged " + SCF_CONVERGED
                                + " = F");
            }
        }

        void truncated(Truncated t, ReadOptions options) throws FormatException {
            if (options.partial() == ReadOptions.Partial.ERROR) {
                throw t;
            }
            truncated = t.problem + (t.line() > 0 ? " (line " + t.line() + ")" : "");
        }

        private void add(Configuration c, boolean ml, boolean converged) {
            kept.add(c);
            mlFlags.add(ml);
            convergedFlags.add(converged);
        }

        /** The frames kept, flagged ({@code vasp_ml}, {@code scf_converged}) when some were kept only on request. */
        List<Configuration> kept() {
            if (mlKept.isEmpty() && unconvergedKept.isEmpty()) {
                return kept;
            }
            List<Configuration> out = new ArrayList<>(kept.size());
            for (int i = 0; i < kept.size(); i++) {
                Map<String, Property> info = new LinkedHashMap<>(kept.get(i).info());
                if (!mlKept.isEmpty()) {
                    info.put(VASP_ML, Property.scalar(VASP_ML, mlFlags.get(i)));
                }
                if (!unconvergedKept.isEmpty()) {
                    info.put(SCF_CONVERGED, Property.scalar(SCF_CONVERGED, convergedFlags.get(i)));
                }
                out.add(kept.get(i).withInfo(info));
            }
            return out;
        }

        void report(String file, ReadOptions options) {
            ReadLog log = options.log();
            for (Map.Entry<String, List<Integer>> e : dropped.entrySet()) {
                log.warn(
                        file,
                        "dropped " + e.getValue().size() + " of " + frames + " " + unit + "s (" + unit + " "
                                + list(e.getValue()) + "): " + e.getKey());
            }
            if (!mlKept.isEmpty()) {
                log.warn(
                        file,
                        "kept " + mlKept.size() + " machine-learned " + unit + "s (" + unit + " " + list(mlKept)
                                + "), flagged " + VASP_ML + " = T: their labels are not DFT");
            }
            if (!unconvergedKept.isEmpty()) {
                log.warn(
                        file,
                        "kept " + unconvergedKept.size() + " " + unit + "s whose SCF did not converge (" + unit + " "
                                + list(unconvergedKept) + "), flagged " + SCF_CONVERGED + " = F");
            }
            if (truncated != null) {
                log.warn(
                        file,
                        truncated
                                + "; it is not read (the file was cut or the run stopped; --partial error makes this an error)");
            }
        }

        private static String list(List<Integer> idx) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < idx.size() && i < 10; i++) {
                sb.append(i > 0 ? ", " : "").append(idx.get(i));
            }
            if (idx.size() > 10) {
                sb.append(", ...");
            }
            return sb.toString();
        }
    }
}
