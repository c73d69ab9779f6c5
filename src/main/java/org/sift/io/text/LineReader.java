package org.sift.io.text;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.sift.io.FormatException;
import org.sift.io.TextInput;

/**
 * Reads a text file line by line (gzip transparently), counting lines and splitting each line into
 * whitespace-separated fields by hand, so that numbers are parsed with {@link Double#parseDouble}
 * on plain tokens and every error names the file and the 1-based line.
 *
 * <p>One line of look-ahead is available through {@link #peek()}. The fields of the current line
 * are held in a reused array; {@link #field(int)} returns them as strings.
 */
public final class LineReader implements Closeable {

    private final BufferedReader in;
    private final String file;
    private long lineNo;
    private String pending;
    private boolean hasPending;
    private String line;
    private String[] fields = new String[16];
    private int count;

    public LineReader(Path path) throws IOException {
        this(TextInput.reader(path), path.toString());
    }

    public LineReader(BufferedReader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The file name used in error messages. */
    public String file() {
        return file;
    }

    /** 1-based number of the line last returned by {@link #next()} (0 before the first). */
    public long lineNumber() {
        return lineNo;
    }

    /** The line last returned by {@link #next()}. */
    public String line() {
        return line;
    }

    /** The next line, or {@code null} at the end; splits it into fields. */
    public String next() throws IOException {
        String l;
        if (hasPending) {
            l = pending;
            hasPending = false;
            pending = null;
        } else {
            l = in.readLine();
        }
        if (l == null) {
            line = null;
            count = 0;
            return null;
        }
        lineNo++;
        line = l;
        split(l);
        return l;
    }

    /** The next non-blank line, or {@code null} at the end. */
    public String nextNonBlank() throws IOException {
        String l;
        while ((l = next()) != null) {
            if (count > 0) {
                return l;
            }
        }
        return null;
    }

    /** The line after the current one without consuming it, or {@code null} at the end. */
    public String peek() throws IOException {
        if (!hasPending) {
            pending = in.readLine();
            hasPending = true;
        }
        return pending;
    }

    /** Number of whitespace-separated fields of the current line. */
    public int fieldCount() {
        return count;
    }

    public String field(int i) {
        return fields[i];
    }

    /** Field i as a real number; a FormatException naming file, line and {@code what} otherwise. */
    public double real(int i, String what) throws FormatException {
        if (i >= count) {
            throw error("expected " + what + " in field " + (i + 1) + ", but the line has only " + count + " fields");
        }
        try {
            return Double.parseDouble(fields[i]);
        } catch (NumberFormatException e) {
            throw error("expected a number for " + what + " in field " + (i + 1) + ", got '" + fields[i] + "'");
        }
    }

    /** Field i as an integer; a FormatException naming file, line and {@code what} otherwise. */
    public long integer(int i, String what) throws FormatException {
        if (i >= count) {
            throw error("expected " + what + " in field " + (i + 1) + ", but the line has only " + count + " fields");
        }
        try {
            return Long.parseLong(fields[i]);
        } catch (NumberFormatException e) {
            throw error("expected an integer for " + what + " in field " + (i + 1) + ", got '" + fields[i] + "'");
        }
    }

    /** A FormatException at the current line. */
    public FormatException error(String problem) {
        return new FormatException(file, lineNo, problem);
    }

    /** True if the string parses as a real number (a cheap check for numeric data lines). */
    public static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) {
            return false;
        }
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The first whitespace-separated token of a line, or "" if it is blank. */
    public static String firstToken(String l) {
        int n = l.length();
        int i = 0;
        while (i < n && l.charAt(i) <= ' ') {
            i++;
        }
        int j = i;
        while (j < n && l.charAt(j) > ' ') {
            j++;
        }
        return l.substring(i, j);
    }

    private void split(String l) {
        int n = l.length();
        int c = 0;
        int i = 0;
        while (i < n) {
            while (i < n && l.charAt(i) <= ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i;
            while (j < n && l.charAt(j) > ' ') {
                j++;
            }
            if (c == fields.length) {
                fields = java.util.Arrays.copyOf(fields, 2 * c);
            }
            fields[c++] = l.substring(i, j);
            i = j;
        }
        count = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
