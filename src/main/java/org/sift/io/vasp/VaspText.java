package org.sift.io.vasp;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.sift.concurrent.ProgressMonitor;
import org.sift.io.FormatException;
import org.sift.io.TextInput;
import org.sift.model.Elements;

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

    private VaspText() {
    }

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
}
