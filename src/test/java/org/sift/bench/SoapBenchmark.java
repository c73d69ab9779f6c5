package org.sift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.NeighbourList;
import org.sift.descriptor.SoapCalculator;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Configuration;
import org.sift.similarity.DescriptorCache;
import org.sift.similarity.KernelOptions;
import org.sift.similarity.SimilarityEngine;
import org.sift.similarity.StructureFeatures;
import org.sift.testutil.LiSiSample;

/**
 * SOAP speed at the study defaults (r_c 3, w 0.5, sigma 0.4, l_max 6, converged radial basis).
 * <ul>
 *   <li>{@code liSiDescriptorsOneCore}: mean vectors of the whole Li–Si sample (107 configurations,
 *       31 548 atoms), one thread, neighbour lists prebuilt: atoms/s per core = 31548 / time.</li>
 *   <li>{@code randomEngine}: the engine on 400 random Li–Si-like 60-atom configurations with 1 or 2
 *       threads, neighbour lists included (scaling).</li>
 *   <li>{@code fullMatrix3000}: descriptors plus the full normalised 3000 x 3000 similarity matrix of
 *       random 60-atom configurations.</li>
 * </ul>
 * Run: {@code java -cp ... org.openjdk.jmh.Main SoapBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SoapBenchmark {

    List<Configuration> lisi;
    List<NeighbourList> lisiNeighbours;
    SoapCalculator calc;
    double[] mean;
    List<Configuration> random400;
    List<Configuration> random3000;

    @Param({"1", "2"})
    int threads;

    @Setup(Level.Trial)
    public void setup() {
        lisi = LiSiSample.load();
        lisiNeighbours = new ArrayList<>();
        for (Configuration c : lisi) lisiNeighbours.add(NeighbourList.build(c, 3.0));
        calc = new SoapCalculator(SoapParameters.STUDY, List.of("Li", "Si"));
        mean = new double[calc.dimension()];
        random400 = random(400, 1);
        random3000 = random(3000, 2);
    }

    static List<Configuration> random(int n, long seed) {
        Random rnd = new Random(seed);
        List<Configuration> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(LiSiSample.random(rnd, 56 + rnd.nextInt(9), rnd.nextDouble()));
        return out;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public double liSiDescriptorsOneCore() {
        SoapCalculator.Workspace ws = calc.newWorkspace();
        double s = 0;
        for (int i = 0; i < lisi.size(); i++) {
            calc.mean(lisi.get(i), lisiNeighbours.get(i), ws, false, mean);
            s += mean[0];
        }
        return s;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public StructureFeatures randomEngine() {
        return new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT)
                .withThreads(threads)
                .withCache(new DescriptorCache())
                .compute(random400, List.of("Li", "Si"), ProgressMonitor.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public double[][] fullMatrix3000() {
        StructureFeatures f = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT)
                .withThreads(threads)
                .withCache(new DescriptorCache())
                .compute(random3000, List.of("Li", "Si"), ProgressMonitor.NONE);
        return f.fullMatrix(ProgressMonitor.NONE);
    }
}
