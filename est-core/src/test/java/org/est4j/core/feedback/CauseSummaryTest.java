package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.est4j.core.analysis.TriangleSide;
import org.est4j.core.disclosure.Visibility;
import org.junit.jupiter.api.Test;

class CauseSummaryTest {
    @Test
    void keepsTheSidesInTheTrianglesOrder() {
        CauseSummary c = CauseSummary.builder().area(Samples.CENTRUM).period(Samples.MAY)
                .putSides(TriangleSide.MANAGER, List.of("Ingen budget")).putSides(TriangleSide.PLACE, List.of("Mörkt"))
                .addConclusions("Belysning").visibility(Visibility.PUBLIC).build();
        assertThat(c.sides().keySet()).containsExactly(TriangleSide.PLACE, TriangleSide.MANAGER);
        assertThat(c).hasToString("Cause analysis kommun/centrum 2025-05: 2 sides, 1 conclusions");
    }

    @Test
    void needsAreaPeriodAndVisibility() {
        assertThatThrownBy(() -> CauseSummary.builder().build()).hasMessageContaining("area")
                .hasMessageContaining("period").hasMessageContaining("visibility");
    }
}
