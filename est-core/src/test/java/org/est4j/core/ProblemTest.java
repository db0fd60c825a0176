package org.est4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Problem}. */
class ProblemTest {

    static Stream<Object[]> texts() {
        return Stream.of(
                new Object[] {new Problem("name", "must not be blank", "' '"), "name: must not be blank (was ' ')"},
                new Object[] {new Problem("id", "is required", null), "id: is required"},
                new Object[] {new Problem("", "must be letters", "'a b'"), "must be letters (was 'a b')"},
                new Object[] {new Problem("", "must be letters", null), "must be letters"});
    }

    @ParameterizedTest
    @MethodSource("texts")
    void printsPathMessageAndValue(Problem problem, String text) {
        assertThat(problem).hasToString(text);
    }

    static Stream<String[]> nesting() {
        return Stream.of(
                new String[] {"parent", "areas[3]", "areas[3].parent"},
                new String[] {"", "areas[3]", "areas[3]"},
                new String[] {"parent", "", "parent"},
                new String[] {"[2]", "areas", "areas[2]"},
                new String[] {"[2].name", "hierarchy.areas", "hierarchy.areas[2].name"},
                new String[] {"externalCodes[deso]", "areas[0]", "areas[0].externalCodes[deso]"});
    }

    @ParameterizedTest
    @MethodSource("nesting")
    void nestsPathsAsFieldPaths(String path, String prefix, String nested) {
        Problem problem = new Problem(path, "rule", "v").nestedIn(prefix);
        assertThat(problem.path()).isEqualTo(nested);
        assertThat(problem.message()).isEqualTo("rule");
        assertThat(problem.value()).isEqualTo("v");
    }

    @Test
    void requiresPathAndMessage() {
        assertThatThrownBy(() -> new Problem(null, "m", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("path");
        assertThatThrownBy(() -> new Problem("p", null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("message");
        assertThatThrownBy(() -> new Problem("p", "m", null).nestedIn(null)).isInstanceOf(NullPointerException.class);
    }
}
