package org.est4j.io.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds counts for the suppressed cells of a published table: whole numbers of at least 1 (zeros are always shown)
 * such that every heading with children equals the sum of its children, along rows and along columns, with the
 * shown cells as they are. Among the many such fillings it looks for small ones: it propagates bounds through the
 * relations and then fixes the first open cell to the smallest value its bounds allow, backtracking (within a
 * budget) when that leads to a contradiction.
 *
 * <p>Small fillings are what {@link TableCodec} needs: a cell a suppression pattern protects is a small count or the
 * smallest cell that protects one, so the smallest filling is the one most likely to give back the same pattern
 * when suppressed again (which the codec then checks).
 *
 * <p>This class is internal and not for public use. Implementation requirements: mutable, one instance per table,
 * on one thread.
 */
final class TableFill {
    /** The largest count a cell may hold: far above any real count, far below overflow in sums. */
    static final long MAX_COUNT = 1L << 40;
    private static final long INFINITE = 1L << 52;
    private static final int MAX_TRIES = 6;
    private static final int MAX_PASSES = 500;

    private final int[][] relations;
    private final long[] shown;
    private int nodes;
    private int conflictCell;
    private int[] conflictRelation;
    private int maxNodes;

    /**
     * Prepares a table.
     *
     * @param nr the number of row headings
     * @param nc the number of column headings
     * @param rowParent each row heading's parent heading, -1 for the total
     * @param columnParent each column heading's parent heading, -1 for the total
     * @param shown the cells row by row, -1 where suppressed
     */
    TableFill(int nr, int nc, int[] rowParent, int[] columnParent, long[] shown) {
        this.shown = shown.clone();
        List<int[]> all = new ArrayList<>();
        for (int p = 0; p < nr; p++) {
            int[] kids = children(rowParent, p);
            for (int j = 0; kids.length > 0 && j < nc; j++) {
                int[] r = new int[kids.length + 1];
                r[0] = p * nc + j;
                for (int k = 0; k < kids.length; k++) {
                    r[k + 1] = kids[k] * nc + j;
                }
                all.add(r);
            }
        }
        for (int p = 0; p < nc; p++) {
            int[] kids = children(columnParent, p);
            for (int i = 0; kids.length > 0 && i < nr; i++) {
                int[] r = new int[kids.length + 1];
                r[0] = i * nc + p;
                for (int k = 0; k < kids.length; k++) {
                    r[k + 1] = i * nc + kids[k];
                }
                all.add(r);
            }
        }
        this.relations = all.toArray(int[][]::new);
    }

    private static int[] children(int[] parent, int p) {
        return java.util.stream.IntStream.range(0, parent.length).filter(i -> parent[i] == p).toArray();
    }

    /**
     * Returns the lower bound of every cell that the shown cells and the relations imply, every suppressed cell being
     * at least 1.
     *
     * @return the bounds, row by row, or null when the shown cells contradict the relations
     */
    long[] lowerBounds() {
        long[] lo = new long[shown.length];
        long[] hi = new long[shown.length];
        for (int c = 0; c < shown.length; c++) {
            lo[c] = shown[c] < 0 ? 1 : shown[c];
            hi[c] = shown[c] < 0 ? INFINITE : shown[c];
        }
        return propagate(lo, hi) ? lo : null;
    }

    /**
     * Propagates bounds with caps on the suppressed cells and tells where they cross, if they do.
     *
     * @param cap the largest count of each suppressed cell
     * @return {@code {cell}} followed by the cells of the relation where the bounds crossed, or null when they do
     *     not
     */
    int[] conflict(long[] cap) {
        long[] lo = new long[shown.length];
        long[] hi = new long[shown.length];
        for (int c = 0; c < shown.length; c++) {
            lo[c] = shown[c] < 0 ? 1 : shown[c];
            hi[c] = shown[c] < 0 ? Math.min(INFINITE, cap[c]) : shown[c];
        }
        if (propagate(lo, hi)) {
            return null;
        }
        int[] found = new int[conflictRelation.length + 1];
        found[0] = conflictCell;
        System.arraycopy(conflictRelation, 0, found, 1, conflictRelation.length);
        return found;
    }

