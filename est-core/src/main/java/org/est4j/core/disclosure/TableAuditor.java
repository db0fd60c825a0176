package org.est4j.core.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The attacker that {@link Suppressor} defends against, run on a pattern of suppressed cells: it knows every
 * shown cell, every additive relation of the table ({@code total = part + part + …}) and that a suppressed cell is
 * at least 1 (zeros are always shown), and it tells which suppressed cells it can pin to one value.
 *
 * <p>It attacks in two ways, and a cell is disclosed if either pins it:
 * <ol>
 *   <li><b>Linear algebra.</b> Any linear combination of the relations: a suppressed cell is determined when its
 *       unit vector lies in the row space of the relations restricted to the suppressed cells. This covers
 *       subtraction along one row or column, repeated substitution, and combinations of several rows and columns
 *       (two suppressed blocks joined by a single cell, for instance). Ranks are computed modulo two primes near
 *       2<sup>31</sup>, and a cell counts as determined if either prime says so. That is exact for every system
 *       of rank below 62: a column of the relation matrix has at most four entries of ±1, so a minor of order r
 *       is at most 2<sup>r</sup> in absolute value and cannot be a multiple of both primes.
 *   <li><b>Bounds.</b> Interval propagation through each relation, from the lower bound 1 of every suppressed
 *       cell and the shown values: two suppressed cells of 1 in a row whose other cells and total are shown sum
 *       to 2, which pins both.
 * </ol>
 * It does not solve the integer programme that bounds each cell exactly (the audit of τ-Argus); an attacker who
 * does may narrow a suppressed cell to a range, though not, by the rules above, to a single value.
 *
 * <p>It reads the value of shown cells only, never that of a suppressed cell, so it can audit a table read from its
 * published form ({@link SuppressedTable#builder(int)}), where suppressed cells hold no value.
 *
 * <p>Implementation requirements: instances are immutable and thread-safe; each call works on its own arrays.
 */
final class TableAuditor {
    private static final long[] PRIMES = {2_147_483_647L, 2_147_483_629L};
    private static final long INFINITE = Long.MAX_VALUE;

    private final long[] values;
    /** Each relation: the total's cell index first, then the parts'. */
    private final int[][] relations;
    /** The relations each cell is in. */
    private final int[][] relationsOfCell;

    TableAuditor(long[] values, int[][] relations) {
        this.values = values;
        this.relations = relations;
        int[] count = new int[values.length];
        for (int[] r : relations) {
            for (int c : r) {
                count[c]++;
            }
        }
        int[][] of = new int[values.length][];
        for (int c = 0; c < values.length; c++) {
            of[c] = new int[count[c]];
        }
        int[] fill = new int[values.length];
        for (int r = 0; r < relations.length; r++) {
            for (int c : relations[r]) {
                of[c][fill[c]++] = r;
            }
        }
        this.relationsOfCell = of;
    }

    int[][] relations() {
        return relations;
    }

    int[] relationsOf(int cell) {
        return relationsOfCell[cell];
    }

    /**
     * Attacks a pattern of suppressed cells.
     *
     * @param suppressed which cells are suppressed
     * @return the cells pinned, and what is needed to test quickly whether one more cell may be shown
     */
    Audit audit(boolean[] suppressed) {
        boolean[] pinned = new boolean[values.length];
        byBounds(suppressed, pinned);
        NullSpace[] nullSpaces = new NullSpace[PRIMES.length];
        for (int i = 0; i < PRIMES.length; i++) {
            nullSpaces[i] = nullSpace(suppressed, PRIMES[i]);
            for (int c = 0; c < values.length; c++) {
                pinned[c] |= suppressed[c] && nullSpaces[i].isDetermined(c);
            }
        }
        int n = 0;
        for (boolean p : pinned) {
            n += p ? 1 : 0;
        }
        int[] disclosed = new int[n];
        int k = 0;
        for (int c = 0; c < pinned.length; c++) {
            if (pinned[c]) {
                disclosed[k++] = c;
            }
        }
        return new Audit(disclosed, nullSpaces);
    }

    /**
     * Tells whether bounds alone pin a suppressed cell.
     *
     * @param suppressed which cells are suppressed
     * @return true when some suppressed cell is pinned
     */
    boolean pinnedByBounds(boolean[] suppressed) {
        boolean[] pinned = new boolean[values.length];
        byBounds(suppressed, pinned);
        for (boolean p : pinned) {
            if (p) {
                return true;
            }
        }
        return false;
    }

    /**
     * The result of one audit: the cells pinned, and the null spaces of the relations over the suppressed cells,
     * which tell at once whether showing one more cell would let linear algebra pin another.
     */
    static final class Audit {
        private final int[] disclosed;
        private final NullSpace[] nullSpaces;

        Audit(int[] disclosed, NullSpace[] nullSpaces) {
            this.disclosed = disclosed;
            this.nullSpaces = nullSpaces;
        }

        /** The suppressed cells pinned, ascending; empty when the pattern is safe. */
        int[] disclosed() {
            return disclosed;
        }

        /** Tells whether linear algebra fixes a suppressed cell (modulo either prime). */
        boolean isDetermined(int cell) {
            for (NullSpace n : nullSpaces) {
                if (n.isDetermined(cell)) {
                    return true;
                }
            }
            return false;
        }

        /** On a pattern that is safe: tells whether linear algebra still pins nothing once a cell is shown. */
        boolean linearlySafeWithout(int cell) {
            for (NullSpace n : nullSpaces) {
                if (!n.staysFreeWithout(cell)) {
                    return false;
                }
            }
            return true;
        }

        /** Updates the null spaces for a cell that is shown from now on. */
        void show(int cell) {
            for (NullSpace n : nullSpaces) {
                n.makeKnown(cell);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bounds

    /**
     * Tells which suppressed cells no value of 1 or more fits once bounds are propagated from the shown values: the
     * shown values then contradict the relations. Never the case for a pattern made from true counts.
     *
     * @param suppressed which cells are suppressed
     * @return the cells whose lower bound ends above their upper bound, ascending; empty when none
     */
    int[] contradicted(boolean[] suppressed) {
        long[][] bounds = byBounds(suppressed, new boolean[values.length]);
        return java.util.stream.IntStream.range(0, values.length)
                .filter(c -> suppressed[c] && bounds[0][c] > bounds[1][c]).toArray();
    }

    /** Propagates bounds, marks the suppressed cells they pin, and returns the bounds: lower, then upper. */
    private long[][] byBounds(boolean[] suppressed, boolean[] pinned) {
        long[] lo = new long[values.length];
        long[] hi = new long[values.length];
        for (int c = 0; c < values.length; c++) {
            lo[c] = suppressed[c] ? 1 : values[c];
            hi[c] = suppressed[c] ? INFINITE : values[c];
        }
        boolean[] queued = new boolean[relations.length];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int r = 0; r < relations.length; r++) {
            if (hasSuppressed(relations[r], suppressed)) {
                queue.add(r);
                queued[r] = true;
            }
        }
        // Bounds only tighten and stay around the true values, so this ends; the cap guards against slow
        // convergence on huge counts, and what is still moving when it is hit is treated as pinned.
        long budget = 1_000L * relations.length + 100_000L;
        while (!queue.isEmpty()) {
            if (budget-- == 0) {
                for (int r : queue) {
                    for (int c : relations[r]) {
                        pinned[c] |= suppressed[c];
                    }
                }
                break;
            }
            int r = queue.poll();
            queued[r] = false;
            for (int c : tighten(relations[r], lo, hi)) {
                for (int other : relationsOfCell[c]) {
                    if (!queued[other]) {
                        queued[other] = true;
                        queue.add(other);
                    }
                }
            }
        }
        for (int c = 0; c < values.length; c++) {
            if (suppressed[c] && lo[c] == hi[c]) {
                pinned[c] = true;
            }
        }
        return new long[][] {lo, hi};
    }

    /** Tightens the bounds of one relation's cells; returns the cells whose bounds changed. */
    private static List<Integer> tighten(int[] relation, long[] lo, long[] hi) {
        List<Integer> changed = new ArrayList<>(0);
        int t = relation[0];
        long sumLo = 0;
        long sumHi = 0;
        int infinite = 0;
        for (int k = 1; k < relation.length; k++) {
            int p = relation[k];
            sumLo = saturatedAdd(sumLo, lo[p]);
            if (hi[p] == INFINITE) {
                infinite++;
            } else {
                sumHi = saturatedAdd(sumHi, hi[p]);
            }
        }
        long[] partLo = new long[relation.length];
        long[] partHi = new long[relation.length];
        for (int k = 1; k < relation.length; k++) {
            partLo[k] = lo[relation[k]];
            partHi[k] = hi[relation[k]];
        }
        long totalLo = lo[t];
        long totalHi = hi[t];
        boolean tChanged = false;
        if (sumLo > lo[t]) {
            lo[t] = sumLo;
            tChanged = true;
        }
        if (infinite == 0 && sumHi < hi[t]) {
            hi[t] = sumHi;
            tChanged = true;
        }
        if (tChanged) {
            changed.add(t);
        }
        for (int k = 1; k < relation.length; k++) {
            int p = relation[k];
            boolean pChanged = false;
            if (totalHi != INFINITE) {
                long bound = totalHi - (sumLo - partLo[k]);
                if (bound < hi[p]) {
                    hi[p] = bound;
                    pChanged = true;
                }
            }
            int othersInfinite = infinite - (partHi[k] == INFINITE ? 1 : 0);
            if (othersInfinite == 0 && sumHi != INFINITE) {
                long othersHi = sumHi - (partHi[k] == INFINITE ? 0 : partHi[k]);
                long bound = totalLo - othersHi;
                if (bound > lo[p]) {
                    lo[p] = bound;
                    pChanged = true;
                }
            }
            if (pChanged) {
                changed.add(p);
            }
        }
        return changed;
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return ((a ^ s) & (b ^ s)) < 0 ? INFINITE : s;
    }

    private static boolean hasSuppressed(int[] relation, boolean[] suppressed) {
        for (int c : relation) {
            if (suppressed[c]) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Linear algebra

    /** The null space of the relations over the suppressed cells, modulo a prime, solved group by group. */
    private NullSpace nullSpace(boolean[] suppressed, long prime) {
        // Suppressed cells that share a relation are connected; each connected group is solved on its own.
        int[] parent = new int[values.length];
        for (int c = 0; c < parent.length; c++) {
            parent[c] = c;
        }
        for (int[] r : relations) {
            int first = -1;
            for (int c : r) {
                if (suppressed[c]) {
                    if (first < 0) {
                        first = c;
                    } else {
                        union(parent, first, c);
                    }
                }
            }
        }
        int[] group = new int[values.length];
        Arrays.fill(group, -1);
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            if (suppressed[c]) {
                int root = find(parent, c);
                if (group[root] < 0) {
                    group[root] = members.size();
                    members.add(new ArrayList<>());
                }
                members.get(group[root]).add(c);
            }
        }
        int[] local = new int[values.length];
        List<List<long[]>> kernels = new ArrayList<>();
        int width = 0;
        for (List<Integer> cells : members) {
            for (int k = 0; k < cells.size(); k++) {
                local[cells.get(k)] = k;
            }
            List<int[]> rows = new ArrayList<>();
            boolean[] seen = new boolean[relations.length];
            for (int c : cells) {
                for (int r : relationsOfCell[c]) {
                    if (!seen[r]) {
                        seen[r] = true;
                        rows.add(relations[r]);
                    }
                }
            }
            List<long[]> kernel = kernel(rows, cells.size(), local, suppressed, prime);
            kernels.add(kernel);
            width += kernel.size();
        }
        // One row of coordinates per suppressed cell; each group's basis vectors take their own columns.
        long[][] coordinates = new long[values.length][];
        int offset = 0;
        for (int g = 0; g < members.size(); g++) {
            List<Integer> cells = members.get(g);
            List<long[]> kernel = kernels.get(g);
            for (int k = 0; k < cells.size(); k++) {
                long[] row = new long[width];
                for (int t = 0; t < kernel.size(); t++) {
                    row[offset + t] = kernel.get(t)[k];
                }
                coordinates[cells.get(k)] = row;
            }
            offset += kernel.size();
        }
        return new NullSpace(prime, coordinates, width);
    }

    /**
     * Reduces the relations to reduced row echelon form modulo a prime and returns a basis of their null space:
     * one vector per free unknown.
     */
    private static List<long[]> kernel(List<int[]> relations, int unknowns, int[] local, boolean[] suppressed,
            long prime) {
        long[][] m = new long[relations.size()][unknowns];
        for (int i = 0; i < relations.size(); i++) {
            int[] r = relations.get(i);
            for (int k = 0; k < r.length; k++) {
                if (suppressed[r[k]]) {
                    m[i][local[r[k]]] = k == 0 ? 1 : prime - 1;
                }
            }
        }
        int rank = 0;
        int[] pivotOfColumn = new int[unknowns];
        Arrays.fill(pivotOfColumn, -1);
        for (int col = 0; col < unknowns && rank < m.length; col++) {
            int pivot = -1;
            for (int i = rank; i < m.length; i++) {
                if (m[i][col] != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            long[] row = m[rank];
            long inverse = power(row[col], prime - 2, prime);
            for (int j = 0; j < unknowns; j++) {
                row[j] = row[j] * inverse % prime;
            }
            for (int i = 0; i < m.length; i++) {
                long factor = m[i][col];
                if (i != rank && factor != 0) {
                    long[] target = m[i];
                    long minus = prime - factor;
                    for (int j = col; j < unknowns; j++) { // columns before col are zero in the pivot row
                        if (row[j] != 0) {
                            target[j] = (target[j] + minus * row[j]) % prime;
                        }
                    }
                }
            }
            pivotOfColumn[col] = rank++;
        }
        List<long[]> basis = new ArrayList<>();
        for (int free = 0; free < unknowns; free++) {
            if (pivotOfColumn[free] < 0) {
                long[] v = new long[unknowns];
                v[free] = 1;
                for (int col = 0; col < unknowns; col++) {
                    int p = pivotOfColumn[col];
                    if (p >= 0 && m[p][free] != 0) {
                        v[col] = prime - m[p][free];
                    }
                }
                basis.add(v);
            }
        }
        return basis;
    }

    /**
     * A basis of the null space of the relations over the suppressed cells, modulo a prime, held as one row of
     * coordinates per suppressed cell. A cell is determined exactly when its row is zero: no solution of the
     * relations can move it. Showing a cell c restricts the null space to the vectors that do not move c, and
     * another cell x then becomes determined exactly when its row is a multiple of c's.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe; it lives inside one call.
     */
    static final class NullSpace {
        private final long prime;
        /** Coordinates per cell; null for a cell that is shown. */
        private final long[][] rows;
        private int width;

        NullSpace(long prime, long[][] rows, int width) {
            this.prime = prime;
            this.rows = rows;
            this.width = width;
        }

        boolean isDetermined(int cell) {
            long[] row = rows[cell];
            for (int t = 0; t < width; t++) {
                if (row[t] != 0) {
                    return false;
                }
            }
            return true;
        }

        /** On a pattern where no cell is determined: tells whether none becomes determined once a cell is shown. */
        boolean staysFreeWithout(int cell) {
            long[] c = rows[cell];
            int j = firstNonZero(c);
            if (j < 0) {
                return true; // the cell was determined itself; showing it teaches nothing new
            }
            long inverse = power(c[j], prime - 2, prime);
            for (int x = 0; x < rows.length; x++) {
                long[] row = rows[x];
                if (row == null || x == cell) {
                    continue;
                }
                long factor = row[j] * inverse % prime;
                boolean multiple = true;
                for (int t = 0; t < width && multiple; t++) {
                    multiple = row[t] == factor * c[t] % prime;
                }
                if (multiple) {
                    return false;
                }
            }
            return true;
        }

        /** Restricts the null space to the vectors that leave a cell unmoved, and drops the cell. */
        void makeKnown(int cell) {
            long[] c = rows[cell];
            rows[cell] = null;
            int j = firstNonZero(c);
            if (j < 0) {
                return;
            }
            long inverse = power(c[j], prime - 2, prime);
            for (int t = 0; t < width; t++) {
                if (t != j && c[t] != 0) {
                    long factor = c[t] * inverse % prime;
                    for (long[] row : rows) {
                        if (row != null && row[j] != 0) {
                            row[t] = (row[t] + (prime - factor) * row[j]) % prime;
                        }
                    }
                }
            }
            width--;
            for (long[] row : rows) {
                if (row != null) {
                    row[j] = row[width];
                    row[width] = 0;
                }
            }
        }

        private int firstNonZero(long[] row) {
            for (int t = 0; t < width; t++) {
                if (row[t] != 0) {
                    return t;
                }
            }
            return -1;
        }
    }

    private static long power(long base, long exponent, long prime) {
        long result = 1;
        long b = base % prime;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result * b % prime;
            }
            b = b * b % prime;
            e >>= 1;
        }
        return result;
    }

    private static int find(int[] parent, int c) {
        int root = c;
        while (parent[root] != root) {
            root = parent[root];
        }
        int x = c;
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
