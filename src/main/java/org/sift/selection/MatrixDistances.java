package org.sift.selection;

/**
 * A {@link DistanceSource} over a full N x N matrix held in memory ({@code d[i][j]}, not copied).
 * Memory 8 N^2 bytes: for N = 6000 about 290 MB.
 */
public final class MatrixDistances implements DistanceSource {

    private final double[][] d;

    /** @param d square matrix, rows of length N; checked for shape, not for symmetry */
    public MatrixDistances(double[][] d) {
        for (int i = 0; i < d.length; i++) {
            if (d[i].length != d.length) {
                throw new IllegalArgumentException("row " + i + " has length " + d[i].length + ", expected " + d.length);
            }
        }
        this.d = d;
    }

    /** Computes and stores all N^2 distances of another source (rows read in order). */
    public static MatrixDistances of(DistanceSource source) {
        int n = source.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            source.distanceRow(i, m[i]);
        }
        return new MatrixDistances(m);
    }

    @Override
    public int size() {
        return d.length;
    }

    @Override
    public double distance(int i, int j) {
        return d[i][j];
    }

    @Override
    public void distanceRow(int i, double[] out) {
        System.arraycopy(d[i], 0, out, 0, d.length);
    }
}
