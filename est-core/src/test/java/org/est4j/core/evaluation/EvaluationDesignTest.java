package org.est4j.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class EvaluationDesignTest {
    private static final AreaId STATION = AreaId.of("station");
    private static final AreaId HARBOUR = AreaId.of("harbour");
    private static final AreaId CENTRE = AreaId.of("centre");
    private static final LocalDateRange BEFORE = LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 8));
    private static final LocalDateRange AFTER = LocalDateRange.of(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 11, 9));

    private static EvaluationDesign.Builder valid() {
        return EvaluationDesign.builder().addTreated(STATION).addControl(HARBOUR).addBuffer(CENTRE).before(BEFORE)
                .after(AFTER);
    }

    @Test
    void holdsTheRolesAndDates() {
        EvaluationDesign d = valid().build();
        assertThat(d.treated()).containsExactly(STATION);
        assertThat(d.control()).containsExactly(HARBOUR);
        assertThat(d.buffer()).containsExactly(CENTRE);
        assertThat(d.categories()).isEmpty();
        assertThat(d).hasToString("treated [station] vs control [harbour], buffer [centre]: " + BEFORE + " → " + AFTER);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> EvaluationDesign.builder().addBuffer(STATION)
                .before(LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)))
                .after(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactly("treated", "control", "before", "after"));
    }

    @Test
    void noAreaHasTwoRoles() {
        assertThatThrownBy(() -> valid().addControl(STATION).addBuffer(HARBOUR).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + ": " + p.value())
                        .containsExactly("control: station", "buffer: harbour"));
    }

    @Test
    void afterMustNotStartBeforeTheBeforeRangeEnds() {
        assertThatThrownBy(() -> valid().after(LocalDateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)))
                .build()).hasMessageContaining("after: must start on or after the end of the before range, 2026-06-08");
    }
}
