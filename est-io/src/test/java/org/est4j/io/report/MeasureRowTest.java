package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;

class MeasureRowTest {

    @Test
    void holdsTheMeasureAndItsLatestFollowUp() {
        MeasureRow row = MeasureRow.builder().title("Belysning").type("Belysning").areas("Centrum").lead("Tekniska")
                .dates("2–27 nov. 2026").status("genomförd")
                .followUp(FollowUpRow.builder().date("30 nov. 2026").outcome(Outcome.END).build()).build();
        assertThat(row.partners()).isEmpty();
        assertThat(row).hasToString("MeasureRow[Belysning, genomförd, FollowUpRow[30 nov. 2026: END (suggested)]]");
    }

    @Test
    void checksEveryText() {
        assertThatThrownBy(() -> MeasureRow.builder().partners(" ").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("title").hasMessageContaining("type").hasMessageContaining("areas")
                .hasMessageContaining("lead").hasMessageContaining("dates").hasMessageContaining("status")
                .hasMessageContaining("partners");
    }
}
