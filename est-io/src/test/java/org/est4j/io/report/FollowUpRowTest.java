package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;

class FollowUpRowTest {

    @Test
    void isASuggestionUntilDecided() {
        FollowUpRow f = FollowUpRow.builder().date("25 nov. 2026").outcome(Outcome.EXTEND).build();
        assertThat(f.decided()).isFalse();
        assertThat(FollowUpRow.builder().from(f).decided(true).reading("Förläng").build())
                .hasToString("FollowUpRow[25 nov. 2026: EXTEND (decided)]");
    }

    @Test
    void checksEveryAttribute() {
        assertThatThrownBy(() -> FollowUpRow.builder().reading(" ").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("date").hasMessageContaining("outcome").hasMessageContaining("reading");
    }
}
