package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.analysis.Measures.decided;
import static org.est4j.core.analysis.Measures.evaluation;
import static org.est4j.core.analysis.Measures.followUp;
import static org.est4j.core.analysis.Measures.measure;
import static org.est4j.core.analysis.Measures.withInterval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class AnnualAnalysisTest {
    private static final Period Y2026 = Period.year(2026);
    private static final Locale SV = Locale.forLanguageTag("sv");

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static final Measure LIGHTING = measure("2026-001", "Belysning i tunneln", MeasureType.LIGHTING, d(3, 1),
            null, MeasureStatus.ONGOING);
    private static final Measure GUARDS = measure("2026-002", "Väktare vid torget", MeasureType.GUARDS, d(2, 1),
            d(5, 31), MeasureStatus.DONE);
    private static final Measure CAMERAS = measure("2026-003", "Kameror vid stationen", MeasureType.CAMERAS, d(4, 1),
            null, MeasureStatus.ONGOING);
    private static final Measure MORE_LIGHT = measure("2026-004", "Belysning i parken", MeasureType.LIGHTING, d(5, 1),
            null, MeasureStatus.ONGOING);
    private static final Measure DIALOGUE = measure("2026-005", "Dialog med föreningarna", MeasureType.DIALOGUE,
            d(8, 1), null, MeasureStatus.ONGOING);
    private static final Measure PLANNED = measure("2026-006", "Nattvandrare", MeasureType.NIGHT_WALKERS, d(11, 1),
            null, MeasureStatus.PLANNED);
    private static final Measure LAST_YEAR = measure("2025-001", "Klottersanering", MeasureType.GRAFFITI_REMOVAL,
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), MeasureStatus.DONE);

    private static List<Measure> measures() {
        return List.of(LIGHTING, GUARDS, CAMERAS, MORE_LIGHT, DIALOGUE, PLANNED, LAST_YEAR);
    }

    private static List<FollowUp> followUps() {
        return List.of(
                decided(followUp("2026-001", d(6, 1), Outcome.CONTINUE, withInterval(
                        evaluation(EvaluationMethod.WDD, -118, 0.0029, -2.98), -195.6, -40.39)), Outcome.EXTEND),
                followUp("2026-001", d(9, 1), Outcome.CONTINUE),
                followUp("2026-001", d(3, 29), Outcome.CONTINUE, evaluation(EvaluationMethod.WDD, -2, 0.6, -0.5)),
                followUp("2026-002", d(6, 15), Outcome.END, evaluation(EvaluationMethod.E_TEST, -0.5, 0.036, -2.1)),
                followUp("2026-003", d(7, 1), Outcome.REPLACE,
                        evaluation(EvaluationMethod.BEFORE_AFTER, 0.9, 0.42, -0.8)),
                followUp("2026-004", d(8, 1), Outcome.REPLACE,
                        evaluation(EvaluationMethod.BEFORE_AFTER, 1.6, 0.012, 2.5)),
                followUp("2026-999", d(8, 1), Outcome.END, evaluation(EvaluationMethod.WDD, -50, 0.001, -3.3)));
    }

    @Test
    void tabulatesTheMeasuresThatRanMostFavourableFirst() {
        AnnualAnalysis a = AnnualAnalysis.of(Y2026, measures(), followUps());

        assertThat(a.effects()).extracting(e -> e.measure().id().value())
                .containsExactly("2026-001", "2026-002", "2026-003", "2026-004", "2026-005");
        assertThat(a.effects()).extracting(MeasureEffect::change)
                .containsExactly(Change.FALL, Change.FALL, Change.NO_CHANGE, Change.RISE, Change.NOT_TESTED);
        assertThat(a.counts()).containsExactly(Map.entry(Change.FALL, 2L), Map.entry(Change.NO_CHANGE, 1L),
                Map.entry(Change.RISE, 1L), Map.entry(Change.NOT_TESTED, 1L));
        MeasureEffect lighting = a.effects().get(0);
        assertThat(lighting.followUp()).map(FollowUp::date).as("the latest with evaluations").contains(d(6, 1));
        assertThat(lighting.decided()).contains(Outcome.EXTEND);
    }

    @Test
    void summarisesInWords() {
        AnnualAnalysis a = AnnualAnalysis.of(Y2026, measures(), followUps());

        assertThat(a.summary()).isEqualTo("2 of 5 measures were followed by a significant fall (p < 0.05), 1 by no "
                + "significant change and 1 by a significant rise; 1 was not evaluated with a statistical test.");
        assertThat(a.summary(SV)).isEqualTo("2 av 5 insatser följdes av en signifikant minskning (p < 0,05), 1 av "
                + "ingen signifikant förändring och 1 av en signifikant ökning; 1 utvärderades inte med ett "
                + "statistiskt test.");
        assertThat(a.byType(Locale.ENGLISH)).containsExactly(
                "Camera surveillance: 0 of 1 followed by a significant fall",
                "Dialogue: 0 of 1 followed by a significant fall",
                "Guards: 1 of 1 followed by a significant fall",
                "Lighting: 1 of 2 followed by a significant fall");
        assertThat(a.byType(SV)).contains("Belysning: 1 av 2 följdes av en signifikant minskning");
        assertThat(a.toString()).startsWith("AnnualAnalysis 2026: " + a.summary() + "\n  2026-001 ")
                .contains("\n  2026-005 \"Dialog med föreningarna\" dialogue [hagaby] 2026-08-01..: not tested");
    }

    @Test
    void summarisesTheSimplestCases() {
        assertThat(AnnualAnalysis.of(Y2026, List.of(), List.of()).summary()).isEqualTo("No measure ran in 2026.");
        assertThat(AnnualAnalysis.of(Y2026, List.of(), List.of()).summary(SV)).isEqualTo("Ingen insats pågick under 2026.");
        AnnualAnalysis one = AnnualAnalysis.of(Y2026, List.of(GUARDS), followUps(), 0.01);
        assertThat(one.summary()).isEqualTo("0 of 1 measure was followed by a significant fall (p < 0.01), 1 by no "
                + "significant change.");
        assertThat(one.alpha()).isEqualTo(0.01);
    }

    @Test
    void doesNotDependOnTheInputOrder() {
        AnnualAnalysis a = AnnualAnalysis.of(Y2026, measures(), followUps());
        for (long seed = 1; seed <= 20; seed++) {
            List<Measure> m = new ArrayList<>(measures());
            List<FollowUp> f = new ArrayList<>(followUps());
            Collections.shuffle(m, new Random(seed));
            Collections.shuffle(f, new Random(-seed));

            assertThat(AnnualAnalysis.of(Y2026, m, f)).isEqualTo(a).hasToString(a.toString());
        }
    }

    @Test
    void ofTwoFollowUpsOnADayTheDecidedOneCounts() {
        FollowUp undecided = followUp("2026-003", d(7, 1), Outcome.REPLACE,
                evaluation(EvaluationMethod.BEFORE_AFTER, 0.9, 0.42, -0.8));
        FollowUp decidedOne = decided(undecided, Outcome.CONTINUE);

        for (List<FollowUp> order : List.of(List.of(undecided, decidedOne), List.of(decidedOne, undecided))) {
            AnnualAnalysis a = AnnualAnalysis.of(Y2026, List.of(CAMERAS), order);
            assertThat(a.effects().get(0).decided()).contains(Outcome.CONTINUE);
        }
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        MeasureEffect lighting = MeasureEffect.of(LIGHTING, Optional.empty(), 0.05);

        assertThatThrownBy(() -> AnnualAnalysis.builder().period(Y2026).addEffects(lighting, lighting,
                MeasureEffect.of(CAMERAS, Optional.empty(), 0.01), MeasureEffect.of(LAST_YEAR, Optional.empty(), 0.05))
                .build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("effects[1].measure.id", "effects[2].alpha", "effects[3].measure"));
        assertThatThrownBy(() -> AnnualAnalysis.of(Y2026, List.of(LIGHTING, LIGHTING), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must be unique");
        assertThatThrownBy(() -> AnnualAnalysis.of(Y2026, List.of(), List.of(), 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("alpha");
    }
}
