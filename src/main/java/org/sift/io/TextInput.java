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
        if (b0 == 0x1f && b1 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
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
