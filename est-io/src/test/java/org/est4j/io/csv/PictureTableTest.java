package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.time.Period;
import org.est4j.io.TestAreas;
import org.est4j.io.TestPictures;
import org.junit.jupiter.api.Test;

class PictureTableTest {

    @Test
    void aTableHoldsThePicturesAndWhatIsReadBesideThem() {
        PictureTable t = PictureTable.builder().pictures(TestPictures.pictures()).hierarchy(TestAreas.hierarchy())
                .taxonomy(Taxonomy.standard()).addAllAssessments(TestPictures.assessments()).build();
        assertThat(t.assessment(TestAreas.CENTRUM).map(a -> a.level().code())).contains("4");
        assertThat(t.assessment(TestAreas.ABORRE)).isEmpty();
        assertThat(t.toString()).isEqualTo("PictureTable[2026-W47, 6 areas, hierarchy, taxonomy, 3 assessments]");
        assertThat(PictureTable.of(TestPictures.pictures()).hierarchy()).isEmpty();
        assertThat(PictureTable.of(TestPictures.pictures(), TestAreas.hierarchy()).hierarchy())
                .contains(TestAreas.hierarchy());
        assertThat(t).isEqualTo(PictureTable.builder().from(t).build());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Assessment other = Assessment.builder().from(TestPictures.assessments().get(0))
                .period(Period.week(2026, 48)).build();
        AreaHierarchy small = TestAreas.hierarchy().withoutSubtree(TestAreas.RIMBO);
        assertThatThrownBy(() -> PictureTable.builder().pictures(TestPictures.pictures()).hierarchy(small)
                .addAllAssessments(List.of(TestPictures.assessments().get(0), other)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactlyInAnyOrder("pictures.pictures[4].area",
                                "pictures.pictures[5].area", "assessments[1].period", "assessments[1].area"));
        assertThatThrownBy(() -> PictureTable.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("pictures");
    }
}
