package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.Visibility;
import org.junit.jupiter.api.Test;

class MeasureRowTest {
    @Test
    void readsAsWhatWhenAndWhereItStands() {
        assertThat(Samples.measure(Visibility.PUBLIC).end(Samples.DAY.plusDays(30)).build())
                .hasToString("Measure m-1 \"Belysning vid torget\" lighting ONGOING from 2025-05-12 to 2025-06-11");
    }

    @Test
    void refusesABlankTitleAnEndBeforeTheStartAndANamelessLead() {
        assertThatThrownBy(() -> Samples.measure(Visibility.PUBLIC).title(" ").end(Samples.DAY.minusDays(1))
                .leadActorName("").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactlyInAnyOrder("title", "end", "leadActorName"));
    }
}
