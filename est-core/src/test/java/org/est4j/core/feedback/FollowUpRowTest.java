package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;

class FollowUpRowTest {
    @Test
    void theOutcomeIsTheGroupsDecisionWhenThereIsOne() {
        FollowUpRow undecided = Samples.followUp().build();
        assertThat(undecided.outcome()).isEqualTo(Outcome.CONTINUE);
        assertThat(undecided).hasToString("2025-05-26: suggested CONTINUE, undecided");
        FollowUpRow decided = Samples.followUp().decided(Outcome.END).build();
        assertThat(decided.outcome()).isEqualTo(Outcome.END);
        assertThat(decided).hasToString("2025-05-26: suggested CONTINUE, decided END");
    }

    @Test
    void needsADateAndASuggestion() {
        assertThatThrownBy(() -> FollowUpRow.builder().build()).hasMessageContaining("date")
                .hasMessageContaining("suggested");
    }
}
