package org.est4j.core.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * An attacker on a published {@link SuppressedTable}, written apart from the production audit so that the tests
 * check it independently. It sees only what a reader sees: the shown values and, from
 * {@link SuppressedTable#rowParent} and {@link SuppressedTable#columnParent}, how the headings add up. It knows
 * that a suppressed cell is at least 1 (zeros are shown).
 *
 * <ul>
 *   <li>{@link #bySubtraction()}: the attack of the brief: while some row, column or parent-with-children has one
 *       unknown cell, solve it by subtraction and go on with it known.
 *   <li>{@link #byLinearAlgebra()}: exact Gaussian elimination over the rationals ({@link BigInteger}).
 *   <li>{@link #byBounds()}: interval propagation from the lower bound 1.
 * </ul>
 */
final class TableAttacker<R, C> {
    private final int nr;
    private final int nc;
    /** Known values; null for an unknown (suppressed) cell. */
    private final Long[] known;
    private final List<int[]> relations = new ArrayList<>();

    TableAttacker(SuppressedTable<R, C> table) {
        this(table, Set.of());
    }

    /** An attacker who also knows the true values of some suppressed cells (for "is this complement needed?"). */
    TableAttacker(SuppressedTable<R, C> table, Set<Integer> revealed, long... revealedValues) {
        List<Heading<R>> rows = table.rows();
        List<Heading<C>> columns = table.columns();
        nr = rows.size();
        nc = columns.size();
        known = new Long[nr * nc];
        int v = 0;
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                OptionalLong shown = table.value(rows.get(i), columns.get(j));
                known[i * nc + j] = shown.isPresent() ? Long.valueOf(shown.getAsLong()) : null;
            }
        }
        for (int cell : new TreeSet<>(revealed)) {
            known[cell] = revealedValues[v++];
        }
        Map<Integer, List<Integer>> rowKids = children(rows, h -> table.rowParent(h));
        Map<Integer, List<Integer>> columnKids = children(columns, h -> table.columnParent(h));
        rowKids.forEach((parent, kids) -> {
            for (int j = 0; j < nc; j++) {
                int[] r = new int[kids.size() + 1];
                r[0] = parent * nc + j;
                for (int k = 0; k < kids.size(); k++) {
                    r[k + 1] = kids.get(k) * nc + j;
                }
                relations.add(r);
            }
        });
        columnKids.forEach((parent, kids) -> {
            for (int i = 0; i < nr; i++) {
                int[] r = new int[kids.size() + 1];
                r[0] = i * nc + parent;
                for (int k = 0; k < kids.size(); k++) {
                    r[k + 1] = i * nc + kids.get(k);
                }
                relations.add(r);
            }
        });
    }

    private static <K> Map<Integer, List<Integer>> children(List<Heading<K>> headings,
            java.util.function.Function<Heading<K>, Optional<Heading<K>>> parentOf) {
        Map<Integer, List<Integer>> kids = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Optional<Heading<K>> p = parentOf.apply(headings.get(i));
            if (p.isPresent()) {
                kids.computeIfAbsent(headings.indexOf(p.get()), x -> new ArrayList<>()).add(i);
            }
        }
        return kids;
    }

    int columnCount() {
        return nc;
    }

    /** Tells whether any attack pins a cell, trying the cheap ones first. */
    boolean pinsAny() {
        return !bySubtraction().isEmpty() || !byBounds().isEmpty() || !byLinearAlgebra().isEmpty();
    }

    /** Every attack together: the cells that any of them pins. */
    Set<Integer> all() {
        Set<Integer> found = new TreeSet<>(bySubtraction().keySet());
        found.addAll(byLinearAlgebra());
        found.addAll(byBounds().keySet());
        return found;
    }

    /** Repeated subtraction along single relations; returns the recovered cells and their values. */
    Map<Integer, Long> bySubtraction() {
        Long[] values = known.clone();
        Map<Integer, Long> recovered = new HashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int[] r : relations) {
                int unknown = -1;
                int count = 0;
                for (int c : r) {
                    if (values[c] == null) {
                        unknown = c;
                        count++;
                    }
                }
                if (count != 1) {
                    continue;
                }
                long partsKnown = 0;
                for (int k = 1; k < r.length; k++) {
                    if (r[k] != unknown) {
                        partsKnown += values[r[k]];
                    }
                }
                long value = unknown == r[0] ? partsKnown : values[r[0]] - partsKnown;
                values[unknown] = value;
                recovered.put(unknown, value);
                progress = true;
            }
        }
        return recovered;
    }

    /** Exact elimination over the rationals; returns the unknown cells fixed by the relations. */
    Set<Integer> byLinearAlgebra() {
        List<Integer> unknowns = new ArrayList<>();
        Map<Integer, Integer> local = new HashMap<>();
        for (int c = 0; c < known.length; c++) {
            if (known[c] == null) {
                local.put(c, unknowns.size());
                unknowns.add(c);
            }
        }
        int k = unknowns.size();
        List<BigInteger[]> m = new ArrayList<>();
        for (int[] r : relations) {
            BigInteger[] row = new BigInteger[k];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (int i = 0; i < r.length; i++) {
                Integer u = local.get(r[i]);
                if (u != null) {
                    row[u] = i == 0 ? BigInteger.ONE : BigInteger.ONE.negate();
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

    /** Interval propagation; returns the unknown cells whose interval shrinks to one value, and the value. */
    Map<Integer, Long> byBounds() {
        double inf = Double.POSITIVE_INFINITY;
        double[] lo = new double[known.length];
        double[] hi = new double[known.length];
        for (int c = 0; c < known.length; c++) {
            lo[c] = known[c] == null ? 1 : known[c];
            hi[c] = known[c] == null ? inf : known[c];
        }
        boolean changed = true;
        int sweeps = 0;
        while (changed && sweeps++ < 10_000) {
            changed = false;
            for (int[] r : relations) {
                double sumLo = 0;
                double sumHi = 0;
                for (int i = 1; i < r.length; i++) {
                    sumLo += lo[r[i]];
                    sumHi += hi[r[i]];
                }
                int t = r[0];
                if (sumLo > lo[t]) {
                    lo[t] = sumLo;
                    changed = true;
                }
                if (sumHi < hi[t]) {
                    hi[t] = sumHi;
                    changed = true;
                }
                for (int i = 1; i < r.length; i++) {
                    int p = r[i];
                    double otherLo = 0;
                    double otherHi = 0;
                    for (int q = 1; q < r.length; q++) {
                        if (q != i) {
                            otherLo += lo[r[q]];
                            otherHi += hi[r[q]];
                        }
                    }
                    if (hi[t] - otherLo < hi[p]) {
                        hi[p] = hi[t] - otherLo;
                        changed = true;
                    }
                    if (lo[t] - otherHi > lo[p]) {
                        lo[p] = lo[t] - otherHi;
                        changed = true;
                    }
                }
            }
        }
        if (changed) {
            throw new AssertionError("bounds did not settle in 10 000 sweeps");
        }
        Map<Integer, Long> pinned = new HashMap<>();
        for (int c = 0; c < known.length; c++) {
            if (known[c] == null && lo[c] == hi[c]) {
                pinned.put(c, (long) lo[c]);
            }
        }
        return pinned;
    }
}
