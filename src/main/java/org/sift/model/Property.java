package org.sift.model;

import java.util.Arrays;

/**
 * A named label of a configuration (per configuration) or of its atoms (per atom), with its shape
 * and, where known, its unit.
 *
 * <p>Shape conventions: a scalar has shape {@code []}; a vector {@code [n]}; a 3x3 tensor
 * {@code [3, 3]} (row-major); a per-atom array {@code [nAtoms]} or {@code [nAtoms, columns]}.
 * The product of the shape equals {@code values.size()}.
 *
 * @param name  key as it appears in the source file (e.g. {@code config_type}, {@code md_step})
 * @param values flat values, row-major
 * @param shape dimensions, empty for a scalar
 * @param unit  unit string such as {@code eV} or {@code eV/Å}, or {@code null} when the file does not say
 */
public record Property(String name, Values values, int[] shape, String unit) {

    public Property {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("property needs a name");
        }
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n != values.size()) {
            throw new IllegalArgumentException("property " + name + ": shape " + Arrays.toString(shape)
                    + " does not match " + values.size() + " values");
        }
    }

    public static Property scalar(String name, double v) {
        return new Property(name, new Values.Reals(new double[] {v}), new int[0], null);
    }

    public static Property scalar(String name, long v) {
        return new Property(name, new Values.Ints(new long[] {v}), new int[0], null);
    }

    public static Property scalar(String name, boolean v) {
        return new Property(name, new Values.Bools(new boolean[] {v}), new int[0], null);
    }

    public static Property scalar(String name, String v) {
        return new Property(name, new Values.Strings(new String[] {v}), new int[0], null);
    }

    public boolean isScalar() {
        return shape.length == 0;
    }

    /** Number of columns of a per-atom property (1 for shape [n]). */
    public int columns() {
        return shape.length < 2 ? 1 : shape[1];
    }

    /** The first value as text, or all values joined by spaces. */
    public String asText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(values.format(i));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Property p && name.equals(p.name) && values.equals(p.values)
                && Arrays.equals(shape, p.shape) && java.util.Objects.equals(unit, p.unit);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + values.hashCode();
    }
}
