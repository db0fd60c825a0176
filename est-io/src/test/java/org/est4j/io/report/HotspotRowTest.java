package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class HotspotRowTest {

    @Test
    void holdsPlaceAreaWindowAndReasons() {
        HotspotRow row = HotspotRow.builder().place("Perrong 2").area("Resecentrum").window("9–22 nov. 2026")
                .addReasons("Samlingar kvällstid").build();
        assertThat(row.reasons()).containsExactly("Samlingar kvällstid");
        assertThat(row).hasToString("HotspotRow[Perrong 2 (Resecentrum) 9–22 nov. 2026]");
    }

    @Test
    void checksEveryText() {
        assertThatThrownBy(() -> HotspotRow.builder().place(" ").addReasons(" ").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("place").hasMessageContaining("area")
                .hasMessageContaining("window").hasMessageContaining("reasons[0]");
    }
}
