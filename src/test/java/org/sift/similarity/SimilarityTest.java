package org.sift.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sift.concurrent.CancelledException;
import org.sift.concurrent.ProgressMonitor;
import org.sift.concurrent.SimpleProgressMonitor;
import org.sift.descriptor.LocalDescriptors;
import org.sift.descriptor.SoapCalculator;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Cell;
import org.sift.model.Configuration;
import org.sift.testutil.LiSiSample;

/** Structure kernel on the Li–Si sample: invariances, definiteness, brute force, parallelism, cancellation, cache. */
class SimilarityTest {

    static List<Configuration> sample;
    /** 7 compositions from 77 to 274 atoms, then 13 Li240Si64 frames: 20 configurations. */
    static List<Configuration> twenty;

    @BeforeAll
    static void load() {
        sample = LiSiSample.load();
        List<Configuration> small = new ArrayList<>();
        List<Configuration> big = new ArrayList<>();
        for (Configuration c : sample) {
            (c.size() < 300 ? small : big).add(c);
        }
        twenty = new ArrayList<>(small);
        for (int i = 0; twenty.size() < 20; i += 7) {
            twenty.add(big.get(i));
        }
    }

    static StructureFeatures features(List<Configuration> cs, KernelOptions k) {
        return new SimilarityEngine(SoapParameters.STUDY, k).compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
    }

    // ---- transformations -------------------------------------------------------------------

    static double[] randomRotation(Random rnd) {
        double[] q = new double[4];
        double n = 0;
        for (int k = 0; k < 4; k++) {
            q[k] = rnd.nextGaussian();
            n += q[k] * q[k];
        }
        n = Math.sqrt(n);
        double w = q[0] / n, x = q[1] / n, y = q[2] / n, z = q[3] / n;
        return new double[] {
            1 - 2 * (y * y + z * z),
            2 * (x * y - z * w),
            2 * (x * z + y * w),
            2 * (x * y + z * w),
            1 - 2 * (x * x + z * z),
            2 * (y * z - x * w),
            2 * (x * z - y * w),
            2 * (y * z + x * w),
            1 - 2 * (x * x + y * y)
        };
    }

