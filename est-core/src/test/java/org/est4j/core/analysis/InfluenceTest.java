package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InfluenceTest {
    @Test
    void isAScoreOutOfFiveByDefault() {
        Influence i = Influence.of(4);

        assertThat(i.score()).isEqualTo(4);
        assertThat(i.outOf()).isEqualTo(Influence.DEFAULT_OUT_OF);
        assertThat(i.fraction()).isEqualTo(0.8);
        assertThat(i).hasToString("4 of 5");
    }

    @Test
    void aJudgementFromZeroToOneIsGivenInHundredths() {
        assertThat(Influence.of(70, 100).fraction()).isEqualTo(0.7);
        assertThat(Influence.of(0).fraction()).isZero();
        assertThat(Influence.of(5).fraction()).isEqualTo(1.0);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(-1, 5, "score"),
                Arguments.of(6, 5, "score"),
                Arguments.of(1, 0, "outOf"),
                Arguments.of(1, 101, "outOf"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsScoresOutsideTheirRange(int score, int outOf, String path) {
        assertThatThrownBy(() -> Influence.of(score, outOf)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .contains(path));
    }

    @Test
    void equalsByScoreAndMaximumNotByFraction() {
        new EqualsTester()
                .addEqualityGroup(Influence.of(2), Influence.of(2, 5))
                .addEqualityGroup(Influence.of(4, 10))
                .addEqualityGroup(Influence.of(3))
                .testEquals();
        assertThat(Influence.of(2).fraction()).isEqualTo(Influence.of(4, 10).fraction());
    }
}
