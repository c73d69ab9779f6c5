package org.sift.io.deepmd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sift.io.FormatException;

/**
 * Reader and writer of NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0).
 *
 * <p>Layout: the magic {@code \x93NUMPY}, a major and a minor version byte, the header length
 * (little-endian uint16 in version 1, uint32 in versions 2 and 3), then an ASCII (version 3: UTF-8)
 * Python dict literal {@code {'descr': '<f8', 'fortran_order': False, 'shape': (30, 9), }} padded
 * with spaces and ended by a newline, then the raw data. Supported element types: {@code f8},
 * {@code f4}, {@code i8}, {@code i4} in little ({@code <}) or big ({@code >}) endian; data in C
 * (row-major) order only. Fortran-order files are refused with a clear message.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private Npy() {
    }

    /**
     * An n-dimensional array read from a file: its shape (empty for a scalar) and its values in C
     * order, as reals ({@code f4}, {@code f8}) or integers ({@code i4}, {@code i8}); exactly one of
     * {@code reals}, {@code ints} is non-null.
     */
    public record Array(int[] shape, double[] reals, long[] ints) {

        public Array {
            long n = 1;
            for (int s : shape) {
                n *= s;
            }
            int len = reals != null ? reals.length : ints.length;
            if (n != len || (reals == null) == (ints == null)) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not match " + len + " values");
            }
        }

        public static Array of(int[] shape, double[] values) {
            return new Array(shape.clone(), values, null);
        }

        public static Array ofInts(int[] shape, long[] values) {
            return new Array(shape.clone(), null, values);
        }

        public boolean isInteger() {
            return ints != null;
        }

        public int size() {
            return reals != null ? reals.length : ints.length;
        }

        /** Element i as a double (integers converted). */
        public double get(int i) {
            return reals != null ? reals[i] : ints[i];
        }

        /** Number of rows: the first dimension, or 1 for a scalar. */
        public int rows() {
            return shape.length == 0 ? 1 : shape[0];
        }

        /** Elements per row: the product of all dimensions after the first. */
        public int rowSize() {
            return rows() == 0 ? 0 : size() / rows();
        }

        /** Values of row r as doubles. */
        public double[] row(int r) {
            int k = rowSize();
            double[] out = new double[k];
            if (reals != null) {
                System.arraycopy(reals, r * k, out, 0, k);
            } else {
                for (int j = 0; j < k; j++) {
                    out[j] = ints[r * k + j];
                }
            }
            return out;
        }

        /** Values of row r as longs (integers only). */
        public long[] intRow(int r) {
            int k = rowSize();
            return Arrays.copyOfRange(ints, r * k, r * k + k);
        }
    }

    /** Reads a whole {@code .npy} file. */
    public static Array read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        }
    }

    /** Reads an {@code .npy} stream; {@code name} is used in error messages. */
    public static Array read(InputStream in, String name) throws IOException {
        byte[] pre = in.readNBytes(8);
        if (pre.length < 8 || !Arrays.equals(Arrays.copyOf(pre, 6), MAGIC)) {
            throw new FormatException(name, 0, "not a NumPy .npy file (expected the magic \\x93NUMPY)");
        }
        int major = pre[6] & 0xff;
        int headerLen;
        if (major == 1) {
            byte[] b = in.readNBytes(2);
            if (b.length < 2) {
                throw new FormatException(name, 0, "truncated .npy header");
            }
            headerLen = (b[0] & 0xff) | (b[1] & 0xff) << 8;
        } else if (major == 2 || major == 3) {
            byte[] b = in.readNBytes(4);
            if (b.length < 4) {
                throw new FormatException(name, 0, "truncated .npy header");
            }
            long l = (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
            if (l > Integer.MAX_VALUE) {
                throw new FormatException(name, 0, ".npy header too long: " + l);
            }
            headerLen = (int) l;
        } else {
            throw new FormatException(name, 0, "unsupported .npy format version " + major + "." + (pre[7] & 0xff)
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        byte[] hb = in.readNBytes(headerLen);
        if (hb.length < headerLen) {
            throw new FormatException(name, 0, "truncated .npy header");
        }
        String header = new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = stringValue(header, "descr", name);
        String fortran = wordValue(header, "fortran_order", name);
        int[] shape = shapeValue(header, name);
        if (fortran.equals("True")) {
            throw new FormatException(name, 0, "Fortran-order .npy arrays are not supported; save the array in C order "
                    + "(numpy.ascontiguousarray) and try again");
        } else if (!fortran.equals("False")) {
            throw new FormatException(name, 0, "fortran_order must be True or False, got " + fortran);
        }
        if (descr.length() != 3) {
            throw new FormatException(name, 0, "unsupported .npy dtype '" + descr + "' (supported: <f8 <f4 <i8 <i4 and big-endian >)");
        }
        ByteOrder order;
        switch (descr.charAt(0)) {
            case '<' -> order = ByteOrder.LITTLE_ENDIAN;
            case '>' -> order = ByteOrder.BIG_ENDIAN;
            case '=' -> order = ByteOrder.nativeOrder();
            default -> throw new FormatException(name, 0, "unsupported .npy byte order in dtype '" + descr + "'");
        }
        String kind = descr.substring(1);
        int width;
        switch (kind) {
            case "f8", "i8" -> width = 8;
            case "f4", "i4" -> width = 4;
            default -> throw new FormatException(name, 0, "unsupported .npy dtype '" + descr
                    + "' (supported: f8 f4 i8 i4, little or big endian)");
        }
        // the product is bounded at every step, so that no shape can overflow it
        long n = 1;
        long limit = (Integer.MAX_VALUE - 16) / width;
        for (int s : shape) {
            if (s != 0 && n > limit / s) {
                n = -1;
                break;
            }
            n *= s;
        }
        if (n < 0) {
            boolean empty = Arrays.stream(shape).anyMatch(s -> s == 0);
            if (!empty) {
                throw new FormatException(name, 0, "array too large: shape " + Arrays.toString(shape)
                        + " (more than " + limit + " values)");
            }
            n = 0;
        }
        byte[] data = in.readNBytes((int) (n * width));
        if (data.length < n * width) {
            throw new FormatException(name, 0, "truncated .npy data: shape " + Arrays.toString(shape) + " needs "
                    + n * width + " bytes, file has " + data.length);
        }
        ByteBuffer bb = ByteBuffer.wrap(data).order(order);
        int count = (int) n;
        switch (kind) {
            case "f8" -> {
                double[] v = new double[count];
                bb.asDoubleBuffer().get(v);
                return new Array(shape, v, null);
            }
            case "f4" -> {
                double[] v = new double[count];
                var fb = bb.asFloatBuffer();
                for (int i = 0; i < count; i++) {
                    v[i] = fb.get(i);
                }
                return new Array(shape, v, null);
            }
            case "i8" -> {
                long[] v = new long[count];
                bb.asLongBuffer().get(v);
                return new Array(shape, null, v);
            }
            default -> {
                long[] v = new long[count];
                var ib = bb.asIntBuffer();
                for (int i = 0; i < count; i++) {
                    v[i] = ib.get(i);
                }
                return new Array(shape, null, v);
            }
        }
    }

    /** Writes reals as {@code <f8}, format 1.0, C order. */
    public static void write(Path path, int[] shape, double[] values) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(out, shape, values);
        }
    }

    /**
     * Writes a matrix of reals as {@code <f8}, format 1.0, C order, shape
     * {@code (rows.length, rows[0].length)}, one row at a time (no flat copy of the matrix).
     *
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static void writeRows(OutputStream out, double[][] rows) throws IOException {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        out.write(header("<f8", new int[] {rows.length, cols}));
        ByteBuffer bb = ByteBuffer.allocate(8 * Math.max(1, cols)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, row 0 has " + cols);
            }
            bb.clear();
            bb.asDoubleBuffer().put(rows[i]);
            out.write(bb.array(), 0, 8 * cols);
        }
    }

    /** Writes integers as {@code <i8}, format 1.0, C order. */
    public static void writeInts(Path path, int[] shape, long[] values) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            writeInts(out, shape, values);
        }
    }

    public static void write(OutputStream out, int[] shape, double[] values) throws IOException {
        checkShape(shape, values.length);
        out.write(header("<f8", shape));
        ByteBuffer bb = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        bb.asDoubleBuffer().put(values);
        out.write(bb.array());
    }

    public static void writeInts(OutputStream out, int[] shape, long[] values) throws IOException {
        checkShape(shape, values.length);
        out.write(header("<i8", shape));
        ByteBuffer bb = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        bb.asLongBuffer().put(values);
        out.write(bb.array());
    }

    /**
     * The preamble and header of a version 1.0 file, padded with spaces so that the data starts at
     * a multiple of 64 bytes (as NumPy does), ended by a newline.
     */
    static byte[] header(String descr, int[] shape) {
        StringBuilder sb = new StringBuilder("{'descr': '").append(descr).append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            sb.append(shape[i]);
            if (shape.length == 1 || i < shape.length - 1) {
                sb.append(',');
            }
            if (i < shape.length - 1) {
                sb.append(' ');
            }
        }
        sb.append("), }");
        int total = 10 + sb.length() + 1;
        int pad = (64 - total % 64) % 64;
        sb.append(" ".repeat(pad)).append('\n');
        byte[] h = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + h.length];
        System.arraycopy(MAGIC, 0, out, 0, 6);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) (h.length & 0xff);
        out[9] = (byte) (h.length >>> 8);
        System.arraycopy(h, 0, out, 10, h.length);
        return out;
    }

    private static void checkShape(int[] shape, int n) {
        long p = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            p *= s;
        }
        if (p != n) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not match " + n + " values");
        }
    }

    private static int keyPos(String header, String key, String name) throws FormatException {
        int k = header.indexOf("'" + key + "'");
        if (k < 0) {
            k = header.indexOf("\"" + key + "\"");
        }
        if (k < 0) {
            throw new FormatException(name, 0, ".npy header lacks '" + key + "': " + header.trim());
        }
        int colon = header.indexOf(':', k + key.length() + 2);
        if (colon < 0) {
            throw new FormatException(name, 0, "malformed .npy header: " + header.trim());
        }
        int i = colon + 1;
        while (i < header.length() && header.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String stringValue(String header, String key, String name) throws FormatException {
        int i = keyPos(header, key, name);
        if (i >= header.length() || (header.charAt(i) != '\'' && header.charAt(i) != '"')) {
            throw new FormatException(name, 0, "unsupported .npy dtype (structured or non-string descr): " + header.trim());
        }
        char q = header.charAt(i);
        int end = header.indexOf(q, i + 1);
        if (end < 0) {
            throw new FormatException(name, 0, "malformed .npy header: " + header.trim());
        }
        return header.substring(i + 1, end);
    }

    private static String wordValue(String header, String key, String name) throws FormatException {
        int i = keyPos(header, key, name);
        int j = i;
        while (j < header.length() && Character.isLetter(header.charAt(j))) {
            j++;
        }
        return header.substring(i, j);
    }

    private static int[] shapeValue(String header, String name) throws FormatException {
        int i = keyPos(header, "shape", name);
        if (i >= header.length() || header.charAt(i) != '(') {
            throw new FormatException(name, 0, "malformed .npy shape: " + header.trim());
        }
        int end = header.indexOf(')', i);
        if (end < 0) {
            throw new FormatException(name, 0, "malformed .npy shape: " + header.trim());
        }
        List<Integer> dims = new ArrayList<>();
        for (String part : header.substring(i + 1, end).split(",")) {
            String t = part.trim();
            if (t.endsWith("L")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.isEmpty()) {
                continue;
            }
            try {
                int d = Integer.parseInt(t);
                if (d < 0) {
                    throw new NumberFormatException();
                }
                dims.add(d);
            } catch (NumberFormatException e) {
                throw new FormatException(name, 0, "malformed .npy shape dimension '" + t + "'");
            }
        }
        int[] shape = new int[dims.size()];
        for (int k = 0; k < shape.length; k++) {
            shape[k] = dims.get(k);
        }
        return shape;
    }
}
