package org.sift.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sift.descriptor.NeighbourList;
import org.sift.model.Cell;

/**
 * Time of {@link NeighbourList#build} for random configurations at the density of the Li-Si data
 * (0.05 atoms per Å^3), r_c = 3 Å, in a cubic and in a triclinic cell (angles about 60-70 degrees).
 *
 * <p>Run: {@code mvn -o -q test-compile}, then
 * {@code java -cp target/classes:target/test-classes:<test classpath> org.openjdk.jmh.Main NeighbourListBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class NeighbourListBenchmark {

    @Param({"300", "30000"})
    public int atoms;

    @Param({"cubic", "triclinic"})
    public String shape;

    @Param({"3.0"})
    public double cutoff;

    private double[] positions;
    private Cell cell;

    @Setup
    public void setUp() {
        double side = Math.cbrt(atoms / 0.05);
        double[] unit = shape.equals("cubic")
                ? new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}
                : new double[] {1, 0, 0, 0.5, 0.9, 0, 0.3, 0.4, 0.85};
        double det = unit[0] * (unit[4] * unit[8] - unit[5] * unit[7]);
        double scale = side / Math.cbrt(det);
        double[] a = new double[9];
        for (int q = 0; q < 9; q++) {
            a[q] = unit[q] * scale;
        }
        cell = Cell.periodic(a);
        Random rnd = new Random(42);
        positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            for (int k = 0; k < 3; k++) {
                double f = rnd.nextDouble();
                positions[3 * i] += f * a[3 * k];
                positions[3 * i + 1] += f * a[3 * k + 1];
                positions[3 * i + 2] += f * a[3 * k + 2];
            }
        }
    }

    @Benchmark
    public NeighbourList build() {
        return NeighbourList.build(positions, cell, cutoff);
    }
}
