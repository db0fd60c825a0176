package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class KeyFigureTest {

    @Test
    void holdsValueAndLabel() {
        assertThat(KeyFigure.of("214", "iakttagelser")).hasToString("214 iakttagelser")
                .isEqualTo(KeyFigure.builder().value("214").label("iakttagelser").build());
    }

    @Test
    void checksBoth() {
        assertThatThrownBy(() -> KeyFigure.builder().value(" ").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("value").hasMessageContaining("label");
    }
}
