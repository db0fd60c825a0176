package org.est4j.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a value refers to something that is not known where it is used: an area outside the
 * hierarchy, a category outside the taxonomy, a reporter or a measure that was never registered.
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public class UnknownReferenceException extends EstException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * Creates the exception.
     *
     * @param kind what was referred to, such as {@code "area"} or {@code "category"}
     * @param id the unknown id
     * @param where where it was known to be missing, such as {@code "hierarchy of Norrtälje"}
     */
    public UnknownReferenceException(String kind, String id, String where) {
        super("Unknown " + requireNonNull(kind, "kind") + " '" + requireNonNull(id, "id") + "' in "
                + requireNonNull(where, "where") + ": add it there first, or correct the id");
        this.kind = kind;
        this.id = id;
    }

    /**
     * Returns what was referred to.
     *
     * @return such as {@code "area"}
     */
    public String kind() {
        return kind;
    }

    /**
     * Returns the unknown id.
     *
     * @return the id as given
     */
    public String id() {
        return id;
    }
}
