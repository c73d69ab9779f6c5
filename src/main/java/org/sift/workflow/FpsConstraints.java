package org.sift.workflow;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Pinned (always selected first, in this order) and banned (never selected) configurations of the
 * FPS run, and whether the banned ones still count as configurations to be represented in D(n) and
 * REP(n) ({@code coverBanned}, default true as in {@code sift select}). Immutable; a configuration
 * is never both pinned and banned.
 */
public record FpsConstraints(int[] pinned, int[] banned, boolean coverBanned) {

    public static final FpsConstraints NONE = new FpsConstraints(new int[0], new int[0]);

    /** Pins and bans, banned configurations counted in coverage. */
    public FpsConstraints(int[] pinned, int[] banned) {
        this(pinned, banned, true);
    }

    public FpsConstraints {
        pinned = pinned == null ? new int[0] : pinned.clone();
        banned = banned == null ? new int[0] : banned.clone();
        Set<Integer> p = new LinkedHashSet<>();
        for (int i : pinned) {
            if (!p.add(i)) throw new IllegalArgumentException("configuration " + i + " pinned twice");
        }
        for (int i : banned) {
            if (p.contains(i)) throw new IllegalArgumentException("configuration " + i + " is pinned and banned");
        }
    }

    /** These constraints with {@code indices} pinned (appended in order; unbanned if banned). */
    public FpsConstraints pin(int... indices) {
        Set<Integer> p = toSet(pinned);
        Set<Integer> b = toSet(banned);
        for (int i : indices) {
            b.remove(i);
            p.add(i);
        }
        return new FpsConstraints(toArray(p), toArray(b), coverBanned);
    }

    /** These constraints with {@code indices} banned (unpinned if pinned). */
    public FpsConstraints ban(int... indices) {
        Set<Integer> p = toSet(pinned);
        Set<Integer> b = toSet(banned);
        for (int i : indices) {
            p.remove(i);
            b.add(i);
        }
        return new FpsConstraints(toArray(p), toArray(b), coverBanned);
    }

    /** These constraints with {@code indices} neither pinned nor banned. */
    public FpsConstraints release(int... indices) {
        Set<Integer> p = toSet(pinned);
        Set<Integer> b = toSet(banned);
        for (int i : indices) {
            p.remove(i);
            b.remove(i);
        }
        return new FpsConstraints(toArray(p), toArray(b), coverBanned);
    }

    /** These pins and bans, with banned configurations counted in coverage or not. */
    public FpsConstraints withCoverBanned(boolean c) {
        return c == coverBanned ? this : new FpsConstraints(pinned, banned, c);
    }

    public boolean isEmpty() {
        return pinned.length == 0 && banned.length == 0;
    }

    public boolean isPinned(int i) {
        for (int p : pinned) if (p == i) return true;
        return false;
    }

    public boolean isBanned(int i) {
        for (int b : banned) if (b == i) return true;
        return false;
    }

    private static Set<Integer> toSet(int[] a) {
        Set<Integer> s = new LinkedHashSet<>();
        for (int i : a) s.add(i);
        return s;
    }

    private static int[] toArray(Set<Integer> s) {
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FpsConstraints c
                && Arrays.equals(pinned, c.pinned)
                && Arrays.equals(banned, c.banned)
                && coverBanned == c.coverBanned;
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(pinned) * 31 + Arrays.hashCode(banned)) * 2 + (coverBanned ? 1 : 0);
    }

    @Override
    public String toString() {
        return "pinned " + Arrays.toString(pinned) + ", banned " + Arrays.toString(banned)
                + (coverBanned ? "" : " (not counted in coverage)");
    }
}
