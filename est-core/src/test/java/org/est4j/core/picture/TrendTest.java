package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.picture.Trend.Comparison;
import org.est4j.core.picture.Trend.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrendTest {

    private static Trend.Builder weekAgainstFourWeeks(long current, long baseline) {
        return Trend.builder().comparison(Comparison.PREVIOUS_PERIODS).current(current).currentExposureDays(7)
                .baselineTotal(baseline).baselinePeriods(4).baselineExposureDays(28).testId("poisson-exact");
    }

    @Test
    void derivesMeanExpectedAndRateRatio() {
        Trend t = weekAgainstFourWeeks(12, 16).pValue(0.003).direction(Direction.RISING).build();

        assertThat(t.baselineMean()).isEqualTo(4.0);
        assertThat(t.expected()).isEqualTo(4.0);
        assertThat(t.rateRatio()).hasValue(3.0);
        assertThat(t.isChange()).isTrue();
        assertThat(t.toString()).contains("12 against 4.0 expected", "rate ratio 3.00", "p=0.0030", "RISING",
                "poisson-exact");
    }

    @Test
    void comparesMonthsOfDifferentLengthsAsRatesPerDay() {
        // 28 in February against 31 in January is the same rate per day.
        Trend t = Trend.builder().comparison(Comparison.PREVIOUS_PERIODS).current(28).currentExposureDays(28)
                .baselineTotal(31).baselinePeriods(1).baselineExposureDays(31).pValue(1).direction(Direction.STABLE)
                .testId("poisson-exact").build();

        assertThat(t.rateRatio().getAsDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t.expected()).isCloseTo(28.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void withoutABaselineThereIsNoRatioAndOnlyInsufficientData() {
        Trend t = Trend.builder().comparison(Comparison.SAME_PERIOD_LAST_YEAR).current(3).currentExposureDays(7)
                .baselineTotal(0).baselinePeriods(0).baselineExposureDays(0).direction(Direction.INSUFFICIENT_DATA)
                .testId("poisson-exact").build();

        assertThat(t.rateRatio()).isEmpty();
        assertThat(t.baselineMean()).isZero();
        assertThat(t.expected()).isZero();
        assertThat(t.pValue()).isEmpty();
        assertThatThrownBy(() -> Trend.builder().from(t).pValue(0.01).direction(Direction.RISING).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("INSUFFICIENT_DATA without a baseline");
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(weekAgainstFourWeeks(-1, 4).direction(Direction.STABLE).pValue(1), "current"),
                Arguments.of(weekAgainstFourWeeks(1, 4).currentExposureDays(0).direction(Direction.STABLE).pValue(1),
                        "currentExposureDays"),
                Arguments.of(weekAgainstFourWeeks(1, 4).baselineExposureDays(0).direction(Direction.STABLE).pValue(1),
                        "baselineExposureDays"),
                Arguments.of(weekAgainstFourWeeks(1, 4).pValue(1.5).direction(Direction.STABLE), "pValue"),
                Arguments.of(weekAgainstFourWeeks(1, 4).direction(Direction.STABLE), "pValue"),
                Arguments.of(weekAgainstFourWeeks(1, 40).pValue(0.01).direction(Direction.RISING), "direction"),
                Arguments.of(weekAgainstFourWeeks(30, 4).pValue(0.01).direction(Direction.FALLING), "direction"),
                Arguments.of(weekAgainstFourWeeks(1, 4).pValue(1).direction(Direction.STABLE).testId("no spaces"),
                        "testId"),
                Arguments.of(Trend.builder().current(1).currentExposureDays(7).baselinePeriods(0)
                        .baselineExposureDays(0).baselineTotal(5).direction(Direction.INSUFFICIENT_DATA).testId("t"),
                        "baselineTotal"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void rejectsBrokenRules(Trend.Builder builder, String path) {
        assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path).contains(path));
    }

    @Test
    void reportsEveryMissingValueAtOnce() {
        assertThatThrownBy(() -> Trend.builder().currentExposureDays(7).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .contains("comparison", "direction", "testId"));
    }

    @Test
    void rateRatioIsAboveOneExactlyWhenTheCurrentRateIsHigher() {
        qt().forAll(integers().between(0, 500), integers().between(1, 500), integers().between(1, 12))
                .checkAssert((current, baseline, periods) -> {
                    Trend t = Trend.builder().comparison(Comparison.PREVIOUS_PERIODS).current(current)
                            .currentExposureDays(7).baselineTotal(baseline).baselinePeriods(periods)
                            .baselineExposureDays(7.0 * periods).direction(Direction.INSUFFICIENT_DATA).testId("t")
                            .build();
                    assertThat(t.rateRatio().getAsDouble() > 1).isEqualTo(current * periods > baseline);
                });
    }
}
