package org.est4j.scoring.trend;

import static java.util.Objects.requireNonNull;

import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.TrendTestProvider;
import org.est4j.core.spi.TrendTestProvider.TrendTest;
import org.est4j.scoring.internal.PoissonExactTrendTest;

/**
 * The built-in trend tests of est4j, ready to use without the plugin registry (in JShell:
 * {@code TrendTests.poissonExact().test(PREVIOUS_PERIODS, 12, 7, 16, 4, 28)}). The same tests are served by
 * est-scoring's {@link TrendTestProvider}s under the same ids.
 *
 * <h2>{@value #POISSON_EXACT}: the exact conditional test of two Poisson rates</h2>
 * A count {@code x} gathered over {@code t1} days is compared with a baseline count {@code y} gathered over
 * {@code t0} days. If both are Poisson with the same rate per day, then given their sum {@code n = x + y} the
 * current count is binomial:
 * <pre>
 *   x | n  ~  Binomial(n, p0),      p0 = t1 / (t1 + t0)
 * </pre>
 * The test is exact for any count, however small (no normal approximation), and is what R's
 * {@code poisson.test(c(x, y), c(t1, t0))} computes through {@code binom.test}.
 *
 * <p><b>Two-sided p-value.</b> R's rule, "the sum of the probabilities of every outcome no more likely than the one
 * observed": with {@code d = P(X = x)}, the p-value is the sum of {@code P(X = i)} over every {@code i} in
 * {@code 0..n} with {@code P(X = i) ≤ d·(1 + 1e-7)} (the tolerance makes ties count as ties despite rounding),
 * capped at 1; it is 1 when {@code x = n·p0}. Unlike doubling the smaller tail this rule does not exceed 1 and
 * agrees with R to the last digit; swapping the current period and the baseline (counts and exposures) gives the
 * same p-value. Binomial probabilities come from Apache Commons Statistics.
 *
 * <p><b>Verdict.</b> {@link org.est4j.core.picture.Trend.Direction#RISING} or {@code FALLING} when the p-value is
 * below {@code alpha}, by whether the current rate per day is above or below the baseline's; {@code STABLE}
 * otherwise. {@code INSUFFICIENT_DATA} (and no p-value) when
 * <ul>
 *   <li>there is no baseline (0 baseline periods);</li>
 *   <li>the total {@code n = x + y} is below {@code min-total}: too few observations to speak of a change; or</li>
 *   <li>no split of {@code n} could reach {@code alpha}: the smallest p-value possible, with every observation in
 *       one of the two, is {@code alpha} or more. With equal exposures that is {@code 2·0.5^n}, so at the 5 % level
 *       at least 6 observations are needed before anything can be called a change.</li>
 * </ul>
 * So 3 against 1 in periods of the same length is never a rise: {@code n = 4} is below the default
 * {@code min-total}, and even without that rule the best p-value four observations allow is 0.125; the p-value of
 * 3 against 1 is 0.625 ({@code binom.test(3, 4)}).
 *
 * <table>
 *   <caption>Settings of {@value #POISSON_EXACT}</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code alpha}</td><td>0.05</td><td>the significance level, strictly between 0 and 1</td></tr>
 *   <tr><td>{@code min-total}</td><td>5</td><td>the least {@code current + baseline} the test judges; 0 leaves only
 *       the rule that significance must be reachable</td></tr>
 * </table>
 * Any other key is an error, so that a misspelt setting is not silently ignored.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe; every test it returns is immutable and
 * thread-safe.
 */
public final class TrendTests {

    /** The id of the exact conditional Poisson test, {@value}. */
    public static final String POISSON_EXACT = PoissonExactTrendTest.ID;

    private TrendTests() {}

    /**
     * Returns the exact conditional Poisson test with its defaults ({@code alpha} 0.05, {@code min-total} 5).
     *
     * @return the test
     */
    public static TrendTest poissonExact() {
        return PoissonExactTrendTest.of(PluginConfig.empty());
    }

    /**
     * Returns the exact conditional Poisson test with settings.
     *
     * @param config {@code alpha} and {@code min-total}, as the class documents
     * @return the test
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static TrendTest poissonExact(PluginConfig config) {
        return PoissonExactTrendTest.of(requireNonNull(config, "config"));
    }

    /**
     * Returns the two-sided p-value of the exact conditional test, as R's
     * {@code poisson.test(c(current, baseline), c(currentExposure, baselineExposure))$p.value}.
     *
     * <pre>{@code
     * TrendTests.poissonExactPValue(3, 7, 1, 7);     // 0.625
     * TrendTests.poissonExactPValue(2, 5, 13, 5);    // 0.007385 (242 / 32768)
     * }</pre>
     *
     * @param current the current count, 0 or more
     * @param currentExposure the current exposure (such as days), positive
     * @param baseline the baseline count, 0 or more
     * @param baselineExposure the baseline exposure in the same unit, positive
     * @return the p-value, 0 to 1
     * @throws org.est4j.core.ValidationException when an argument is out of range
     */
    public static double poissonExactPValue(long current, double currentExposure, long baseline,
            double baselineExposure) {
        return PoissonExactTrendTest.pValue(current, currentExposure, baseline, baselineExposure);
    }

    /**
     * Returns the trend test a registry serves under an id, made with settings: the built-ins and any a host
     * provides.
     *
     * @param plugins the registry, such as {@link EstPlugins#global()}
     * @param id the test's id, such as {@value #POISSON_EXACT}
     * @param config the test's settings
     * @return the test
     * @throws org.est4j.core.plugin.UnknownPluginException when no provider has the id
     */
    public static TrendTest plugin(EstPlugins plugins, String id, PluginConfig config) {
        return requireNonNull(plugins, "plugins").get(TrendTestProvider.class, requireNonNull(id, "id"))
                .create(requireNonNull(config, "config"));
    }
}
