package org.sift.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text files of a figure set: each figure's data as CSV (what it plots, one row per mark or
 * curve vertex, so the figure can be redrawn in another program), the composition table as CSV
 * and LaTeX, and caption stubs stating what is plotted, n, ε and the parameters.
 */
final class FigureTexts {

    private FigureTexts() {
    }

    /** FPS rank (1-based) of every configuration among the first n selections, 0 if not selected. */
    static int[] ranks(FigureData d, int n) {
        int[] r = new int[d.size()];
        for (int k = 0; k < n; k++) r[d.fpsOrder()[k]] = k + 1;
        return r;
    }

    /** index, group, x, y (and selected, fps_rank when {@code ranks} is given). */
    static String diagramCsv(FigureData d, int[] ranks) {
        StringBuilder sb = new StringBuilder(ranks == null ? "index,group,x,y\n" : "index,group,x,y,selected,fps_rank\n");
        for (int i = 0; i < d.size(); i++) {
            sb.append(i).append(',').append(csv(d.groups().get(d.groupOf()[i]))).append(',').append(FigureSet.num(d.x()[i]))
                    .append(',').append(FigureSet.num(d.y()[i]));
            if (ranks != null) {
                sb.append(',').append(ranks[i] > 0 ? 1 : 0).append(',').append(ranks[i] > 0 ? Integer.toString(ranks[i]) : "");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String redundancyCsv(FigureData d) {
        StringBuilder sb = new StringBuilder("group,cumulative_fraction,K\n");
        for (FigureData.Cdf c : d.distributions()) {
            for (int q = 0; q < c.k().length; q++) {
                sb.append(csv(c.group())).append(',').append(FigureSet.num(c.fraction()[q])).append(',')
                        .append(FigureSet.num(c.k()[q])).append('\n');
            }
        }
        return sb.toString();
    }

    static String coverageCsv(FigureData d) {
        StringBuilder sb = new StringBuilder("n,D,REP_percent\n");
        for (int k = 0; k < d.farthest().length; k++) {
            sb.append(k + 1).append(',').append(FigureSet.num(d.farthest()[k])).append(',').append(FigureSet.num(d.rep()[k])).append('\n');
        }
        return sb.toString();
    }

    static String randomCsv(FigureData d) {
        StringBuilder sb = new StringBuilder("n,fps_D,fps_REP_percent,random_D_mean,random_D_sd,random_REP_mean,random_REP_sd\n");
        for (FigureData.RandomRow r : d.random()) {
            sb.append(r.n()).append(',').append(FigureSet.num(r.fpsD())).append(',').append(FigureSet.num(r.fpsRep())).append(',')
                    .append(FigureSet.num(r.dMean())).append(',').append(FigureSet.num(r.dStd())).append(',')
                    .append(FigureSet.num(r.repMean())).append(',').append(FigureSet.num(r.repStd())).append('\n');
        }
        return sb.toString();
    }

    /** One row per group: the whole set's count and share, then count and share in each FPS subset. */
    static String compositionCsv(FigureData d) {
        List<FigureData.Composition> cols = tableColumns(d);
        StringBuilder sb = new StringBuilder("group");
        for (FigureData.Composition c : cols) {
            String n = c.label().equals("all") ? "all" : "n" + c.label();
            sb.append(',').append(n).append("_count,").append(n).append("_percent");
        }
        sb.append('\n');
        for (int g = 0; g < d.groups().size(); g++) {
            sb.append(csv(d.groups().get(g)));
            for (FigureData.Composition c : cols) {
                sb.append(',').append(c.counts()[g]).append(',').append(String.format(Locale.ROOT, "%.1f", pct(c, g)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The same table as a LaTeX {@code tabular} (booktabs rules), group names with subscripts. */
    static String compositionLatex(FigureData d) {
        List<FigureData.Composition> cols = tableColumns(d);
        StringBuilder sb = new StringBuilder();
        sb.append("% Composition of FPS subsets of ").append(tex(d.dataset())).append(", written by Sift.\n");
        sb.append("% Needs \\usepackage{booktabs}. Each cell: configurations of the group (share of the column in %).\n");
        sb.append("\\begin{tabular}{l").append("r".repeat(cols.size())).append("}\n\\toprule\n");
        sb.append("group");
        for (FigureData.Composition c : cols) {
            sb.append(" & ").append(c.label().equals("all") ? "all ($N = " + c.total() + "$)" : "$n = " + c.label() + "$");
        }
        sb.append(" \\\\\n\\midrule\n");
        for (int g = 0; g < d.groups().size(); g++) {
            sb.append(texFormula(d.groups().get(g)));
            for (FigureData.Composition c : cols) {
                sb.append(" & ").append(c.counts()[g]).append(String.format(Locale.ROOT, " (%.1f)", pct(c, g)));
            }
            sb.append(" \\\\\n");
        }
        sb.append("\\bottomrule\n\\end{tabular}\n");
        return sb.toString();
    }

    /** The whole set first, then the subsets in increasing n. */
    private static List<FigureData.Composition> tableColumns(FigureData d) {
        List<FigureData.Composition> out = new ArrayList<>();
        d.compositions().stream().filter(c -> c.label().equals("all")).forEach(out::add);
        d.compositions().stream().filter(c -> !c.label().equals("all")).forEach(out::add);
        return out;
    }

    private static double pct(FigureData.Composition c, int g) {
        return c.total() == 0 ? 0 : 100.0 * c.counts()[g] / c.total();
    }

    static String caption(FigureSet.Figure f, FigureData d, int n, FigurePreset p) {
        String similarity = d.descriptor() != null ? " Similarity: " + d.descriptor() + "." : "";
        String set = d.dataset() + " (" + d.size() + " configurations in " + d.groups().size() + " groups)";
        String text = switch (f) {
            case DIAGRAM -> "Similarity diagram of " + set + ". Each point is one configuration, at x = its mean"
                    + " similarity K to the configurations of group " + d.groupX() + " and y = its mean K to group "
                    + d.groupY() + "; colours and markers show the groups." + similarity + " Data: diagram.csv.";
            case REDUNDANCY -> "Cumulative distribution of the pair similarity K within each group: the fraction of pairs"
                    + " of configurations of the group with similarity at most K. " + pairs(d) + similarity
                    + " Data: redundancy.csv (the distribution at " + (FigureData.QUANTILES + 1) + " quantiles per group).";
            case COVERAGE -> "Farthest point sampling of " + set + " against the subset size n (logarithmic axis). Upper"
                    + " panel: farthest distance D(n), the largest distance d = sqrt(2 - 2K) from any configuration to its"
                    + " nearest selected one; dashed line: ε = " + FigureCharts.trim(d.epsilon()) + ". Lower panel:"
                    + " REP(n), the percentage of configurations closer than ε to a selected one." + random(d) + reach(d)
                    + similarity + " Data: coverage.csv, coverage-random.csv.";
            case SUBSET -> "The first n = " + n + " configurations selected by farthest point sampling (coloured by group)"
                    + " in the similarity diagram of " + set + "; the " + (d.size() - n) + " configurations not selected"
                    + " in light grey. Axes as in the similarity diagram (groups " + d.groupX() + " and " + d.groupY() + ")."
                    + " REP(" + n + ") = " + String.format(Locale.ROOT, "%.1f", d.rep()[n - 1]) + " %, D(" + n + ") = "
                    + String.format(Locale.ROOT, "%.3g", d.farthest()[n - 1]) + " at ε = " + FigureCharts.trim(d.epsilon())
                    + "." + similarity + " Data: subset.csv (selected, fps_rank).";
            case PANELS -> "(a) Similarity diagram, (b) cumulative pair similarity per group, (c) D(n) and REP(n) of FPS"
                    + " and random subsets, (d) the FPS subset of n = " + n + " over the whole set, for " + set + "."
                    + " See the captions of the single figures for details.";
        };
        return f.title() + "\n\n" + text + "\n\nFigure size " + fmt(p.widthMm()) + " mm wide, text " + fmt(p.fontPt())
                + " pt (preset: " + p.name() + "). Written by Sift; edit this stub into your caption.\n";
    }

    static String compositionCaption(FigureData d) {
        StringBuilder sizes = new StringBuilder();
        for (FigureData.Composition c : d.compositions()) {
            if (!c.label().equals("all")) sizes.append(sizes.length() == 0 ? "" : ", ").append(c.label());
        }
        return "Composition of FPS subsets\n\nConfigurations per group (share in %) in " + d.dataset() + " (all "
                + d.size() + ") and in its FPS subsets of n = " + sizes + ". Files: composition.csv, composition.tex"
                + " (LaTeX tabular, needs booktabs).\n";
    }

    private static String pairs(FigureData d) {
        StringBuilder sb = new StringBuilder();
        List<String> none = new ArrayList<>();
        for (FigureData.Cdf c : d.distributions()) {
            sb.append(c.group()).append(": ").append(c.members()).append(" configurations, ").append(c.pairs()).append(" pairs")
                    .append(c.sampled() ? " (a random sample of pairs)" : "").append("; ");
        }
        for (String g : d.groups()) {
            if (d.distributions().stream().noneMatch(c -> c.group().equals(g))) none.add(g);
        }
        String s = sb.length() > 0 ? sb.substring(0, sb.length() - 2) + "." : "";
        if (!none.isEmpty()) {
            s += " Not shown (fewer than two configurations, no pairs): " + String.join(", ", none) + ".";
        }
        return s;
    }

    private static String random(FigureData d) {
        if (d.random().isEmpty()) return "";
        StringBuilder ns = new StringBuilder();
        for (FigureData.RandomRow r : d.random()) ns.append(ns.length() == 0 ? "" : ", ").append(r.n());
        return " Orange: random subsets of the same sizes (n = " + ns + "), mean ± standard deviation over the repeats.";
    }

    private static String reach(FigureData d) {
        for (int k = 0; k < d.rep().length; k++) {
            if (d.rep()[k] >= 100.0) return " FPS reaches REP = 100 % at n = " + (k + 1) + ".";
        }
        return "";
    }

    private static String fmt(double v) {
        return FigureCharts.trim(v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String tex(String s) {
        return s.replaceAll("([\\\\{}$&#^_%~])", "\\\\$1");
    }

    /** Li13Si64 → Li$_{13}$Si$_{64}$; other names escaped. */
    static String texFormula(String g) {
        if (!g.matches("([A-Z][a-z]?\\d*)+")) return tex(g);
        return g.replaceAll("(\\d+)", "\\$_{$1}\\$");
    }
}
