package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.est4j.core.Problem;

/**
 * The keys of one dimension of a table as its builder declares them: every key, and each key's parent. Shared by
 * {@link CountTable.Builder} and {@link SuppressedTable.Builder}.
 *
 * <p>Implementation requirements: mutable and not thread-safe, like the builders that own it.
 *
 * @param <K> the type of key
 */
final class Keys<K> {
    /** Every key declared, parents included. */
    final Set<K> all = new HashSet<>();
    /** Each key's parent, for keys declared under one. */
    final Map<K, K> parents = new HashMap<>();

    /** Declares a key. */
    void add(K key) {
        all.add(requireNonNull(key, "key"));
    }

    /**
     * Declares a key under a parent, both as keys; a key given two different parents is a problem at
     * {@code <path>[<key>].parent}.
     */
    void add(K key, K parent, String path, Set<Problem> problems) {
        requireNonNull(key, "key");
        requireNonNull(parent, "parent");
        all.add(key);
        all.add(parent);
        K before = parents.putIfAbsent(key, parent);
        if (before != null && !before.equals(parent)) {
            problems.add(new Problem(path + "[" + key + "].parent", "is declared as both " + before + " and "
                    + parent + "; a key has at most one parent", String.valueOf(parent)));
        }
    }
}
