package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TriangleSideTest {
    @Test
    void eachControllerControlsOneInnerSide() {
        assertThat(TriangleSide.HANDLER.controls()).contains(TriangleSide.OFFENDER);
        assertThat(TriangleSide.GUARDIAN.controls()).contains(TriangleSide.VICTIM);
        assertThat(TriangleSide.MANAGER.controls()).contains(TriangleSide.PLACE);
        assertThat(Arrays.stream(TriangleSide.values()).filter(TriangleSide::isInner))
                .containsExactly(TriangleSide.OFFENDER, TriangleSide.VICTIM, TriangleSide.PLACE);
    }

    @ParameterizedTest
    @EnumSource(TriangleSide.class)
    void innerSidesControlNothing(TriangleSide side) {
        assertThat(side.controls().isEmpty()).isEqualTo(side.isInner());
        assertThat(side.labelSv()).isNotBlank();
        assertThat(side.label(Locale.forLanguageTag("sv"))).isEqualTo(side.labelSv());
        assertThat(side.label(Locale.GERMAN)).isEqualTo(side.labelEn());
    }

    @Test
    void usesTheHandbooksSwedishNames() {
        assertThat(TriangleSide.OFFENDER.labelSv()).isEqualTo("Gärningsperson");
        assertThat(TriangleSide.VICTIM.labelSv()).isEqualTo("Brottsutsatt");
        assertThat(TriangleSide.PLACE.labelSv()).isEqualTo("Plats");
    }
}
