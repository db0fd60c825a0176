package org.est4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests {@link UnknownReferenceException}. */
class UnknownReferenceExceptionTest {

    @Test
    void carriesKindAndIdAndSaysWhatToDo() {
        UnknownReferenceException e = new UnknownReferenceException("area", "0199", "hierarchy");
        assertThat(e).isInstanceOf(EstException.class);
        assertThat(e.kind()).isEqualTo("area");
        assertThat(e.id()).isEqualTo("0199");
        assertThat(e).hasMessage("Unknown area '0199' in hierarchy: add it there first, or correct the id");
    }

    @Test
    void requiresEveryPart() {
        assertThatThrownBy(() -> new UnknownReferenceException(null, "x", "y")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UnknownReferenceException("x", null, "y")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UnknownReferenceException("x", "y", null)).isInstanceOf(NullPointerException.class);
    }
}
