package org.est4j.scoring.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.est4j.core.area.AreaId;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class FollowUpAdvisorTest {
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final LocalDate FOLLOW_UP = LocalDate.of(2026, 9, 1);
    private static final FollowUpAdvisor ADVISOR = FollowUpAdvisor.standard();

    private static Measure ongoing() {
        return Measure.builder().id(MeasureId.of("m-1")).title("Belysning vid stationen").type(MeasureType.LIGHTING)
                .addTargetAreas(AreaId.of("station")).leadActor(ActorId.of("kommunen")).start(START)
                .horizon(Horizon.LONG).status(MeasureStatus.ONGOING).build();
    }

    private static Measure finished() {
        return ongoing().transitionTo(MeasureStatus.DONE, FOLLOW_UP.minusDays(1));
    }

    private static Evaluation wdd(long treatedBefore, long treatedAfter, long controlBefore, long controlAfter) {
        return WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(treatedBefore, treatedAfter),
                BeforeAfter.of(controlBefore, controlAfter)));
    }

    /** A WDD that counted a buffer, against a steady control and control buffer. */
    private static Evaluation withBuffer(long treatedBefore, long treatedAfter, long bufferBefore, long bufferAfter) {
        return WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(treatedBefore, treatedAfter),
                BeforeAfter.of(100, 100), BeforeAfter.of(bufferBefore, bufferAfter), BeforeAfter.of(100, 100)));
    }

    static Stream<Arguments> rule() {
        return Stream.of(
                Arguments.of("no evaluation", ongoing(), List.of(), Outcome.CONTINUE, "Inget att bedöma"),
                Arguments.of("no events", ongoing(), List.of(BeforeAfterRateRatio.evaluate(BeforeAfter.of(0, 0))),
                        Outcome.CONTINUE, "Inget att bedöma"),
                Arguments.of("significant fall", ongoing(), List.of(wdd(60, 20, 60, 58)), Outcome.CONTINUE,
                        "Insatsen verkar"),
                Arguments.of("significant fall, finished", finished(), List.of(wdd(60, 20, 60, 58)), Outcome.END,
                        "målet nåddes"),
                Arguments.of("significant fall displaced to the buffer", ongoing(),
                        List.of(wdd(60, 20, 60, 58), withBuffer(60, 20, 40, 90)), Outcome.EXTEND, "buffertzonen"),
                Arguments.of("significant fall, buffer rose by chance", ongoing(),
                        List.of(wdd(60, 20, 60, 58), withBuffer(60, 20, 40, 50)), Outcome.CONTINUE, "Insatsen verkar"),
                Arguments.of("significant fall, buffer also fell", ongoing(),
                        List.of(wdd(60, 20, 60, 58), withBuffer(60, 20, 40, 20)), Outcome.CONTINUE,
                        "Insatsen verkar"),
                Arguments.of("significant rise", ongoing(), List.of(wdd(20, 60, 60, 58)), Outcome.REPLACE, "ökade"),
                Arguments.of("significant rise, finished", finished(), List.of(wdd(20, 60, 60, 58)), Outcome.END,
                        "ökade"),
                Arguments.of("no change, small counts", ongoing(), List.of(wdd(3, 2, 4, 4)), Outcome.CONTINUE,
                        "För få händelser"),
                Arguments.of("no change, enough data", ongoing(), List.of(wdd(60, 58, 60, 61)), Outcome.REPLACE,
                        "Ingen mätbar effekt"),
                Arguments.of("rate ratio fall", ongoing(),
                        List.of(BeforeAfterRateRatio.evaluate(BeforeAfter.of(40, 10))), Outcome.CONTINUE,
                        "Insatsen verkar"),
                Arguments.of("E-test fall", ongoing(), List.of(PoissonETest.evaluate(BeforeAfter.of(12, 1))),
                        Outcome.CONTINUE, "Insatsen verkar"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rule(String name, Measure measure, List<Evaluation> evaluations, Outcome expected, String reason) {
        FollowUp f = ADVISOR.advise(measure, FOLLOW_UP, Optional.empty(), evaluations, Locale.forLanguageTag("sv"));
        assertThat(f.suggested()).isEqualTo(expected);
        assertThat(f.reasons()).anySatisfy(r -> assertThat(r).contains(reason));
        assertThat(f.evaluations()).isEqualTo(evaluations);
        assertThat(f.isDecided()).isFalse();
        assertThat(f.measure()).isEqualTo(measure.id());
    }

    @Test
    void reasonsAreInEnglishForOtherLanguagesAndStartWithTheEvaluationsReading() {
        Evaluation e = wdd(60, 20, 60, 58);
        FollowUp f = ADVISOR.advise(ongoing(), FOLLOW_UP, Optional.empty(), List.of(e), Locale.ENGLISH);
        assertThat(f.reasons()).containsExactly(e.readingEn(), "The measure works: continue.");
    }

    @Test
    void aStricterLevelTurnsABorderlineFallIntoNoChange() {
        Evaluation borderline = wdd(60, 30, 60, 60);
        assertThat(borderline.pValue().getAsDouble()).isBetween(0.001, 0.05);
        assertThat(FollowUpAdvisor.withAlpha(0.001).advise(ongoing(), FOLLOW_UP, Optional.empty(), List.of(borderline),
                Locale.ENGLISH).suggested()).isEqualTo(Outcome.REPLACE);
        assertThat(ADVISOR.advise(ongoing(), FOLLOW_UP, Optional.empty(), List.of(borderline), Locale.ENGLISH)
                .suggested()).isEqualTo(Outcome.CONTINUE);
    }

    @Test
    void theEvaluatedDatesAndTheGroupsDecisionAreKept() {
        LocalDateRange dates = LocalDateRange.ofClosed(START, FOLLOW_UP.minusDays(1));
        FollowUp f = ADVISOR.advise(ongoing(), FOLLOW_UP, Optional.of(dates), List.of(), Locale.ENGLISH);
        assertThat(f.evaluated()).contains(dates);
        FollowUp decided = f.withDecision(org.est4j.core.Decision.of(Outcome.EXTEND, "operativa gruppen",
                "Light the footpath too", FOLLOW_UP));
        assertThat(decided.outcome()).isEqualTo(Outcome.EXTEND);
        assertThat(decided.suggested()).isEqualTo(Outcome.CONTINUE);
    }

    @Test
    void alphaOutsideTheOpenIntervalIsRefused() {
        assertThatThrownBy(() -> FollowUpAdvisor.withAlpha(0)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> FollowUpAdvisor.withAlpha(0.5)).hasMessageContaining("alpha");
    }
}
