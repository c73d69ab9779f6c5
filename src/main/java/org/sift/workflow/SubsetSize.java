package org.sift.workflow;

import java.util.Locale;

/**
 * A subset size as a user writes it: a count ({@code 400}) or a fraction of the dataset
 * ({@code 0.1} = 10 % of N), as ASAP's {@code -n} reads it. A number written without a decimal
 * point or exponent is a count; any other is a fraction in (0, 1], resolved to round(f N) and at
 * least 1.
 *
 * @param count    the count, or 0 for a fraction
 * @param fraction the fraction, or 0 for a count
 * @param text     as written (for messages)
 */
public record SubsetSize(int count, double fraction, String text) {

    /**
     * Parses a count or a fraction.
     *
     * @throws IllegalArgumentException naming the text if it is no number, zero, negative, or a
     *                                  fraction above 1
     */
    public static SubsetSize parse(String text) {
        String t = text.trim();
        boolean integer = t.matches("[+-]?\\d+");
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is neither a count (400) nor a fraction of the dataset (0.1)");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(
                    "'" + text + "': a subset size must be a positive count or a fraction in (0, 1]");
        }
        if (integer) {
            if (v > Integer.MAX_VALUE) throw new IllegalArgumentException("'" + text + "' is too large a count");
            return new SubsetSize((int) v, 0, t);
        }
        if (v > 1) {
            throw new IllegalArgumentException("'" + text + "': a fraction of the dataset must be in (0, 1]"
                    + (v == Math.rint(v) ? "; write a count without a decimal point" : ""));
        }
        return new SubsetSize(0, v, t);
    }

    /** A count. */
    public static SubsetSize of(int count) {
        return parse(Integer.toString(count));
    }

    public boolean isFraction() {
        return count == 0;
    }

    /**
     * The number of configurations this size means in a dataset of n.
     *
     * @throws IllegalArgumentException if a count exceeds n, or n is 0
     */
    public int resolve(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("subset size " + text + " of an empty dataset");
        }
        if (isFraction()) {
            return (int) Math.max(1, Math.min(n, Math.round(fraction * n)));
        }
        if (count > n) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "subset size %d exceeds the %d configurations of the dataset", count, n));
        }
        return count;
    }

    @Override
    public String toString() {
        return text;
    }
}
