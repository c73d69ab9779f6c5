package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sift.analysis.CompositionTable;
import org.sift.analysis.FpsVsRandom;
import org.sift.analysis.PairDistributions;
import org.sift.model.Dataset;

/**
 * Writes an {@link AnalyzeDataset.Report} as CSV and JSON files into a folder:
 * diagram.csv (index, group, x, y), distributions.csv (group, cumulative fraction, K: the empirical
 * CDF at 1001 quantiles per group), fps_curve.csv (n, index, D, REP), composition.csv (subset, n,
 * group, count, percent: subset "fps" for the FPS subset of the first n, "all" for the whole
 * dataset with n = N, so that every column but subset and group is numeric), fps_vs_random.csv,
 * summary.json.
 */
public final class AnalysisFiles {

    public static final List<String> NAMES = List.of(
            "diagram.csv",
            "distributions.csv",
            "fps_curve.csv",
            "composition.csv",
            "fps_vs_random.csv",
            "summary.json");

    private AnalysisFiles() {}

    public static List<Path> write(AnalyzeDataset.Report r, Dataset dataset, Path dir, boolean force)
            throws IOException {
        for (String n : NAMES) SafeFiles.checkWritable(dir.resolve(n), force);
        List<Path> out = new ArrayList<>();
        String[] labels = new String[r.groups().size()];
        for (int i = 0; i < labels.length; i++)
            labels[i] = r.groups().names().get(r.groups().groupOf()[i]);

        StringBuilder sb = new StringBuilder("index,group,x,y\n");
        for (int i = 0; i < labels.length; i++) {
            sb.append(i)
                    .append(',')
                    .append(csv(labels[i]))
                    .append(',')
                    .append(num(r.diagram().x()[i]))
                    .append(',')
                    .append(num(r.diagram().y()[i]))
                    .append('\n');
        }
        out.add(put(dir, "diagram.csv", sb, force));

        sb = new StringBuilder("group,cumulative_fraction,K\n");
        for (PairDistributions.GroupDistribution g : r.distributions()) {
            if (g.sortedValues().length == 0) continue;
            for (int q = 0; q <= 1000; q++) {
                sb.append(csv(g.group()))
                        .append(',')
                        .append(num(q / 1000.0))
                        .append(',')
                        .append(num(g.quantile(q / 1000.0)))
                        .append('\n');
            }
        }
        out.add(put(dir, "distributions.csv", sb, force));

        sb = new StringBuilder("n,index,D,REP\n");
        for (int k = 0; k < r.fps().size(); k++) {
            sb.append(k + 1)
                    .append(',')
                    .append(r.fps().order()[k])
                    .append(',')
                    .append(num(r.fps().farthest()[k]))
                    .append(',')
                    .append(num(r.fps().rep()[k]))
                    .append('\n');
        }
        out.add(put(dir, "fps_curve.csv", sb, force));

        sb = new StringBuilder("subset,n,group,count,percent\n");
        for (int k = 0; k < r.sizes().size(); k++)
            table(sb, "fps", r.sizes().get(k), r.compositions().get(k));
        table(sb, "all", labels.length, r.whole());
        out.add(put(dir, "composition.csv", sb, force));

        sb = new StringBuilder("n,fps_REP,fps_D,random_REP_mean,random_REP_std,random_D_mean,random_D_std");
        for (String g : r.groups().names())
            sb.append(",fps_").append(csv(g)).append(",random_mean_").append(csv(g));
        sb.append('\n');
        for (FpsVsRandom.Row row : r.fpsVsRandom()) {
            sb.append(row.n())
                    .append(',')
                    .append(num(row.fpsRep()))
                    .append(',')
                    .append(num(row.fpsFarthest()))
                    .append(',')
                    .append(num(row.randomRepMean()))
                    .append(',')
                    .append(num(row.randomRepStd()))
                    .append(',')
                    .append(num(row.randomFarthestMean()))
                    .append(',')
                    .append(num(row.randomFarthestStd()));
            for (int g = 0; g < r.groups().count(); g++) {
                sb.append(',').append(row.fpsComposition()[g]).append(',').append(num(row.randomCompositionMean()[g]));
            }
            sb.append('\n');
        }
        out.add(put(dir, "fps_vs_random.csv", sb, force));

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("schemaVersion", 1);
        summary.put("dataset", dataset.name());
        summary.put("configurations", dataset.size());
        summary.put("groups", r.groups().names());
        summary.put("groupSizes", r.groups().sizes());
        summary.put("diagramGroups", List.of(r.diagram().groupX(), r.diagram().groupY()));
        List<Map<String, Object>> dist = new ArrayList<>();
        for (PairDistributions.GroupDistribution g : r.distributions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", g.group());
            m.put("members", g.members());
            m.put("pairs", g.totalPairs());
            m.put("sampled", g.sampled());
            m.put("pairsUsed", g.sortedValues().length);
            m.put("fractionAbove0.95", g.fractionAbove(0.95));
            m.put("median", g.quantile(0.5));
            dist.add(m);
        }
        summary.put("distributions", dist);
        summary.put("fpsFirst", r.fps().size() == 0 ? null : r.fps().order()[0]);
        summary.put("epsilon", r.fps().epsilon());
        int full = -1;
        for (int k = 0; k < r.fps().size(); k++) {
            if (r.fps().rep()[k] >= 100.0) {
                full = k + 1;
                break;
            }
        }
        summary.put("firstNWithREP100", full);
        Map<String, Object> at = new LinkedHashMap<>();
        for (int s : r.sizes())
            at.put(
                    Integer.toString(s),
                    Map.of("D", r.fps().farthestAt(s), "REP", r.fps().repAt(s)));
        summary.put("fpsAtSizes", at);
        out.add(put(dir, "summary.json", new StringBuilder(Manifest.MAPPER.writeValueAsString(summary)), force));
        return out;
    }

    private static void table(StringBuilder sb, String subset, int n, CompositionTable t) {
        for (CompositionTable.Row row : t.rows()) {
            sb.append(subset)
                    .append(',')
                    .append(n)
                    .append(',')
                    .append(csv(row.group()))
                    .append(',')
                    .append(row.count())
                    .append(',')
                    .append(num(row.percent()))
                    .append('\n');
        }
    }

    private static Path put(Path dir, String name, StringBuilder sb, boolean force) throws IOException {
        Path p = dir.resolve(name);
        SafeFiles.writeString(p, sb.toString(), force);
        return p;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.10g", v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
