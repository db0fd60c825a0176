package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.analysis.Change;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.Outcome;
import org.junit.jupiter.api.Test;

class MeasureEffectRowTest {
    @Test
    void readsAsTheChangeAndTheOutcomeThatHolds() {
        MeasureEffectRow e = MeasureEffectRow.builder().measure(MeasureId.of("m-1")).title("Belysning")
                .change(Change.FALL).suggested(Outcome.CONTINUE).build();
        assertThat(e).hasToString("Effect m-1: FALL, suggested CONTINUE");
        assertThat(MeasureEffectRow.builder().from(e).decided(Outcome.EXTEND).build())
                .hasToString("Effect m-1: FALL, decided EXTEND");
        assertThat(MeasureEffectRow.builder().from(e).suggested(java.util.Optional.empty()).build())
                .hasToString("Effect m-1: FALL");
    }

    @Test
    void needsMeasureTitleAndChange() {
        assertThatThrownBy(() -> MeasureEffectRow.builder().title(" ").build()).hasMessageContaining("measure")
                .hasMessageContaining("title").hasMessageContaining("change");
    }
}
