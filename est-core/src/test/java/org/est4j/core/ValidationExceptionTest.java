package org.est4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link ValidationException}. */
class ValidationExceptionTest {

    private static final List<Problem> THREE = List.of(
            new Problem("areas[0].id", "must be unique, but areas[2] has the same id", "a"),
            new Problem("areas[3].parent", "names unknown area x", "x"),
            new Problem("", "must not be empty", null));

    @Test
    void listsEveryProblemInTheMessage() {
        ValidationException e = new ValidationException("AreaHierarchy", THREE);
        assertThat(e).isInstanceOf(EstException.class).isInstanceOf(RuntimeException.class);
        assertThat(e.getMessage()).isEqualTo("Invalid AreaHierarchy (3 problems): "
                + "areas[0].id: must be unique, but areas[2] has the same id (was a); "
                + "areas[3].parent: names unknown area x (was x); must not be empty");
        assertThat(e.problems()).isEqualTo(THREE);
    }

    @Test
    void saysProblemInTheSingular() {
        assertThat(new ValidationException("Area", List.of(new Problem("name", "must not be blank", null))))
                .hasMessage("Invalid Area (1 problem): name: must not be blank");
    }

    @Test
    void needsAtLeastOneProblem() {
        assertThatThrownBy(() -> new ValidationException("Area", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsAnUnmodifiableCopy() {
        List<Problem> problems = new ArrayList<>(THREE);
        ValidationException e = new ValidationException("X", problems);
        problems.clear();
        assertThat(e.problems()).hasSize(3);
        assertThatThrownBy(() -> e.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void survivesSerializationWithItsProblems() throws Exception {
        ValidationException e = new ValidationException("AreaHierarchy", THREE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ValidationException read = (ValidationException) in.readObject();
            assertThat(read.problems()).isEqualTo(THREE);
            assertThat(read.getMessage()).isEqualTo(e.getMessage());
        }
    }
}
