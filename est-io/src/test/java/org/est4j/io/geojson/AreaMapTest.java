package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.time.Period;
import org.est4j.io.TestAreas;
import org.est4j.io.TestPictures;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class AreaMapTest {

    static AreaMap full() {
        return AreaMap.builder().hierarchy(TestAreas.hierarchy()).pictures(TestPictures.pictures())
                .addAllAssessments(TestPictures.assessments()).build();
    }

    @Test
    void aMapHoldsAreasAssessmentsPicturesAndHotspots() {
        AreaMap m = full();
        assertThat(m.assessment(TestAreas.CENTRUM).map(a -> a.level().code())).contains("4");
        assertThat(m.assessment(TestAreas.ABORRE)).isEmpty();
        assertThat(m.allHotspots()).as("the hotspot shows in two pictures, and is drawn once")
                .containsExactly(TestPictures.hotspot());
        assertThat(m.toString()).isEqualTo("AreaMap[6 areas, 0 shapes, 3 assessments, pictures 2026-W47, 1 hotspots]");
        assertThat(AreaMap.of(TestShapes.areas()).geometries().size()).isEqualTo(6);
        assertThat(AreaMap.of(TestAreas.hierarchy()).allHotspots()).isEmpty();
        assertThat(m).isEqualTo(AreaMap.builder().from(m).build());
    }

    @Test
    void hotspotsGivenComeFirst() {
        Hotspot other = Hotspot.builder().from(TestPictures.hotspot()).area(TestAreas.RIMBO_CENTRUM).placeName("Stationen")
                .window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).build();
        AreaMap m = AreaMap.builder().from(full()).addHotspots(other, TestPictures.hotspot()).build();
        assertThat(m.allHotspots()).containsExactly(other, TestPictures.hotspot());
        assertThat(m.hotspots()).hasSize(2);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Assessment stray = Assessment.builder().from(TestPictures.assessments().get(0)).area(AreaId.of("elsewhere"))
                .build();
        Assessment twice = TestPictures.assessments().get(0);
        Assessment otherWeek = Assessment.builder().from(TestPictures.assessments().get(2)).period(Period.week(2026, 48))
                .build();
        Hotspot strayHotspot = Hotspot.builder().from(TestPictures.hotspot()).area(AreaId.of("nowhere")).build();
        assertThatThrownBy(() -> AreaMap.builder().hierarchy(TestAreas.hierarchy().withoutSubtree(TestAreas.RIMBO))
                .geometries(AreaGeometries.of(TestShapes.shapes()))
                .pictures(TestPictures.pictures())
                .addAssessments(twice, stray, twice, otherWeek).addHotspots(strayHotspot).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).contains("geometries[kommun]", "assessments[1].area",
                                "assessments[2].area", "assessments[3].area", "assessments[3].period",
                                "pictures.pictures[4].area", "pictures.pictures[5].area", "hotspots[0].area"));
        assertThatThrownBy(() -> AreaMap.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("hierarchy");
    }
}
