package org.sift.model;

import java.util.Arrays;

/**
 * A flat, typed array of property values: real, integer, boolean or string. The shape lives in
 * {@link Property}. Arrays are owned by the record and must not be modified.
 */
public sealed interface Values permits Values.Reals, Values.Ints, Values.Bools, Values.Strings {

    /** Number of elements. */
    int size();

    /** Element i as text (for display and text formats). */
    String format(int i);

    record Reals(double[] values) implements Values {
        public int size() { return values.length; }
        public String format(int i) { return Double.toString(values[i]); }
        @Override public boolean equals(Object o) { return o instanceof Reals r && Arrays.equals(values, r.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return Arrays.toString(values); }
    }

    record Ints(long[] values) implements Values {
        public int size() { return values.length; }
        public String format(int i) { return Long.toString(values[i]); }
        @Override public boolean equals(Object o) { return o instanceof Ints r && Arrays.equals(values, r.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return Arrays.toString(values); }
    }

    record Bools(boolean[] values) implements Values {
        public int size() { return values.length; }
        public String format(int i) { return values[i] ? "T" : "F"; }
        @Override public boolean equals(Object o) { return o instanceof Bools r && Arrays.equals(values, r.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return Arrays.toString(values); }
    }

    record Strings(String[] values) implements Values {
        public int size() { return values.length; }
        public String format(int i) { return values[i]; }
        @Override public boolean equals(Object o) { return o instanceof Strings r && Arrays.equals(values, r.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return Arrays.toString(values); }
    }
}
