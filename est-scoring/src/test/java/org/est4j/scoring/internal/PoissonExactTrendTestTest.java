package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact conditional Poisson test against R's published outputs and against values worked by hand, then its rules
 * for insufficient data and its invariants.
 *
 * <p>Reference values (R computes {@code poisson.test(c(x, y), c(t1, t0))} as {@code binom.test(x, x + y,
 * t1 / (t1 + t0))}):
 * <ul>
 *   <li>{@code poisson.test(c(2, 13), c(5, 5))}: "count1 = 2, expected count1 = 7.5, p-value = 0.007385", as printed
 *       in the question "Simple comparison of two Poisson means in R?" (stats.stackexchange.com, question 547389).
 *       By hand: {@code n = 15}, {@code p0 = 1/2}; the outcomes no more likely than 2 are 0, 1, 2 and 13, 14, 15, so
 *       {@code p = 2 · (1 + 15 + 105) / 2^15 = 242 / 32768 = 0.0073852…}.</li>
 *   <li>{@code poisson.test(c(11, 6 + 8 + 7), c(800, 1083 + 1050 + 878))}, the example of R's help page
 *       ({@code eba1977}, Fredericia against three other cities): "count1 = 11, expected count1 = 6.7174, p-value =
 *       0.07967".</li>
 *   <li>{@code binom.test(682, 925, p = 3/4)}, Conover's Mendelian-inheritance example on R's {@code binom.test}
 *       help page: p-value 0.3825. With exposures 3 and 1, {@code p0 = 3/4}, so it is the same test.</li>
 *   <li>3 against 1 in equal periods, by hand: {@code n = 4}, {@code p0 = 1/2}, {@code P(X = 3) = 4/16}; the
 *       outcomes no more likely are 0, 1, 3, 4, so {@code p = (1 + 4 + 4 + 1) / 16 = 0.625}
 *       ({@code binom.test(3, 4)}).</li>
 *   <li>10 against 2 in equal periods, by hand: {@code p = 2 · (1 + 12 + 66) / 2^12 = 158 / 4096 = 0.038574…}.</li>
 *   <li>3 this week against 1 in the four weeks before, by hand: {@code n = 4}, {@code p0 = 7/35 = 0.2};
 *       {@code P(X = k)} for k = 0…4 is 0.4096, 0.4096, 0.1536, 0.0256, 0.0016; those no more likely than
 *       {@code P(3) = 0.0256} are 3 and 4, so {@code p = 0.0272}.</li>
 * </ul>
 */
