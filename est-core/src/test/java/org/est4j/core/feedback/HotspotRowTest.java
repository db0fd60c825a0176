package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class HotspotRowTest {
    @Test
    void readsAsPlaceWindowAndMethod() {
        assertThat(HotspotRow.builder().area(Samples.CENTRUM).placeName("Torget").window(Samples.MAY.dates())
                .method("repeat-location").build())
                .hasToString("Hotspot kommun/centrum \"Torget\" 2025-05-01..2025-05-31 repeat-location");
    }

    @Test
    void needsAreaWindowAndMethodAndNoBlankPlace() {
        assertThatThrownBy(() -> HotspotRow.builder().placeName(" ").method(" ").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactlyInAnyOrder("area", "window", "method", "placeName"));
    }
}
