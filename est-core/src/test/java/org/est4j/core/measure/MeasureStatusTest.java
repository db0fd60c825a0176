package org.est4j.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.measure.MeasureStatus.CANCELLED;
import static org.est4j.core.measure.MeasureStatus.DONE;
import static org.est4j.core.measure.MeasureStatus.ONGOING;
import static org.est4j.core.measure.MeasureStatus.PLANNED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureStatusTest {

    /** Every pair of statuses, with whether the first may become the second. */
    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of(PLANNED, PLANNED, false),
                Arguments.of(PLANNED, ONGOING, true),
                Arguments.of(PLANNED, DONE, false),
                Arguments.of(PLANNED, CANCELLED, true),
                Arguments.of(ONGOING, PLANNED, false),
                Arguments.of(ONGOING, ONGOING, false),
                Arguments.of(ONGOING, DONE, true),
                Arguments.of(ONGOING, CANCELLED, true),
                Arguments.of(DONE, PLANNED, false),
                Arguments.of(DONE, ONGOING, false),
                Arguments.of(DONE, DONE, false),
                Arguments.of(DONE, CANCELLED, false),
                Arguments.of(CANCELLED, PLANNED, false),
                Arguments.of(CANCELLED, ONGOING, false),
                Arguments.of(CANCELLED, DONE, false),
                Arguments.of(CANCELLED, CANCELLED, false));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("transitions")
    void canBecomeFollowsTheTable(MeasureStatus from, MeasureStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
        assertThat(from.allowedNext().contains(to)).isEqualTo(allowed);
    }

    @Test
    void tableCoversEveryPair() {
        assertThat(transitions().count()).isEqualTo((long) MeasureStatus.values().length * MeasureStatus.values().length);
    }

    @Test
    void allowedNextListsTheSuccessors() {
        assertThat(PLANNED.allowedNext()).containsExactly(ONGOING, CANCELLED);
        assertThat(ONGOING.allowedNext()).containsExactly(DONE, CANCELLED);
        assertThat(DONE.allowedNext()).isEmpty();
        assertThat(CANCELLED.allowedNext()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void allowedNextIsUnmodifiableAndFinalMeansNoSuccessor(MeasureStatus status) {
        Set<MeasureStatus> next = status.allowedNext();

        assertThatThrownBy(() -> next.add(PLANNED)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(status.isFinal()).isEqualTo(next.isEmpty());
        assertThat(status.isFinal()).isEqualTo(EnumSet.of(DONE, CANCELLED).contains(status));
    }

    @Test
    void noStatusLeadsBackToPlanned() {
        assertThat(MeasureStatus.values()).noneMatch(s -> s.canBecome(PLANNED));
    }

    @ParameterizedTest
    @CsvSource({"PLANNED, planerad, planned", "ONGOING, pågående, ongoing", "DONE, genomförd, done",
            "CANCELLED, avbruten, cancelled"})
    void labels(MeasureStatus status, String sv, String en) {
        assertThat(status.labelSv()).isEqualTo(sv);
        assertThat(status.labelEn()).isEqualTo(en);
        assertThat(status.label(Locale.forLanguageTag("sv-SE"))).isEqualTo(sv);
        assertThat(status.label(Locale.ENGLISH)).isEqualTo(en);
    }
}
