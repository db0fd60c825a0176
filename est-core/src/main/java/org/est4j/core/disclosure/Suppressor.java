package org.est4j.core.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Chooses which cells of a table to suppress; {@link CountTable#suppress(int)} documents the rules. Works on cell
 * indices: a cell's index order is the table's row-major heading order, which is how ties are broken.
 *
 * <p>Cells that a relation of two makes equal (a heading with one child, such as the total of a table with one
 * root and that root) are one unknown to any reader: they are shown or suppressed together. The work is done on
 * these classes of cells, each named by its first cell, so that the attacker, the choice of complements and the
 * pruning all see one unknown where the table has several equal cells; otherwise pruning could never show one of
 * them again, since showing it alone would give its twin away.
 *
 * <p>Implementation requirements: instances are immutable and thread-safe.
 */
final class Suppressor {
    static final byte SHOWN = 0;
    static final byte SMALL = 1;
    static final byte COMPLEMENTARY = 2;

    /** The class of each cell. */
    private final int[] classOf;
    /** Per class: the value of its cells. */
    private final long[] values;
    /** Per class: its level of aggregation, 0 for a cell of two base headings; the largest of its cells'. */
    private final int[] heights;
    /** The class of the grand total, whose height is the largest; -1 for a table without cells. */
    private final int grandTotal;
    /** The number of non-zero cells of two base headings: the grand total is their sum. */
    private final int nonZeroBaseCells;
    private final TableAuditor auditor;

    /**
     * Prepares the suppression of a table.
     *
     * @param values each cell's count
     * @param relations each relation as cell indices, the total first: a heading with children is their sum
     */
    Suppressor(long[] values, int[][] relations) {
        int[] cellHeights = heights(values.length, relations);
        int base = 0;
        boolean[] isTotal = new boolean[values.length];
        for (int[] r : relations) {
            isTotal[r[0]] = true;
        }
        for (int c = 0; c < values.length; c++) {
            base += !isTotal[c] && values[c] > 0 ? 1 : 0;
        }
        this.nonZeroBaseCells = base;

        int[] cls = classes(values.length, relations);
        int n = 0;
        for (int c : cls) {
            n = Math.max(n, c + 1);
        }
        long[] classValues = new long[n];
        int[] classHeights = new int[n];
        for (int c = 0; c < values.length; c++) {
            classValues[cls[c]] = values[c];
            classHeights[cls[c]] = Math.max(classHeights[cls[c]], cellHeights[c]);
        }
        List<int[]> classRelations = new ArrayList<>();
        for (int[] r : relations) {
            if (r.length > 2) {
                int[] mapped = new int[r.length];
                for (int k = 0; k < r.length; k++) {
                    mapped[k] = cls[r[k]];
                }
                classRelations.add(mapped);
            }
        }
        int top = -1;
        for (int k = 0; k < n; k++) {
            if (top < 0 || classHeights[k] > classHeights[top]) {
                top = k;
            }
        }
        this.classOf = cls;
        this.values = classValues;
        this.heights = classHeights;
        this.grandTotal = top;
        this.auditor = new TableAuditor(classValues, classRelations.toArray(int[][]::new));
    }

    /**
     * The height of every cell: 0 for a cell whose row and column have no children, otherwise one more than the
     * highest of its parts, which is its row's height plus its column's. Computed parts first (Kahn's order), so
     * that a deep hierarchy needs no deep recursion.
     */
    private static int[] heights(int cells, int[][] relations) {
        int[] height = new int[cells];
        int[] waiting = new int[cells];
        List<List<Integer>> totalsOfPart = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            totalsOfPart.add(new ArrayList<>(2));
        }
        for (int[] r : relations) {
            for (int k = 1; k < r.length; k++) {
                waiting[r[0]]++;
                totalsOfPart.get(r[k]).add(r[0]);
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int c = 0; c < cells; c++) {
            if (waiting[c] == 0) {
                ready.add(c);
            }
        }
        while (!ready.isEmpty()) {
            int c = ready.poll();
            for (int t : totalsOfPart.get(c)) {
                height[t] = Math.max(height[t], height[c] + 1);
                if (--waiting[t] == 0) {
                    ready.add(t);
                }
            }
        }
        return height;
    }

    /**
     * The class of every cell: cells joined by relations of two (a total with one part) are one class. Classes
     * are numbered in the order of their first cells. Should a longer relation then hold one class twice (which a
     * table's hierarchies cannot produce), every cell is its own class.
     */
    private static int[] classes(int cells, int[][] relations) {
        int[] parent = new int[cells];
        for (int c = 0; c < cells; c++) {
            parent[c] = c;
        }
        for (int[] r : relations) {
            if (r.length == 2) {
                int a = find(parent, r[0]);
                int b = find(parent, r[1]);
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] cls = new int[cells];
        int[] numberOfRoot = new int[cells];
        Arrays.fill(numberOfRoot, -1);
        int n = 0;
        for (int c = 0; c < cells; c++) {
            int root = find(parent, c);
            if (numberOfRoot[root] < 0) {
                numberOfRoot[root] = n++;
            }
            cls[c] = numberOfRoot[root];
        }
        for (int[] r : relations) {
            if (r.length > 2) {
                int[] mapped = new int[r.length];
                for (int k = 0; k < r.length; k++) {
                    mapped[k] = cls[r[k]];
                }
                Arrays.sort(mapped);
                for (int k = 1; k < mapped.length; k++) {
                    if (mapped[k] == mapped[k - 1]) {
                        int[] identity = new int[cells];
                        Arrays.setAll(identity, c -> c);
                        return identity;
                    }
                }
            }
        }
        return cls;
    }

    private static int find(int[] parent, int c) {
        int root = c;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[c] != root) {
            int next = parent[c];
            parent[c] = root;
            c = next;
        }
        return root;
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
        if (any) {
            boolean[] kept = grandTotalKept(state);
            byte[] done = completed(state, kept);
            boolean[] more = topTotalsKept(state, kept, done);
            if (more != null) {
                byte[] again = state.clone();
                if (complete(again, more)) {
                    done = again;
                }
            }
            state = done;
        }
        byte[] byCell = new byte[classOf.length];
        for (int c = 0; c < byCell.length; c++) {
            byCell[c] = state[classOf[c]];
        }
        return byCell;
    }

    /** Completes the small cells to a safe pattern, keeping some cells shown; a copy of the state. */
    private byte[] completed(byte[] small, boolean[] kept) {
        byte[] state = small.clone();
        if (complete(state, kept)) {
            return state;
        }
        // Only if the audit's arithmetic modulo two primes took a free cell for a pinned one: without anything kept
        // shown, suppressing every non-zero cell always ends the search.
        state = small.clone();
        if (!complete(state, new boolean[values.length])) {
            throw new IllegalStateException("The table audit found a disclosed cell with every non-zero cell"
                    + " suppressed; this is a bug in est4j's suppression, please report it");
        }
        return state;
    }

    /**
     * The cells never chosen as complements in the first search: the grand total and the cells equal to it,
     * whenever some pattern shows them safely. With every other non-zero cell suppressed, the reader knows only
     * the grand total G and that each of the N non-zero base cells is at least 1; every cell below the grand
     * total can still move by one (from a base cell of 2 or more to another) unless every base cell is 1, that is
     * unless G = N. So the grand total can be shown exactly when it is not small and G &gt; N. The search for
     * complements ends at the latest when every cell not kept is suppressed, which is then safe.
     */
    private boolean[] grandTotalKept(byte[] state) {
        boolean[] kept = new boolean[values.length];
        if (grandTotal >= 0 && state[grandTotal] == SHOWN && values[grandTotal] > nonZeroBaseCells) {
            for (int c = 0; c < values.length; c++) {
                kept[c] = values[c] == values[grandTotal];
            }
        }
        return kept;
    }

    /**
     * The cells to keep shown in a second search, when the first suppressed a total just below the grand total
     * (a top-level row's or column's) that some safe pattern shows: the parts of the relations of the grand total
     * that are not small, all together if {@link #closure} finds them safe, else each relation's on its own, and
     * what showing them gives away. Null when no second search is needed or none would keep more.
     */
    private boolean[] topTotalsKept(byte[] small, boolean[] kept, byte[] done) {
        if (grandTotal < 0 || !kept[grandTotal]) {
            return null;
        }
        List<int[]> groups = new ArrayList<>();
        boolean lost = false;
        for (int r : auditor.relationsOf(grandTotal)) {
            int[] relation = auditor.relations()[r];
            if (relation[0] == grandTotal) {
                int[] parts = Arrays.stream(relation, 1, relation.length)
                        .filter(c -> small[c] == SHOWN && values[c] > 0 && !kept[c]).toArray();
                for (int c : parts) {
                    lost |= done[c] != SHOWN;
                }
                groups.add(parts);
            }
        }
        if (!lost) {
            return null;
        }
        boolean together = groups.size() > 1;
        if (together) {
            groups.add(0, groups.stream().flatMapToInt(Arrays::stream).toArray());
        }
        boolean[] more = null;
        for (int g = 0; g < groups.size(); g++) {
            boolean[] wanted = (more == null ? kept : more).clone();
            for (int c : groups.get(g)) {
                wanted[c] = true;
            }
            boolean[] closed = groups.get(g).length > 0 ? closure(wanted, small) : null;
            if (closed != null) {
                more = closed;
                if (g == 0 && together) {
                    break;
                }
            }
        }
        return more;
    }

    /**
     * The cells a safe pattern must show when it shows some wanted cells, or null if none can: suppresses every
     * other non-zero cell, then shows whatever the audit pins, until it pins nothing (null if it pins a small
     * count). Safety only grows with what is suppressed, so every safe pattern that shows the wanted cells
     * suppresses only cells this one suppresses too.
     */
    private boolean[] closure(boolean[] wanted, byte[] state) {
        boolean[] suppressed = new boolean[values.length];
        for (int c = 0; c < values.length; c++) {
            suppressed[c] = values[c] > 0 && !wanted[c];
        }
        while (true) {
            int[] pinned = auditor.audit(suppressed).disclosed();
            if (pinned.length == 0) {
                boolean[] kept = new boolean[values.length];
                for (int c = 0; c < values.length; c++) {
                    kept[c] = values[c] > 0 && !suppressed[c];
                }
                return kept;
            }
            for (int c : pinned) {
                if (state[c] == SMALL) {
                    return null;
                }
                suppressed[c] = false;
            }
        }
    }

    /** Adds complements until the audit pins nothing, then prunes; false when it ran out of cells to add. */
    private boolean complete(byte[] state, boolean[] kept) {
        while (true) {
            protectSingles(state, kept);
            TableAuditor.Audit audit = auditor.audit(suppressed(state));
            if (audit.disclosed().length == 0) {
                prune(state, audit);
                return true;
            }
            // One complement for each pinned cell at once (an audit is costly); pruning removes any that a later
            // one made unnecessary.
            boolean added = false;
            for (int cell : audit.disclosed()) {
                int complement = complementFor(cell, state, kept);
                if (complement >= 0) {
                    state[complement] = COMPLEMENTARY;
                    added = true;
                }
            }
            if (!added) {
                return false;
            }
        }
    }

    /**
     * The cost of suppressing a cell: its value, doubled for each level of aggregation, so that a total is
     * suppressed only when the cells below it would cost more, and the totals at the top last.
     */
    private long cost(int cell) {
        int shift = Math.min(heights[cell], Long.numberOfLeadingZeros(values[cell]) - 1);
        return values[cell] << shift;
    }

    /** Tells whether a cell may be chosen as a complement: shown, not zero and not kept shown. */
    private boolean candidate(int cell, byte[] state, boolean[] kept) {
        return state[cell] == SHOWN && values[cell] > 0 && !kept[cell];
    }

    /**
     * The rule of the brief and of most statistical offices, and its cheap companion: while a relation has exactly
     * one suppressed cell, or a shown total and suppressed parts that are all 1 (so they sum to their number and
     * each must be 1), suppress another of its cells, the cheapest non-zero shown one.
     */
    private void protectSingles(byte[] state, boolean[] kept) {
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
            int chosen = cheapestShown(relations[r], state, kept);
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
     * shown cell. Among those found at that distance: the cheapest one that is also in another relation with a
     * suppressed cell (so that it closes a cycle rather than opening a new row or column to protect), failing that
     * the cheapest; ties by heading order. When the search runs dry, the cheapest non-zero shown cell of the
     * table; -1 when there is none.
     */
    private int complementFor(int cell, byte[] state, boolean[] kept) {
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
            int cheapest = -1;
            List<Integer> next = new ArrayList<>();
            for (int r : level) {
                for (int c : relations[r]) {
                    if (state[c] == SHOWN) {
                        if (candidate(c, state, kept)) {
                            cheapest = cheaper(c, cheapest);
                            if (meetsAnotherSuppressed(c, r, state)) {
                                closing = cheaper(c, closing);
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
            if (cheapest >= 0) {
                return closing >= 0 ? closing : cheapest;
            }
            level = next;
        }
        int best = -1;
        for (int c = 0; c < values.length; c++) {
            if (candidate(c, state, kept)) {
                best = cheaper(c, best);
            }
        }
        return best;
    }

    /**
     * Shows again every complementary cell the table stays safe without, the costliest first (the totals at the
     * top before the cells below them), until no more can be shown: each remaining complementary cell is then
     * needed. Each trial is cheap: a relation left with one suppressed cell, then the null spaces of the last
     * audit, then bounds.
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
            complements.sort(Comparator.<Integer>comparingLong(c -> -cost(c)).thenComparingInt(c -> c));
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

    /** The cheaper of two cells, then the first by heading order; -1 stands for none. */
    private int cheaper(int a, int b) {
        if (b < 0) {
            return a;
        }
        long ca = cost(a);
        long cb = cost(b);
        return ca < cb || (ca == cb && a < b) ? a : b;
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

    /** The cheapest non-zero shown cell of a relation that may be chosen, parts before the total; -1 if none. */
    private int cheapestShown(int[] relation, byte[] state, boolean[] kept) {
        int best = -1;
        for (int k = 1; k <= relation.length; k++) {
            int c = relation[k % relation.length]; // parts in order, then the total
            if (candidate(c, state, kept) && (best < 0 || cost(c) < cost(best))) {
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
