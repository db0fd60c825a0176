package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.disclosure.Visibility;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Test;

class ObservationLineTest {
    @Test
    void itsSummaryLeavesTheTextOut() {
        ObservationLine line = Samples.line(Visibility.PARTNERS).timeOfDay(TimeOfDay.EVENING).build();
        assertThat(line).hasToString("o-1 2025-05-12 EVENING kommun/centrum property-damage PARTNERS");
        assertThat(line.toString()).doesNotContain("Klotter");
    }

    @Test
    void needsEveryRequiredAttribute() {
        assertThatThrownBy(() -> ObservationLine.builder().build()).hasMessageContaining("id")
                .hasMessageContaining("visibility").hasMessageContaining("text");
    }
}
