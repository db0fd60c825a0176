package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A row or a column of a {@link CountTable}: one key with everything under it, what was counted at a key itself
 * outside its children, or the total.
 *
 * <table>
 *   <caption>Kinds of heading</caption>
 *   <tr><th>kind</th><th>counts</th><th>printed</th></tr>
 *   <tr><td>{@link Kind#KEY}</td><td>the key and, in a hierarchy, all of its descendants (an area with its
 *       sub-areas; a category group with its categories)</td><td>{@code Rimbo}</td></tr>
 *   <tr><td>{@link Kind#OWN}</td><td>what was counted at a key that has children, but in none of them (events in
 *       Rimbo placed in none of its neighbourhoods); present only where that is more than nothing</td>
 *       <td>{@code Rimbo (own)}</td></tr>
 *   <tr><td>{@link Kind#TOTAL}</td><td>everything: the sum of the top-level keys</td><td>{@code Total}</td></tr>
 * </table>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 *
 * @param <K> the type of key, such as {@code AreaId} for rows or {@code CategoryId} for columns
 */
public final class Heading<K> {
    /** The kind of a heading. */
    public enum Kind {
        /** A key with everything under it. */
        KEY,
        /** What was counted at a key itself, in none of its children. */
        OWN,
        /** The total. */
        TOTAL
    }

    private static final Heading<Object> TOTAL = new Heading<>(Kind.TOTAL, null);

    private final Kind kind;
    private final K key;

    private Heading(Kind kind, K key) {
        this.kind = kind;
        this.key = key;
    }

    /**
     * Returns the heading of a key with everything under it.
     *
     * @param <K> the type of key
     * @param key the key
     * @return a {@link Kind#KEY} heading
     */
    public static <K> Heading<K> of(K key) {
        return new Heading<>(Kind.KEY, requireNonNull(key, "key"));
    }

    /**
     * Returns the heading of what was counted at a key itself, in none of its children.
     *
     * @param <K> the type of key
     * @param key the key
     * @return an {@link Kind#OWN} heading
     */
    public static <K> Heading<K> own(K key) {
        return new Heading<>(Kind.OWN, requireNonNull(key, "key"));
    }

    /**
     * Returns the total heading.
     *
     * @param <K> the type of key
     * @return the {@link Kind#TOTAL} heading
     */
    @SuppressWarnings("unchecked") // it holds no key, so it is a heading of any type of key
    public static <K> Heading<K> total() {
        return (Heading<K>) TOTAL;
    }

    /**
     * Returns the kind.
     *
     * @return never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the key.
     *
     * @return the key of a {@code KEY} or {@code OWN} heading, empty for the total
     */
    public Optional<K> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Tells whether this is the total.
     *
     * @return true for {@link Kind#TOTAL}
     */
    public boolean isTotal() {
        return kind == Kind.TOTAL;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Heading && ((Heading<?>) other).kind == kind
                && Objects.equals(((Heading<?>) other).key, key);
    }

    @Override
    public int hashCode() {
        return kind.ordinal() * 31 + Objects.hashCode(key);
    }

    /** Returns the key ({@code Rimbo}), the key and {@code (own)} ({@code Rimbo (own)}), or {@code Total}. */
    @Override
    public String toString() {
        switch (kind) {
            case KEY:
                return String.valueOf(key);
            case OWN:
                return key + " (own)";
            default:
                return "Total";
        }
    }
}
