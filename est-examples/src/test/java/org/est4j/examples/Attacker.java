package org.est4j.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;

/**
 * A reader who tries to work out suppressed cells of a published table from what it shows: by subtraction along
 * every relation (a parent and its children, a row and its total) and by propagating bounds from "a suppressed cell
 * is at least 1". Written apart from the production audit, from the table's public API only.
 */
final class Attacker {
    private Attacker() {}

    /** Returns the suppressed cells pinned to one value, as "row × column = value". */
    static <R, C> List<String> pinned(SuppressedTable<R, C> table) {
        List<Heading<R>> rows = table.rows();
        List<Heading<C>> columns = table.columns();
        int nc = columns.size();
        int n = rows.size() * nc;
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean[] unknown = new boolean[n];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < nc; j++) {
                OptionalLong v = table.value(rows.get(i), columns.get(j));
                int c = i * nc + j;
                unknown[c] = v.isEmpty();
                lo[c] = v.isPresent() ? v.getAsLong() : 1;
                hi[c] = v.isPresent() ? v.getAsLong() : Double.POSITIVE_INFINITY;
            }
        }
        List<int[]> relations = new ArrayList<>();
        Map<Integer, List<Integer>> rowKids = children(rows, table::rowParent);
        Map<Integer, List<Integer>> columnKids = children(columns, table::columnParent);
        rowKids.forEach((p, kids) -> {
            for (int j = 0; j < nc; j++) {
                int[] r = new int[kids.size() + 1];
                r[0] = p * nc + j;
                for (int k = 0; k < kids.size(); k++) {
                    r[k + 1] = kids.get(k) * nc + j;
                }
                relations.add(r);
            }
        });
        columnKids.forEach((p, kids) -> {
            for (int i = 0; i < rows.size(); i++) {
                int[] r = new int[kids.size() + 1];
                r[0] = i * nc + p;
                for (int k = 0; k < kids.size(); k++) {
                    r[k + 1] = i * nc + kids.get(k);
                }
                relations.add(r);
            }
        });
        boolean changed = true;
        for (int sweep = 0; changed && sweep < 10_000; sweep++) {
            changed = false;
            for (int[] r : relations) {
                double sumLo = 0;
                double sumHi = 0;
                for (int i = 1; i < r.length; i++) {
                    sumLo += lo[r[i]];
                    sumHi += hi[r[i]];
                }
                if (sumLo > lo[r[0]]) {
                    lo[r[0]] = sumLo;
                    changed = true;
                }
                if (sumHi < hi[r[0]]) {
                    hi[r[0]] = sumHi;
                    changed = true;
                }
                for (int i = 1; i < r.length; i++) {
                    double otherLo = 0;
                    double otherHi = 0;
                    for (int q = 1; q < r.length; q++) {
                        if (q != i) {
                            otherLo += lo[r[q]];
                            otherHi += hi[r[q]];
                        }
                    }
                    if (hi[r[0]] - otherLo < hi[r[i]]) {
                        hi[r[i]] = hi[r[0]] - otherLo;
                        changed = true;
                    }
                    if (lo[r[0]] - otherHi > lo[r[i]]) {
                        lo[r[i]] = lo[r[0]] - otherHi;
                        changed = true;
                    }
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (unknown[c] && lo[c] == hi[c]) {
                found.add(rows.get(c / nc) + " × " + columns.get(c % nc) + " = " + (long) lo[c]);
            }
        }
        return found;
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
}
