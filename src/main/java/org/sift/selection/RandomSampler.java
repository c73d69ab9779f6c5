package org.sift.selection;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Uniform random sampling without replacement, seeded (docs/method.md §5). The sample of size n is the
 * first n entries of a partial Fisher–Yates shuffle driven by {@code java.util.SplittableRandom(seed)},
 * so for one seed a smaller sample is a prefix of a larger one, and a given seed gives the same
 * sample on every machine.
 */
public final class RandomSampler {

    private RandomSampler() {
    }

    /** n distinct indices out of 0..size-1, in the order drawn. */
    public static int[] sample(int size, int n, long seed) {
        return sample(size, n, seed, new int[0], new int[0]);
    }

    /**
     * The pinned indices first (in the given order), then uniformly random distinct indices from the
     * rest, never a banned one, until n are drawn.
     *
     * @throws IllegalArgumentException if n exceeds the points available, or for bad indices
     */
    public static int[] sample(int size, int n, long seed, int[] pinned, int[] banned) {
        boolean[] ban = FarthestPointSampler.mask(size, banned, "banned");
        boolean[] pin = FarthestPointSampler.mask(size, pinned, "pinned");
        int[] pool = new int[size];
        int m = 0;
        for (int i = 0; i < size; i++) {
            if (pin[i] && ban[i]) {
                throw new IllegalArgumentException("pinned index " + i + " is also banned");
            }
            if (!ban[i] && !pin[i]) {
                pool[m++] = i;
            }
        }
        if (n < pinned.length || n - pinned.length > m) {
            throw new IllegalArgumentException("cannot draw " + n + " points: " + pinned.length
                    + " pinned and " + m + " others available");
        }
        int[] out = Arrays.copyOf(pinned, n);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 0; k < n - pinned.length; k++) {
            int j = k + rnd.nextInt(m - k);
            int t = pool[k];
            pool[k] = pool[j];
            pool[j] = t;
            out[pinned.length + k] = pool[k];
        }
        return out;
    }
}
