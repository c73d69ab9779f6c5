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
import org.sift.analysis.CompositionTable;
import org.sift.analysis.Groups;
import org.sift.analysis.RankedComposition;
import org.sift.figures.Charts;
import org.sift.figures.GroupPalette;
import org.sift.figures.PointsDataset;
import org.sift.selection.DistanceSource;
import org.sift.selection.FarthestPointSampler;
import org.sift.selection.FpsOptions;
import org.sift.selection.FpsResult;

/**
 * One step of the subset-size slider with N configurations: everything the workbench recomputes
 * and redraws when n changes by one — the composition table (ranked prefix counts), the highlighted
 * subset of the diagram, the n marker of the coverage chart — and the redraw of both charts at
 * screen size (1000 × 700 and 700 × 500 pixels, Java2D as the ChartViewer's canvas uses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SliderStepBenchmark {

    @Param({"10000"})
    int size;

    RankedComposition ranked;
    FpsResult fps;
    PointsDataset points;
    JFreeChart diagram;
    JFreeChart coverage;
    BufferedImage diagramImage;
    BufferedImage coverageImage;
    int n;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(3);
        int d = 8;
        double[] v = new double[size * d];
        String[] labels = new String[size];
        List<String> names = List.of("Li1Si64", "Li1Si3", "Li1Si1", "Li13Si4", "Li54Si1");
        double[] x = new double[size];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            int g = r.nextInt(names.size());
            labels[i] = names.get(g);
            for (int k = 0; k < d; k++) {
                v[i * d + k] = (k == g ? 1 : 0) + 0.2 * r.nextGaussian();
            }
            x[i] = 0.2 * g + 0.05 * r.nextGaussian();
            y[i] = 1 - 0.2 * g + 0.05 * r.nextGaussian();
        }
        DistanceSource euclid = new DistanceSource() {
            @Override public int size() { return size; }
            @Override public double distance(int i, int j) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double t = v[i * d + k] - v[j * d + k];
                    s += t * t;
                }
                return Math.sqrt(s);
            }
        };
        fps = new FarthestPointSampler().run(euclid, FpsOptions.defaults().withStart(new FpsOptions.Index(0)));
        Groups groups = Groups.inOrder(labels, names);
        ranked = new RankedComposition(groups, fps.order());
        points = PointsDataset.of(x, y, labels, names, Charts.SUBSET);
        GroupPalette palette = new GroupPalette(names);
        diagram = Charts.similarityDiagram(points, palette, names.get(0), names.get(4));
        coverage = Charts.coverage(fps.farthest(), fps.rep(), 0.1, null);
        diagramImage = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_RGB);
        coverageImage = new BufferedImage(700, 500, BufferedImage.TYPE_INT_RGB);
        n = size / 10;
    }

    @Benchmark
    public Object step() {
        n = n >= size / 5 ? size / 10 : n + 1;
        CompositionTable table = ranked.table(n);
        points.setHighlighted(fps.prefix(n));
        Charts.setCurrentN(coverage, n);
        Graphics2D g = diagramImage.createGraphics();
        diagram.draw(g, new Rectangle2D.Double(0, 0, 1000, 700));
        g.dispose();
        Graphics2D h = coverageImage.createGraphics();
        coverage.draw(h, new Rectangle2D.Double(0, 0, 700, 500));
        h.dispose();
        return table;
    }
}
