package org.est4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link TimeOfDay}. */
class TimeOfDayTest {

    static Stream<Object[]> boundaries() {
        return Stream.of(
                new Object[] {"00:00", TimeOfDay.NIGHT},
                new Object[] {"05:59:59.999999999", TimeOfDay.NIGHT},
                new Object[] {"06:00", TimeOfDay.MORNING},
                new Object[] {"11:59:59", TimeOfDay.MORNING},
                new Object[] {"12:00", TimeOfDay.AFTERNOON},
                new Object[] {"17:59:59", TimeOfDay.AFTERNOON},
                new Object[] {"18:00", TimeOfDay.EVENING},
                new Object[] {"23:59:59.999999999", TimeOfDay.EVENING});
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("boundaries")
    void bandsAreSixHoursFromMidnight(String time, TimeOfDay expected) {
        assertThat(TimeOfDay.of(LocalTime.parse(time))).isEqualTo(expected);
    }

    @Test
    void bandsFollowEachOtherThroughTheDay() {
        assertThat(TimeOfDay.values()).containsExactly(TimeOfDay.NIGHT, TimeOfDay.MORNING, TimeOfDay.AFTERNOON,
                TimeOfDay.EVENING);
        qt().withFixedSeed(6L).withExamples(300).forAll(integers().between(0, 24 * 60 - 1)).checkAssert(minute -> {
            TimeOfDay band = TimeOfDay.of(LocalTime.ofSecondOfDay(minute * 60L));
            assertThat(band.ordinal()).isEqualTo(minute / 360);
        });
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> TimeOfDay.of(null)).isInstanceOf(NullPointerException.class).hasMessage("time");
    }
}
