package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class FocusAreaTest {
    @Test
    void readsAsItsPlaceAmongTheFocusAreasOfItsPeriod() {
        assertThat(FocusArea.builder().area(Samples.CENTRUM).name("Centrum").period(Period.quarter(2025, 2)).rank(1)
                .decided(true).build()).hasToString("Focus 1 in 2025-Q2: kommun/centrum \"Centrum\" (decided)");
    }

    @Test
    void theRankStartsAtOne() {
        assertThatThrownBy(() -> FocusArea.builder().area(Samples.CENTRUM).name("").period(Samples.MAY).rank(0)
                .decided(false).build()).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactlyInAnyOrder("name", "rank"));
    }
}
