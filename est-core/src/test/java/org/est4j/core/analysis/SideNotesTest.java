package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.ObservationId;
import org.junit.jupiter.api.Test;

class SideNotesTest {
    @Test
    void holdsANoteAndTheObservationsSorted() {
        SideNotes n = SideNotes.of("The underpass is dark", ObservationId.of("o-1077"), ObservationId.of("o-1042"));

        assertThat(n.notes()).containsExactly("The underpass is dark");
        assertThat(n.observations()).containsExactly(ObservationId.of("o-1042"), ObservationId.of("o-1077"));
        assertThat(n.isEmpty()).isFalse();
        assertThat(n).hasToString("\"The underpass is dark\" [o-1042, o-1077]");
    }

    @Test
    void theEmptyNotesSayNothingWasNoted() {
        assertThat(SideNotes.empty().isEmpty()).isTrue();
        assertThat(SideNotes.empty()).isEqualTo(SideNotes.builder().build()).hasToString("(nothing noted)");
        assertThat(SideNotes.builder().addObservations(ObservationId.of("o-1")).build())
                .hasToString("[o-1]").matches(n -> !n.isEmpty());
        assertThat(SideNotes.builder().addNotes("a", "b").build()).hasToString("\"a\"; \"b\"");
    }

    @Test
    void rejectsBlankNotes() {
        assertThatThrownBy(() -> SideNotes.builder().addNotes("ok", " ").build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("notes[1]"));
    }
}
