package org.est4j.core.spi;

import org.est4j.core.picture.Trend;

/**
 * Makes trend tests: tests of whether a count differs from a baseline by more than chance, for Poisson counts, so
 * that 3 against 1 is not called a rise. Built-in (est-scoring): {@code poisson-exact} (the exact conditional test
 * of two Poisson rates, with exposures in days).
 *
 * @since 0.1
 */
public interface TrendTestProvider extends EstPlugin {

    /**
     * Creates a test.
     *
     * @param config the test's settings (such as its significance level), documented by the provider
     * @return a test; immutable and thread-safe
     * @throws org.est4j.core.ValidationException when the configuration is not valid
     */
    TrendTest create(PluginConfig config);

    /**
     * Compares a current count with a baseline, as rates per day of exposure.
     *
     * <p>Implementation requirements: implementations must be immutable and thread-safe, and pure.
     */
    @FunctionalInterface
    interface TrendTest {

        /**
         * Tests a change.
         *
         * @param comparison what the baseline is
         * @param current the count in the current period
         * @param currentExposureDays the length of the current period in days, positive
         * @param baselineTotal the count over the baseline periods
         * @param baselinePeriods how many periods the baseline spans; 0 when there is none
         * @param baselineExposureDays the total length of the baseline periods in days; 0 when there is none
         * @return the trend with these figures, a p-value and a direction ({@link Trend.Direction#INSUFFICIENT_DATA}
         *     when there is no baseline or too little to say), and the test's id
         */
        Trend test(Trend.Comparison comparison, long current, double currentExposureDays, long baselineTotal,
                int baselinePeriods, double baselineExposureDays);
    }
}
