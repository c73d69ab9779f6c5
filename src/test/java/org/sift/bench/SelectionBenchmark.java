package org.sift.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sift.analysis.Groups;
import org.sift.analysis.RankedComposition;
import org.sift.analysis.SimilarityDistances;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.selection.RandomSampler;
import org.sift.testutil.VectorSimilarity;

/**
 * Selection benchmarks (docs/benchmarks.md, "Selection"). Run briefly, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main SelectionBenchmark}.
 * Similarity: {@link VectorSimilarity} (cosine of random unit vectors, row computed on the
 * common fork-join pool), standing in for the SOAP engine's kernel rows.
 */
public class SelectionBenchmark {

    /** Full FPS order and curves, N = 3000, 1000-d vectors. */
    @State(Scope.Benchmark)
    public static class Full {
        @Param({"medoid", "0"})
        String start;
        SimilarityDistances d;
        VectorSimilarity sim;

        @Setup(Level.Trial)
        public void setup() {
            sim = VectorSimilarity.random(3000, 1000, 1, true);
            d = new SimilarityDistances(sim);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgs = "-Xmx3g")
    public FpsResult fpsFull3000(Full s) {
        return new FarthestPointSampler().run(s.d, FpsOptions.defaults().withStart(FpsOptions.Start.parse(s.start)));
    }

    /** Full FPS from the medoid on the cached distance matrix (N (N-1)/2 kernel evaluations), matrix included. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgs = "-Xmx3g")
    public FpsResult fpsFull3000Cached(Full s) {
        org.sift.selection.MatrixDistances m = SimilarityDistances.cached(s.sim, 2, org.sift.concurrent.ProgressMonitor.NONE);
        return new FarthestPointSampler().run(m, FpsOptions.defaults().withStart(FpsOptions.Start.parse(s.start)));
    }

    /** 2000 of 100 000, 300-d vectors, start at index 0 (the exact medoid would read 10^10 distances). */
    @State(Scope.Benchmark)
    public static class Large {
        SimilarityDistances d;

        @Setup(Level.Trial)
        public void setup() {
            d = new SimilarityDistances(VectorSimilarity.random(100_000, 300, 2, true));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 1, jvmArgs = "-Xmx3g")
    public FpsResult fps2000of100k(Large s) {
        return new FarthestPointSampler().run(s.d, FpsOptions.defaults().withStart(new FpsOptions.Index(0)).withMaxSize(2000));
    }

    /** Moving n at N = 100 000, 5 groups: composition table and highlighted-subset mask for a new n. */
    @State(Scope.Benchmark)
    public static class Moving {
        RankedComposition rc;
        boolean[] mask = new boolean[100_000];
        int n;

        @Setup(Level.Trial)
        public void setup() {
            SplittableRandom r = new SplittableRandom(3);
            String[] labels = new String[100_000];
            for (int i = 0; i < labels.length; i++) labels[i] = "g" + r.nextInt(5);
            Groups g = Groups.inOrder(labels, java.util.List.of("g0", "g1", "g2", "g3", "g4"));
            rc = new RankedComposition(g, RandomSampler.sample(100_000, 100_000, 4));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    @Fork(1)
    public boolean[] movingN(Moving s) {
        s.n = (s.n + 7919) % 100_000;
        s.rc.table(s.n);
        return s.rc.mask(s.n, s.mask);
    }
}
