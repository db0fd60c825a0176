package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class InvalidContentExceptionTest {
    private static final List<Problem> PROBLEMS = List.of(new Problem("reporter", "is required", null),
            new Problem("[2]", "must not be null", null));

    @Test
    void prefixesItsProblemsWithThePathJacksonAddsOnTheWayOut() {
        InvalidContentException e = new InvalidContentException(null, PROBLEMS);
        assertThat(e.problems()).isEqualTo(PROBLEMS);
        JsonMappingException.wrapWithPath(e, new Object(), 3);
        JsonMappingException.wrapWithPath(e, new Object(), "week");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("week[3].reporter", "week[3][2]");
        assertThat(e.getMessage()).isEqualTo("Invalid est4j JSON (2 problems): week[3].reporter: is required; "
                + "week[3][2]: must not be null");
    }

    @Test
    void becomesAValidationExceptionWithTheSameProblems() {
        ValidationException v = new InvalidContentException(null, PROBLEMS).toValidationException();
        assertThat(v).isNotInstanceOf(UnsupportedVersionException.class);
        assertThat(v.problems()).isEqualTo(PROBLEMS);
        ValidationException version = new InvalidContentException(null, List.of(new Problem("version", "is not supported",
                "\"2.0\"")), "2.0").toValidationException();
        assertThat(version).isInstanceOfSatisfying(UnsupportedVersionException.class,
                u -> assertThat(u.version()).isEqualTo("2.0"));
    }

    @Test
    void needsAtLeastOneProblem() {
        assertThatThrownBy(() -> new InvalidContentException(null, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
