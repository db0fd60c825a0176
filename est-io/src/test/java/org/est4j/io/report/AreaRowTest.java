package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class AreaRowTest {

    @Test
    void defaultsToTheTopWithoutLevelOrTrend() {
        AreaRow row = AreaRow.builder().name("Centrum").total("42").build();
        assertThat(row.depth()).isZero();
        assertThat(row.level()).isEmpty();
        assertThat(row.levelSuggested()).isFalse();
        assertThat(row.trend()).isEqualTo(TrendMark.NONE);
        assertThat(row.toString()).isEqualTo("AreaRow[Centrum: -, NONE, 42]");
    }

    @Test
    void checksEveryAttribute() {
        assertThatThrownBy(() -> AreaRow.builder().name(" ").depth(-1).addCounts("").comment(" ").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("name").hasMessageContaining("total")
                .hasMessageContaining("depth").hasMessageContaining("counts[0]").hasMessageContaining("comment");
    }
}
