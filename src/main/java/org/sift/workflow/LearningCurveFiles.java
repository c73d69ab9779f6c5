package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link LearningCurve.Result} as {@code learning_curve.csv} (one row per selector and size,
 * plus the full-pool row; errors in meV/atom, mean and sample standard deviation over the repeats,
 * RMSE per group) and {@code learning_curve.json} (the same with every repeat, schemaVersion 1).
 */
public final class LearningCurveFiles {

    public static final String CSV = "learning_curve.csv";
    public static final String JSON = "learning_curve.json";
    public static final int SCHEMA_VERSION = 1;
    /** The selector column of the full-pool reference row. */
    public static final String FULL_POOL = "full-pool";

    private LearningCurveFiles() {
    }

    public static List<Path> write(LearningCurve.Result r, Path dir, boolean force) throws IOException {
        Path csv = dir.resolve(CSV);
        Path json = dir.resolve(JSON);
        SafeFiles.checkWritable(csv, force);
        SafeFiles.checkWritable(json, force);
        SafeFiles.writeString(csv, csv(r), force);
        SafeFiles.writeString(json, json(r), force);
        return List.of(csv, json);
    }

    /** The CSV text. */
    public static String csv(LearningCurve.Result r) {
        StringBuilder sb = new StringBuilder("selector,n,repeats,rmse_mean,rmse_sd,mae_mean,mae_sd,D_mean,REP_mean,lambda_first");
        for (String g : r.groups()) sb.append(",rmse_").append(g.replace(',', '_'));
        sb.append('\n');
        row(sb, FULL_POOL, r.fullPool(), r.groups().size());
        for (LearningCurve.Curve c : r.curves()) {
            for (LearningCurve.Point p : c.points()) row(sb, c.selector().id(), p, r.groups().size());
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String selector, LearningCurve.Point p, int groups) {
        sb.append(selector).append(',').append(p.n()).append(',').append(p.repeats());
        for (double v : new double[] {p.rmseMean(), p.rmseSd(), p.maeMean(), p.maeSd(), p.farthestMean(), p.repMean(), p.lambda()[0]}) {
            sb.append(',').append(num(v));
        }
        for (int g = 0; g < groups; g++) sb.append(',').append(num(p.groupRmseMean(g)));
        sb.append('\n');
    }

    /** The JSON text. */
    public static String json(LearningCurve.Result r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", SCHEMA_VERSION);
        m.put("software", "Sift " + Manifest.currentVersion());
        m.put("units", "meV/atom (energy per atom); D dimensionless; REP percent");
        LearningCurveOptions o = r.options();
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("sizes", o.sizes());
        opts.put("selectors", o.selectors().stream().map(LearningCurveOptions.Selector::id).toList());
        opts.put("repeats", o.repeats());
        opts.put("seed", o.seed());
        opts.put("poolFraction", o.poolFraction());
        opts.put("groupBy", o.groupBy());
        opts.put("zeta", o.zeta());
        opts.put("folds", o.folds());
        opts.put("lambdas", o.lambdas());
        opts.put("epsilon", o.epsilon());
        m.put("options", opts);
        m.put("groups", r.groups());
        m.put("poolSize", r.poolSize());
        m.put("validationSize", r.validationSize());
        m.put("validationCounts", r.validationCounts());
        m.put("sizes", r.sizes());
        m.put("fullPool", point(r.fullPool()));
        List<Object> curves = new ArrayList<>();
        for (LearningCurve.Curve c : r.curves()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("selector", c.selector().id());
            cm.put("selectSeconds", c.selectSeconds());
            cm.put("points", c.points().stream().map(LearningCurveFiles::point).toList());
            curves.add(cm);
        }
        m.put("curves", curves);
        m.put("fitSeconds", r.fitSeconds());
        return Manifest.MAPPER.writeValueAsString(m);
    }

    private static Map<String, Object> point(LearningCurve.Point p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", p.n());
        m.put("rmseMean", p.rmseMean());
        m.put("rmseSd", p.rmseSd());
        m.put("maeMean", p.maeMean());
        m.put("maeSd", p.maeSd());
        m.put("rmse", p.rmse());
        m.put("mae", p.mae());
        m.put("groupRmse", p.groupRmse());
        m.put("lambda", p.lambda());
        m.put("farthest", p.farthest());
        m.put("rep", p.rep());
        return m;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
