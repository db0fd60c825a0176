package org.est4j.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One broken rule found while validating a value: where ({@linkplain #path() field path} such as
 * {@code areas[3].parent}), what rule, and the rejected value as text.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 *
 * @param path the field path of the offending value, never null, empty for the value as a whole
 * @param message the rule that was broken, in words, never null
 * @param value the rejected value as text, or null when there was no value
 */
public record Problem(String path, String message, String value) implements Serializable {

    /**
     * Validates the components.
     *
     * @param path the field path
     * @param message the rule that was broken
     * @param value the rejected value as text, may be null
     */
    public Problem {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    /**
     * Returns the problem with a prefix prepended to its path, for a value nested in another: {@code parent}
     * under {@code areas[3]} becomes {@code areas[3].parent}; an index path {@code [2]} under {@code areas}
     * becomes {@code areas[2]}, without a dot.
     *
     * @param prefix the path of the enclosing value, such as {@code areas[3]}
     * @return a problem whose path is {@code prefix.path}, or {@code prefix[i]…} for an index path
     */
    public Problem nestedIn(String prefix) {
        requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Problem(joined, message, value);
    }

    /** Returns {@code path: message (was value)}, the form used in exception messages. */
    @Override
    public String toString() {
        String where = path.isEmpty() ? "" : path + ": ";
        return value == null ? where + message : where + message + " (was " + value + ")";
    }
}
