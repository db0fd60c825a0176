package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class HotspotQueryTest {
    private static final AreaId TOWN = AreaId.of("town");
    private static final AreaId NORTH = AreaId.of("town/north");
    private static final AreaId SOUTH = AreaId.of("town/south");
    private static final AreaHierarchy H = AreaHierarchy.of(Area.of(TOWN, "Town", AreaLevel.LOCALITY),
            Area.of(NORTH, "North", AreaLevel.NEIGHBOURHOOD, TOWN), Area.of(SOUTH, "South", AreaLevel.NEIGHBOURHOOD, TOWN),
            Area.of(AreaId.of("other"), "Other", AreaLevel.LOCALITY));
    private static final LocalDateRange WEEK = LocalDateRange.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));

    private static Observation at(String id, AreaId area, String time) {
        return Observation.builder().id(ObservationId.of(id)).source(Source.CITIZEN).area(area)
                .occurredAtLocal(LocalDateTime.parse(time)).category(CategoryId.of("littering"))
                .severity(Severity.MINOR).build();
    }

    @Test
    void holdsTheAreaTheWindowItsObservationsAndChildTotals() {
        HotspotQuery q = HotspotQuery.builder().hierarchy(H).area(TOWN).window(WEEK)
                .addObservations(at("o-1", NORTH, "2026-11-16T10:00"), at("o-2", TOWN, "2026-11-22T23:59"))
                .putChildTotals(NORTH, 1L).putChildTotals(SOUTH, 0L).build();

        assertThat(q.total()).isEqualTo(2);
        assertThat(q.childTotals().keySet()).containsExactly(NORTH, SOUTH);
        assertThat(q.toString()).isEqualTo("HotspotQuery town 2026-11-16..2026-11-22: 2 observations, 2 children");
    }

    @Test
    void rejectsObservationsOutsideTheAreaOrWindowAndChildrenOfOthers() {
        assertThatThrownBy(() -> HotspotQuery.builder().hierarchy(H).area(NORTH).window(WEEK)
                .addObservations(at("o-1", SOUTH, "2026-11-16T10:00"), at("o-2", NORTH, "2026-11-23T00:00"))
                .putChildTotals(SOUTH, 1L).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("observations[0].area").hasMessageContaining("observations[1].occurredAt")
                .hasMessageContaining("childTotals[town/south]");
        assertThatThrownBy(() -> HotspotQuery.builder().hierarchy(H).area(AreaId.of("nowhere")).window(WEEK).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("area");
    }
}
