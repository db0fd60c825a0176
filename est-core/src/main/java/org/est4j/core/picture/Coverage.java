package org.est4j.core.picture;

import java.util.Locale;
import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.ReporterId;
import org.immutables.value.Value;

/**
 * How well a reporting round covered one area: how many reporters were expected to answer for it, how many
 * answered, how many of those answered "nothing to report", and who stayed silent. <b>Silence is not calm:</b> an
 * area whose reporters did not answer is not a quiet area, it is an area nothing is known about.
 *
 * <p>The reporters of an area are the round's expected reporters who cover the area or any area within it, so a
 * municipality's coverage counts every reporter in it, once.
 *
 * <pre>
 *   silent       = expected − answered
 *   responseRate = answered / expected          (0 when nobody is expected: nothing is known)
 *   low          = responseRate &lt; threshold
 * </pre>
 *
 * <p>Rules, all checked at once by the builder: the area is given; counts are not negative;
 * {@code nothingToReport ≤ answered ≤ expected}; the silent reporters number exactly {@code expected − answered};
 * the threshold lies in 0 to 1.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coverage {
    Coverage() {}

    /**
     * Returns the area covered.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the number of reporters expected to answer for the area in the round.
     *
     * @return 0 or more
     */
    public abstract int expected();

    /**
     * Returns the number of those who answered, with observations or with "nothing to report".
     *
     * @return 0 to {@link #expected()}
     */
    public abstract int answered();

    /**
     * Returns the number of those who answered "nothing to report".
     *
     * @return 0 to {@link #answered()}
     */
    public abstract int nothingToReport();

    /**
     * Returns the reporters expected for the area who did not answer.
     *
     * @return {@code expected − answered} ids, sorted
     */
    @Value.NaturalOrder
    public abstract SortedSet<ReporterId> silentReporters();

    /**
     * Returns the response rate below which coverage counts as low (the compiler's setting).
     *
     * @return 0 to 1
     */
    public abstract double threshold();

    // ------------------------------------------------------------------------------------------- derived

    /**
     * Returns the number of expected reporters who did not answer.
     *
     * @return {@code expected − answered}
     */
    public int silent() {
        return expected() - answered();
    }

    /**
     * Returns the share of expected reporters who answered, "nothing to report" included.
     *
     * @return {@code answered / expected}, from 0 to 1; 0 when nobody is expected, since then nothing is known
     */
    public double responseRate() {
        return expected() == 0 ? 0.0 : (double) answered() / expected();
    }

    /**
     * Tells whether coverage is below the threshold, so that a picture built on it must say so.
     *
     * @return true when {@link #responseRate()} is below {@link #threshold()}, which includes every area nobody is
     *     expected to report on (unless the threshold is 0)
     */
    public boolean isLow() {
        return responseRate() < threshold();
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Coverage}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCoverage.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("Coverage")
                .requirePresent(area(), "area")
                .require(expected() >= 0, "expected", "must not be negative", expected())
                .require(answered() >= 0 && answered() <= Math.max(0, expected()), "answered",
                        "must be from 0 to expected (" + expected() + ")", answered())
                .require(nothingToReport() >= 0 && nothingToReport() <= Math.max(0, answered()), "nothingToReport",
                        "must be from 0 to answered (" + answered() + "): \"nothing to report\" is an answer",
                        nothingToReport())
                .require(silentReporters().size() == expected() - answered(), "silentReporters",
                        "must name exactly expected − answered = " + (expected() - answered()) + " reporters",
                        silentReporters().size())
                .require(threshold() >= 0 && threshold() <= 1, "threshold", "must be from 0 to 1", threshold())
                .throwIfAny();
    }

    /**
     * Returns the coverage in words, such as
     * {@code centrum: 5 expected, 3 answered (1 nothing to report), 2 silent, 60 % — low}.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d expected, %d answered (%d nothing to report), %d silent, %.0f %%%s",
                area(), expected(), answered(), nothingToReport(), silent(), responseRate() * 100,
                isLow() ? " — low" : "");
    }
}
