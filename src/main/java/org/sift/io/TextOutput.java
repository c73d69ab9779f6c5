package org.sift.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sift.concurrent.AtomicFiles;

/**
 * Opening files for writing: UTF-8, gzip-compressed while streaming when the name ends in
 * {@code .gz} (the temporaries of {@link FormatRegistry#write} end in the target's name).
 */
public final class TextOutput {

    private TextOutput() {
    }

    public static BufferedWriter writer(Path path) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(AtomicFiles.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
    }
}
