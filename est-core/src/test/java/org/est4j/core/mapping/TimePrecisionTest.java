package org.est4j.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.est4j.core.area.AreaId;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table in TimePrecision's documentation, checked through observations. */
class TimePrecisionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static Observation.Builder base() {
        return Observation.builder().id(ObservationId.of("o-1")).source(Source.CITIZEN).area(AreaId.of("centrum"))
                .category(CategoryId.of("littering")).severity(Severity.MINOR);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // precision, observation, known time of day, earliest occurrence
                Arguments.of(TimePrecision.EXACT, base().occurredAt(Instant.parse("2026-11-20T20:40:00Z")).build(),
                        Optional.of(TimeOfDay.EVENING), Instant.parse("2026-11-20T20:40:00Z")),
                Arguments.of(TimePrecision.PART_OF_DAY, base().occurredOn(DAY, TimeOfDay.EVENING).build(),
                        Optional.of(TimeOfDay.EVENING), Instant.parse("2026-11-20T17:00:00Z")),
                Arguments.of(TimePrecision.DATE, base().occurredOn(DAY).build(),
                        Optional.empty(), Instant.parse("2026-11-19T23:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachPrecisionSaysWhatIsKnown(TimePrecision precision, Observation o, Optional<TimeOfDay> known, Instant earliest) {
        assertThat(o.timePrecision()).isEqualTo(precision);
        assertThat(o.occurredDate()).isEqualTo(DAY);
        assertThat(o.knownTimeOfDay()).isEqualTo(known);
        assertThat(o.earliestOccurrence()).isEqualTo(earliest);
    }

    @Test
    void orderGoesFromMostToLeastPrecise() {
        assertThat(TimePrecision.values())
                .containsExactly(TimePrecision.EXACT, TimePrecision.PART_OF_DAY, TimePrecision.DATE);
    }
}
