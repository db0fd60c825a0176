package org.est4j.core.measure;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.est4j.core.mapping.ActorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-047", "belysning-torget", "m1", "Åtgärd_3"})
    void acceptsIdentifierText(String text) {
        assertThat(MeasureId.of(text).value()).isEqualTo(text);
        assertThat(MeasureId.of(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-leading", "with space", "semi;colon"})
    void rejectsOtherText(String text) {
        assertThatThrownBy(() -> MeasureId.of(text)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("measure id");
    }

    @Test
    void equalsByValueAndKind() {
        new EqualsTester()
                .addEqualityGroup(MeasureId.of("m1"), MeasureId.of("m1"))
                .addEqualityGroup(MeasureId.of("m2"))
                .addEqualityGroup(ActorId.of("m1"))
                .testEquals();
    }

    @Test
    void sortsByValue() {
        assertThat(MeasureId.of("2026-010")).isLessThan(MeasureId.of("2026-047"));
    }
}
