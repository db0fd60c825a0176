package org.est4j.io.report;

import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * A figure shown large at the top of a report, such as {@code 214} "iakttagelser" or {@code 78 %} "svarade".
 *
 * <p>Rules, checked by the builder: value and label are not blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyFigure {
    KeyFigure() {}

    /**
     * Returns the figure as printed, such as {@code "214"}, {@code "78 %"} or {@code ".."}.
     *
     * @return never blank
     */
    public abstract String value();

    /**
     * Returns what the figure counts, such as {@code "iakttagelser"}.
     *
     * @return never blank
     */
    public abstract String label();

    /**
     * Returns a key figure.
     *
     * @param value the figure as printed
     * @param label what it counts
     * @return the key figure
     */
    public static KeyFigure of(String value, String label) {
        return builder().value(value).label(label).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link KeyFigure}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableKeyFigure.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("KeyFigure");
        Checks.text(p, value(), "value");
        Checks.text(p, label(), "label");
        p.throwIfAny();
    }

    /** Returns the value and label, such as {@code 214 iakttagelser}. */
    @Override
    public String toString() {
        return value() + " " + label();
    }
}
