package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.measure.MeasureId;
import org.junit.jupiter.api.Test;

class AreaNeedTest {
    @Test
    void isCoveredWhenThePlanHasAMeasureForIt() {
        AreaNeed uncovered = AreaNeed.builder().area(Samples.CENTRUM).name("Centrum").focus(true)
                .level(TestCycle.SCALE.highest()).build();
        assertThat(uncovered.covered()).isFalse();
        assertThat(uncovered).hasToString("Need kommun/centrum \"Centrum\" level 5, focus: no measure");
        AreaNeed covered = AreaNeed.builder().from(uncovered).addMeasures(MeasureId.of("m-1")).build();
        assertThat(covered.covered()).isTrue();
        assertThat(covered).hasToString("Need kommun/centrum \"Centrum\" level 5, focus: 1 measures");
    }

    @Test
    void needsAnAreaAndAName() {
        assertThatThrownBy(() -> AreaNeed.builder().name(" ").focus(false).build()).hasMessageContaining("area")
                .hasMessageContaining("name");
    }
}