class PoissonExactTrendTestTest {

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of(2, 5.0, 13, 5.0, 242.0 / 32768, 1e-15),
                Arguments.of(11, 800.0, 21, 3011.0, 0.07967, 5e-6),
                Arguments.of(682, 3.0, 243, 1.0, 0.3825, 5e-5),
                Arguments.of(3, 7.0, 1, 7.0, 0.625, 1e-15),
                Arguments.of(10, 7.0, 2, 7.0, 158.0 / 4096, 1e-15),
                Arguments.of(3, 7.0, 1, 28.0, 0.0272, 1e-12));
    }

    @ParameterizedTest
    @MethodSource("references")
    void reproducesRAndTheWorkingByHand(long x, double t1, long y, double t0, double expected, double tolerance) {
        assertThat(PoissonExactTrendTest.pValue(x, t1, y, t0)).isCloseTo(expected, within(tolerance));
    }

    private static final PoissonExactTrendTest DEFAULT = PoissonExactTrendTest.of(PluginConfig.empty());

    @Test
    void threeAgainstOneIsNotARiseButTenAgainstTwoIs() {
        Trend threeToOne = DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 7, 1, 1, 7);
        Trend tenToTwo = DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, 10, 7, 2, 1, 7);

        assertThat(threeToOne.direction()).isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
        assertThat(threeToOne.pValue()).isEmpty();
        assertThat(tenToTwo.direction()).isEqualTo(Trend.Direction.RISING);
        assertThat(tenToTwo.pValue().getAsDouble()).isCloseTo(158.0 / 4096, within(1e-15));
        assertThat(tenToTwo).hasToString("PREVIOUS_PERIODS: 10 against 2.0 expected (1 periods, mean 2.0),"
                + " rate ratio 5.00, p=0.0386, RISING [poisson-exact]");
    }

    @Test
    void evenWithoutTheLeastTotalThreeAgainstOneCannotReachSignificance() {
        PoissonExactTrendTest anyTotal = PoissonExactTrendTest.of(PluginConfig.empty().with("min-total", "0"));

        assertThat(PoissonExactTrendTest.minimumPValue(4, 7, 7)).isCloseTo(0.125, within(1e-15));
        assertThat(anyTotal.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 7, 1, 1, 7).direction())
                .isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
        assertThat(anyTotal.test(Trend.Comparison.PREVIOUS_PERIODS, 5, 7, 0, 1, 7).direction())
                .as("five observations at most reach 2 · 0.5^5 = 0.0625").isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
        assertThat(anyTotal.test(Trend.Comparison.PREVIOUS_PERIODS, 6, 7, 0, 1, 7).direction())
                .as("six reach 0.03125").isEqualTo(Trend.Direction.RISING);
    }

    @Test
    void theLeastTotalKeepsFourObservationsAgainstALongBaselineFromBeingARise() {
        PoissonExactTrendTest anyTotal = PoissonExactTrendTest.of(PluginConfig.empty().with("min-total", "0"));

        assertThat(DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 7, 1, 4, 28).direction())
                .isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
        Trend without = anyTotal.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 7, 1, 4, 28);
        assertThat(without.direction()).isEqualTo(Trend.Direction.RISING);
        assertThat(without.pValue().getAsDouble()).isCloseTo(0.0272, within(1e-12));
    }

    @Test
    void withoutABaselineOrObservationsThereIsNothingToJudge() {
        assertThat(DEFAULT.test(Trend.Comparison.SAME_PERIOD_LAST_YEAR, 40, 7, 0, 0, 0).direction())
                .isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
        assertThat(PoissonExactTrendTest.of(PluginConfig.empty().with("min-total", "0"))
                .test(Trend.Comparison.PREVIOUS_PERIODS, 0, 7, 0, 4, 28).direction())
                .isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
    }

    @Test
    void theLevelDecidesBetweenRisingAndStable() {
        PoissonExactTrendTest strict = PoissonExactTrendTest.of(PluginConfig.empty().with("alpha", "0.01"));

        assertThat(strict.test(Trend.Comparison.PREVIOUS_PERIODS, 10, 7, 2, 1, 7).direction())
                .isEqualTo(Trend.Direction.STABLE);
        assertThat(strict.test(Trend.Comparison.PREVIOUS_PERIODS, 2, 5, 13, 1, 5).direction())
                .isEqualTo(Trend.Direction.FALLING);
        assertThat(strict).hasToString("TrendTest poisson-exact (alpha 0.01, min-total 5)");
        assertThat(strict.alpha()).isEqualTo(0.01);
        assertThat(strict.minTotal()).isEqualTo(5);
    }

    @Test
    void equalRatesGiveOneAndLargeCountsAreQuick() {
        Trend even = DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, 5000, 7, 20000, 4, 28);

        assertThat(even.pValue().getAsDouble()).isEqualTo(1.0);
        assertThat(even.direction()).isEqualTo(Trend.Direction.STABLE);
        assertThat(DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, 5400, 7, 20000, 4, 28).direction())
                .isEqualTo(Trend.Direction.RISING);
    }

    @Test
    void rejectsBadFiguresAndSettings() {
        assertThatThrownBy(() -> DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 0, 1, 1, 7))
                .isInstanceOf(ValidationException.class).hasMessageContaining("currentExposureDays");
        assertThatThrownBy(() -> DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 7, 1, 1, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("baselineExposureDays");
        assertThatThrownBy(() -> PoissonExactTrendTest.pValue(-1, 7, 1, 7)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PoissonExactTrendTest.of(PluginConfig.empty().with("alpha", "1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> PoissonExactTrendTest.of(PluginConfig.empty().with("min-total", "-1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("min-total");
        assertThatThrownBy(() -> PoissonExactTrendTest.of(PluginConfig.empty().with("alfa", "0.1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("alfa")
                .hasMessageContaining("[alpha, min-total]");
    }

    @Test
    void pValuesLieBetweenZeroAndOneAndDoNotDependOnWhichSideIsCurrent() {
        qt().withFixedSeed(20261).withExamples(300)
                .forAll(integers().between(0, 300), integers().between(0, 300), doubles().between(1, 400),
                doubles().between(1, 400)).checkAssert((x, y, t1, t0) -> {
                    double p = PoissonExactTrendTest.pValue(x, t1, y, t0);
                    assertThat(p).isBetween(0.0, 1.0);
                    assertThat(PoissonExactTrendTest.pValue(y, t0, x, t1)).isCloseTo(p, within(1e-9));
                });
    }

    @Test
    void aChangeAlwaysAgreesWithTheRatesAndNeverComesFromTooFewObservations() {
        qt().withFixedSeed(20262).withExamples(300)
                .forAll(integers().between(0, 60), integers().between(0, 200), integers().between(1, 8))
                .checkAssert((x, y, periods) -> {
                    Trend t = DEFAULT.test(Trend.Comparison.PREVIOUS_PERIODS, x, 7, y, periods, 7.0 * periods);
                    if (t.isChange()) {
                        assertThat(x + y).isGreaterThanOrEqualTo(5);
                        assertThat(t.pValue().getAsDouble()).isLessThan(0.05);
                        assertThat(t.direction() == Trend.Direction.RISING).isEqualTo(x / 7.0 > y / (7.0 * periods));
                    } else if (t.direction() == Trend.Direction.STABLE) {
                        assertThat(t.pValue().getAsDouble()).isGreaterThanOrEqualTo(0.05);
                    }
                });
    }
}
