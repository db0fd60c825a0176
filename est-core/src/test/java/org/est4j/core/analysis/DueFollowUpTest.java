package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class DueFollowUpTest {
    private static final LocalDate DUE = LocalDate.of(2026, 12, 18);

    @Test
    void countsTheDaysOverdue() {
        DueFollowUp d = DueFollowUp.builder().measure(FollowUpAgendaTest.A).dueOn(DUE)
                .lastFollowUp(LocalDate.of(2026, 11, 20)).asOf(LocalDate.of(2026, 12, 21)).build();

        assertThat(d.daysOverdue()).isEqualTo(3);
        assertThat(d).hasToString("a \"Belysning\" (lead bostadsbolaget) due 2026-12-18, 3 days overdue, last "
                + "followed up 2026-11-20");
        assertThat(DueFollowUp.builder().from(d).asOf(DUE.plusDays(1)).build()).hasToString("a \"Belysning\" (lead "
                + "bostadsbolaget) due 2026-12-18, 1 day overdue, last followed up 2026-11-20");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> DueFollowUp.builder().measure(FollowUpAgendaTest.A).dueOn(DUE).lastFollowUp(DUE)
                .asOf(DUE.minusDays(1)).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("dueOn", "lastFollowUp"));
        assertThatThrownBy(() -> DueFollowUp.builder().build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("measure", "dueOn", "asOf"));
    }
}
