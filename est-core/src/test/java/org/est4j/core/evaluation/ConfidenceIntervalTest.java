package org.est4j.core.evaluation;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void holdsItsBoundsAndLevel() {
        ConfidenceInterval ci = ConfidenceInterval.of(0.95, -195.6, -40.39);

        assertThat(ci.level()).isEqualTo(0.95);
        assertThat(ci.lower()).isEqualTo(-195.6);
        assertThat(ci.upper()).isEqualTo(-40.39);
        assertThat(ci).hasToString("95% CI [-195.6, -40.39]");
        assertThat(ConfidenceInterval.of(0.9, 1, 2)).hasToString("90% CI [1, 2]");
        assertThat(ConfidenceInterval.of(0.999, 0.000123456, 1234567)).hasToString("99.9% CI [0.0001235, 1.235e+06]");
    }

    @Test
    void containsItsBoundsAndExcludesWhatLiesOutside() {
        ConfidenceInterval ci = ConfidenceInterval.of(0.95, -14.2, -1.8);

        assertThat(ci.contains(-14.2)).isTrue();
        assertThat(ci.contains(-1.8)).isTrue();
        assertThat(ci.contains(-8)).isTrue();
        assertThat(ci.excludes(0)).isTrue();
        assertThat(ci.excludes(-20)).isTrue();
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThatThrownBy(() -> ConfidenceInterval.of(1, Double.NaN, Double.POSITIVE_INFINITY))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("level", "lower", "upper"));
        assertThatThrownBy(() -> ConfidenceInterval.of(0.95, 2, 1))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("must not be below the lower bound");
        assertThatThrownBy(() -> ConfidenceInterval.of(0, 1, 2)).isInstanceOf(ValidationException.class);
    }

    @Test
    void acceptsADegenerateInterval() {
        assertThat(ConfidenceInterval.of(0.95, 3, 3).contains(3)).isTrue();
    }

    @Test
    void equalsByValueWithNegativeZeroNormalised() {
        new EqualsTester()
                .addEqualityGroup(ConfidenceInterval.of(0.95, -0.0, 1), ConfidenceInterval.of(0.95, 0.0, 1))
                .addEqualityGroup(ConfidenceInterval.of(0.9, 0, 1))
                .addEqualityGroup(ConfidenceInterval.of(0.95, 0, 2))
                .testEquals();
    }
}
