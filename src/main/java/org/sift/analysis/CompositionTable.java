package org.sift.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Count and percentage of each group in a subset (the study's Tables S1/S4), groups in the fixed
 * order of {@link Groups}, every group listed (count 0 included).
 *
 * @param rows  one per group
 * @param total subset size (sum of the counts)
 */
public record CompositionTable(List<Row> rows, int total) {

    /** @param percent 100 * count / total (0 for an empty subset) */
    public record Row(String group, int count, double percent) { }

    public CompositionTable {
        rows = List.copyOf(rows);
    }

    /** The table of the given subset (indices must be distinct and in range). */
    public static CompositionTable of(Groups groups, int[] subset) {
        int[] c = new int[groups.count()];
        for (int i : subset) {
            c[groups.groupOf()[i]]++;
        }
        return fromCounts(groups, c);
    }

    /** The table from counts per group (in group order). */
    public static CompositionTable fromCounts(Groups groups, int[] counts) {
        int total = 0;
        for (int x : counts) total += x;
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            rows.add(new Row(groups.names().get(g), counts[g], total == 0 ? 0 : 100.0 * counts[g] / total));
        }
        return new CompositionTable(rows, total);
    }

    public int[] counts() {
        return rows.stream().mapToInt(Row::count).toArray();
    }
}
