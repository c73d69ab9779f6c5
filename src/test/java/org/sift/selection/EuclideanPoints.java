package org.sift.selection;

/** Test source: Euclidean distances between points given as coordinate rows. */
final class EuclideanPoints implements DistanceSource {

    final double[][] x;

    EuclideanPoints(double[][] x) {
        this.x = x;
    }

    /** Points with small integer coordinates (many equal distances) and some exact duplicates. */
    static EuclideanPoints randomGrid(java.util.SplittableRandom r, int n, int dim, int range, int duplicates) {
        double[][] p = new double[n][dim];
        for (int i = 0; i < n; i++) {
            if (i >= n - duplicates && i > 0) {
                p[i] = p[r.nextInt(i)].clone();
            } else {
                for (int k = 0; k < dim; k++) {
                    p[i][k] = r.nextInt(range);
                }
            }
        }
        // shuffle so duplicates are spread over the index range
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double[] t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return new EuclideanPoints(p);
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public double distance(int i, int j) {
        double s = 0;
        for (int k = 0; k < x[i].length; k++) {
            double d = x[i][k] - x[j][k];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
