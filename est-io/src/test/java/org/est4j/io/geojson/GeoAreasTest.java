package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.junit.jupiter.api.Test;

class GeoAreasTest {

    @Test
    void aHierarchyWithShapes() {
        GeoAreas a = TestShapes.areas();
        assertThat(a.hierarchy()).isEqualTo(TestShapes.hierarchy());
        assertThat(a.geometries()).isEqualTo(AreaGeometries.of(TestShapes.shapes()));
        assertThat(a.toString()).isEqualTo("GeoAreas[7 areas, 6 shapes]");
        assertThat(GeoAreas.builder().hierarchy(TestShapes.hierarchy()).build().geometries()).isEqualTo(
                AreaGeometries.empty());
        assertThat(a).isEqualTo(GeoAreas.of(TestShapes.hierarchy(), AreaGeometries.of(TestShapes.shapes())));
    }

    @Test
    void everyShapeIsOfAnAreaInTheHierarchy() {
        AreaGeometries stray = AreaGeometries.of(Map.of(AreaId.of("elsewhere"), TestShapes.shapes()
                .get(TestShapes.TORGET)));
        assertThatThrownBy(() -> GeoAreas.of(TestShapes.hierarchy(), stray))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactly("geometries[elsewhere]"));
        assertThatThrownBy(() -> GeoAreas.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("hierarchy");
    }
}
