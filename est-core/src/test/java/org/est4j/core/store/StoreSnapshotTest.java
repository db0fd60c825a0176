package org.est4j.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Test;

class StoreSnapshotTest {
    private static final Observation GRAFFITI = Observation.builder().id(ObservationId.of("o-1"))
            .source(Source.REPORTER).reporter(ReporterId.of("r-017")).area(AreaId.of("centrum")).placeName("Torget")
            .point(GeoPoint.of(59.7579, 18.7049)).occurredAtLocal(LocalDateTime.parse("2026-11-20T21:40"))
            .category(CategoryId.of("property-damage.graffiti")).severity(Severity.CONSIDERABLE)
            .description("Nytt klotter").channel("app").build();
    private static final Observation LITTER = Observation.builder().id(ObservationId.of("o-2"))
            .source(Source.POLICE).area(AreaId.of("norr")).occurredAt(Instant.ofEpochSecond(1_790_000_000L, 5))
            .category(CategoryId.of("littering")).severity(Severity.MINOR).build();

    @Test
    void readsEveryColumnOfARow() {
        StoreSnapshot s = ObservationStore.of(List.of(GRAFFITI, LITTER)).snapshot();

        assertThat(s.size()).isEqualTo(2);
        assertThat(s.id(0)).isEqualTo(ObservationId.of("o-1"));
        assertThat(s.areaOfCode(s.areaCode(0))).isEqualTo(AreaId.of("centrum"));
        assertThat(s.areaCode(1)).isEqualTo(1);
        assertThat(s.areaCodeCount()).isEqualTo(2);
        assertThat(s.categoryOfCode(s.categoryCode(1))).isEqualTo(CategoryId.of("littering"));
        assertThat(s.categoryCodeCount()).isEqualTo(2);
        assertThat(s.reporterOfCode(s.reporterCode(0))).isEqualTo(ReporterId.of("r-017"));
        assertThat(s.reporterCode(1)).isEqualTo(StoreSnapshot.NO_CODE);
        assertThat(s.reporterCodeCount()).isEqualTo(1);
        assertThat(s.placeOfCode(s.placeCode(0))).isEqualTo("Torget");
        assertThat(s.placeCode(1)).isEqualTo(StoreSnapshot.NO_CODE);
        assertThat(s.placeCodeCount()).isEqualTo(1);
        assertThat(s.occurredAt(0)).isEqualTo(GRAFFITI.occurredAt());
        assertThat(s.occurredAt(1)).isEqualTo(Instant.ofEpochSecond(1_790_000_000L, 5));
        assertThat(s.occurredEpochSecond(1)).isEqualTo(1_790_000_000L);
        assertThat(s.source(1)).isEqualTo(Source.POLICE);
        assertThat(s.visibility(1)).isEqualTo(Visibility.GROUP);
        assertThat(s.timePrecision(0)).isEqualTo(TimePrecision.EXACT);
        assertThat(s.severity(0)).isEqualTo(Severity.CONSIDERABLE);
        assertThat(s.severityRank(1)).isEqualTo(1);
        assertThat(s.timeOfDay(0)).isEqualTo(TimeOfDay.EVENING);
        assertThat(s.hasPoint(0)).isTrue();
        assertThat(s.latitude(0)).isEqualTo(59.7579);
        assertThat(s.longitude(0)).isEqualTo(18.7049);
        assertThat(s.point(0)).contains(GeoPoint.of(59.7579, 18.7049));
        assertThat(s.hasPoint(1)).isFalse();
        assertThat(s.latitude(1)).isNaN();
        assertThat(s.point(1)).isEmpty();
        assertThat(s.reportedAt(0)).isEmpty();
        assertThat(s.earliestEpochSecond()).hasValue(1_790_000_000L);
        assertThat(s.latestEpochSecond()).hasValue(GRAFFITI.occurredAt().getEpochSecond());
        assertThat(s.toString()).isEqualTo("StoreSnapshot[2 observations, 2 areas, 2 categories]");
    }

    @Test
    void isNotChangedByLaterAppends() {
        ObservationStore store = ObservationStore.of(List.of(GRAFFITI));
        StoreSnapshot before = store.snapshot();
        store.appendAll(StoreFixtures.observations(new SplittableRandom(5), 5_000, "x-"));

        assertThat(before.size()).isEqualTo(1);
        assertThat(before.stream()).containsExactly(GRAFFITI);
        assertThat(before.areaCodeCount()).isEqualTo(1);
        assertThat(store.snapshot().size()).isEqualTo(5_001);
        assertThatThrownBy(() -> before.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> before.areaOfCode(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> before.areaCode(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anEmptySnapshotHasNoDataRange() {
        StoreSnapshot empty = ObservationStore.create().snapshot();

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.earliestEpochSecond()).isEmpty();
        assertThat(empty.latestEpochSecond()).isEmpty();
        assertThat(empty.stream()).isEmpty();
    }
}
