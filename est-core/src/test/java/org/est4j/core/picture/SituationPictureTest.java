package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SituationPictureTest {
    static final AreaId CENTRUM = AreaId.of("centrum");
    static final Period W47 = Period.week(2026, 47);
    static final CategoryId DAMAGE = CategoryId.of("property-damage");
    static final CategoryId GRAFFITI = CategoryId.of("property-damage.graffiti");
    static final CategoryId EVENT = CategoryId.of("planned-event");

    /** Three observations: two graffiti, one planned event; one recorded on centrum itself. */
    static SituationPicture.Builder threeObservations() {
        return SituationPicture.builder().area(CENTRUM).period(W47).total(3).ownTotal(1).contextTotal(1)
                .putCountsByTopLevel(DAMAGE, 2L).putCountsByTopLevel(EVENT, 1L)
                .putCountsByCategory(GRAFFITI, 2L).putCountsByCategory(EVENT, 1L)
                .putCountsBySeverity(Severity.MODERATE, 3L)
                .putCountsByWeekday(DayOfWeek.FRIDAY, 2L).putCountsByWeekday(DayOfWeek.MONDAY, 1L)
                .putCountsByTimeOfDay(TimeOfDay.EVENING, 2L).timeOfDayUnknown(1)
                .putCountsByLight(Light.DARKNESS, 2L).putCountsByLight(Light.UNKNOWN, 1L)
                .severityScore(6).harmScore(4.0)
                .putObservationIds(DAMAGE, List.of(ObservationId.of("o-1"), ObservationId.of("o-2")))
                .putObservationIds(GRAFFITI, List.of(ObservationId.of("o-1"), ObservationId.of("o-2")))
                .putObservationIds(EVENT, List.of(ObservationId.of("o-3")))
                .putHistory(W47.previous(), 1L).putHistory(W47.sameLastYear(), 0L);
    }

    @Test
    void countsBothLevelsAndTheContextApart() {
        SituationPicture p = threeObservations().build();

        assertThat(p.count(DAMAGE)).isEqualTo(2);
        assertThat(p.count(GRAFFITI)).isEqualTo(2);
        assertThat(p.count(CategoryId.of("drugs"))).isZero();
        assertThat(p.problemTotal()).isEqualTo(2);
        assertThat(p.countsByWeekday().keySet()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(p.history().keySet()).containsExactly(W47.sameLastYear(), W47.previous());
        assertThat(p.hasLowCoverage()).isFalse();
        assertThat(p.trend(Trend.Comparison.PREVIOUS_PERIODS)).isEmpty();
        assertThat(p.toString()).isEqualTo(
                "SituationPicture centrum 2026-W47: 3 observations (1 own, 1 context), harm 4.0, severity 6");
    }

    @Test
    void anEmptyPictureNeedsOnlyAreaAndPeriod() {
        SituationPicture p = SituationPicture.builder().area(CENTRUM).period(W47).build();

        assertThat(p.total()).isZero();
        assertThat(p.countsByTopLevel()).isEmpty();
        assertThat(p.coverage()).isEmpty();
    }

    @Test
    void aHandMadePictureMayLeaveBreakdownsOut() {
        SituationPicture p = SituationPicture.builder().area(CENTRUM).period(W47).total(12).ownTotal(0)
                .putCountsByTopLevel(DAMAGE, 12L).harmScore(36).build();

        assertThat(p.count(DAMAGE)).isEqualTo(12);
        assertThat(p.countsByWeekday()).isEmpty();
    }

    @Test
    void carriesCoverageTrendsHotspotsAndNotes() {
        Coverage low = Coverage.builder().area(CENTRUM).expected(5).answered(2).nothingToReport(0)
                .addSilentReporters(org.est4j.core.mapping.ReporterId.of("r-1"),
                        org.est4j.core.mapping.ReporterId.of("r-2"), org.est4j.core.mapping.ReporterId.of("r-3"))
                .threshold(0.6).build();
        Trend rising = Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS).current(3).currentExposureDays(7)
                .baselineTotal(1).baselinePeriods(4).baselineExposureDays(28).pValue(0.01)
                .direction(Trend.Direction.RISING).testId("poisson-exact").build();
        SituationPicture p = threeObservations().coverage(low).addTrends(rising)
                .addNotes("Low coverage: 2 of 5 reporters answered; silence is not calm").build();

        assertThat(p.hasLowCoverage()).isTrue();
        assertThat(p.trend(Trend.Comparison.PREVIOUS_PERIODS)).contains(rising);
        assertThat(p.toString()).contains("coverage 40 % (low)", "PREVIOUS_PERIODS RISING");
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(threeObservations().ownTotal(4), "ownTotal"),
                Arguments.of(threeObservations().putCountsByTopLevel(CategoryId.of("drugs"), 1L), "countsByTopLevel"),
                Arguments.of(threeObservations().putCountsByCategory(CategoryId.of("drugs"), 0L),
                        "countsByCategory[drugs]"),
                Arguments.of(threeObservations().putCountsBySeverity(Severity.MINOR, 1L), "countsBySeverity"),
                Arguments.of(threeObservations().timeOfDayUnknown(0), "countsByTimeOfDay"),
                Arguments.of(threeObservations().putCountsByLight(Light.DAYLIGHT, 1L), "countsByLight"),
                Arguments.of(threeObservations().putCountsByWeekday(DayOfWeek.MONDAY, 5L), "countsByWeekday"),
                Arguments.of(threeObservations().putObservationIds(EVENT, List.of()), "observationIds[planned-event]"),
                Arguments.of(threeObservations().putHistory(W47, 1L), "history[2026-W47]"),
                Arguments.of(threeObservations().putHistory(Period.month(2026, 1), 1L), "history[2026-01]"),
                Arguments.of(threeObservations().harmScore(Double.NaN), "harmScore"),
                Arguments.of(threeObservations().coverage(Coverage.builder().area(AreaId.of("elsewhere")).expected(0)
                        .answered(0).nothingToReport(0).threshold(0).build()), "coverage.area"),
                Arguments.of(threeObservations().addNotes(" "), "notes[0]"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void rejectsFiguresThatDoNotAddUp(SituationPicture.Builder builder, String path) {
        assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path).contains(path));
    }

    @Test
    void rejectsTwoTrendsOfOneComparison() {
        Trend t = Trend.builder().comparison(Trend.Comparison.SAME_PERIOD_LAST_YEAR).current(3).currentExposureDays(7)
                .baselinePeriods(0).baselineExposureDays(0).direction(Trend.Direction.INSUFFICIENT_DATA).testId("x")
                .build();
        assertThatThrownBy(() -> threeObservations().addTrends(t, t).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("trends[1]");
    }

    @Test
    void equalFiguresMakeEqualPictures() {
        assertThat(threeObservations().build()).isEqualTo(threeObservations().build())
                .hasSameHashCodeAs(threeObservations().build());
        assertThat(threeObservations().build()).isNotEqualTo(threeObservations().harmScore(5).build());
    }
}
