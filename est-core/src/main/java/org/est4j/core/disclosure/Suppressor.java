package org.est4j.core.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Chooses which cells of a table to suppress; {@link CountTable#suppress(int)} documents the rules. Works on cell
 * indices: a cell's index order is the table's row-major heading order, which is how ties are broken.
 *
 * <p>Implementation requirements: instances are immutable and thread-safe.
 */
final class Suppressor {
    static final byte SHOWN = 0;
    static final byte SMALL = 1;
    static final byte COMPLEMENTARY = 2;

    private final long[] values;
    private final TableAuditor auditor;

    Suppressor(long[] values, int[][] relations) {
        this.values = values;
        this.auditor = new TableAuditor(values, relations);
    }

    /**
     * Returns the state of every cell: {@link #SHOWN}, {@link #SMALL} or {@link #COMPLEMENTARY}.
     *
     * @param minimumCount the smallest count shown as it is, 1 or more
     */
    byte[] suppress(int minimumCount) {
        byte[] state = new byte[values.length];
        boolean any = false;
        for (int c = 0; c < values.length; c++) {
            if (values[c] > 0 && values[c] < minimumCount) {
                state[c] = SMALL;
                any = true;
            }
        }
        if (!any) {
            return state;
        }
        while (true) {
            protectSingles(state);
            TableAuditor.Audit audit = auditor.audit(suppressed(state));
            if (audit.disclosed().length == 0) {
                prune(state, audit);
                return state;
            }
            // One complement for each pinned cell at once (an audit is costly); pruning removes any that a later
            // one made unnecessary.
            boolean added = false;
            for (int cell : audit.disclosed()) {
                int complement = complementFor(cell, state);
                if (complement >= 0) {
                    state[complement] = COMPLEMENTARY;
                    added = true;
                }
            }
            if (!added) {
                // With every non-zero cell suppressed the attacker knows only zeros and pins nothing.
                throw new IllegalStateException("The table audit found a disclosed cell with every non-zero cell"
                        + " suppressed; this is a bug in est4j's suppression, please report it");
            }
        }
    }

    /**
     * The rule of the brief and of most statistical offices, and its cheap companion: while a relation has exactly
     * one suppressed cell, or a shown total and suppressed parts that are all 1 (so they sum to their number and
     * each must be 1), suppress another of its cells, the smallest non-zero shown one.
     */
    private void protectSingles(byte[] state) {
        int[][] relations = auditor.relations();
        Deque<Integer> queue = new ArrayDeque<>();
        boolean[] queued = new boolean[relations.length];
        for (int r = 0; r < relations.length; r++) {
            queue.add(r);
            queued[r] = true;
        }
        while (!queue.isEmpty()) {
            int r = queue.poll();
            queued[r] = false;
            if (!exposed(relations[r], state)) {
                continue;
            }
            int chosen = smallestShown(relations[r], state);
            if (chosen < 0) {
                continue; // cannot happen in a consistent table: the suppressed cells would be worth 0
            }
            state[chosen] = COMPLEMENTARY;
            for (int other : auditor.relationsOf(chosen)) {
                if (!queued[other]) {
                    queued[other] = true;
                    queue.add(other);
                }
            }
        }
    }

    /** One suppressed cell, or a shown total whose suppressed parts are all 1. */
    private boolean exposed(int[] relation, byte[] state) {
        int suppressedCells = 0;
        boolean allOnes = state[relation[0]] == SHOWN;
        for (int c : relation) {
            if (state[c] != SHOWN) {
                suppressedCells++;
                allOnes &= values[c] == 1;
            }
        }
        return suppressedCells == 1 || (suppressedCells > 1 && allOnes);
    }

    /**
     * The complement for a cell the attacker pins although no relation holds it alone. The relations through the
     * cell are searched first, then those one suppressed cell further away, and so on, until one holds a non-zero
     * shown cell. Among those found at that distance: the smallest one that is also in another relation with a
     * suppressed cell (so that it closes a cycle rather than opening a new row or column to protect), failing that
     * the smallest; ties by heading order. When the search runs dry, the smallest non-zero shown cell of the table;
     * -1 when there is none.
     */
    private int complementFor(int cell, byte[] state) {
        int[][] relations = auditor.relations();
        boolean[] seenRelation = new boolean[relations.length];
        boolean[] seenCell = new boolean[values.length];
        List<Integer> level = new ArrayList<>();
        for (int r : auditor.relationsOf(cell)) {
            seenRelation[r] = true;
            level.add(r);
        }
        seenCell[cell] = true;
        while (!level.isEmpty()) {
            int closing = -1;
            int smallest = -1;
            List<Integer> next = new ArrayList<>();
            for (int r : level) {
                for (int c : relations[r]) {
                    if (state[c] == SHOWN) {
                        if (values[c] > 0) {
                            smallest = smaller(c, smallest);
                            if (meetsAnotherSuppressed(c, r, state)) {
                                closing = smaller(c, closing);
                            }
                        }
                    } else if (!seenCell[c]) {
                        seenCell[c] = true;
                        for (int further : auditor.relationsOf(c)) {
                            if (!seenRelation[further]) {
                                seenRelation[further] = true;
                                next.add(further);
                            }
                        }
                    }
                }
            }
            if (smallest >= 0) {
                return closing >= 0 ? closing : smallest;
            }
            level = next;
        }
        int best = -1;
        for (int c = 0; c < values.length; c++) {
            if (state[c] == SHOWN && values[c] > 0 && (best < 0 || values[c] < values[best])) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Shows again every complementary cell the table stays safe without, largest first, until no more can be
     * shown: each remaining complementary cell is then needed. Each trial is cheap: a relation left with one
     * suppressed cell, then the null spaces of the last audit, then bounds.
     */
    private void prune(byte[] state, TableAuditor.Audit audit) {
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Integer> complements = new ArrayList<>();
            for (int c = 0; c < values.length; c++) {
                if (state[c] == COMPLEMENTARY) {
                    complements.add(c);
                }
            }
            complements.sort(Comparator.<Integer>comparingLong(c -> -values[c]).thenComparingInt(c -> c));
            for (int c : complements) {
                state[c] = SHOWN;
                if (leavesOneAlone(c, state) || !audit.linearlySafeWithout(c)
                        || auditor.pinnedByBounds(suppressed(state))) {
                    state[c] = COMPLEMENTARY;
                } else {
                    audit.show(c);
                    changed = true;
                }
            }
        }
    }

    /** The smaller of two cells by value, then by index; -1 stands for none. */
    private int smaller(int a, int b) {
        if (b < 0) {
            return a;
        }
        return values[a] < values[b] || (values[a] == values[b] && a < b) ? a : b;
    }

    /** Tells whether a cell is in a relation other than {@code except} that holds a suppressed cell. */
    private boolean meetsAnotherSuppressed(int cell, int except, byte[] state) {
        for (int r : auditor.relationsOf(cell)) {
            if (r != except && countSuppressed(auditor.relations()[r], state) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a relation through a cell holds exactly one suppressed cell: the quick test before an audit. */
    private boolean leavesOneAlone(int cell, byte[] state) {
        for (int r : auditor.relationsOf(cell)) {
            if (countSuppressed(auditor.relations()[r], state) == 1) {
                return true;
            }
        }
        return false;
    }

    /** The smallest non-zero shown cell of a relation, parts before the total on equal values; -1 if none. */
    private int smallestShown(int[] relation, byte[] state) {
        int best = -1;
        for (int k = 1; k <= relation.length; k++) {
            int c = relation[k % relation.length]; // parts in order, then the total
            if (state[c] == SHOWN && values[c] > 0 && (best < 0 || values[c] < values[best])) {
                best = c;
            }
        }
        return best;
    }

    private static int countSuppressed(int[] relation, byte[] state) {
        int n = 0;
        for (int c : relation) {
            n += state[c] != SHOWN ? 1 : 0;
        }
        return n;
    }

    private static boolean[] suppressed(byte[] state) {
        boolean[] s = new boolean[state.length];
        for (int c = 0; c < state.length; c++) {
            s[c] = state[c] != SHOWN;
        }
        return s;
    }
}
