package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.est4j.core.ValidationException;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.junit.jupiter.api.Test;

class PointAssignmentTest {
    private static final Observation PLACED = PointAssignerTest.observation("o-1", TestShapes.TORGET,
            Optional.of(GeoPoint.of(59.73, 18.12)));
    private static final Observation BARE = PointAssignerTest.observation("o-2", TestShapes.NORR, Optional.empty());

    @Test
    void theCountsAddUpAndPrint() {
        PointAssignment r = PointAssignment.builder().addAssigned(PLACED).addReassigned(PLACED.id())
                .addWithoutPoint(BARE).build();
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.outside()).isEmpty();
        assertThat(r.toString()).isEqualTo("PointAssignment[1 assigned (1 reassigned), 0 outside, 1 without point]");
        assertThat(r).isEqualTo(PointAssignment.builder().from(r).build());
    }

    @Test
    void reassignedIdsAreOfAssignedObservationsOnce() {
        assertThatThrownBy(() -> PointAssignment.builder().addAssigned(PLACED).addReassigned(PLACED.id(), PLACED.id(),
                ObservationId.of("o-9")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactly("reassigned[1]", "reassigned[2]"));
    }
}
