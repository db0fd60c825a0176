package org.est4j.core.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;

/**
 * A reader who tries to work out the suppressed cells of one or more published {@link SuppressedTable}s, written
 * apart from the production audit ({@code TableAuditor}) and from the public API of {@link SuppressedTable} only,
 * so that the tests check the audit independently. It is the one attacker of every leak test (disclosure tables,
 * feedback and statutory reports), shipped in est-core's test-jar for hosts that publish tables of their own.
 *
 * <p>It knows every shown value; every relation of each table (a heading with children is their sum, along rows
 * and columns, from {@link SuppressedTable#rowParent} and {@link SuppressedTable#columnParent}); any equalities
 * between cells of different tables the reader can infer ({@link #same}, such as the same total published twice);
 * cells revealed to it ({@link #reveal}, to ask "is this complementary suppression needed?"); and that a suppressed
 * cell is at least 1 (zeros are shown). Cells are numbered in the order tables were added, row by row: in a single
 * table, cell {@code row * columns + column}.
 *
 * <ul>
 *   <li>{@link #bySubtraction()}: while some relation has one unknown cell, solve it and go on with it known;</li>
 *   <li>{@link #byLinearAlgebra()}: exact Gaussian elimination over the rationals ({@link BigInteger}), any
 *       combination of relations;</li>
 *   <li>{@link #byBounds()}: interval propagation from the lower bound 1.</li>
 * </ul>
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe.
 */
public final class TableAttacker {
    /** Known values; null for a suppressed cell. */
    private final List<Long> known = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** Each equation: the sum of coefficient × cell is 0. */
    private final List<int[]> cells = new ArrayList<>();
    private final List<int[]> coefficients = new ArrayList<>();
    private final Map<SuppressedTable<?, ?>, Integer> offsets = new HashMap<>();

    /** An attacker that knows no table yet. */
    public TableAttacker() {}

    /**
     * An attacker on one table.
     *
     * @param table the published table
     * @param <R> its row keys
     * @param <C> its column keys
     * @return the attacker
     */
    public static <R, C> TableAttacker of(SuppressedTable<R, C> table) {
        return new TableAttacker().table(table);
    }

    /**
     * Adds a table and its relations.
     *
     * @param table the published table
     * @param <R> its row keys
     * @param <C> its column keys
     * @return this attacker
     */
    public <R, C> TableAttacker table(SuppressedTable<R, C> table) {
        int offset = known.size();
        offsets.put(table, offset);
        List<Heading<R>> rows = table.rows();
        List<Heading<C>> columns = table.columns();
        int nc = columns.size();
        for (Heading<R> r : rows) {
            for (Heading<C> c : columns) {
                OptionalLong v = table.value(r, c);
                known.add(v.isPresent() ? Long.valueOf(v.getAsLong()) : null);
                names.add(r + " × " + c);
            }
        }
        children(rows, table::rowParent).forEach((parent, kids) -> {
            for (int j = 0; j < nc; j++) {
                int[] cs = new int[kids.size() + 1];
                cs[0] = offset + parent * nc + j;
                for (int k = 0; k < kids.size(); k++) {
                    cs[k + 1] = offset + kids.get(k) * nc + j;
                }
                relation(cs);
            }
        });
        children(columns, table::columnParent).forEach((parent, kids) -> {
            for (int i = 0; i < rows.size(); i++) {
                int[] cs = new int[kids.size() + 1];
                cs[0] = offset + i * nc + parent;
                for (int k = 0; k < kids.size(); k++) {
                    cs[k + 1] = offset + i * nc + kids.get(k);
                }
                relation(cs);
            }
        });
        return this;
    }

    /**
     * States that two cells, of the same or different tables, hold the same value.
     *
     * @return this attacker
     */
    public <R1, C1, R2, C2> TableAttacker same(SuppressedTable<R1, C1> a, Heading<R1> ar, Heading<C1> ac,
            SuppressedTable<R2, C2> b, Heading<R2> br, Heading<C2> bc) {
        int x = index(a, ar, ac);
        int y = index(b, br, bc);
        cells.add(new int[] {x, y});
        coefficients.add(new int[] {1, -1});
        return this;
    }

    /**
     * Tells the attacker the true value of a cell of a table it knows.
     *
     * @param table the table
     * @param cell the cell, {@code row * columns + column}
     * @param value its true value
     * @return this attacker
     */
    public TableAttacker reveal(SuppressedTable<?, ?> table, int cell, long value) {
        known.set(offsets.get(table) + cell, value);
        return this;
    }

    /** @return the number of cells known to the attacker, shown or suppressed */
    public int cellCount() {
        return known.size();
    }

    private <R, C> int index(SuppressedTable<R, C> t, Heading<R> r, Heading<C> c) {
        return offsets.get(t) + t.rows().indexOf(r) * t.columns().size() + t.columns().indexOf(c);
    }

    private void relation(int[] cs) {
        int[] co = new int[cs.length];
        Arrays.fill(co, -1);
        co[0] = 1;
        cells.add(cs);
        coefficients.add(co);
    }

