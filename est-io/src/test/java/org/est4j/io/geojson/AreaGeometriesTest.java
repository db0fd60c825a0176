package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class AreaGeometriesTest {

    @Test
    void shapesAreKeptByAreaInIdOrder() {
        AreaGeometries g = AreaGeometries.of(TestShapes.shapes());
        assertThat(g.size()).isEqualTo(6);
        assertThat(g.isEmpty()).isFalse();
        assertThat(g.areas()).containsExactly(TestShapes.KOMMUN, TestShapes.NORR, TestShapes.PARKEN, TestShapes.SKOLAN,
                TestShapes.SYD, TestShapes.TORGET);
        assertThat(g.contains(TestShapes.HAMNEN)).isFalse();
        assertThat(g.find(TestShapes.HAMNEN)).isEmpty();
        assertThat(g.get(TestShapes.SYD).getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(g.get(TestShapes.SYD).getSRID()).isEqualTo(4326);
        assertThatThrownBy(() -> g.get(TestShapes.HAMNEN)).isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("hamnen");
        assertThat(AreaGeometries.empty().isEmpty()).isTrue();
        assertThat(AreaGeometries.of(Map.of())).isSameAs(AreaGeometries.empty());
    }

    @Test
    void geometriesAreCopiedInAndOut() {
        Geometry square = TestShapes.wkt("POLYGON ((18 59, 19 59, 19 60, 18 60, 18 59))");
        AreaGeometries g = AreaGeometries.of(Map.of(AreaId.of("a"), square));
        square.getCoordinates()[0].setX(0); // changing the original changes nothing here
        square.geometryChanged();
        Geometry out = g.get(AreaId.of("a"));
        assertThat(out.getCoordinates()[0].getX()).isEqualTo(18.0);
        out.getCoordinates()[0].setX(5);
        out.geometryChanged();
        assertThat(g.get(AreaId.of("a")).getCoordinates()[0].getX()).isEqualTo(18.0);
    }

    @Test
    void theInteriorPointLiesInsideTheShape() {
        AreaGeometries g = AreaGeometries.of(TestShapes.shapes());
        for (AreaId id : g.areas()) {
            GeoPoint p = g.interiorPoint(id).orElseThrow();
            assertThat(g.get(id).covers(Shapes.FACTORY.createPoint(new Coordinate(p.longitude(), p.latitude()))))
                    .as("interior point of %s", id).isTrue();
        }
        assertThat(g.interiorPoint(TestShapes.HAMNEN)).isEmpty();
    }

    @Test
    void everyBrokenShapeIsReportedAtOnce() {
        Map<AreaId, Geometry> bad = new HashMap<>();
        bad.put(AreaId.of("line"), TestShapes.wkt("LINESTRING (18 59, 19 60)"));
        bad.put(AreaId.of("bowtie"), TestShapes.wkt("POLYGON ((18 59, 19 60, 19 59, 18 60, 18 59))"));
        bad.put(AreaId.of("swapped"), TestShapes.wkt("POLYGON ((59 18, 60 18, 60 190, 59 190, 59 18))"));
        bad.put(AreaId.of("empty"), TestShapes.wkt("POLYGON EMPTY"));
        bad.put(AreaId.of("good"), TestShapes.shapes().get(TestShapes.TORGET));
        assertThatThrownBy(() -> AreaGeometries.of(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder("geometries[line]",
                    "geometries[bowtie]", "geometries[swapped]", "geometries[empty]");
            assertThat(e.getMessage()).contains("LineString").contains("Self-intersection")
                    .contains("outside WGS 84").contains("must not be empty");
        });
        Map<AreaId, Geometry> withNull = new HashMap<>();
        withNull.put(AreaId.of("x"), null);
        assertThatThrownBy(() -> AreaGeometries.of(withNull)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("geometries[x]");
    }

    @Test
    void withAndRetainMakeNewSets() {
        AreaGeometries g = AreaGeometries.of(TestShapes.shapes());
        AreaGeometries more = g.with(TestShapes.HAMNEN, TestShapes.wkt(
                "POLYGON ((18.29 59.64, 18.31 59.64, 18.31 59.66, 18.29 59.66, 18.29 59.64))"));
        assertThat(more.size()).isEqualTo(7);
        assertThat(g.size()).isEqualTo(6);
        assertThat(more.retain(List.of(TestShapes.HAMNEN)).areas()).containsExactly(TestShapes.HAMNEN);
        assertThat(g.retain(g.areas())).isSameAs(g);
        assertThatThrownBy(() -> g.with(TestShapes.HAMNEN, TestShapes.wkt("POINT (18 59)")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void equalShapesMakeEqualSets() {
        AreaGeometries a = AreaGeometries.of(TestShapes.shapes());
        AreaGeometries b = AreaGeometries.of(new HashMap<>(TestShapes.shapes()));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.retain(List.of(TestShapes.KOMMUN)));
        assertThat(a).isNotEqualTo(a.with(TestShapes.TORGET, TestShapes.shapes().get(TestShapes.SKOLAN)));
        assertThat(a).isNotEqualTo("shapes");
    }

    @Test
    void toStringNamesTheShapes() {
        assertThat(AreaGeometries.of(Map.of(TestShapes.SYD, TestShapes.shapes().get(TestShapes.SYD))).toString())
                .isEqualTo("AreaGeometries[1: syd MultiPolygon (2 polygons, 10 positions)]");
        assertThat(AreaGeometries.empty().toString()).isEqualTo("AreaGeometries[0]");
        assertThat(AreaGeometries.of(TestShapes.shapes()).with(TestShapes.HAMNEN, TestShapes.shapes()
                .get(TestShapes.TORGET)).toString()).endsWith(", …]");
    }
}