    static double[] apply(double[] r, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length / 3; i++) {
            for (int k = 0; k < 3; k++) {
                out[3 * i + k] = r[3 * k] * v[3 * i] + r[3 * k + 1] * v[3 * i + 1] + r[3 * k + 2] * v[3 * i + 2];
            }
        }
        return out;
    }

    static Configuration rotated(Configuration c, double[] r) {
        return c.withPositions(
                apply(r, c.positions()),
                new Cell(apply(r, c.cell().vectors()), c.cell().pbc()));
    }

    static Configuration translated(Configuration c, double dx, double dy, double dz) {
        double[] p = c.positions().clone();
        for (int i = 0; i < c.size(); i++) {
            p[3 * i] += dx;
            p[3 * i + 1] += dy;
            p[3 * i + 2] += dz;
        }
        return c.withPositions(p, c.cell());
    }

    /** Orthorhombic cells only (the sample's): wrap positions into [0, L). */
    static Configuration wrapped(Configuration c) {
        double[] p = c.positions().clone();
        for (int i = 0; i < c.size(); i++) {
            for (int k = 0; k < 3; k++) {
                double l = c.cell().get(k, k);
                p[3 * i + k] = p[3 * i + k] - Math.floor(p[3 * i + k] / l) * l;
            }
        }
        return c.withPositions(p, c.cell());
    }

    static Configuration permuted(Configuration c, Random rnd) {
        int n = c.size();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) idx.add(i);
        java.util.Collections.shuffle(idx, rnd);
        String[] s = new String[n];
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            int j = idx.get(i);
            s[i] = c.species()[j];
            System.arraycopy(c.positions(), 3 * j, p, 3 * i, 3);
        }
        return Configuration.of(s, p, c.cell());
    }

    static Configuration supercell(Configuration c, int na, int nb, int nc) {
        int n = c.size();
        int m = n * na * nb * nc;
        String[] s = new String[m];
        double[] p = new double[3 * m];
        double[] a = c.cell().vectors();
        int q = 0;
        for (int i = 0; i < na; i++)
            for (int j = 0; j < nb; j++)
                for (int k = 0; k < nc; k++) {
                    for (int t = 0; t < n; t++) {
                        s[q] = c.species()[t];
                        for (int x = 0; x < 3; x++) {
                            p[3 * q + x] = c.positions()[3 * t + x] + i * a[x] + j * a[3 + x] + k * a[6 + x];
                        }
                        q++;
                    }
                }
        double[] cell = a.clone();
        for (int x = 0; x < 3; x++) {
            cell[x] *= na;
            cell[3 + x] *= nb;
            cell[6 + x] *= nc;
        }
        return Configuration.of(s, p, new Cell(cell, c.cell().pbc()));
    }

    // ---- tests -------------------------------------------------------------------------------

    @Test
    void invariantUnderRotationTranslationWrappingPermutationAndSupercell() {
        Random rnd = new Random(42);
        Configuration a = twenty.get(0);
        Configuration b = twenty.get(3);
        List<Configuration> cs = List.of(
                a,
                rotated(a, randomRotation(rnd)),
                translated(a, 3.3, -7.1, 0.45),
                wrapped(translated(a, 5.2, 1.1, -2.9)),
                permuted(a, rnd),
                supercell(a, 2, 2, 1),
                b);
        for (KernelOptions k :
                List.of(KernelOptions.DEFAULT, new KernelOptions(1, true, true), new KernelOptions(2, true, false))) {
            StructureFeatures f = features(cs, k);
            for (int i = 1; i < 6; i++) {
                assertThat(f.kernel(0, i)).as("%s, copy %d", k, i).isCloseTo(1.0, Offset.offset(1e-10));
                assertThat(f.distance(0, i)).isLessThan(2e-5);
                assertThat(f.kernel(i, 6)).isCloseTo(f.kernel(0, 6), Offset.offset(1e-10));
            }
            assertThat(f.kernel(0, 6))
                    .as("a different composition is not identical")
                    .isLessThan(0.999);
        }
    }

    @Test
    void symmetricUnitDiagonalAndPositiveSemiDefinite() {
        StructureFeatures f = features(twenty, KernelOptions.DEFAULT);
        double[][] m = f.fullMatrix(ProgressMonitor.NONE);
        int n = twenty.size();
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            assertThat(m[i][i]).isCloseTo(1.0, Offset.offset(1e-12));
            double[] row = new double[n];
            f.kernelRow(i, row);
            for (int j = 0; j < n; j++) {
                assertThat(m[i][j]).isEqualTo(m[j][i]);
                assertThat(row[j]).isCloseTo(m[i][j], Offset.offset(1e-14));
                assertThat(f.kernel(j, i)).isCloseTo(m[i][j], Offset.offset(1e-14));
                assertThat(m[i][j]).isBetween(0.0, 1.0 + 1e-12);
                a.set(i, j, m[i][j]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        assertThat(eig.decompose(a)).isTrue();
        for (int k = 0; k < n; k++) {
            assertThat(eig.getEigenvalue(k).real).isGreaterThanOrEqualTo(-1e-12);
        }
        double[][] blk = f.block(new int[] {3, 5}, new int[] {1, 2, 19});
        assertThat(blk[1][2]).isEqualTo(f.kernel(5, 19));
    }

    @Test
    void meanVectorPathEqualsBruteForceAverageOfLocalKernels() {
        List<Configuration> cs = twenty.subList(0, 4);
        SoapCalculator calc = new SoapCalculator(SoapParameters.STUDY, List.of("Li", "Si"));
        List<LocalDescriptors> loc = cs.stream().map(calc::compute).toList();
        for (boolean separate : new boolean[] {false, true}) {
            StructureFeatures f = features(cs, new KernelOptions(1, true, separate));
            StructureFeatures raw = features(cs, new KernelOptions(1, false, separate));
            double[][] kr = new double[4][4];
            for (int a = 0; a < 4; a++)
                for (int b = 0; b < 4; b++) kr[a][b] = bruteForce(loc.get(a), loc.get(b), 1, separate);
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    assertThat(raw.kernel(a, b)).isCloseTo(kr[a][b], Offset.offset(1e-12));
                    assertThat(f.rawKernel(a, b)).isCloseTo(kr[a][b], Offset.offset(1e-12));
                    assertThat(f.kernel(a, b))
                            .isCloseTo(kr[a][b] / Math.sqrt(kr[a][a] * kr[b][b]), Offset.offset(1e-12));
                }
            }
        }
    }

    @Test
    void zetaAboveOneEqualsBruteForceOverEnvironmentPairs() {
        List<Configuration> cs = twenty.subList(0, 4);
        SoapCalculator calc = new SoapCalculator(SoapParameters.STUDY, List.of("Li", "Si"));
        List<LocalDescriptors> loc = cs.stream().map(calc::compute).toList();
        for (int zeta : new int[] {2, 4}) {
            for (boolean separate : new boolean[] {false, true}) {
                StructureFeatures f = features(cs, new KernelOptions(zeta, true, separate));
                for (int a = 0; a < 4; a++) {
                    for (int b = 0; b < 4; b++) {
                        double ab = bruteForce(loc.get(a), loc.get(b), zeta, separate);
                        double aa = bruteForce(loc.get(a), loc.get(a), zeta, separate);
                        double bb = bruteForce(loc.get(b), loc.get(b), zeta, separate);
                        assertThat(f.rawKernel(a, b)).isCloseTo(ab, Offset.offset(1e-12));
                        assertThat(f.kernel(a, b)).isCloseTo(ab / Math.sqrt(aa * bb), Offset.offset(1e-12));
                    }
                }
                // a larger zeta separates the compositions more
                assertThat(f.kernel(0, 3))
                        .isLessThan(features(cs, new KernelOptions(1, true, separate))
                                .kernel(0, 3));
            }
        }
    }

    static double bruteForce(LocalDescriptors a, LocalDescriptors b, int zeta, boolean separate) {
        double s = 0;
        for (int i = 0; i < a.atoms(); i++) {
            for (int j = 0; j < b.atoms(); j++) {
                if (separate && a.centralSpecies()[i] != b.centralSpecies()[j]) continue;
                s += Math.pow(a.dot(i, b, j), zeta);
            }
        }
        return s / (a.atoms() * (double) b.atoms());
    }

    @Test
    void parallelEqualsSerialBitwise() {
        List<Configuration> cs = twenty.subList(0, 10);
        SimilarityEngine e = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT);
        StructureFeatures serial = e.withThreads(1).compute(cs, ProgressMonitor.NONE);
        StructureFeatures parallel =
                e.withThreads(3).withCache(new DescriptorCache()).compute(cs, ProgressMonitor.NONE);
        for (int i = 0; i < cs.size(); i++) {
            assertThat(parallel.vector(i)).containsExactly(serial.vector(i));
        }
    }

    @Test
    void cancellationStopsWithinOneConfigurationPerWorker() {
        List<Configuration> cs = twenty;
        AtomicInteger started = new AtomicInteger();
        int k = 3;
        ProgressMonitor m = new ProgressMonitor() {
            final AtomicInteger done = new AtomicInteger();

            @Override
            public void begin(String task, long totalUnits) {}

            @Override
            public void worked(long units) {
                done.addAndGet((int) units);
            }

            @Override
            public boolean isCancelled() {
                if (done.get() >= k) return true;
                started.incrementAndGet();
                return false;
            }
        };
        int threads = 2;
        SimilarityEngine e = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT).withThreads(threads);
        assertThatThrownBy(() -> e.compute(cs, m)).isInstanceOf(CancelledException.class);
        // each worker may have started at most one configuration after the k-th finished
        assertThat(started.get()).isLessThanOrEqualTo(k + threads);
        assertThat(e.cache().size()).isLessThanOrEqualTo(k + threads).isGreaterThanOrEqualTo(k);
    }

    @Test
    void progressCountsConfigurationsAndCacheAvoidsRecomputation(@TempDir Path dir) throws Exception {
        List<Configuration> cs = twenty.subList(0, 5);
        DescriptorCache disk = new DescriptorCache(dir);
        SimpleProgressMonitor pm = new SimpleProgressMonitor();
        SimilarityEngine e = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT).withCache(disk);
        StructureFeatures f1 = e.compute(cs, pm);
        assertThat(pm.snapshot().done()).isEqualTo(5);
        assertThat(pm.snapshot().total()).isEqualTo(5);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".soap")).count())
                    .isEqualTo(5);
        }
        // a fresh cache on the same directory reads the files: identical vectors
        StructureFeatures f2 = e.withCache(new DescriptorCache(dir)).compute(cs, ProgressMonitor.NONE);
        for (int i = 0; i < 5; i++) {
            assertThat(f2.vector(i)).containsExactly(f1.vector(i));
        }
        // other parameters give other keys
        assertThat(DescriptorCache.key(cs.get(0), SoapParameters.STUDY, List.of("Li", "Si"), "mean"))
                .isNotEqualTo(DescriptorCache.key(
                        cs.get(0), SoapParameters.STUDY.withSigma(0.5), List.of("Li", "Si"), "mean"))
                .isNotEqualTo(DescriptorCache.key(
                        translated(cs.get(0), 1e-9, 0, 0), SoapParameters.STUDY, List.of("Li", "Si"), "mean"));
    }

    @Test
    void aboveTheMemoryLimitTheCacheKeepsNothingInMemoryButStillWritesFilesAndResultsAreUnchanged(@TempDir Path dir)
            throws Exception {
        List<Configuration> cs = twenty.subList(0, 6);
        SimilarityEngine e = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT);
        StructureFeatures kept =
                e.withCache(new DescriptorCache()).compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        DescriptorCache memory = new DescriptorCache();
        StructureFeatures bounded = e.withCache(memory)
                .withMemoryCacheLimit(5L * 1478)
                .compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        assertThat(memory.size()).isZero();
        DescriptorCache disk = new DescriptorCache(dir);
        e.withCache(disk).withMemoryCacheLimit(0).compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        assertThat(disk.size()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".soap")).count())
                    .isEqualTo(6);
        }
        // read back from the directory without remembering: still nothing in memory, same vectors
        StructureFeatures again =
                e.withCache(disk).withMemoryCacheLimit(0).compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        assertThat(disk.size()).isZero();
        for (int i = 0; i < cs.size(); i++) {
            assertThat(bounded.vector(i)).containsExactly(kept.vector(i));
            assertThat(again.vector(i)).containsExactly(kept.vector(i));
        }
        // within the limit the cache keeps every mean vector
        DescriptorCache full = new DescriptorCache();
        e.withCache(full).withMemoryCacheLimit(6L * 1478).compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        assertThat(full.size()).isEqualTo(6);
    }

    @Test
    void fullMatrixEntriesEqualSingleKernelsBitForBit() {
        for (StructureFeatures f : new StructureFeatures[] {
            features(twenty, KernelOptions.DEFAULT),
            features(twenty.subList(0, 19), KernelOptions.DEFAULT),
            new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT)
                    .withCompressionThreshold(10)
                    .compute(twenty, List.of("Li", "Si"), ProgressMonitor.NONE)
        }) {
            double[][] m = f.fullMatrix(ProgressMonitor.NONE);
            for (int i = 0; i < f.size(); i++) {
                for (int j = 0; j < f.size(); j++) {
                    assertThat(m[i][j]).as("%d %d", i, j).isEqualTo(f.kernel(i, j));
                }
            }
        }
    }

    @Test
    void fullMatrixRefusesHugeSizes() {
        StructureFeatures f = new StructureFeatures(
                StructureFeatures.FULL_MATRIX_LIMIT + 1,
                1,
                new double[StructureFeatures.FULL_MATRIX_LIMIT + 1],
                new double[StructureFeatures.FULL_MATRIX_LIMIT + 1],
                KernelOptions.DEFAULT,
                null,
                null,
                0,
                1);
        assertThatThrownBy(() -> f.fullMatrix(ProgressMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void compressionToThePrincipalSubspaceKeepsEveryKernelValue() {
        Random rnd = new Random(5);
        List<Configuration> cs = new ArrayList<>();
        for (int i = 0; i < 60; i++) cs.add(LiSiSample.random(rnd, 20 + rnd.nextInt(10), rnd.nextDouble()));
        cs.add(cs.get(7));
        SimilarityEngine e = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT);
        StructureFeatures plain = e.withCompression(false).compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        StructureFeatures small = e.withCompressionThreshold(10).compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        assertThat(plain.dimension()).isEqualTo(plain.originalDimension());
        assertThat(small.dimension()).isLessThanOrEqualTo(cs.size()).isLessThan(plain.dimension() / 10);
        assertThat(small.compressionError()).isLessThan(1e-9);
        double[] r1 = new double[cs.size()];
        double[] r2 = new double[cs.size()];
        double min = 1;
        for (int i = 0; i < cs.size(); i++) {
            plain.kernelRow(i, r1);
            small.kernelRow(i, r2);
            for (int j = 0; j < cs.size(); j++) {
                assertThat(r2[j]).isCloseTo(r1[j], Offset.offset(1e-9));
                min = Math.min(min, r1[j]);
            }
            assertThat(small.kernel(i, i)).isCloseTo(1.0, Offset.offset(1e-14));
        }
        assertThat(min).isLessThan(0.95);
        assertThat(small.kernel(7, 60)).isCloseTo(1.0, Offset.offset(1e-12));
    }
}
