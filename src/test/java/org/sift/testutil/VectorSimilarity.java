package org.sift.testutil;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sift.similarity.StructureSimilarity;

/**
 * Test stand-in for the SOAP similarity: K(i, j) = cosine of two seeded random unit vectors
 * (flat row-major storage, N x dim). With {@code parallel}, kernelRow splits its row over the
 * common fork-join pool.
 */
public final class VectorSimilarity implements StructureSimilarity {

    private final double[] v;
    private final int n;
    private final int dim;
    private final boolean parallel;

    public VectorSimilarity(double[][] vectors, boolean parallel) {
        this.n = vectors.length;
        this.dim = n == 0 ? 0 : vectors[0].length;
        this.v = new double[n * dim];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (double x : vectors[i]) norm += x * x;
            norm = Math.sqrt(norm);
            for (int k = 0; k < dim; k++) v[i * dim + k] = vectors[i][k] / norm;
        }
        this.parallel = parallel;
    }

    /** N random unit vectors with positive components (K in [0, 1], like SOAP). */
    public static VectorSimilarity random(int n, int dim, long seed, boolean parallel) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][dim];
        for (double[] row : x) for (int k = 0; k < dim; k++) row[k] = r.nextDouble();
        return new VectorSimilarity(x, parallel);
    }

    /**
     * Vectors clustered by group: vector i = centre of group g[i] + noise * random, so that groups
     * are distinguishable; centre g is concentrated on coordinate g (dim must exceed the group count).
     */
    public static VectorSimilarity clustered(int[] group, int dim, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[group.length][dim];
        for (int i = 0; i < group.length; i++) {
            for (int k = 0; k < dim; k++) x[i][k] = noise * r.nextDouble();
            x[i][group[i]] += 1.0;
        }
        return new VectorSimilarity(x, false);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double kernel(int i, int j) {
        return dot(i * dim, j * dim);
    }

    @Override
    public void kernelRow(int i, double[] out) {
        if (out.length != n) throw new IllegalArgumentException("row buffer " + out.length + " != " + n);
        int a = i * dim;
        if (parallel && n >= 4096) {
            int chunks = 8;
            IntStream.range(0, chunks).parallel().forEach(c -> {
                int lo = (int) ((long) n * c / chunks);
                int hi = (int) ((long) n * (c + 1) / chunks);
                for (int j = lo; j < hi; j++) out[j] = dot(a, j * dim);
            });
        } else {
            for (int j = 0; j < n; j++) out[j] = dot(a, j * dim);
        }
    }

    private double dot(int a, int b) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < dim; k += 4) {
            s0 += v[a + k] * v[b + k];
            s1 += v[a + k + 1] * v[b + k + 1];
            s2 += v[a + k + 2] * v[b + k + 2];
            s3 += v[a + k + 3] * v[b + k + 3];
        }
        for (; k < dim; k++) s0 += v[a + k] * v[b + k];
        return (s0 + s1) + (s2 + s3);
    }
}
