package org.est4j.io.report;

import java.util.OptionalInt;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * How well the round covered one area, as a report shows it: how many reporters were expected and answered, the
 * share that answered as printed, and whether that is low. <b>Silence is not calm</b>: a report says where the
 * picture rests on few answers.
 *
 * <p>Rules, all checked by the builder: the area and the rate are not blank;
 * {@code 0 ≤ nothingToReport ≤ answered ≤ expected} (nothingToReport when given).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoverageRow {
    CoverageRow() {}

    /**
     * Returns the area.
     *
     * @return never blank
     */
    public abstract String area();

    /**
     * Returns the number of reporters expected to answer.
     *
     * @return 0 or more
     */
    public abstract int expected();

    /**
     * Returns the number who answered, "nothing to report" included.
     *
     * @return 0 to {@link #expected()}
     */
    public abstract int answered();

    /**
     * Returns the number who answered "nothing to report", for audiences that may see how the group's reporters
     * answer.
     *
     * @return 0 to {@link #answered()}, or empty when not shown
     */
    public abstract OptionalInt nothingToReport();

    /**
     * Returns the share that answered, as printed, such as {@code "63 %"}.
     *
     * @return never blank
     */
    public abstract String rate();

    /**
     * Tells whether the coverage is low, so that the picture of the area must be read with care.
     *
     * @return false unless set
     */
    @Value.Default
    public boolean low() {
        return false;
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoverageRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCoverageRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("CoverageRow");
        Checks.text(p, area(), "area");
        Checks.text(p, rate(), "rate");
        nothingToReport().ifPresent(n -> p.require(n >= 0 && n <= answered(), "nothingToReport",
                "must be from 0 to answered (" + answered() + ")", n));
        p.require(answered() >= 0 && answered() <= expected(), "answered",
                "must be from 0 to expected (" + expected() + ")", answered());
        p.throwIfAny();
    }

    /** Returns the area and the answers, such as {@code CoverageRow[Centrum: 5 of 8, 63 %, low]}. */
    @Override
    public String toString() {
        return "CoverageRow[" + area() + ": " + answered() + " of " + expected() + ", " + rate() + (low() ? ", low" : "")
                + "]";
    }
}
