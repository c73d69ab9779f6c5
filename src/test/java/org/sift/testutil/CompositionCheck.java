package org.sift.testutil;

import org.sift.analysis.Groups;

/** Brute-force group counts of a subset, for checking the ranked compositions. */
public final class CompositionCheck {

    private CompositionCheck() {}

    public static int[] counts(Groups groups, int[] subset) {
        int[] c = new int[groups.count()];
        for (int i : subset) c[groups.groupOf()[i]]++;
        return c;
    }
}
