package org.est4j.io.report;

import java.util.OptionalLong;
import org.est4j.core.Problems;
import org.est4j.core.disclosure.SuppressedTable;
import org.immutables.value.Value;

/**
 * One bar of an area's small chart: a period's label and its count, or no count when it is suppressed.
 *
 * <p>Rules, checked by the builder: the label is not blank; a count is not negative.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeriesPoint {
    SeriesPoint() {}

    /**
     * Returns the period's short label, such as {@code "v. 47"} or {@code "nov."}.
     *
     * @return never blank
     */
    public abstract String label();

    /**
     * Returns the count.
     *
     * @return the count, or empty when it is suppressed
     */
    public abstract OptionalLong value();

    /**
     * Tells whether this is the period the report is about (drawn emphasised).
     *
     * @return false unless set
     */
    @Value.Default
    public boolean current() {
        return false;
    }

    /**
     * Returns what the report prints for the count.
     *
     * @return the count, or {@link SuppressedTable#MARK} when suppressed
     */
    public String display() {
        return value().isPresent() ? Long.toString(value().getAsLong()) : SuppressedTable.MARK;
    }

    /**
     * Returns a point.
     *
     * @param label the period's short label
     * @param value the count, 0 or more
     * @return the point
     */
    public static SeriesPoint of(String label, long value) {
        return builder().label(label).value(value).build();
    }

    /**
     * Returns a point whose count is suppressed.
     *
     * @param label the period's short label
     * @return the point
     */
    public static SeriesPoint suppressed(String label) {
        return builder().label(label).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SeriesPoint}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableSeriesPoint.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("SeriesPoint");
        Checks.text(p, label(), "label");
        value().ifPresent(v -> p.require(v >= 0, "value", "must not be negative", v));
        p.throwIfAny();
    }

    /** Returns the label and the count, such as {@code v. 47: 12} or {@code v. 46: ..}. */
    @Override
    public String toString() {
        return label() + ": " + display() + (current() ? " (current)" : "");
    }
}
