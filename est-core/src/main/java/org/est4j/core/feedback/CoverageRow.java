package org.est4j.core.feedback;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.mapping.ReporterId;
import org.immutables.value.Value;

/**
 * The coverage of an area in a {@link FeedbackReport}: how many of the reporters expected in the period answered,
 * and how many of them answered "nothing to report". Silence is not calm: a low response rate means the picture
 * may miss much of what happened.
 *
 * <p>Reports for audiences cleared for public material only carry no coverage figures (they count people); their
 * area rows say only whether coverage was {@linkplain AreaRow#lowCoverage() low}. Only the group's reports name the
 * {@linkplain #silentReporters() silent reporters}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoverageRow {
    CoverageRow() {}

    /**
     * Returns how many reporters were expected to answer for the area.
     *
     * @return 0 or more
     */
    public abstract int expected();

    /**
     * Returns how many of them answered, with observations or with "nothing to report".
     *
     * @return from 0 to {@link #expected()}
     */
    public abstract int answered();

    /**
     * Returns how many of those who answered had nothing to report; in the group's reports only. Outside the group
     * it would tell, beside the reports the audience can see, that someone answered with reports it cannot see.
     *
     * @return from 0 to {@link #answered()}, or empty outside the group
     */
    public abstract OptionalInt nothingToReport();

    /**
     * Tells whether the response rate is below the picture's threshold.
     *
     * @return true when the picture may miss much of what happened
     */
    public abstract boolean low();

    /**
     * Returns the reporters expected who did not answer; named in the group's reports only.
     *
     * @return sorted, empty in other reports
     */
    @Value.NaturalOrder
    public abstract SortedSet<ReporterId> silentReporters();

    /**
     * Returns the share of expected reporters who answered.
     *
     * @return from 0 to 1; 0 when nobody was expected
     */
    public double responseRate() {
        return expected() == 0 ? 0.0 : (double) answered() / expected();
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
        Problems.of("CoverageRow")
                .require(expected() >= 0, "expected", "must not be negative", expected())
                .require(answered() >= 0 && answered() <= Math.max(0, expected()), "answered",
                        "must be from 0 to expected (" + expected() + ")", answered())
                .require(nothingToReport().orElse(0) >= 0 && nothingToReport().orElse(0) <= Math.max(0, answered()),
                        "nothingToReport", "must be from 0 to answered (" + answered() + ")",
                        nothingToReport().orElse(0))
                .require(silentReporters().size() <= Math.max(0, expected() - answered()), "silentReporters",
                        "must name at most expected − answered = " + (expected() - answered()) + " reporters",
                        silentReporters().size())
                .throwIfAny();
    }

    /** Returns {@code 7 of 10 answered (2 nothing to report), 70 %, low}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d of %d answered%s, %.0f %%%s", answered(), expected(),
                nothingToReport().isPresent() ? " (" + nothingToReport().getAsInt() + " nothing to report)" : "",
                responseRate() * 100, low() ? ", low" : "");
    }
}
