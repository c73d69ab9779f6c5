package org.sift.bench;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
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
import org.sift.figures.Charts;
import org.sift.figures.GroupPalette;
import org.sift.figures.PointsDataset;

/** Time to redraw the similarity diagram with N points into a 1200 x 800 image (what the GUI repaints). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiagramRenderBenchmark {

    @Param({"10000", "100000"})
    int n;

    JFreeChart chart;
    BufferedImage image;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[n];
        double[] y = new double[n];
        String[] g = new String[n];
        List<String> groups = List.of("Li1Si64", "Li1Si3", "Li1Si1", "Li13Si4", "Li54Si1");
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(5);
            g[i] = groups.get(k);
            x[i] = 0.5 + 0.1 * k + 0.05 * r.nextGaussian();
            y[i] = 0.9 - 0.1 * k + 0.05 * r.nextGaussian();
        }
        PointsDataset d = PointsDataset.of(x, y, g, groups, Charts.SUBSET);
        int[] h = new int[400];
        for (int i = 0; i < h.length; i++) {
            h[i] = i * (n / h.length);
        }
        d.setHighlighted(h);
        chart = Charts.similarityDiagram(d, new GroupPalette(groups), "Li1Si64", "Li54Si1");
        image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
    }

    @Benchmark
    public BufferedImage redraw() {
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 800));
        g.dispose();
        return image;
    }
}
