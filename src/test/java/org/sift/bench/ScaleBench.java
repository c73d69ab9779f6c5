package org.sift.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.sift.analysis.SimilarityDistances;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.SoapParameters;
import org.sift.io.ReadOptions;
import org.sift.model.Dataset;
import org.sift.selection.DistanceSource;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;
import org.sift.similarity.KernelOptions;
import org.sift.similarity.SimilarityEngine;
import org.sift.similarity.StructureFeatures;
import org.sift.workflow.LoadDataset;

/**
 * Wall and CPU time of the stages of similarity and selection on a real file (docs/benchmarks.md).
 * Usage: {@code java -Xmx3g -cp target/classes:target/test-classes:CP org.sift.bench.ScaleBench FILE MODE [M] [START]}
 * with MODE {@code desc} (read, descriptors), {@code matrix} (read, descriptors, full matrix) or {@code fps} (read, descriptors, FPS of M points
 * from START, pruned, then [P] points on plain full rows for comparison), {@code fpsall} (full order pruned and on the cached matrix, N small) or {@code cached} (cached matrix only).
 */
public final class ScaleBench {

    private static long t0;
    private static long c0;

    public static void main(String[] a) throws Exception {
        Path file = Path.of(a[0]);
        String mode = a[1];
        mark();
        Dataset d = new LoadDataset().load(List.of(file), ReadOptions.defaults(), ProgressMonitor.NONE);
        report("read " + d.size());
        SimilarityEngine engine = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT);
        String cacheDir = System.getenv("SIFT_BENCH_CACHE");
        if (cacheDir != null) {
            engine = engine.withCache(new org.sift.similarity.DescriptorCache(Path.of(cacheDir)));
        }
        StructureFeatures f = engine.compute(d.configurations(), ProgressMonitor.NONE);
        report("descriptors d=" + f.dimension() + " (of " + f.originalDimension() + ")");
        org.sift.analysis.Groups groups = org.sift.analysis.Groups.of(d, (String) null);
        d = null;
        System.gc();
        report("gc; heap used " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000 + " MB");
        if (mode.equals("desc")) {
            System.out.println("compression error bound " + f.compressionError());
            return;
        }
        if (mode.equals("matrix")) {
            for (int rep = 0; rep < 2; rep++) {
                double[][] m = f.fullMatrix(ProgressMonitor.NONE);
                report("fullMatrix " + m.length + " K[0][1]=" + m[0][1]);
            }
            return;
        }
        if (mode.equals("stages")) {
            stages(f, groups);
            return;
        }
        int size = a.length > 2 ? Integer.parseInt(a[2]) : Integer.MAX_VALUE;
        FpsOptions.Start start = FpsOptions.Start.parse(a.length > 3 ? a[3] : "0");
        FpsOptions o = FpsOptions.defaults().withMaxSize(size).withStart(start);
        SimilarityDistances rows = new SimilarityDistances(f);
        FpsResult pruned = null;
        for (int rep = 0; rep < (mode.equals("cached") ? 0 : 2); rep++) {
            pruned = new FarthestPointSampler().run(rows, o);
            report("FPS pruned " + pruned.size() + " D=" + pruned.farthest()[pruned.size() - 1]);
        }
        if (mode.equals("fpsall") || mode.equals("cached")) {
            for (int rep = 0; rep < 2; rep++) {
                DistanceSource cached = SimilarityDistances.cached(f, Runtime.getRuntime().availableProcessors(), ProgressMonitor.NONE);
                report("cached matrix");
                FpsResult r = new FarthestPointSampler().run(cached, o);
                report("FPS on cached " + r.size() + (pruned == null ? "" : " same order: " + java.util.Arrays.equals(r.order(), pruned.order())
                        + " same D: " + java.util.Arrays.equals(r.farthest(), pruned.farthest())));
            }
        } else if (a.length > 4) {
            int m = Integer.parseInt(a[4]);
            FpsResult r = new FarthestPointSampler().run(new Plain(rows), o.withMaxSize(m));
            report("FPS plain rows " + r.size() + " same order prefix: "
                    + java.util.Arrays.equals(r.order(), java.util.Arrays.copyOf(pruned.order(), m))
                    + " same D prefix: " + java.util.Arrays.equals(r.farthest(), java.util.Arrays.copyOf(pruned.farthest(), m)));
        }
    }

    /** The workbench's default stages after the descriptors: diagram, exact medoid, FPS prefix, random curves. */
    private static void stages(StructureFeatures f, org.sift.analysis.Groups groups) {
        int threads = Runtime.getRuntime().availableProcessors();
        org.sift.analysis.SimilarityDiagram.compute(f, groups, null, null, threads, ProgressMonitor.NONE);
        report("similarity diagram (mean vectors)");
        SimilarityDistances rows = new SimilarityDistances(f);
        org.sift.selection.FpsRun run = new FarthestPointSampler().start(rows, FpsOptions.defaults(), ProgressMonitor.NONE);
        report("exact medoid (pruned)");
        FpsResult p = run.extend(2000, 0.05, ProgressMonitor.NONE);
        report("FPS prefix " + p.size() + " D=" + p.farthest()[p.size() - 1]);
        for (int r = 0; r < 3; r++) {
            org.sift.selection.Coverage.along(rows, org.sift.selection.RandomSampler.sample(f.size(), p.size(), r), 0.1,
                    null, threads, ProgressMonitor.NONE);
        }
        report("random curves 3 x " + p.size());
        p = run.extend(Math.min(f.size(), 2 * p.size() + 1000), Double.NaN, ProgressMonitor.NONE);
        report("FPS extended to " + p.size());
    }

    /** Hides the metric error bound: the sampler reads full rows. */
    private record Plain(DistanceSource s) implements DistanceSource {
        public int size() { return s.size(); }
        public double distance(int i, int j) { return s.distance(i, j); }
        public void distanceRow(int i, double[] out) { s.distanceRow(i, out); }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void mark() {
        t0 = System.nanoTime();
        c0 = cpu();
    }

    private static void report(String what) {
        long t = System.nanoTime();
        long c = cpu();
        System.out.printf(java.util.Locale.ROOT, "%-60s wall %8.2f s  cpu %8.2f s%n", what, (t - t0) / 1e9, (c - c0) / 1e9);
        t0 = System.nanoTime();
        c0 = cpu();
    }
}
