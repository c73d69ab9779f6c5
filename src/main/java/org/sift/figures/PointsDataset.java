package org.sift.figures;

import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * A scatter dataset over primitive arrays: one series per group plus, last, the highlighted
 * points. The highlight can change without copying coordinates (the slider moves it many times a
 * second).
 */
public final class PointsDataset extends AbstractXYDataset {

    private final double[] x;
    private final double[] y;
    private final List<String> groupNames;
    private final int[][] members;
    private int[] highlighted = new int[0];
    private final String highlightName;

    /**
     * @param x          x coordinate of each point
     * @param y          y coordinate of each point (same length)
     * @param groupNames series names in legend order
     * @param members    members[g] = point indices of group g
     */
    public PointsDataset(double[] x, double[] y, List<String> groupNames, int[][] members, String highlightName) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points, y has " + y.length);
        }
        if (groupNames.size() != members.length) {
            throw new IllegalArgumentException("group names and member lists differ in length");
        }
        this.x = x;
        this.y = y;
        this.groupNames = List.copyOf(groupNames);
        this.members = members;
        this.highlightName = highlightName;
    }

    /** Builds the member lists from a per-point group label. */
    public static PointsDataset of(double[] x, double[] y, String[] labels, List<String> groupOrder, String highlightName) {
        int[][] members = new int[groupOrder.size()][];
        int[] counts = new int[groupOrder.size()];
        java.util.Map<String, Integer> idx = new java.util.HashMap<>();
        for (int g = 0; g < groupOrder.size(); g++) {
            idx.put(groupOrder.get(g), g);
        }
        for (String l : labels) {
            Integer g = idx.get(l);
            if (g != null) {
                counts[g]++;
            }
        }
        for (int g = 0; g < members.length; g++) {
            members[g] = new int[counts[g]];
            counts[g] = 0;
        }
        for (int i = 0; i < labels.length; i++) {
            Integer g = idx.get(labels[i]);
            if (g != null) {
                members[g][counts[g]++] = i;
            }
        }
        return new PointsDataset(x, y, groupOrder, members, highlightName);
    }

    /** Replaces the highlighted points (indices into x/y) and notifies the chart. */
    public void setHighlighted(int[] indices) {
        this.highlighted = indices.clone();
        fireDatasetChanged();
    }

    public int[] highlighted() {
        return highlighted.clone();
    }

    /** The point index behind item {@code item} of series {@code series}. */
    public int pointIndex(int series, int item) {
        return series < members.length ? members[series][item] : highlighted[item];
    }

    public int groupCount() {
        return members.length;
    }

    @Override
    public int getSeriesCount() {
        return members.length + 1;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return series < members.length ? groupNames.get(series) : highlightName;
    }

    @Override
    public int getItemCount(int series) {
        return series < members.length ? members[series].length : highlighted.length;
    }

    @Override
    public Number getX(int series, int item) {
        return x[pointIndex(series, item)];
    }

    @Override
    public Number getY(int series, int item) {
        return y[pointIndex(series, item)];
    }

    @Override
    public double getXValue(int series, int item) {
        return x[pointIndex(series, item)];
    }

    @Override
    public double getYValue(int series, int item) {
        return y[pointIndex(series, item)];
    }
}
