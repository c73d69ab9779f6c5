package org.sift.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Opening files for reading, with transparent gzip decompression (by magic bytes). */
public final class TextInput {

    private TextInput() {
    }

    /** A stream of the decompressed content. */
    public static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream content = in;
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                content = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                in.close();
                throw new FormatException(path.toString(), 0, "not a readable gzip file (" + describe(e) + ")", e);
            }
        }
        return skipBom(new GzipErrors(content, path.toString()));
    }

    /** Skips a UTF-8 byte order mark, which some editors put at the start of text files. */
    private static InputStream skipBom(InputStream in) throws IOException {
        InputStream b = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        b.mark(3);
        byte[] three = b.readNBytes(3);
        if (!(three.length == 3 && (three[0] & 0xff) == 0xef && (three[1] & 0xff) == 0xbb && (three[2] & 0xff) == 0xbf)) {
            b.reset();
        }
        return b;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName().replace("EOFException", "unexpected end of file")
                : e.getMessage();
    }

    /**
     * Reports a damaged gzip stream (bad CRC, truncated, garbage) as a {@link FormatException}
     * naming the file, instead of a bare {@code ZipException} or {@code EOFException} with no name.
     */
    private static final class GzipErrors extends java.io.FilterInputStream {
        private final String file;

        GzipErrors(InputStream in, String file) {
            super(in);
            this.file = file;
        }

        private IOException named(IOException e) {
            if (e instanceof FormatException) {
                return e;
            }
            if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
                return new FormatException(file, 0, "damaged gzip data (" + describe(e) + "); the file is truncated or corrupt", e);
            }
            return e;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public boolean markSupported() {
            return in.markSupported();
        }
    }

    /** A UTF-8 reader of the decompressed content. */
    public static BufferedReader reader(Path path) throws IOException {
        return new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Up to {@code max} first bytes of the decompressed content (empty for folders). */
    public static byte[] head(Path path, int max) throws IOException {
        if (Files.isDirectory(path)) {
            return new byte[0];
        }
        try (InputStream in = open(path)) {
            byte[] buf = in.readNBytes(max);
            return Arrays.copyOf(buf, buf.length);
        }
    }

    /** File name without a trailing {@code .gz}, lower case. */
    public static String baseName(Path path) {
        String n = path.getFileName().toString();
        if (n.toLowerCase().endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n;
    }
}
