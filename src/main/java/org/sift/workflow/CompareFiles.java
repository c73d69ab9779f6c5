package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link CompareSelectors.Result} as {@code compare.csv} (one row per selector and size:
 * D, REP in percent, RMSE and MAE of the energy per atom in meV/atom, empty without energies, and
 * the selector's wall time in seconds for all sizes) and {@code compare.json} (the same with the
 * options, schemaVersion 1).
 */
public final class CompareFiles {

    public static final String CSV = "compare.csv";
    public static final String JSON = "compare.json";
    public static final int SCHEMA_VERSION = 1;

    private CompareFiles() {}

    public static List<Path> write(CompareSelectors.Result r, Path dir, boolean force) throws IOException {
        Path csv = dir.resolve(CSV);
        Path json = dir.resolve(JSON);
        SafeFiles.checkWritable(csv, force);
        SafeFiles.checkWritable(json, force);
        SafeFiles.writeString(csv, csv(r), force);
        SafeFiles.writeString(json, json(r), force);
        return List.of(csv, json);
    }

    public static String csv(CompareSelectors.Result r) {
        StringBuilder sb = new StringBuilder("selector,n,D,REP,rmse,mae,seconds\n");
        for (CompareSelectors.Curve c : r.curves()) {
            for (CompareSelectors.Row p : c.rows()) {
                sb.append(c.selector().id()).append(',').append(p.n());
                for (double v : new double[] {p.farthest(), p.rep(), p.rmse(), p.mae(), c.seconds()})
                    sb.append(',').append(num(v));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    public static String json(CompareSelectors.Result r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", SCHEMA_VERSION);
        m.put("software", "Sift " + Manifest.currentVersion());
        m.put(
                "units",
                "D dimensionless; REP percent; rmse and mae meV/atom (validation, subsets chosen from the pool); seconds wall time");
        CompareSelectors.Options o = r.options();
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("sizes", o.sizes());
        opts.put(
                "selectors",
                o.selectors().stream().map(LearningCurveOptions.Selector::id).toList());
        opts.put("seed", o.seed());
        opts.put("epsilon", o.epsilon());
        opts.put("groupBy", o.groupBy());
        m.put("options", opts);
        m.put("configurations", r.size());
        m.put("sizes", r.sizes());
        m.put(
                "rmse",
                r.hasRmse()
                        ? "validation on " + r.learning().validationSize() + " configurations, subsets from a pool of "
                                + r.learning().poolSize()
                        : r.noRmse());
        if (r.hasRmse()) m.put("fullPoolRmse", r.learning().fullPool().rmseMean());
        List<Object> curves = new ArrayList<>();
        for (CompareSelectors.Curve c : r.curves()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("selector", c.selector().id());
            cm.put("seconds", c.seconds());
            List<Object> rows = new ArrayList<>();
            for (CompareSelectors.Row p : c.rows()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("n", p.n());
                pm.put("D", p.farthest());
                pm.put("REP", p.rep());
                pm.put("rmse", Double.isNaN(p.rmse()) ? null : p.rmse());
                pm.put("mae", Double.isNaN(p.mae()) ? null : p.mae());
                rows.add(pm);
            }
            cm.put("rows", rows);
            curves.add(cm);
        }
        m.put("curves", curves);
        return Manifest.MAPPER.writeValueAsString(m);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
