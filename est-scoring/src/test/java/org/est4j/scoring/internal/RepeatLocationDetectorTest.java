package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.EAST;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.NORTH;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.SOUTH;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.SQUARE;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.TOWN;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.WEEK;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.query;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.townObservations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;

class RepeatLocationDetectorTest {

    private static RepeatLocationDetector detector(PluginConfig config) {
        return RepeatLocationDetector.of(config, Taxonomy.standard());
    }

    private static Observation at(String id, AreaId area, String place, GeoPoint point, int day) {
        Observation.Builder b = Observation.builder().id(ObservationId.of(id)).source(Source.CITIZEN).area(area)
                .occurredAtLocal(LocalDateTime.of(2026, 11, day, 21, 0)).category(CategoryId.of("gathering"))
                .severity(Severity.MODERATE);
        if (place != null) {
            b.placeName(place);
        }
        if (point != null) {
            b.point(point);
        }
        return b.build();
    }

    private static List<Observation> sorted(List<Observation> observations) {
        List<Observation> copy = new ArrayList<>(observations);
        copy.sort(Observation.byOccurrence());
        return copy;
    }

    @Test
    void designatesTheSquareWithEightReports() {
        List<Hotspot> found = detector(PluginConfig.empty()).detect(query(TOWN, townObservations()));

        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.area()).isEqualTo(SQUARE);
            assertThat(h.placeName()).contains("Torget");
            assertThat(h.window()).isEqualTo(WEEK);
            assertThat(h.score()).isEqualTo(8);
            assertThat(h.observations()).extracting(ObservationId::value).allMatch(id -> id.startsWith("sq-"))
                    .hasSize(8);
            assertThat(h.point().get().distanceMetres(GeoPoint.of(59.76007, 18.700105))).isLessThan(1);
            assertThat(h.reasons()).containsExactly(
                    "8 iakttagelser vid Torget 2026-11-16–2026-11-22: 50 % av de 16 i Staden; minst 3 och 10 % krävs",
                    "Vanligast: Otrygghetsskapande samling av personer 4, Skadegörelse 4");
        });
    }

    @Test
    void aSmallestSubAreaWithoutPlaceNamesIsAPlaceButTheAreaExaminedIsNot() {
        List<Hotspot> found = detector(PluginConfig.empty().with("min-count", "2").with("language", "en"))
                .detect(query(TOWN, townObservations()));

        assertThat(found).extracting(Hotspot::area).containsExactly(SQUARE, EAST);
        assertThat(found.get(1).reasons().get(0)).isEqualTo("2 observations in Öster 2026-11-16–2026-11-22: 13 % of the"
                + " 16 in Staden; at least 2 and 10 % are needed");
    }

    @Test
    void placeNamesMatchIgnoringCaseAndSpacesWithinOneArea() {
        List<Observation> reports = sorted(List.of(at("a", NORTH, "Busshållplatsen", null, 16),
                at("b", NORTH, " busshållplatsen ", null, 17), at("c", NORTH, "BUSSHÅLLPLATSEN", null, 18),
                at("d", SOUTH, "Busshållplatsen", null, 19), at("e", SOUTH, "Busshållplatsen", null, 20)));
        List<Hotspot> found = detector(PluginConfig.empty()).detect(query(TOWN, reports));

        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.area()).isEqualTo(NORTH);
            assertThat(h.placeName()).contains("Busshållplatsen");
            assertThat(h.observations()).extracting(ObservationId::value).containsExactly("a", "b", "c");
            assertThat(h.point()).isEmpty();
        });
    }

    @Test
    void pointsWithoutANameMeetInTheSameSquare() {
        List<Observation> reports = sorted(List.of(at("p1", NORTH, null, GeoPoint.of(59.76001, 18.70001), 16),
                at("p2", SQUARE, null, GeoPoint.of(59.76003, 18.70004), 17),
                at("p3", SQUARE, null, GeoPoint.of(59.76005, 18.70002), 18),
                at("far", SOUTH, null, GeoPoint.of(59.75, 18.69), 18)));
        List<Hotspot> found = detector(PluginConfig.empty()).detect(query(TOWN, reports));

        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.area()).as("the lowest area holding them all").isEqualTo(NORTH);
            assertThat(h.placeName()).isEmpty();
            assertThat(h.point().get().distanceMetres(GeoPoint.of(59.76003, 18.70002))).isLessThan(25);
            assertThat(h.reasons().get(0)).startsWith("3 iakttagelser inom en ruta på 25 m kring 59,7");
        });
        assertThat(detector(PluginConfig.empty().with("point-cell-metres", "0")).detect(query(TOWN, reports)))
                .as("exactly the same point only").isEmpty();
    }

    @Test
    void aPlaceMustHoldAShareOfTheArea() {
        assertThat(detector(PluginConfig.empty().with("min-share", "0.6")).detect(query(TOWN, townObservations())))
                .isEmpty();
        assertThat(detector(PluginConfig.empty().with("min-share", "0.6")).detect(query(NORTH, townObservations())))
                .as("8 of the north's 10").hasSize(1);
    }

    @Test
    void hottestFirstThenByArea() {
        List<Observation> reports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reports.add(at("s" + i, SOUTH, "Torget", null, 16 + i));
            reports.add(at("n" + i, NORTH, "Torget", null, 16 + i));
        }
        reports.add(at("e", EAST, "Skolan", null, 20));
        reports.add(at("e2", EAST, "Skolan", null, 21));
        reports.add(at("e3", EAST, "Skolan", null, 22));
        List<Hotspot> found = detector(PluginConfig.empty()).detect(query(TOWN, sorted(reports)));

        assertThat(found.stream().map(h -> h.area() + " " + h.score()).collect(Collectors.toList()))
                .containsExactly("contract-town/north 4.0", "contract-town/south 4.0", "contract-town/east 3.0");
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("min-share", "1.5")
                .with("point-cell-metres", "-1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("min-share")
                .hasMessageContaining("point-cell-metres");
        assertThatThrownBy(() -> detector(PluginConfig.empty().with("min-count", "0")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("min-count");
        assertThat(detector(PluginConfig.empty())).hasToString(
                "HotspotDetector repeat-location (min-count 3, min-share 0.1, point-cell-metres 25.0)");
    }
}
