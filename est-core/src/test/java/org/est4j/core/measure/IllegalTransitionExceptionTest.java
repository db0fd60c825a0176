package org.est4j.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.EstException;
import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {
    private static final MeasureId ID = MeasureId.of("2026-047");

    @Test
    void carriesTheMeasureBothStatusesAndTheAllowedOnes() {
        IllegalTransitionException e = new IllegalTransitionException(ID, MeasureStatus.PLANNED, MeasureStatus.DONE);

        assertThat(e).isInstanceOf(EstException.class);
        assertThat(e.measure()).isEqualTo(ID);
        assertThat(e.from()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(e.to()).isEqualTo(MeasureStatus.DONE);
        assertThat(e.allowed()).containsExactly(MeasureStatus.ONGOING, MeasureStatus.CANCELLED);
        assertThat(e.getMessage()).isEqualTo(
                "Measure 2026-047 cannot go from PLANNED to DONE; allowed from PLANNED: ONGOING, CANCELLED");
    }

    @Test
    void fromAFinalStatusTheMessageSaysToStartANewMeasure() {
        IllegalTransitionException e = new IllegalTransitionException(ID, MeasureStatus.DONE, MeasureStatus.ONGOING);

        assertThat(e.allowed()).isEmpty();
        assertThat(e.getMessage()).contains("DONE is final").contains("new measure");
    }

    @Test
    void refusesAnAllowedTransition() {
        assertThatThrownBy(() -> new IllegalTransitionException(ID, MeasureStatus.PLANNED, MeasureStatus.ONGOING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new IllegalTransitionException(null, MeasureStatus.DONE, MeasureStatus.ONGOING))
                .isInstanceOf(NullPointerException.class).hasMessage("measure");
    }
}
