package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.analysis.Change;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class StatutoryReportTest {
    private static StatutoryReport.Builder report(Audience audience, StatutorySituation situation, ActionPlan plan) {
        return StatutoryReport.builder().policy(DisclosurePolicy.forAudience(audience)).title("Lägesbild 2025")
                .municipality("Testkommun").year(Period.year(2025)).locale(Locale.forLanguageTag("sv"))
                .situation(situation).actionPlan(plan).showsReasons(audience == Audience.GROUP);
    }

    private static final ActionPlan PLAN = ActionPlan.builder().addMeasures(Samples.measure(Visibility.PUBLIC)
            .description("Lampor").build()).putActors(ActorId.of("kommunen"), "Kommunen").build();

    @Test
    void listsItsTextsAndReadsAsItsTwoHalves() {
        StatutoryReport r = report(Audience.PUBLIC, StatutorySituationTest.valid(3).addAnalysis("Ökning.")
                .addCauseAnalyses(CauseSummary.builder().area(Samples.CENTRUM).period(Samples.MAY)
                        .addConclusions("Mörkt").visibility(Visibility.PUBLIC).build()).build(), PLAN)
                .addNotes("Not").build();
        assertThat(r.audience()).isEqualTo(Audience.PUBLIC);
        assertThat(r.texts()).containsExactly("Lägesbild 2025", "Ökning.", "Mörkt", "Belysning vid torget", "Lampor",
                "Not");
        assertThat(r.toString()).startsWith("StatutoryReport PUBLIC 2025 \"Lägesbild 2025\": Lägesbild:")
                .contains("Åtgärdsplan: 0 needs");
    }

    @Test
    void refusesWhatItsPolicyForbids() {
        MeasureEffectRow withEstimate = MeasureEffectRow.builder().measure(MeasureId.of("m-1")).title("Belysning")
                .change(Change.FALL).estimate(-3.5).method(EvaluationMethod.values()[0]).build();
        MeasureEffectRow elsewhere = MeasureEffectRow.builder().measure(MeasureId.of("m-9")).title("Annat")
                .change(Change.NOT_TESTED).build();
        StatutorySituation situation = StatutorySituationTest.valid(3).addEffects(withEstimate, elsewhere)
                .addCauseAnalyses(CauseSummary.builder().area(Samples.CENTRUM).period(Samples.MAY)
                        .visibility(Visibility.GROUP).build()).addAnalysis("Ring 070-123 45 67").build();
        assertThatThrownBy(() -> report(Audience.PUBLIC, situation, ActionPlan.builder().from(PLAN)
                .measures(java.util.List.of(Samples.measure(Visibility.PARTNERS).build())).build())
                .year(Period.month(2025, 1)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("year", "situation.effects[0]",
                                "situation.effects[1].measure", "situation.causeAnalyses[0].visibility",
                                "actionPlan.measures[0].visibility", "texts[1]"));
        assertThatThrownBy(() -> report(Audience.PUBLIC, StatutorySituationTest.valid(1).build(), PLAN).build())
                .hasMessageContaining("situation.extent");
        assertThatThrownBy(() -> report(Audience.PARTNERS, StatutorySituationTest.valid(1).build(), PLAN)
                .showsReasons(true).build()).hasMessageContaining("showsReasons");
    }
}