    private static <K> Map<Integer, List<Integer>> children(List<Heading<K>> headings,
            Function<Heading<K>, Optional<Heading<K>>> parentOf) {
        Map<Integer, List<Integer>> kids = new TreeMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Optional<Heading<K>> p = parentOf.apply(headings.get(i));
            if (p.isPresent()) {
                kids.computeIfAbsent(headings.indexOf(p.get()), x -> new ArrayList<>()).add(i);
            }
        }
        return kids;
    }

    /** @return whether any attack pins a cell, trying the cheap ones first */
    public boolean pinsAny() {
        return !bySubtraction().isEmpty() || !byBounds().isEmpty() || !byLinearAlgebra().isEmpty();
    }

    /** @return every cell that any attack pins */
    public Set<Integer> all() {
        Set<Integer> found = new TreeSet<>(bySubtraction().keySet());
        found.addAll(byLinearAlgebra());
        found.addAll(byBounds().keySet());
        return found;
    }

    /** @return every suppressed cell that some attack pins to one value, by name ({@code row × column}) */
    public Set<String> pinned() {
        Set<String> out = new TreeSet<>();
        all().forEach(c -> out.add(names.get(c)));
        return out;
    }

    /** @return the cells recovered by repeated subtraction along single relations, and their values */
    public Map<Integer, Long> bySubtraction() {
        Long[] values = known.toArray(new Long[0]);
        Map<Integer, Long> recovered = new TreeMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int e = 0; e < cells.size(); e++) {
                int[] cs = cells.get(e);
                int[] co = coefficients.get(e);
                int unknown = -1;
                int count = 0;
                for (int i = 0; i < cs.length; i++) {
                    if (values[cs[i]] == null) {
                        unknown = i;
                        count++;
                    }
                }
                if (count != 1) {
                    continue;
                }
                long rest = 0;
                for (int i = 0; i < cs.length; i++) {
                    if (i != unknown) {
                        rest += co[i] * values[cs[i]];
                    }
                }
                long value = -rest / co[unknown];
                values[cs[unknown]] = value;
                recovered.put(cs[unknown], value);
                progress = true;
            }
        }
        return recovered;
    }

    /** @return the unknown cells fixed by exact elimination over the rationals */
    public Set<Integer> byLinearAlgebra() {
        List<Integer> unknowns = new ArrayList<>();
        Map<Integer, Integer> local = new HashMap<>();
        for (int c = 0; c < known.size(); c++) {
            if (known.get(c) == null) {
                local.put(c, unknowns.size());
                unknowns.add(c);
            }
        }
        int k = unknowns.size();
        List<BigInteger[]> m = new ArrayList<>();
        for (int e = 0; e < cells.size(); e++) {
            BigInteger[] row = new BigInteger[k];
            Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (int i = 0; i < cells.get(e).length; i++) {
                Integer u = local.get(cells.get(e)[i]);
                if (u != null) {
                    row[u] = row[u].add(BigInteger.valueOf(coefficients.get(e)[i]));
                    any = true;
                }
            }
            if (any) {
                m.add(row);
            }
        }
        int rank = 0;
        for (int col = 0; col < k && rank < m.size(); col++) {
            int pivot = -1;
            for (int i = rank; i < m.size(); i++) {
                if (m.get(i)[col].signum() != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] p = m.get(pivot);
            m.set(pivot, m.get(rank));
            m.set(rank, p);
            for (int i = 0; i < m.size(); i++) {
                BigInteger[] row = m.get(i);
                if (i != rank && row[col].signum() != 0) {
                    BigInteger a = p[col];
                    BigInteger b = row[col];
                    BigInteger gcd = BigInteger.ZERO;
                    for (int j = 0; j < k; j++) {
                        row[j] = row[j].multiply(a).subtract(p[j].multiply(b));
                        gcd = gcd.gcd(row[j]);
                    }
                    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
                        for (int j = 0; j < k; j++) {
                            row[j] = row[j].divide(gcd);
                        }
                    }
                }
            }
            rank++;
        }
        Set<Integer> fixed = new TreeSet<>();
        for (int i = 0; i < rank; i++) {
            int nonZero = -1;
            int count = 0;
            for (int j = 0; j < k; j++) {
                if (m.get(i)[j].signum() != 0) {
                    nonZero = j;
                    count++;
                }
            }
            if (count == 1) {
                fixed.add(unknowns.get(nonZero));
            }
        }
        return fixed;
    }

    /** @return the unknown cells whose interval, propagated from "at least 1", shrinks to one value, and it */
    public Map<Integer, Long> byBounds() {
        int n = known.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int c = 0; c < n; c++) {
            lo[c] = known.get(c) == null ? 1 : known.get(c);
            hi[c] = known.get(c) == null ? Double.POSITIVE_INFINITY : known.get(c);
        }
        boolean changed = true;
        for (int sweep = 0; changed; sweep++) {
            if (sweep > 10_000) {
                throw new AssertionError("bounds did not settle in 10 000 sweeps");
            }
            changed = false;
            for (int e = 0; e < cells.size(); e++) {
                int[] cs = cells.get(e);
                int[] co = coefficients.get(e);
                // co[i] * x[i] = - sum_{j != i} co[j] * x[j]
                for (int i = 0; i < cs.length; i++) {
                    double rLo = 0;
                    double rHi = 0;
                    for (int j = 0; j < cs.length; j++) {
                        if (j != i) {
                            if (co[j] > 0) {
                                rLo -= hi[cs[j]];
                                rHi -= lo[cs[j]];
                            } else {
                                rLo += lo[cs[j]];
                                rHi += hi[cs[j]];
                            }
                        }
                    }
                    double newLo = co[i] > 0 ? rLo : -rHi;
                    double newHi = co[i] > 0 ? rHi : -rLo;
                    int c = cs[i];
                    if (newLo > lo[c] && !Double.isNaN(newLo)) {
                        lo[c] = newLo;
                        changed = true;
                    }
                    if (newHi < hi[c] && !Double.isNaN(newHi)) {
                        hi[c] = newHi;
                        changed = true;
                    }
                }
            }
        }
        Map<Integer, Long> pinned = new TreeMap<>();
        for (int c = 0; c < n; c++) {
            if (known.get(c) == null && lo[c] == hi[c]) {
                pinned.put(c, (long) lo[c]);
            }
        }
        return pinned;
    }
}
