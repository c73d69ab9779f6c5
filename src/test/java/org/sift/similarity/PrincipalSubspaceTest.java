package org.sift.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;

class PrincipalSubspaceTest {

    /** n unit rows of length dim spanning a random subspace of dimension rank. */
    private static double[] lowRank(int n, int dim, int rank, long seed) {
        Random r = new Random(seed);
        double[][] basis = new double[rank][dim];
        for (double[] b : basis) for (int k = 0; k < dim; k++) b[k] = r.nextGaussian();
        double[] u = new double[n * dim];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int q = 0; q < rank; q++) {
                double c = r.nextGaussian();
                for (int k = 0; k < dim; k++) u[i * dim + k] += c * basis[q][k];
            }
            for (int k = 0; k < dim; k++) s += u[i * dim + k] * u[i * dim + k];
            s = Math.sqrt(s);
            for (int k = 0; k < dim; k++) u[i * dim + k] /= s;
        }
        return u;
    }

    private static double dot(double[] u, int i, int j, int dim) {
        double s = 0;
        for (int k = 0; k < dim; k++) s += u[i * dim + k] * u[j * dim + k];
        return s;
    }

    @Test
    void rowsOfALowRankSetKeepEveryDotProductInRankDimensions() {
        int n = 300, dim = 60, rank = 7;
        double[] u = lowRank(n, dim, rank, 11);
        double[] before = u.clone();
        double[] norms = new double[n];
        java.util.Arrays.fill(norms, 1);
        StructureFeatures f = new PrincipalSubspace(KernelOptions.DEFAULT, 2).compress(n, dim, u, norms, ProgressMonitor.NONE);
        assertThat(f).isNotNull();
        assertThat(u).containsExactly(before); // the input rows are not modified
        assertThat(f.dimension()).isEqualTo(rank);
        assertThat(f.originalDimension()).isEqualTo(dim);
        assertThat(f.compressionError()).isLessThanOrEqualTo(8e-10);
        double[] row = new double[n];
        for (int i = 0; i < n; i += 7) {
            f.kernelRow(i, row);
            for (int j = 0; j < n; j++) {
                assertThat(row[j]).as("K(%d, %d)", i, j).isCloseTo(dot(u, i, j, dim), within(1e-9));
            }
        }
    }

    @Test
    void aFullRankSetIsNotCompressed() {
        int n = 200, dim = 40;
        double[] u = lowRank(n, dim, dim, 3);
        double[] norms = new double[n];
        java.util.Arrays.fill(norms, 1);
        assertThat(new PrincipalSubspace(KernelOptions.DEFAULT, 1).compress(n, dim, u, norms, ProgressMonitor.NONE))
                .isNull();
    }
}
