package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.picture.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrioritisationRuleTest {
    private static final PrioritisationRule LEVEL_ONLY = PrioritisationRule.builder().levelWeight(1).trendWeight(0)
            .harmWeight(0).build();
    private static final PrioritisationRule STEEP_TREND = PrioritisationRule.builder().levelWeight(0.4)
            .trendWeight(0.5).harmWeight(0.1).build();

    @Test
    void theDefaultsAreDocumented() {
        PrioritisationRule rule = PrioritisationRule.defaults();

        assertThat(rule.levelWeight()).isEqualTo(0.5);
        assertThat(rule.trendWeight()).isEqualTo(0.2);
        assertThat(rule.harmWeight()).isEqualTo(0.3);
        assertThat(rule.focusAreas()).isEqualTo(3);
        assertThat(rule.trendComparison()).isEqualTo(Trend.Comparison.PREVIOUS_PERIODS);
        assertThat(rule).isEqualTo(PrioritisationRule.builder().build());
        assertThat(rule).hasToString("need = max(0, 0.5 × level + 0.2 × trend + 0.3 × harm); priority = need × "
                + "influence; top 3; trend PREVIOUS_PERIODS");
    }

    static Stream<Arguments> needs() {
        PrioritisationRule d = PrioritisationRule.defaults();
        return Stream.of(
                // rule, level, trend, harm, need
                Arguments.of(d, 0.0, 0, 0.0, 0.0),
                Arguments.of(d, 1.0, 0, 1.0, 0.8),
                Arguments.of(d, 1.0, 1, 1.0, 1.0),
                Arguments.of(d, 0.75, 1, 0.38, 0.689),
                Arguments.of(d, 0.75, -1, 0.38, 0.289),
                Arguments.of(d, 0.25, -1, 0.0, 0.0),       // 0.125 − 0.2 < 0: raised to 0
                Arguments.of(d, 0.0, 1, 0.0, 0.2),
                Arguments.of(LEVEL_ONLY, 0.5, 1, 1.0, 0.5),
                Arguments.of(STEEP_TREND, 0.5, -1, 0.5, 0.0),
                Arguments.of(STEEP_TREND, 0.5, 1, 0.5, 0.75));
    }

    @ParameterizedTest
    @MethodSource("needs")
    void needFollowsTheFormula(PrioritisationRule rule, double level, int trend, double harm, double need) {
        assertThat(rule.need(level, trend, harm)).isCloseTo(need, within(1e-12));
    }

    static Stream<Arguments> priorities() {
        return Stream.of(
                Arguments.of(0.689, 0.8, 0.5512),
                Arguments.of(0.8, 0.4, 0.32),
                Arguments.of(0.5, 0.0, 0.0),
                Arguments.of(0.0, 1.0, 0.0));
    }

    @ParameterizedTest
    @MethodSource("priorities")
    void priorityIsNeedTimesInfluence(double need, double influence, double priority) {
        assertThat(PrioritisationRule.defaults().priority(need, influence)).isCloseTo(priority, within(1e-12));
    }

    @Test
    void rejectsPartsOutsideTheirRanges() {
        PrioritisationRule rule = PrioritisationRule.defaults();

        assertThatThrownBy(() -> rule.need(1.1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.need(0, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.need(0, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.priority(-0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.priority(0.5, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> PrioritisationRule.builder().levelWeight(0).harmWeight(0).trendWeight(-1)
                .focusAreas(0).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("trendWeight", "levelWeight", "focusAreas"));
        assertThatThrownBy(() -> PrioritisationRule.builder().levelWeight(Double.POSITIVE_INFINITY).build())
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void copiesWithAnotherNumberOfFocusAreas() {
        PrioritisationRule two = PrioritisationRule.builder().from(PrioritisationRule.defaults()).focusAreas(2).build();

        assertThat(two.focusAreas()).isEqualTo(2);
        assertThat(two.levelWeight()).isEqualTo(0.5);
        assertThat(two).isNotEqualTo(PrioritisationRule.defaults());
    }
}
