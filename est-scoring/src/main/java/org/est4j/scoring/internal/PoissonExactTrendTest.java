package org.est4j.scoring.internal;

import java.util.Locale;
import java.util.Set;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.est4j.core.Problems;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.TrendTestProvider.TrendTest;

/**
 * The exact conditional test of two Poisson rates with exposures, as R's {@code poisson.test(c(x, y), c(t1, t0))}:
 * given {@code n = x + y}, the current count is {@code Binomial(n, p0)} with {@code p0 = t1 / (t1 + t0)} when the
 * rates are equal. The two-sided p-value is R's {@code binom.test} rule: the probability of every outcome no more
 * likely than the one observed (with R's relative tolerance of 1e-7 for ties). See
 * {@link org.est4j.scoring.trend.TrendTests} for the rules and settings.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PoissonExactTrendTest implements TrendTest {
    /** The id of the test. */
    public static final String ID = "poisson-exact";
    /** The default significance level. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** The default least total count (current + baseline) the test judges. */
    public static final long DEFAULT_MIN_TOTAL = 5;

    /** R's relative tolerance for outcomes as likely as the one observed. */
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private final double alpha;
    private final long minTotal;

    private PoissonExactTrendTest(double alpha, long minTotal) {
        this.alpha = alpha;
        this.minTotal = minTotal;
    }

    /**
     * Makes the test from its settings: {@code alpha} (default 0.05, strictly between 0 and 1) and
     * {@code min-total} (default 5, 0 or more).
     *
     * @param config the settings
     * @return the test
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static PoissonExactTrendTest of(PluginConfig config) {
        Settings.requireKnownKeys(config, ID, Set.of("alpha", "min-total"), Set.of());
        return new PoissonExactTrendTest(Settings.openRange(config, "alpha", DEFAULT_ALPHA, 0, 1),
                Settings.atLeast(config, "min-total", DEFAULT_MIN_TOTAL, 0));
    }

    @Override
    public Trend test(Trend.Comparison comparison, long current, double currentExposureDays, long baselineTotal,
            int baselinePeriods, double baselineExposureDays) {
        Trend.Builder trend = Trend.builder().comparison(comparison).current(current)
                .currentExposureDays(currentExposureDays).baselineTotal(baselineTotal).baselinePeriods(baselinePeriods)
                .baselineExposureDays(baselineExposureDays).testId(ID);
        // Builds (and so validates) the figures first: a bad argument is reported with every problem at once.
        Trend insufficient = trend.direction(Trend.Direction.INSUFFICIENT_DATA).build();
        if (baselinePeriods == 0) {
            return insufficient;
        }
        long n = current + baselineTotal;
        Problems.of("poisson-exact trend test").require(n <= Integer.MAX_VALUE, "current + baselineTotal",
                "must be at most " + Integer.MAX_VALUE + " for the exact test", n).throwIfAny();
        if (n == 0 || n < minTotal || minimumPValue((int) n, currentExposureDays, baselineExposureDays) >= alpha) {
            return insufficient;
        }
        double p = pValue(current, currentExposureDays, baselineTotal, baselineExposureDays);
        int sign = Double.compare(current / currentExposureDays, baselineTotal / baselineExposureDays);
        Trend.Direction direction = p >= alpha || sign == 0 ? Trend.Direction.STABLE
                : sign > 0 ? Trend.Direction.RISING : Trend.Direction.FALLING;
        return Trend.builder().from(insufficient).pValue(p).direction(direction).build();
    }

    /**
     * Returns the smallest two-sided p-value any split of {@code n} observations could give: the test cannot find
     * a change below it, however the observations fall.
     */
    static double minimumPValue(int n, double currentExposure, double baselineExposure) {
        return Math.min(pValue(0, currentExposure, n, baselineExposure), pValue(n, currentExposure, 0, baselineExposure));
    }

    /**
     * Returns the two-sided p-value of the exact conditional test, R's {@code binom.test(x, x + y, t1 / (t1 + t0))}.
     *
     * @param x the current count
     * @param t1 the current exposure, positive
     * @param y the baseline count
     * @param t0 the baseline exposure, positive
     * @return the p-value, 0 to 1; 1 when there are no observations
     */
    public static double pValue(long x, double t1, long y, double t0) {
        Problems.of("poisson-exact p-value")
                .require(x >= 0, "current", "must not be negative", x)
                .require(y >= 0, "baseline", "must not be negative", y)
                .require(Double.isFinite(t1) && t1 > 0, "currentExposure", "must be a positive number", t1)
                .require(Double.isFinite(t0) && t0 > 0, "baselineExposure", "must be a positive number", t0)
                .require(x + y <= Integer.MAX_VALUE, "current + baseline", "must be at most " + Integer.MAX_VALUE,
                        x + y)
                .throwIfAny();
        int n = (int) (x + y);
        if (n == 0) {
            return 1.0;
        }
        int k = (int) x;
        double p0 = t1 / (t1 + t0);
        BinomialDistribution dist = BinomialDistribution.of(n, p0);
        double m = n * p0;
        if (k == m) {
            return 1.0;
        }
        double limit = dist.probability(k) * RELATIVE_ERROR;
        double p;
        if (k < m) {
            // The probabilities fall from the mode (at most ceil(m)) to n: those no more likely than k are a suffix.
            int from = (int) Math.ceil(m);
            int y2 = 0;
            for (int i = n; i >= from && dist.probability(i) <= limit; i--) {
                y2++;
            }
            p = dist.cumulativeProbability(k) + dist.survivalProbability(n - y2);
        } else {
            // The probabilities rise from 0 to the mode (at least floor(m)): those no more likely than k are a prefix.
            int to = (int) Math.floor(m);
            int y2 = 0;
            for (int i = 0; i <= to && dist.probability(i) <= limit; i++) {
                y2++;
            }
            p = dist.cumulativeProbability(y2 - 1) + dist.survivalProbability(k - 1);
        }
        return Math.max(0.0, Math.min(1.0, p));
    }

    /**
     * Returns the significance level.
     *
     * @return strictly between 0 and 1
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Returns the least total count the test judges.
     *
     * @return 0 or more
     */
    public long minTotal() {
        return minTotal;
    }

    /** Returns {@code TrendTest poisson-exact (alpha 0.05, min-total 5)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TrendTest %s (alpha %s, min-total %d)", ID, alpha, minTotal);
    }
}
