package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class PictureSetTest {
    private static final Period W47 = Period.week(2026, 47);

    private static SituationPicture empty(String area) {
        return SituationPicture.builder().area(AreaId.of(area)).period(W47).build();
    }

    @Test
    void looksPicturesUpByAreaAndKeepsTheirOrder() {
        PictureSet set = PictureSet.builder().period(W47).addPictures(empty("kommun"), empty("kommun/b"),
                empty("kommun/a")).addNotes("No trend test configured: trends are left out").build();

        assertThat(set.size()).isEqualTo(3);
        assertThat(set.pictures()).extracting(p -> p.area().value()).containsExactly("kommun", "kommun/b", "kommun/a");
        assertThat(set.picture(AreaId.of("kommun/a")).area()).isEqualTo(AreaId.of("kommun/a"));
        assertThat(set.find(AreaId.of("nowhere"))).isEmpty();
        assertThatThrownBy(() -> set.picture(AreaId.of("nowhere"))).isInstanceOf(UnknownReferenceException.class);
        assertThat(set.exclusions().isEmpty()).isTrue();
        assertThat(set.toString()).startsWith("PictureSet 2026-W47: 3 areas\n  area")
                .contains("\n  kommun/b ", "note: No trend test configured")
                .endsWith("Exclusions: none");
    }

    @Test
    void rejectsPicturesOfAnotherPeriodOrTheSameAreaTwice() {
        SituationPicture other = SituationPicture.builder().area(AreaId.of("x")).period(W47.next()).build();
        assertThatThrownBy(() -> PictureSet.builder().period(W47).addPictures(empty("a"), empty("a"), other).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("pictures[1].area").hasMessageContaining("pictures[2].period");
    }
}
