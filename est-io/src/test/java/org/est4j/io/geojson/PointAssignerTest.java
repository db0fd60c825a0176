package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class PointAssignerTest {
    private static final PointAssigner ASSIGNER = PointAssigner.of(TestShapes.areas());
    private static final Map<AreaId, Geometry> SHAPES = TestShapes.shapes();

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("on the square", 59.73, 18.12, TestShapes.TORGET),
                Arguments.of("in the park", 59.73, 18.25, TestShapes.PARKEN),
                Arguments.of("in the pond, the park's hole", 59.75, 18.25, TestShapes.NORR),
                Arguments.of("on the pond's shore", 59.74, 18.25, TestShapes.PARKEN),
                Arguments.of("in the north", 59.79, 18.39, TestShapes.NORR),
                Arguments.of("in the school yard", 59.63, 18.1, TestShapes.SKOLAN),
                Arguments.of("in the south", 59.69, 18.1, TestShapes.SYD),
                Arguments.of("in the south's second part", 59.65, 18.3, TestShapes.SYD),
                Arguments.of("in the gap between the south's parts", 59.65, 18.22, TestShapes.KOMMUN),
                Arguments.of("on the line between north and south: the first in pre-order", 59.7, 18.1,
                        TestShapes.NORR),
                Arguments.of("on the municipality's corner", 59.6, 18.0, TestShapes.SYD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aPointFindsTheDeepestAreaThatCoversIt(String where, double lat, double lon, AreaId expected) {
        assertThat(ASSIGNER.locate(GeoPoint.of(lat, lon))).as(where).contains(expected);
    }

    @Test
    void pointsOutsideEveryShapeFindNothing() {
        assertThat(ASSIGNER.locate(GeoPoint.of(59.5, 18.1))).isEmpty();
        assertThat(ASSIGNER.locate(GeoPoint.of(-33.9, 151.2))).isEmpty();
        assertThat(ASSIGNER.covering(GeoPoint.of(59.81, 18.1))).isEmpty();
    }

    @Test
    void coveringListsEveryAreaDeepestFirst() {
        assertThat(ASSIGNER.covering(GeoPoint.of(59.73, 18.12))).containsExactly(TestShapes.TORGET, TestShapes.NORR,
                TestShapes.KOMMUN);
        assertThat(ASSIGNER.covering(GeoPoint.of(59.7, 18.1))).containsExactly(TestShapes.NORR, TestShapes.SYD,
                TestShapes.KOMMUN);
    }

    @Test
    void areasWithoutAShapeAreNeverFound() {
        // Hamnen has only a point; the point lies in the south, which is found.
        assertThat(ASSIGNER.locate(GeoPoint.of(59.65, 18.3))).contains(TestShapes.SYD);
        assertThat(ASSIGNER.size()).isEqualTo(6);
        assertThat(ASSIGNER.hierarchy().size()).isEqualTo(7);
        assertThat(ASSIGNER.toString()).isEqualTo("PointAssigner[6 shapes in a hierarchy of 7 areas]");
        PointAssigner none = PointAssigner.of(GeoAreas.of(TestShapes.hierarchy(), AreaGeometries.empty()));
        assertThat(none.locate(GeoPoint.of(59.7, 18.1))).isEmpty();
    }

    static Observation observation(String id, AreaId area, Optional<GeoPoint> point) {
        Observation.Builder b = Observation.builder().id(ObservationId.of(id)).source(Source.CITIZEN).area(area)
                .occurredOn(LocalDate.of(2026, 11, 18)).category(CategoryId.of("littering"))
                .severity(Severity.MINOR);
        point.ifPresent(b::point);
        return b.build();
    }

    @Test
    void assignPlacesObservationsAndListsTheRestApart() {
        Observation onSquare = observation("o-1", TestShapes.KOMMUN, Optional.of(GeoPoint.of(59.73, 18.12)));
        Observation alreadyThere = observation("o-2", TestShapes.TORGET, Optional.of(GeoPoint.of(59.73, 18.12)));
        Observation harbour = observation("o-3", TestShapes.HAMNEN, Optional.of(GeoPoint.of(59.65, 18.3)));
        Observation wrongDistrict = observation("o-4", TestShapes.SKOLAN, Optional.of(GeoPoint.of(59.79, 18.39)));
        Observation outside = observation("o-5", TestShapes.KOMMUN, Optional.of(GeoPoint.of(60.5, 17.0)));
        Observation noPoint = observation("o-6", TestShapes.NORR, Optional.empty());
        PointAssignment r = ASSIGNER.assign(List.of(onSquare, alreadyThere, harbour, wrongDistrict, outside, noPoint));
        assertThat(r.assigned()).extracting(Observation::area).containsExactly(TestShapes.TORGET, TestShapes.TORGET,
                TestShapes.HAMNEN, TestShapes.NORR);
        assertThat(r.assigned().get(0)).isEqualTo(Observation.builder().from(onSquare).area(TestShapes.TORGET).build());
        assertThat(r.assigned().get(1)).isSameAs(alreadyThere);
        assertThat(r.assigned().get(2)).as("a place within the area found is more precise: kept").isSameAs(harbour);
        assertThat(r.reassigned()).containsExactly(ObservationId.of("o-1"), ObservationId.of("o-4"));
        assertThat(r.outside()).containsExactly(outside);
        assertThat(r.withoutPoint()).containsExactly(noPoint);
        assertThat(r.total()).isEqualTo(6);
    }

    /** Brute force, without index or prepared geometries: the areas whose shape covers a point. */
    private static List<AreaId> coveringByBruteForce(GeoPoint p) {
        Point point = Shapes.FACTORY.createPoint(new Coordinate(p.longitude(), p.latitude()));
        return SHAPES.entrySet().stream().filter(e -> e.getValue().covers(point)).map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    @Test
    void anAssignedPointIsCoveredByItsAreaAndByNoDeeperArea() {
        AreaHierarchy h = TestShapes.hierarchy();
        qt().withFixedSeed(2026L).withExamples(5000)
                .forAll(doubles().between(59.55, 59.85), doubles().between(17.95, 18.45))
                .checkAssert((lat, lon) -> {
                    GeoPoint p = GeoPoint.of(lat, lon);
                    Optional<AreaId> found = ASSIGNER.locate(p);
                    List<AreaId> covering = coveringByBruteForce(p);
                    if (found.isEmpty()) {
                        assertThat(covering).as("%s lies in no shape", p).isEmpty();
                        return;
                    }
                    AreaId a = found.get();
                    assertThat(SHAPES.get(a).covers(Shapes.FACTORY.createPoint(new Coordinate(lon, lat)))).isTrue();
                    for (AreaId other : covering) {
                        assertThat(h.depth(other)).as("%s covers %s too", other, p).isLessThanOrEqualTo(h.depth(a));
                    }
                    assertThat(ASSIGNER.covering(p)).containsExactlyInAnyOrderElementsOf(covering);
                });
    }

    @Test
    void thousandsOfObservationsAreAllAccountedForAndTheSameFromManyThreads() {
        Random random = new Random(47);
        List<Observation> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Optional<GeoPoint> point = i % 10 == 0 ? Optional.empty()
                    : Optional.of(GeoPoint.of(59.55 + random.nextDouble() * 0.3, 17.95 + random.nextDouble() * 0.5));
            many.add(observation("o-" + i, TestShapes.KOMMUN, point));
        }
        PointAssignment r = ASSIGNER.assign(many);
        assertThat(r.total()).isEqualTo(many.size());
        assertThat(r.withoutPoint()).hasSize(500);
        assertThat(r.outside()).isNotEmpty().allSatisfy(o -> assertThat(coveringByBruteForce(o.point().get())).isEmpty());
        for (Observation o : r.assigned()) {
            assertThat(ASSIGNER.locate(o.point().get())).contains(o.area());
        }
        List<Optional<AreaId>> sequential = many.stream().map(o -> o.point().flatMap(ASSIGNER::locate))
                .collect(Collectors.toList());
        PointAssigner fresh = PointAssigner.of(TestShapes.areas());
        List<Optional<AreaId>> parallel = many.parallelStream().map(o -> o.point().flatMap(fresh::locate))
                .collect(Collectors.toList());
        assertThat(parallel).isEqualTo(sequential);
    }
}
