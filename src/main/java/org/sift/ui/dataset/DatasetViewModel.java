package org.sift.ui.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.model.Property;

/**
 * State of the dataset panel: the dataset, how it is grouped, the groups with counts and shares,
 * the configuration rows, and the two reference groups X and Y of the similarity diagram.
 *
 * <p>Defaults of X and Y: the groups whose configurations have, on average, the lowest and the
 * highest atom fraction of the alphabetically first species (for Li–Si: the most Si-rich and the
 * most Li-rich groups). Ties go to the group that appears first.
 */
public final class DatasetViewModel {

    /** The grouping by reduced formula (always offered, first). */
    public static final String REDUCED_FORMULA = "Reduced formula";

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<String> groupByOptions = FXCollections.observableArrayList(REDUCED_FORMULA);
    private final StringProperty groupBy = new SimpleStringProperty(this, "groupBy", REDUCED_FORMULA);
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<String> groupLabels = FXCollections.observableArrayList();
    private final ObservableList<ConfigurationRow> configurations = FXCollections.observableArrayList();
    private final StringProperty referenceX = new SimpleStringProperty(this, "referenceX");
    private final StringProperty referenceY = new SimpleStringProperty(this, "referenceY");
    private final ReadOnlyObjectWrapper<String[]> labels = new ReadOnlyObjectWrapper<>(this, "labels", new String[0]);

    public DatasetViewModel() {
        dataset.addListener((o, a, d) -> onDataset(d));
        groupBy.addListener((o, a, b) -> regroup());
    }

    private void onDataset(Dataset d) {
        List<String> options = new ArrayList<>();
        options.add(REDUCED_FORMULA);
        if (d != null) {
            options.addAll(infoKeys(d));
        }
        String keep = groupBy.get();
        groupByOptions.setAll(options);
        if (keep != null && options.contains(keep)) {
            regroup();
        } else {
            groupBy.set(REDUCED_FORMULA); // the listener regroups
        }
    }

    /** Per-configuration info keys with scalar or short values, in order of first appearance. */
    static List<String> infoKeys(Dataset d) {
        Set<String> keys = new LinkedHashSet<>();
        for (Configuration c : d.configurations()) {
            for (Map.Entry<String, Property> e : c.info().entrySet()) {
                if (e.getValue().values().size() <= 3) {
                    keys.add(e.getKey());
                }
            }
        }
        return new ArrayList<>(keys);
    }

    private void regroup() {
        Dataset d = dataset.get();
        if (d == null) {
            labels.set(new String[0]);
            groups.clear();
            groupLabels.clear();
            configurations.clear();
            referenceX.set(null);
            referenceY.set(null);
            return;
        }
        String key = groupBy.get();
        String[] l = key == null || REDUCED_FORMULA.equals(key) ? d.formulaGroups() : d.propertyGroups(key);
        labels.set(l);
        Map<String, Integer> counts = Dataset.counts(l);
        List<GroupRow> rows = new ArrayList<>();
        counts.forEach((g, n) -> rows.add(new GroupRow(g, n, 100.0 * n / d.size())));
        groups.setAll(rows);
        groupLabels.setAll(counts.keySet());
        List<ConfigurationRow> cr = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            Configuration c = d.get(i);
            cr.add(new ConfigurationRow(i, l[i], c.composition().formula(), c.size(), c.energy(),
                    d.origins().get(i).toString()));
        }
        configurations.setAll(cr);
        String[] xy = defaultReferences(d, l);
        referenceX.set(xy[0]);
        referenceY.set(xy[1]);
    }

    /**
     * The groups with the lowest and the highest mean atom fraction of the alphabetically first
     * species; {@code {null, null}} for an empty dataset.
     */
    public static String[] defaultReferences(Dataset d, String[] labels) {
        if (d.size() == 0) {
            return new String[2];
        }
        String first = d.species().get(0);
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            Configuration c = d.get(i);
            double f = c.size() == 0 ? 0 : c.composition().counts().getOrDefault(first, 0) / (double) c.size();
            double[] s = sums.computeIfAbsent(labels[i], k -> new double[2]);
            s[0] += f;
            s[1]++;
        }
        String lo = null;
        String hi = null;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double mean = e.getValue()[0] / e.getValue()[1];
            if (mean < min) {
                min = mean;
                lo = e.getKey();
            }
            if (mean > max) {
                max = mean;
                hi = e.getKey();
            }
        }
        return new String[] {lo, hi};
    }

    public ObjectProperty<Dataset> datasetProperty() { return dataset; }
    public Dataset getDataset() { return dataset.get(); }
    public void setDataset(Dataset d) { dataset.set(d); }
    /** "Reduced formula" and every per-configuration info key present. */
    public ObservableList<String> groupByOptions() { return groupByOptions; }
    public StringProperty groupByProperty() { return groupBy; }
    public ObservableList<GroupRow> groups() { return groups; }
    /** The group labels, in order of first appearance (the choices for X and Y). */
    public ObservableList<String> groupLabels() { return groupLabels; }
    public ObservableList<ConfigurationRow> configurations() { return configurations; }
    /** Reference group X of the similarity diagram (phase 2). */
    public StringProperty referenceXProperty() { return referenceX; }
    /** Reference group Y of the similarity diagram (phase 2). */
    public StringProperty referenceYProperty() { return referenceY; }
    /** Group label of each configuration under the current grouping (do not modify). */
    public ReadOnlyObjectProperty<String[]> labelsProperty() { return labels.getReadOnlyProperty(); }
}
