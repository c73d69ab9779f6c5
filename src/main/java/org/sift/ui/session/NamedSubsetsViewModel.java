package org.sift.ui.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sift.analysis.Groups;
import org.sift.ui.sampling.SamplingViewModel;
import org.sift.workflow.AnalysisResult;

/**
 * Subsets saved by name ("fps-50", "marked Si-rich"): the current FPS subset of size n or the
 * configurations marked in the diagram, as indices into the dataset. Names are unique and not
 * blank. Some of them can be {@link NamedSubset#compared() compared}: the composition table then
 * shows their count and share per group beside the FPS subset. The list is cleared when the
 * dataset changes (indices of another dataset mean nothing). Call everything on the FX thread.
 */
public final class NamedSubsetsViewModel {

    /** A named subset: indices into the dataset, in order; {@code compared}: shown in the composition table. */
    public record NamedSubset(String name, int[] indices, boolean compared) {
        public NamedSubset {
            Objects.requireNonNull(name, "name");
            indices = indices.clone();
        }

        public int size() {
            return indices.length;
        }
    }

    private final SamplingViewModel sampling;
    private final Supplier<int[]> marked;
    private final ObservableList<NamedSubset> subsets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param sampling the subset size n and the FPS subset
     * @param marked   the configurations marked in the diagram (empty array if none)
     */
    public NamedSubsetsViewModel(SamplingViewModel sampling, Supplier<int[]> marked) {
        this.sampling = Objects.requireNonNull(sampling);
        this.marked = Objects.requireNonNull(marked);
        sampling.analysis().datasetProperty().addListener((o, a, b) -> subsets.clear());
    }

    /** A default name for the current FPS subset: {@code fps-N}. */
    public String suggestedName() {
        return "fps-" + sampling.nProperty().get();
    }

    /** Stores the FPS subset of the current size n under {@code name}; false (with a message) if impossible. */
    public boolean saveSubset(String name) {
        return store(
                name,
                sampling.subsetProperty().get(),
                "FPS subset of n = " + sampling.nProperty().get());
    }

    /** Stores the configurations marked in the diagram under {@code name}. */
    public boolean saveMarked(String name) {
        return store(name, marked.get(), "marked configurations");
    }

    /** Number of configurations marked in the diagram now. */
    public int markedCount() {
        int[] m = marked.get();
        return m == null ? 0 : m.length;
    }

    private boolean store(String name, int[] indices, String what) {
        String n = name == null ? "" : name.strip();
        String problem = checkName(n, null);
        if (problem != null) {
            message.set(problem);
            return false;
        }
        if (indices == null || indices.length == 0) {
            message.set("No " + what + " to save");
            return false;
        }
        subsets.add(new NamedSubset(n, indices, true));
        message.set(String.format(Locale.ROOT, "Saved %s (%d configurations) as \"%s\"", what, indices.length, n));
        return true;
    }

    /** Null if {@code name} is usable (not blank, not taken by a subset other than {@code except}), else why not. */
    public String checkName(String name, String except) {
        if (name == null || name.isBlank()) return "A subset needs a name";
        for (NamedSubset s : subsets) {
            if (s.name().equals(name.strip()) && !s.name().equals(except))
                return "A subset named \"" + name.strip() + "\" exists";
        }
        return null;
    }

    public boolean rename(String from, String to) {
        int i = indexOf(from);
        String t = to == null ? "" : to.strip();
        String problem = i < 0 ? "No subset named \"" + from + "\"" : checkName(t, from);
        if (problem != null) {
            message.set(problem);
            return false;
        }
        NamedSubset s = subsets.get(i);
        subsets.set(i, new NamedSubset(t, s.indices(), s.compared()));
        message.set("Renamed \"" + from + "\" to \"" + t + "\"");
        return true;
    }

    public boolean delete(String name) {
        int i = indexOf(name);
        if (i < 0) return false;
        subsets.remove(i);
        message.set("Deleted \"" + name + "\"");
        return true;
    }

    /** Shows (or hides) the subset's columns in the composition table. */
    public void setCompared(String name, boolean on) {
        int i = indexOf(name);
        if (i >= 0 && subsets.get(i).compared() != on) {
            NamedSubset s = subsets.get(i);
            subsets.set(i, new NamedSubset(s.name(), s.indices(), on));
        }
    }

    public NamedSubset get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : subsets.get(i);
    }

    private int indexOf(String name) {
        for (int i = 0; i < subsets.size(); i++) {
            if (subsets.get(i).name().equals(name)) return i;
        }
        return -1;
    }

    /**
     * Configurations of the named subset in each group of the current result, in the result's group
     * order (the rows of the composition table); null without a result or if an index is out of range.
     */
    public int[] counts(String name) {
        NamedSubset s = get(name);
        AnalysisResult r = sampling.analysis().getResult();
        if (s == null || r == null) return null;
        Groups g = r.groups();
        int[] c = new int[g.count()];
        for (int i : s.indices()) {
            if (i < 0 || i >= g.groupOf().length) return null;
            c[g.groupOf()[i]]++;
        }
        return c;
    }

    /** The subsets as saved in a project: name → indices, in list order. */
    public Map<String, int[]> toMap() {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (NamedSubset s : subsets) m.put(s.name(), s.indices());
        return m;
    }

    /** Replaces the list (from a project); every subset is compared. */
    public void setAll(Map<String, int[]> m) {
        List<NamedSubset> l = new ArrayList<>();
        m.forEach((k, v) -> l.add(new NamedSubset(k, v, true)));
        subsets.setAll(l);
    }

    /** True if the list holds the same names and indices as {@code m}, in the same order. */
    public boolean sameAs(Map<String, int[]> m) {
        Map<String, int[]> a = toMap();
        if (!new ArrayList<>(a.keySet()).equals(new ArrayList<>(m.keySet()))) return false;
        return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), m.get(e.getKey())));
    }

    public ObservableList<NamedSubset> subsets() {
        return subsets;
    }
    /** Outcome of the last command. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public SamplingViewModel sampling() {
        return sampling;
    }
}
