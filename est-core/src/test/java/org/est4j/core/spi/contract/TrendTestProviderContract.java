package org.est4j.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.TrendTestProvider;
import org.est4j.core.spi.TrendTestProvider.TrendTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TrendTestProvider}, as a test to extend: everything {@link EstPluginContract} checks, and
 * that the test it makes judges Poisson counts sensibly. A host's own test is tested with
 *
 * <pre>{@code
 * class MyTrendTestProviderTest extends TrendTestProviderContract<MyTrendTestProvider> {
 *     protected MyTrendTestProvider provider() { return new MyTrendTestProvider(); }
 * }
 * }</pre>
 *
 * <p>The checks beyond those of every plugin: {@code create(config())} gives a test; a trend carries the figures it
 * was given and the provider's id; without a baseline it is {@link Trend.Direction#INSUFFICIENT_DATA}; <b>3 against
 * 1</b> in periods of the same length is not a rise (the rule est4j exists to keep); equal rates are not a change; an
 * obvious rise and an obvious fall are found; the same arguments give an equal trend; a negative count is a
 * {@link ValidationException}.
 *
 * <p>The test methods are public so that a test can run one against a provider known to be broken and see it fail.
 *
 * @param <P> the provider type under test
 */
public abstract class TrendTestProviderContract<P extends TrendTestProvider> extends EstPluginContract<P> {

    /**
     * Returns {@link TrendTestProvider}, the SPI a trend test provider is declared for.
     *
     * @return {@code TrendTestProvider.class}
     */
    @Override
    protected Class<? super P> kind() {
        return TrendTestProvider.class;
    }

    /**
     * Returns the settings the test is made with; empty by default, since a test must work with its defaults.
     *
     * @return the settings
     */
    protected PluginConfig config() {
        return PluginConfig.empty();
    }

    private TrendTest test() {
        TrendTest test = provider().create(config());
        assertThat(test).as("%s.create(%s)", provider().getClass().getName(), config()).isNotNull();
        return test;
    }

    /** The figures of a trend: current count and days, baseline count, periods and days. */
    private static final List<double[]> FIGURES = List.of(
            new double[] {0, 7, 0, 0, 0},
            new double[] {0, 7, 0, 4, 28},
            new double[] {3, 7, 1, 1, 7},
            new double[] {12, 7, 16, 4, 28},
            new double[] {5, 31, 40, 3, 92},
            new double[] {200, 7, 50, 4, 28},
            new double[] {1, 14, 60, 2, 28});

    private static Trend run(TrendTest test, Trend.Comparison comparison, double[] f) {
        return test.test(comparison, (long) f[0], f[1], (long) f[2], (int) f[3], f[4]);
    }

    /** The provider makes a test with the configuration. */
    @Test
    public void createsATest() {
        test();
    }

    /** A trend carries the figures it was given, the comparison and the provider's id. */
    @Test
    public void trendCarriesTheFiguresGiven() {
        TrendTest test = test();
        for (Trend.Comparison comparison : Trend.Comparison.values()) {
            for (double[] f : FIGURES) {
                Trend t = run(test, comparison, f);
                assertThat(t).as("trend of %s", java.util.Arrays.toString(f)).isNotNull();
                assertThat(t.comparison()).isEqualTo(comparison);
                assertThat(t.current()).isEqualTo((long) f[0]);
                assertThat(t.currentExposureDays()).isEqualTo(f[1]);
                assertThat(t.baselineTotal()).isEqualTo((long) f[2]);
                assertThat(t.baselinePeriods()).isEqualTo((int) f[3]);
                assertThat(t.baselineExposureDays()).isEqualTo(f[4]);
                assertThat(t.testId()).isEqualTo(provider().id());
            }
        }
    }

    /** Without a baseline there is nothing to compare. */
    @Test
    public void noBaselineIsInsufficientData() {
        assertThat(test().test(Trend.Comparison.PREVIOUS_PERIODS, 9, 7, 0, 0, 0).direction())
                .isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
    }

    /** Three observations against one, in periods of the same length, are not a rise. */
    @Test
    public void threeAgainstOneIsNotARise() {
        TrendTest test = test();
        assertThat(test.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 7, 1, 1, 7).direction()).as("3 against 1")
                .isNotEqualTo(Trend.Direction.RISING);
        assertThat(test.test(Trend.Comparison.SAME_PERIOD_LAST_YEAR, 3, 30, 1, 1, 30).direction())
                .as("3 against 1 a year ago").isNotEqualTo(Trend.Direction.RISING);
        assertThat(test.test(Trend.Comparison.PREVIOUS_PERIODS, 1, 7, 3, 1, 7).direction()).as("1 against 3")
                .isNotEqualTo(Trend.Direction.FALLING);
    }

    /** Counts at the same rate per day are not a change. */
    @Test
    public void equalRatesAreNotAChange() {
        TrendTest test = test();
        assertThat(test.test(Trend.Comparison.PREVIOUS_PERIODS, 20, 7, 80, 4, 28).isChange()).isFalse();
        assertThat(test.test(Trend.Comparison.PREVIOUS_PERIODS, 0, 7, 0, 4, 28).isChange()).isFalse();
    }

    /** A rise from about 1.4 a day to 8.6, and a fall from 7 a day to 0.3, are found. */
    @Test
    public void findsAnObviousRiseAndAnObviousFall() {
        TrendTest test = test();
        assertThat(test.test(Trend.Comparison.PREVIOUS_PERIODS, 60, 7, 40, 4, 28).direction())
                .isEqualTo(Trend.Direction.RISING);
        assertThat(test.test(Trend.Comparison.PREVIOUS_PERIODS, 2, 7, 200, 4, 28).direction())
                .isEqualTo(Trend.Direction.FALLING);
    }

    /** The same arguments give an equal trend, from the same test and from another made alike. */
    @Test
    public void isPure() {
        TrendTest test = test();
        TrendTest twin = test();
        for (double[] f : FIGURES) {
            Trend t = run(test, Trend.Comparison.PREVIOUS_PERIODS, f);
            assertThat(run(test, Trend.Comparison.PREVIOUS_PERIODS, f)).isEqualTo(t);
            assertThat(run(twin, Trend.Comparison.PREVIOUS_PERIODS, f)).isEqualTo(t);
        }
    }

    /** A negative count is rejected. */
    @Test
    public void rejectsNegativeCounts() {
        TrendTest test = test();
        assertThatExceptionOfType(ValidationException.class).as("a negative current count")
                .isThrownBy(() -> test.test(Trend.Comparison.PREVIOUS_PERIODS, -1, 7, 4, 1, 7));
        assertThatExceptionOfType(ValidationException.class).as("a negative baseline count")
                .isThrownBy(() -> test.test(Trend.Comparison.PREVIOUS_PERIODS, 1, 7, -4, 1, 7));
    }
}
