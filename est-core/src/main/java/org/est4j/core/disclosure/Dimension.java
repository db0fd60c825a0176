package org.est4j.core.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.est4j.core.UnknownReferenceException;

/**
 * The headings of one dimension of a count table (its rows or its columns) in their deterministic order, and how
 * they add up: each heading with children equals the sum of its children.
 *
 * <p>Order: pre-order of the key forest, roots and siblings sorted by key, each key followed by its subtree and
 * then by its {@link Heading.Kind#OWN} heading if it has one; the total last.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
final class Dimension<K> {
    private final List<Heading<K>> headings;
    private final Map<Heading<K>, Integer> index;
    /** Heading index of each heading's parent heading; -1 for the total. */
    private final int[] parent;
    /** Heading indices of each heading's children, in heading order; empty for a heading that is a base. */
    private final int[][] children;

    private Dimension(List<Heading<K>> headings, int[] parent) {
        this.headings = List.copyOf(headings);
        this.parent = parent;
        Map<Heading<K>, Integer> map = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            map.put(headings.get(i), i);
        }
        this.index = map;
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] >= 0) {
                kids.get(parent[i]).add(i);
            }
        }
        this.children = kids.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * Builds a dimension.
     *
     * @param keys every key, parents included
     * @param parentOf each child's parent; must be free of cycles
     * @param withOwnCounts keys with something counted at the key itself
     */
    static <K extends Comparable<? super K>> Dimension<K> of(Collection<K> keys, Map<K, K> parentOf,
            Set<K> withOwnCounts) {
        Map<K, List<K>> childrenOf = new TreeMap<>();
        List<K> roots = new ArrayList<>();
        for (K key : keys) {
            K p = parentOf.get(key);
            if (p == null) {
                roots.add(key);
            } else {
                childrenOf.computeIfAbsent(p, x -> new ArrayList<>()).add(key);
            }
        }
        roots.sort(null);
        childrenOf.values().forEach(l -> l.sort(null));

        List<Heading<K>> headings = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        Map<K, Integer> keyIndex = new HashMap<>();
        // Iterative pre-order, so that a deep chain of keys cannot overflow the stack. An entry with exit = true
        // closes a key's subtree and adds its OWN heading after its children.
        Deque<Map.Entry<K, Boolean>> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(Map.entry(roots.get(i), false));
        }
        while (!stack.isEmpty()) {
            Map.Entry<K, Boolean> e = stack.pop();
            K key = e.getKey();
            List<K> kids = childrenOf.getOrDefault(key, List.of());
            if (e.getValue()) {
                if (!kids.isEmpty() && withOwnCounts.contains(key)) {
                    headings.add(Heading.own(key));
                    parents.add(keyIndex.get(key));
                }
                continue;
            }
            keyIndex.put(key, headings.size());
            headings.add(Heading.of(key));
            K p = parentOf.get(key);
            parents.add(p == null ? null : keyIndex.get(p));
            stack.push(Map.entry(key, true));
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(Map.entry(kids.get(i), false));
            }
        }
        int total = headings.size();
        headings.add(Heading.total());
        int[] parent = new int[headings.size()];
        for (int i = 0; i < total; i++) {
            parent[i] = parents.get(i) == null ? total : parents.get(i);
        }
        parent[total] = -1;
        return new Dimension<>(headings, parent);
    }

    List<Heading<K>> headings() {
        return headings;
    }

    int size() {
        return headings.size();
    }

    Heading<K> heading(int i) {
        return headings.get(i);
    }

    int[] children(int i) {
        return children[i];
    }

    int parent(int i) {
        return parent[i];
    }

    /** Returns the index of a heading, or throws naming what was asked for. */
    int indexOf(Heading<K> heading, String kind) {
        Integer i = index.get(java.util.Objects.requireNonNull(heading, kind));
        if (i == null) {
            throw new UnknownReferenceException(kind, heading.toString(), "the table, whose " + kind + "s are "
                    + abbreviated());
        }
        return i;
    }

    /** The heading where counts given for a key are added: the key, or its OWN heading when it has children. */
    int baseOf(K key) {
        Integer own = index.get(Heading.own(key));
        return own != null ? own : index.get(Heading.of(key));
    }

    Optional<Heading<K>> parentOf(Heading<K> heading, String kind) {
        int p = parent[indexOf(heading, kind)];
        return p < 0 ? Optional.empty() : Optional.of(headings.get(p));
    }

    private String abbreviated() {
        return headings.size() <= 8 ? headings.toString()
                : headings.subList(0, 8).toString().replace("]", ", … (" + headings.size() + " in all)]");
    }

    /**
     * Every relation of a table with these rows and columns, as cell indices (row-major, total first): a heading
     * with children equals their sum, along rows and along columns.
     */
    static int[][] relations(Dimension<?> rows, Dimension<?> columns) {
        int nr = rows.size();
        int nc = columns.size();
        List<int[]> relations = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            int[] kids = rows.children(i);
            if (kids.length > 0) {
                for (int j = 0; j < nc; j++) {
                    int[] r = new int[kids.length + 1];
                    r[0] = i * nc + j;
                    for (int k = 0; k < kids.length; k++) {
                        r[k + 1] = kids[k] * nc + j;
                    }
                    relations.add(r);
                }
            }
        }
        for (int j = 0; j < nc; j++) {
            int[] kids = columns.children(j);
            if (kids.length > 0) {
                for (int i = 0; i < nr; i++) {
                    int[] r = new int[kids.length + 1];
                    r[0] = i * nc + j;
                    for (int k = 0; k < kids.length; k++) {
                        r[k + 1] = i * nc + kids[k];
                    }
                    relations.add(r);
                }
            }
        }
        return relations.toArray(int[][]::new);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dimension && ((Dimension<?>) other).headings.equals(headings)
                && Arrays.equals(((Dimension<?>) other).parent, parent);
    }

    @Override
    public int hashCode() {
        return headings.hashCode() * 31 + Arrays.hashCode(parent);
    }
}
