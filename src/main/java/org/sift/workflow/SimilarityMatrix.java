package org.sift.workflow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.sift.concurrent.AtomicFiles;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.SoapParameters;
import org.sift.io.TextInput;
import org.sift.io.deepmd.Npy;
import org.sift.model.Dataset;
import org.sift.similarity.ConfigurationError;
import org.sift.similarity.KernelOptions;
import org.sift.similarity.SimilarityEngine;
import org.sift.similarity.StructureFeatures;

/**
 * Use case: the SOAP structure similarity K(A, B) of every pair of configurations of a dataset
 * (docs/method.md §2-3), as single rows or as the full normalised matrix, and its file form.
 */
public final class SimilarityMatrix {

    private final StructureFeatures features;

    private SimilarityMatrix(StructureFeatures features) {
        this.features = features;
    }

    /**
     * Describes every configuration of {@code dataset}.
     *
     * @throws IllegalArgumentException naming file, line and configuration when one cannot be described
     */
    public static SimilarityMatrix compute(Dataset dataset, SoapParameters soap, KernelOptions kernel,
                                           ProgressMonitor monitor) {
        try {
            return new SimilarityMatrix(new SimilarityEngine(soap, kernel).compute(dataset.configurations(), monitor));
        } catch (ConfigurationError e) {
            throw SimilarityProviders.named(dataset, e);
        }
    }

    public int size() {
        return features.size();
    }

    /** K(i, j) for every j. */
    public double[] row(int i) {
        double[] k = new double[features.size()];
        features.kernelRow(i, k);
        return k;
    }

    /** The N x N matrix K (symmetric, unit diagonal when normalised). */
    public double[][] full(ProgressMonitor monitor) {
        return features.fullMatrix(monitor);
    }

    /**
     * Writes a square matrix as .npy (v1.0, {@code <f8}, C order) or, for any other name, CSV, through
     * the atomic writer (temporary file, then rename; an existing target only with {@code overwrite}).
     */
    public static void write(Path target, double[][] m, boolean overwrite) throws IOException {
        boolean npy = TextInput.baseName(target).toLowerCase(Locale.ROOT).endsWith(".npy");
        AtomicFiles.writeStream(target, overwrite, out -> {
            if (npy) {
                Npy.writeRows(out, m);
                return;
            }
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder sb = new StringBuilder();
            for (double[] r : m) {
                sb.setLength(0);
                for (int j = 0; j < r.length; j++) {
                    if (j > 0) sb.append(',');
                    sb.append(r[j]);
                }
                w.write(sb.toString());
                w.newLine();
            }
            w.flush();
        });
    }
}
