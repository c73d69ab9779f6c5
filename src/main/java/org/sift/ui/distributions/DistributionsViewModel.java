package org.sift.ui.distributions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.sift.analysis.PairDistributions;
import org.sift.figures.Charts;
import org.sift.figures.GroupPalette;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.workflow.AnalysisResult;

/**
 * Redundancy within groups: the cumulative distribution of pairwise similarity K per group
 * ({@link Charts#cumulativeDistributions}, colours of the shared palette) and a summary row per
 * group. Rebuilt only when the distributions change (new dataset, settings or grouping).
 */
public final class DistributionsViewModel {

    /** Threshold of the "near duplicates" column. */
    public static final double NEAR_DUPLICATE_K = 0.99;

    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ObservableList<DistributionRow> rows = FXCollections.observableArrayList();
    private List<PairDistributions.GroupDistribution> shown;

    public DistributionsViewModel(AnalysisViewModel analysis) {
        analysis.resultProperty().addListener((o, a, r) -> onResult(r));
        onResult(analysis.getResult());
    }

    private void onResult(AnalysisResult r) {
        if (r == null) {
            shown = null;
            chart.set(null);
            rows.clear();
            return;
        }
        if (r.distributions() == shown) {
            return;
        }
        shown = r.distributions();
        Map<String, double[]> byGroup = new LinkedHashMap<>();
        List<DistributionRow> out = new ArrayList<>();
        for (PairDistributions.GroupDistribution d : r.distributions()) {
            if (d.sortedValues().length > 0) {
                byGroup.put(d.group(), d.sortedValues());
            }
            double above = d.fractionAbove(NEAR_DUPLICATE_K);
            out.add(new DistributionRow(
                    d.group(),
                    d.members(),
                    d.totalPairs(),
                    d.sampled(),
                    d.quantile(0.5),
                    Double.isNaN(above) ? Double.NaN : 100 * above));
        }
        chart.set(Charts.cumulativeDistributions(byGroup, GroupPalette.of(r.groups())));
        rows.setAll(out);
    }

    /** The chart, or null without an analysis. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObservableList<DistributionRow> rows() {
        return rows;
    }
}
