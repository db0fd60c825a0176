package org.est4j.core.picture;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * Whether the count of an area has changed against a baseline by more than chance: the current period against
 * the previous periods, or against the same period last year, judged by a statistical test for Poisson counts so
 * that 3 against 1 is not called a rise.
 *
 * <p>Counts are compared as <em>rates</em> per day of exposure, so that a 31-day month and a 28-day February, or
 * a 21-day fortnight at the end of a 53-week year, compare fairly:
 *
 * <pre>
 *   currentRate  = current / currentExposureDays
 *   baselineRate = baselineTotal / baselineExposureDays
 *   rateRatio    = currentRate / baselineRate             (empty when baselineRate is 0)
 *   expected     = baselineRate × currentExposureDays     (the count the baseline predicts for this period)
 *   baselineMean = baselineTotal / baselinePeriods        (per baseline period, as people read it)
 * </pre>
 *
 * <p>A trend is made by a {@link org.est4j.core.spi.TrendTestProvider.TrendTest}; the {@link #testId()} names it
 * and the {@link #pValue()} is its two-sided p-value. The {@link #direction()} is the test's verdict.
 *
 * <pre>{@code
 * Trend t = Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS)
 *         .current(12).currentExposureDays(7).baselineTotal(16).baselinePeriods(4).baselineExposureDays(28)
 *         .pValue(0.003).direction(Trend.Direction.RISING).testId("poisson-exact").build();
 * t.baselineMean();   // 4.0
 * t.rateRatio();      // OptionalDouble[3.0]
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: counts and the number of baseline periods are not negative;
 * the current exposure is positive; the baseline exposure is positive exactly when there are baseline periods;
 * a p-value lies in 0 to 1; a direction other than {@link Direction#INSUFFICIENT_DATA} has a p-value and a
 * baseline, and agrees with the rates ({@link Direction#RISING} only when the current rate is higher, and so on);
 * the test id is a code.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trend {
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/\\-]{0,127}");

    /** What the current period is compared with. */
    public enum Comparison {
        /** The previous periods of the same kind, such as the four weeks before this one. */
        PREVIOUS_PERIODS,
        /** The same period a year earlier ({@link org.est4j.core.time.Period#sameLastYear()}), for seasonal data. */
        SAME_PERIOD_LAST_YEAR
    }

    /** The verdict of the test. */
    public enum Direction {
        /** The current rate is higher than the baseline's, by more than chance. */
        RISING,
        /** The current rate is lower than the baseline's, by more than chance. */
        FALLING,
        /** The difference, if any, is within chance. */
        STABLE,
        /** There is too little to compare: no baseline, or too few observations for the test to say anything. */
        INSUFFICIENT_DATA
    }

    Trend() {}

    /**
     * Returns what the current period is compared with.
     *
     * @return never null
     */
    public abstract Comparison comparison();

    /**
     * Returns the count in the current period.
     *
     * @return 0 or more
     */
    public abstract long current();

    /**
     * Returns the length of the current period in days, the exposure the current count was gathered over.
     *
     * @return a positive number, such as 7 for a week or 28 to 31 for a month
     */
    public abstract double currentExposureDays();

    /**
     * Returns the total count over the baseline periods.
     *
     * @return 0 or more
     */
    public abstract long baselineTotal();

    /**
     * Returns how many periods the baseline spans.
     *
     * @return 0 (no baseline) or more
     */
    public abstract int baselinePeriods();

    /**
     * Returns the total length of the baseline periods in days.
     *
     * @return positive when {@link #baselinePeriods()} is, else 0
     */
    public abstract double baselineExposureDays();

    /**
     * Returns the test's two-sided p-value: the probability of a difference at least this large if the rate had
     * not changed.
     *
     * @return a number from 0 to 1, or empty when the test did not run (insufficient data)
     */
    public abstract OptionalDouble pValue();

    /**
     * Returns the verdict.
     *
     * @return never null
     */
    public abstract Direction direction();

    /**
     * Returns the id of the test that made the trend, such as {@code poisson-exact}.
     *
     * @return letters, digits and {@code . _ : / -}
     */
    public abstract String testId();

    // ------------------------------------------------------------------------------------------- derived

    /**
     * Returns the mean count per baseline period.
     *
     * @return {@code baselineTotal / baselinePeriods}, or 0 without a baseline
     */
    public double baselineMean() {
        return baselinePeriods() == 0 ? 0.0 : (double) baselineTotal() / baselinePeriods();
    }

    /**
     * Returns the count the baseline predicts for the current period: the baseline's rate per day times the current
     * period's days.
     *
     * @return {@code baselineTotal × currentExposureDays / baselineExposureDays}, or 0 without a baseline
     */
    public double expected() {
        return baselineExposureDays() <= 0 ? 0.0 : baselineTotal() * currentExposureDays() / baselineExposureDays();
    }

    /**
     * Returns the ratio of the current rate per day to the baseline's.
     *
     * @return the rate ratio, such as 3.0 for three times as often; empty when the baseline rate is 0 (no ratio can
     *     be formed)
     */
    public OptionalDouble rateRatio() {
        if (baselineTotal() == 0 || baselineExposureDays() <= 0 || currentExposureDays() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((current() / currentExposureDays()) / (baselineTotal() / baselineExposureDays()));
    }

    /**
     * Tells whether the test found a change, up or down.
     *
     * @return true for {@link Direction#RISING} and {@link Direction#FALLING}
     */
    public boolean isChange() {
        return direction() == Direction.RISING || direction() == Direction.FALLING;
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

    /** Builds a {@link Trend}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableTrend.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Trend")
                .requirePresent(comparison(), "comparison")
                .require(current() >= 0, "current", "must not be negative", current())
                .require(Double.isFinite(currentExposureDays()) && currentExposureDays() > 0, "currentExposureDays",
                        "must be a positive number of days", currentExposureDays())
                .require(baselineTotal() >= 0, "baselineTotal", "must not be negative", baselineTotal())
                .require(baselinePeriods() >= 0, "baselinePeriods", "must not be negative", baselinePeriods())
                .require(Double.isFinite(baselineExposureDays()) && baselineExposureDays() >= 0
                                && (baselinePeriods() > 0) == (baselineExposureDays() > 0), "baselineExposureDays",
                        "must be positive when there are baseline periods and 0 when there are none ("
                                + baselinePeriods() + " baseline periods)", baselineExposureDays())
                .require(baselinePeriods() > 0 || baselineTotal() == 0, "baselineTotal",
                        "must be 0 when there are no baseline periods", baselineTotal())
                .require(pValue().isEmpty() || (pValue().getAsDouble() >= 0 && pValue().getAsDouble() <= 1),
                        "pValue", "must be from 0 to 1", pValue().isPresent() ? pValue().getAsDouble() : null)
                .requirePresent(direction(), "direction")
                .requirePresent(testId(), "testId")
                .require(testId() == null || CODE.matcher(testId()).matches(), "testId",
                        "must be 1 to 128 letters, digits and . _ : / - starting with a letter or digit",
                        testId() == null ? null : "'" + testId() + "'");
        if (direction() != null && direction() != Direction.INSUFFICIENT_DATA) {
            problems.require(pValue().isPresent(), "pValue", "is required when the direction is " + direction()
                            + "; a trend without a p-value is INSUFFICIENT_DATA", null)
                    .require(baselinePeriods() > 0, "direction", "must be INSUFFICIENT_DATA without a baseline",
                            direction());
            if (Double.isFinite(currentExposureDays()) && currentExposureDays() > 0 && baselineExposureDays() > 0) {
                int sign = Double.compare(current() / currentExposureDays(), baselineTotal() / baselineExposureDays());
                problems.require(direction() != Direction.RISING || sign > 0, "direction",
                                "cannot be RISING when the current rate is not above the baseline rate", direction())
                        .require(direction() != Direction.FALLING || sign < 0, "direction",
                                "cannot be FALLING when the current rate is not below the baseline rate", direction());
            }
        }
        problems.throwIfAny();
    }

    /**
     * Returns the trend in words, such as
     * {@code PREVIOUS_PERIODS: 12 against 4.0 expected (4 periods, mean 4.0), rate ratio 3.00, p=0.0030, RISING [poisson-exact]}.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d against %.1f expected (%d periods, mean %.1f), rate ratio %s, p=%s, %s [%s]",
                comparison(), current(), expected(), baselinePeriods(), baselineMean(),
                rateRatio().isPresent() ? String.format(Locale.ROOT, "%.2f", rateRatio().getAsDouble()) : "-",
                pValue().isPresent() ? String.format(Locale.ROOT, "%.4f", pValue().getAsDouble()) : "-",
                direction(), testId());
    }
}
