package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.picture.Exclusions.Reason;
import org.junit.jupiter.api.Test;

class ExclusionsTest {

    private static List<ObservationId> ids(String... values) {
        return java.util.Arrays.stream(values).map(ObservationId::of).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void countsByReasonAndPrintsASmallTable() {
        Exclusions e = Exclusions.builder().putCounts(Reason.AREA_NOT_IN_HIERARCHY, 1L)
                .putCounts(Reason.OUTSIDE_PERIOD, 7L)
                .putExamples(Reason.OUTSIDE_PERIOD, ids("o-1", "o-2", "o-3", "o-4", "o-5"))
                .putExamples(Reason.AREA_NOT_IN_HIERARCHY, ids("o-9")).build();

        assertThat(e.total()).isEqualTo(8);
        assertThat(e.count(Reason.CATEGORY_NOT_IN_TAXONOMY)).isZero();
        assertThat(e.counts().keySet()).containsExactly(Reason.OUTSIDE_PERIOD, Reason.AREA_NOT_IN_HIERARCHY);
        assertThat(e.toString()).isEqualTo("Exclusions: 8 observations left out\n"
                + "  outside the period                  7  o-1, o-2, o-3, o-4, o-5, …\n"
                + "  area not in the hierarchy           1  o-9");
        assertThat(Exclusions.none().isEmpty()).isTrue();
        assertThat(Exclusions.none().toString()).isEqualTo("Exclusions: none");
    }

    @Test
    void rejectsTooManyUnsortedOrUncountedExamples() {
        assertThatThrownBy(() -> Exclusions.builder().putCounts(Reason.OUTSIDE_PERIOD, 0L)
                .putExamples(Reason.AREA_NOT_IN_HIERARCHY, ids("o-1"))
                .build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("counts[OUTSIDE_PERIOD]").hasMessageContaining("examples[AREA_NOT_IN_HIERARCHY]");
        assertThatThrownBy(() -> Exclusions.builder().putCounts(Reason.OUTSIDE_PERIOD, 10L)
                .putExamples(Reason.OUTSIDE_PERIOD, ids("o-2", "o-1")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("sorted");
        assertThatThrownBy(() -> Exclusions.builder().putCounts(Reason.OUTSIDE_PERIOD, 10L)
                .putExamples(Reason.OUTSIDE_PERIOD, ids("o-1", "o-2", "o-3", "o-4", "o-5", "o-6")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 5");
    }
}
