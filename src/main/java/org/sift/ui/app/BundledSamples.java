package org.sift.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sift.concurrent.AtomicFiles;

/**
 * The sample datasets shipped inside the application (the repository's {@code sample-data}
 * folder, packaged as class-path resources), so that Help › Open Sample Data and the first start
 * work wherever Sift is started from. A sample is copied once into a folder of the user's data
 * directory and opened from there like any file.
 */
public final class BundledSamples {

    /** A bundled sample: file name and the menu text. */
    public record Sample(String fileName, String title) {
    }

    public static final Sample SYNTHETIC = new Sample("synthetic-lisi.extxyz.gz", "Synthetic Li–Si (3,000 configurations, no energies)");
    public static final Sample REAL = new Sample("LixSi64-dftb.extxyz.gz", "Amorphous Li–Si with DFTB energies (107 configurations)");
    public static final List<Sample> ALL = List.of(SYNTHETIC, REAL);

    private static final String ROOT = "/org/sift/ui/samples/";

    private BundledSamples() {
    }

    /** True if the sample is packaged with this build. */
    public static boolean available(Sample s) {
        return BundledSamples.class.getResource(ROOT + s.fileName()) != null;
    }

    /**
     * The sample as a file in {@code dir} (copied there if missing or of another size; through a
     * temporary file and a rename, so that an interrupted copy never leaves a broken sample).
     *
     * @throws IOException if the sample is not packaged or cannot be written
     */
    public static Path extract(Sample s, Path dir) throws IOException {
        var url = BundledSamples.class.getResource(ROOT + s.fileName());
        if (url == null) throw new IOException("the sample " + s.fileName() + " is not part of this build");
        long size = url.openConnection().getContentLengthLong();
        Path target = dir.resolve(s.fileName());
        if (Files.isRegularFile(target) && (size < 0 || Files.size(target) == size)) return target;
        Files.createDirectories(dir);
        try (InputStream in = url.openStream()) {
            // the bytes as packaged (a .gz sample stays as it is): temporary file, then rename
            AtomicFiles.writeFile(target, true, tmp -> Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING));
        }
        return target;
    }

    /** The folder the samples are copied to: {@code samples} in the workbench's data folder. */
    public static Path defaultDir() {
        return org.sift.ui.session.SessionViewModel.autosaveDir().resolve("samples");
    }
}
