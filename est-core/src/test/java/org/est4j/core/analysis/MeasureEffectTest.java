package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.analysis.Measures.decided;
import static org.est4j.core.analysis.Measures.evaluation;
import static org.est4j.core.analysis.Measures.followUp;
import static org.est4j.core.analysis.Measures.measure;
import static org.est4j.core.analysis.Measures.withInterval;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureEffectTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate FOLLOWED = LocalDate.of(2026, 6, 1);
    private static final Measure LIGHTING = measure("2026-001", "Belysning i tunneln", MeasureType.LIGHTING, START,
            null, MeasureStatus.ONGOING);

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(EvaluationMethod.WDD, -5.0, 0.01, 0.05, Change.FALL),
                Arguments.of(EvaluationMethod.WDD, 5.0, 0.01, 0.05, Change.RISE),
                Arguments.of(EvaluationMethod.WDD, -5.0, 0.2, 0.05, Change.NO_CHANGE),
                Arguments.of(EvaluationMethod.WDD_HARM, -12.5, 0.001, 0.05, Change.FALL),
                Arguments.of(EvaluationMethod.BEFORE_AFTER, 0.8, 0.01, 0.05, Change.FALL),
                Arguments.of(EvaluationMethod.BEFORE_AFTER, 1.2, 0.01, 0.05, Change.RISE),
                Arguments.of(EvaluationMethod.BEFORE_AFTER, 1.0, 0.01, 0.05, Change.NO_CHANGE),
                Arguments.of(EvaluationMethod.E_TEST, -0.3, 0.04, 0.01, Change.NO_CHANGE),
                Arguments.of(EvaluationMethod.E_TEST, -0.3, 0.05, 0.05, Change.NO_CHANGE),
                Arguments.of(EvaluationMethod.E_TEST, -0.3, 0.049, 0.05, Change.FALL));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void judgesTheChangeByThePrimaryEvaluation(EvaluationMethod method, double estimate, double p, double alpha,
            Change expected) {
        MeasureEffect e = MeasureEffect.of(LIGHTING, Optional.of(followUp("2026-001", FOLLOWED, Outcome.CONTINUE,
                evaluation(method, estimate, p, null))), alpha);

        assertThat(e.change()).isEqualTo(expected);
        assertThat(e.method()).contains(method);
        assertThat(e.estimate()).hasValue(estimate);
        assertThat(e.pValue()).hasValue(p);
    }

    @Test
    void thePrimaryEvaluationIsTheFirstWithAPValue() {
        MeasureEffect e = MeasureEffect.of(LIGHTING, Optional.of(followUp("2026-001", FOLLOWED, Outcome.EXTEND,
                evaluation(EvaluationMethod.WDQ, 0.4, null, null),
                evaluation(EvaluationMethod.WDD, -20, 0.003, -2.9),
                evaluation(EvaluationMethod.E_TEST, 1, 0.5, 0.2))), 0.05);

        assertThat(e.method()).contains(EvaluationMethod.WDD);
        assertThat(e.z()).hasValue(-2.9);
        assertThat(e.change()).isEqualTo(Change.FALL);
        assertThat(e.suggested()).contains(Outcome.EXTEND);
        assertThat(e.decided()).isEmpty();
    }

    @Test
    void withoutATestTheMeasureIsNotTested() {
        MeasureEffect wdqOnly = MeasureEffect.of(LIGHTING, Optional.of(followUp("2026-001", FOLLOWED,
                Outcome.CONTINUE, evaluation(EvaluationMethod.WDQ, 0.4, null, null))), 0.05);
        MeasureEffect judged = MeasureEffect.of(LIGHTING, Optional.of(decided(followUp("2026-001", FOLLOWED,
                Outcome.CONTINUE), Outcome.END)), 0.05);
        MeasureEffect never = MeasureEffect.of(LIGHTING, Optional.empty(), 0.05);

        assertThat(wdqOnly.change()).isEqualTo(Change.NOT_TESTED);
        assertThat(wdqOnly.primary()).isEmpty();
        assertThat(judged.change()).isEqualTo(Change.NOT_TESTED);
        assertThat(judged.decided()).contains(Outcome.END);
        assertThat(never.change()).isEqualTo(Change.NOT_TESTED);
        assertThat(never.estimate()).isEmpty();
        assertThat(never.confidenceInterval()).isEmpty();
        assertThat(never.suggested()).isEmpty();
        assertThat(never).hasToString("2026-001 \"Belysning i tunneln\" lighting [hagaby] 2026-03-01..: not tested");
        assertThat(MeasureEffect.builder().measure(LIGHTING).build().alpha()).isEqualTo(AnnualAnalysis.DEFAULT_ALPHA);
    }

    @Test
    void printsTheLineOfTheTable() {
        MeasureEffect e = MeasureEffect.of(LIGHTING, Optional.of(decided(followUp("2026-001", FOLLOWED,
                Outcome.CONTINUE, withInterval(evaluation(EvaluationMethod.WDD, -118, 0.0029, -2.98), -195.6, -40.39)),
                Outcome.EXTEND)), 0.05);

        assertThat(e.confidenceInterval()).map(ci -> ci.lower()).contains(-195.6);
        assertThat(e).hasToString("2026-001 \"Belysning i tunneln\" lighting [hagaby] 2026-03-01..: wdd -118, "
                + "95% CI [-195.6, -40.39], p = 0.0029: significant fall; suggested CONTINUE, decided EXTEND");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> MeasureEffect.of(LIGHTING, Optional.of(followUp("2026-002", FOLLOWED,
                Outcome.CONTINUE)), 0.5))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("followUp.measure", "alpha"));
        assertThatThrownBy(() -> MeasureEffect.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("measure: is required");
    }
}