    /**
     * Fills the suppressed cells, each with the smallest count its bounds allow, in row-major order.
     *
     * @param floor the smallest count to give each suppressed cell (at least 1 is given in any case)
     * @param cap the largest count to give each suppressed cell; {@link Long#MAX_VALUE} for no limit
     * @param maxNodes how many partial fillings to try at most
     * @return every cell's count, row by row, or null when no filling was found
     */
    long[] solve(long[] floor, long[] cap, int maxNodes) {
        this.maxNodes = maxNodes;
        long[] lo = new long[shown.length];
        long[] hi = new long[shown.length];
        for (int c = 0; c < shown.length; c++) {
            lo[c] = shown[c] < 0 ? Math.max(1, floor[c]) : shown[c];
            hi[c] = shown[c] < 0 ? Math.min(INFINITE, cap[c]) : shown[c];
        }
        nodes = 0;
        return search(lo, hi);
    }

    private long[] search(long[] lo, long[] hi) {
        if (++nodes > maxNodes || !propagate(lo, hi)) {
            return null;
        }
        int open = -1;
        for (int c = 0; c < lo.length && open < 0; c++) {
            if (lo[c] < hi[c]) {
                open = c;
            }
        }
        if (open < 0) {
            return lo;
        }
        List<Long> candidates = new ArrayList<>();
        for (long v = lo[open]; v <= hi[open] && candidates.size() < MAX_TRIES; v++) {
            candidates.add(v);
        }
        for (long v : candidates) {
            long[] l = lo.clone();
            long[] h = hi.clone();
            l[open] = v;
            h[open] = v;
            long[] found = search(l, h);
            if (found != null || nodes > maxNodes) {
                return found;
            }
        }
        return null;
    }

    /** Tightens the bounds through every relation until nothing changes; false on a contradiction. */
    private boolean propagate(long[] lo, long[] hi) {
        boolean changed = true;
        for (int pass = 0; changed && pass < MAX_PASSES; pass++) {
            changed = false;
            for (int[] r : relations) {
                int p = r[0];
                long sumLo = 0;
                long sumHi = 0;
                int infinite = 0;
                for (int k = 1; k < r.length; k++) {
                    sumLo = Math.min(INFINITE, sumLo + lo[r[k]]);
                    if (hi[r[k]] >= INFINITE) {
                        infinite++;
                    } else {
                        sumHi += hi[r[k]];
                    }
                }
                long partsHi = infinite > 0 ? INFINITE : sumHi;
                if (sumLo > lo[p]) {
                    lo[p] = sumLo;
                    changed = true;
                }
                if (partsHi < hi[p]) {
                    hi[p] = partsHi;
                    changed = true;
                }
                if (lo[p] > hi[p]) {
                    conflictCell = p;
                    conflictRelation = r;
                    return false;
                }
                for (int k = 1; k < r.length; k++) {
                    int c = r[k];
                    boolean selfInfinite = hi[c] >= INFINITE;
                    int othersInfinite = infinite - (selfInfinite ? 1 : 0);
                    if (othersInfinite == 0) {
                        long othersHi = sumHi - (selfInfinite ? 0 : hi[c]);
                        long atLeast = lo[p] - othersHi;
                        if (atLeast > lo[c]) {
                            lo[c] = atLeast;
                            changed = true;
                        }
                    }
                    if (hi[p] < INFINITE) {
                        long atMost = hi[p] - (sumLo - lo[c]);
                        if (atMost < hi[c]) {
                            hi[c] = atMost;
                            changed = true;
                        }
                    }
                    if (lo[c] > hi[c]) {
                        conflictCell = c;
                        conflictRelation = r;
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "TableFill of " + shown.length + " cells, " + relations.length + " relations: " + Arrays.toString(shown);
    }
}
