package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class SeriesPointTest {

    @Test
    void printsTheCountOrTheSuppressionMark() {
        assertThat(SeriesPoint.of("v. 47", 12).display()).isEqualTo("12");
        assertThat(SeriesPoint.suppressed("v. 46").display()).isEqualTo("..");
        assertThat(SeriesPoint.builder().label("v. 48").value(3).current(true).build().toString())
                .isEqualTo("v. 48: 3 (current)");
    }

    @Test
    void checksLabelAndCount() {
        assertThatThrownBy(() -> SeriesPoint.builder().label("").value(-1).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("label").hasMessageContaining("value");
    }
}
