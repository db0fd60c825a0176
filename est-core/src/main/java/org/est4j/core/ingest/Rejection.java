package org.est4j.core.ingest;

import java.util.Optional;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * One input row that did not become an observation: where it was (source name, line, column, field), why, and its
 * raw text, so that a coordinator can find and fix it. A row that is valid input but not an observation (a police
 * "night summary", a planned-event notice filtered out by configuration) is <em>excluded</em> rather than in error.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rejection {
    /** The longest raw text kept; longer rows are cut and marked, so hostile input cannot bloat a report. */
    public static final int MAX_RAW_LENGTH = 1000;

    Rejection() {}

    /**
     * Returns the name of the input, such as a file name.
     *
     * @return never null
     */
    public abstract String source();

    /**
     * Returns the line (for text formats) or the record number (for JSON arrays), from 1.
     *
     * @return the line, or 0 when the whole input is concerned
     */
    public abstract long line();

    /**
     * Returns the column of the offending field, from 1.
     *
     * @return the column, or 0 when not known or not a single field
     */
    @Value.Default
    public int column() {
        return 0;
    }

    /**
     * Returns the name of the offending field as the input calls it, such as {@code kategori}.
     *
     * @return the field, if one field is at fault
     */
    public abstract Optional<String> field();

    /**
     * Returns why the row was not accepted, in words that say what to change.
     *
     * @return never blank
     */
    public abstract String reason();

    /**
     * Returns the row as read, cut to at most {@link #MAX_RAW_LENGTH} characters: a longer row keeps its start and
     * ends in a marker with its full length, such as {@code … (52113 characters)}.
     *
     * @return the raw text, possibly empty
     */
    @Value.Default
    public String raw() {
        return "";
    }

    /**
     * Tells whether the row was left out on purpose (valid input, but not an observation) rather than in error.
     *
     * @return true for an exclusion
     */
    @Value.Default
    public boolean excluded() {
        return false;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Rejection}; {@link #build()} validates every attribute, reports all problems, and cuts a raw
     * text longer than {@link Rejection#MAX_RAW_LENGTH}.
     */
    public static final class Builder extends ImmutableRejection.Builder {
        Builder() {}
    }

    @Value.Check
    Rejection normalize() {
        Problems.of("Rejection")
                .requirePresent(source(), "source")
                .require(line() >= 0, "line", "must not be negative", line())
                .require(column() >= 0, "column", "must not be negative", column())
                .require(reason() != null && !reason().isBlank(), "reason", "must not be blank", reason())
                .requirePresent(raw(), "raw")
                .throwIfAny();
        if (raw().length() > MAX_RAW_LENGTH) {
            return builder().from(this).raw(cut(raw())).build();
        }
        return this;
    }

    /**
     * Cuts a raw text to at most {@link #MAX_RAW_LENGTH} characters, marker included, such as
     * {@code "a;b;c… (52113 characters)"}; the result is short enough not to be cut again, and a surrogate pair is
     * never split.
     */
    private static String cut(String raw) {
        String marker = "… (" + raw.length() + " characters)";
        int keep = MAX_RAW_LENGTH - marker.length();
        if (Character.isHighSurrogate(raw.charAt(keep - 1))) {
            keep--;
        }
        return raw.substring(0, keep) + marker;
    }

    /** Returns {@code source:line:column: reason [field]}, the form compilers use for errors. */
    @Override
    public String toString() {
        return source() + ":" + line() + (column() > 0 ? ":" + column() : "") + ": " + (excluded() ? "excluded: " : "")
                + reason() + field().map(f -> " [" + f + "]").orElse("");
    }
}
