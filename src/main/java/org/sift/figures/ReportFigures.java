package org.sift.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.sift.analysis.FpsVsRandom;
import org.sift.analysis.PairDistributions;
import org.sift.workflow.AnalyzeDataset;

/**
 * The study's three figures from an analysis report, exactly as the workbench shows them: the
 * similarity diagram with the FPS subset of size n highlighted, the cumulative pair-similarity
 * distributions per group, and D(n) / REP(n) with the random comparison.
 */
public final class ReportFigures {

    /** File stems of the figures. */
    public static final List<String> STEMS = List.of("diagram", "redundancy", "coverage");

    private ReportFigures() {
    }

    public static GroupPalette palette(AnalyzeDataset.Report r) {
        return new GroupPalette(r.groups().names());
    }

    /** Diagram with the first {@code n} FPS selections highlighted. */
    public static JFreeChart diagram(AnalyzeDataset.Report r, int n) {
        String[] labels = new String[r.groups().size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = r.groups().names().get(r.groups().groupOf()[i]);
        }
        PointsDataset data = PointsDataset.of(r.diagram().x(), r.diagram().y(), labels, r.groups().names(),
                Charts.SUBSET + " (n = " + Math.min(n, r.fps().size()) + ")");
        data.setHighlighted(r.fps().prefix(Math.min(n, r.fps().size())));
        return Charts.similarityDiagram(data, palette(r), r.diagram().groupX(), r.diagram().groupY());
    }

    public static JFreeChart redundancy(AnalyzeDataset.Report r) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (PairDistributions.GroupDistribution g : r.distributions()) {
            if (g.sortedValues().length > 0) {
                m.put(g.group(), g.sortedValues());
            }
        }
        return Charts.cumulativeDistributions(m, palette(r));
    }

    /** D(n) and REP(n) with the marker at n and, where computed, the random subsets' mean ± sd. */
    public static JFreeChart coverage(AnalyzeDataset.Report r, double epsilon, int n) {
        List<FpsVsRandom.Row> rows = r.fpsVsRandom();
        Charts.RandomBand band = null;
        if (!rows.isEmpty()) {
            int k = rows.size();
            int[] ns = new int[k];
            double[] dm = new double[k], ds = new double[k], rm = new double[k], rs = new double[k];
            for (int i = 0; i < k; i++) {
                FpsVsRandom.Row row = rows.get(i);
                ns[i] = row.n();
                dm[i] = row.randomFarthestMean();
                ds[i] = row.randomFarthestStd();
                rm[i] = row.randomRepMean();
                rs[i] = row.randomRepStd();
            }
            band = new Charts.RandomBand(ns, dm, ds, rm, rs);
        }
        JFreeChart c = Charts.coverage(r.fps().farthest(), r.fps().rep(), epsilon, band);
        Charts.setCurrentN(c, Math.min(n, r.fps().size()));
        return c;
    }

    /**
     * Writes the three figures as {@code STEM.EXT} for each requested extension (png, svg, pdf)
     * into {@code dir}; returns the files written.
     */
    public static List<Path> write(AnalyzeDataset.Report r, double epsilon, int n, Path dir, List<String> extensions,
                                   ChartStyle style, int dpi, boolean force) throws IOException {
        List<JFreeChart> charts = List.of(diagram(r, n), redundancy(r), coverage(r, epsilon, n));
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            for (String ext : extensions) {
                Path f = dir.resolve(STEMS.get(i) + "." + ext);
                ChartExport.write(charts.get(i), f, style, dpi, force);
                written.add(f);
            }
        }
        return written;
    }
}
