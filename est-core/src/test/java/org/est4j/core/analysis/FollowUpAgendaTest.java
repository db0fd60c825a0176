package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.analysis.Measures.followUp;
import static org.est4j.core.analysis.Measures.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;

class FollowUpAgendaTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 12, 21);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static final Measure A = measure("a", "Belysning", MeasureType.LIGHTING, d(10, 1), null, MeasureStatus.ONGOING);
    static final Measure B = measure("b", "Väktare", MeasureType.GUARDS, d(11, 23), null, MeasureStatus.ONGOING);
    static final Measure C = measure("c", "Städning", MeasureType.CLEANING, d(12, 1), null, MeasureStatus.ONGOING);
    static final Measure D = measure("d", "Kameror", MeasureType.CAMERAS, d(9, 1), d(11, 30), MeasureStatus.DONE);
    static final Measure E = measure("e", "Dialog", MeasureType.DIALOGUE, d(9, 1), null, MeasureStatus.ONGOING);

    private static List<FollowUp> followUps() {
        return List.of(followUp("a", d(11, 20), Outcome.CONTINUE), followUp("e", d(10, 15), Outcome.CONTINUE),
                followUp("e", d(12, 25), Outcome.CONTINUE), followUp("d", d(10, 1), Outcome.CONTINUE));
    }

    @Test
    void listsTheOngoingMeasuresWhoseIntervalHasPassedLongestOverdueFirst() {
        FollowUpAgenda agenda = FollowUpAgenda.of(MEETING, List.of(A, B, C, D, E), followUps());

        assertThat(agenda.date()).isEqualTo(MEETING);
        assertThat(agenda.due()).extracting(x -> x.measure().id().value()).containsExactly("e", "a", "b");
        assertThat(agenda.due()).extracting(DueFollowUp::dueOn).containsExactly(d(11, 12), d(12, 18), d(12, 21));
        assertThat(agenda.due()).extracting(DueFollowUp::daysOverdue).containsExactly(39L, 3L, 0L);
        assertThat(agenda).hasToString("FollowUpAgenda 2026-12-21: 3 measures due"
                + "\n  e \"Dialog\" (lead bostadsbolaget) due 2026-11-12, 39 days overdue, last followed up 2026-10-15"
                + "\n  a \"Belysning\" (lead bostadsbolaget) due 2026-12-18, 3 days overdue, last followed up 2026-11-20"
                + "\n  b \"Väktare\" (lead bostadsbolaget) due 2026-12-21, today, never followed up");
    }

    @Test
    void agreesWithTheMeasuresOwnRuleWhateverTheOrder() {
        List<Measure> measures = new ArrayList<>(List.of(A, B, C, D, E));
        FollowUpAgenda first = FollowUpAgenda.of(MEETING, measures, followUps());
        for (long seed = 1; seed <= 10; seed++) {
            Collections.shuffle(measures, new Random(seed));
            FollowUpAgenda again = FollowUpAgenda.of(MEETING, measures, followUps());

            assertThat(again).isEqualTo(first);
            for (Measure m : measures) {
                assertThat(again.due().stream().anyMatch(x -> x.measure().equals(m)))
                        .isEqualTo(m.isDueForFollowUp(MEETING, followUps()));
            }
        }
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        DueFollowUp a = DueFollowUp.builder().measure(A).dueOn(d(12, 18)).asOf(MEETING).build();
        DueFollowUp elsewhen = DueFollowUp.builder().measure(B).dueOn(d(12, 18)).asOf(d(12, 19)).build();

        assertThatThrownBy(() -> FollowUpAgenda.builder().date(MEETING).addDue(a, a, elsewhen).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("due[1].measure.id", "due[2].asOf"));
        assertThat(FollowUpAgenda.of(MEETING, List.of(), List.of()).due()).isEmpty();
    }
}
