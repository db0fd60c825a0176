package org.est4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link Problems}. */
class ProblemsTest {

    @Test
    void collectsEveryBrokenRuleInOrder() {
        Problems problems = Problems.of("Area")
                .requirePresent(null, "id")
                .require(true, "level", "never recorded", null)
                .require(false, "name", "must not be blank", "' '")
                .add("parent", "must not be the area itself", 42);
        assertThat(problems.any()).isTrue();
        assertThat(problems.list()).containsExactly(
                new Problem("id", "is required", null),
                new Problem("name", "must not be blank", "' '"),
                new Problem("parent", "must not be the area itself", "42"));
        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid Area (3 problems): id: is required; name: must not be blank (was ' '); "
                        + "parent: must not be the area itself (was 42)");
    }

    @Test
    void throwsNothingWithoutProblems() {
        Problems problems = Problems.of("Area").requirePresent("x", "id").require(true, "name", "rule", null);
        assertThat(problems.any()).isFalse();
        assertThat(problems.list()).isEmpty();
        assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void nestedValidationsKeepTheirPathsUnderThePrefix() {
        Problems outer = Problems.of("AreaHierarchy")
                .nested("areas[3]", () -> {
                    Problems.of("Area").add("parent", "names unknown area 0199", "0199")
                            .add("name", "must not be blank", null).throwIfAny();
                    return null;
                })
                .nested("areas[4]", () -> "fine")
                .nested("meta", () -> {
                    Problems.of("Meta").nested("tags", () -> {
                        Problems.of("Tags").add("[2]", "must not be blank", "''").throwIfAny();
                        return null;
                    }).throwIfAny();
                    return null;
                });
        assertThat(outer.list()).extracting(Problem::path)
                .containsExactly("areas[3].parent", "areas[3].name", "meta.tags[2]");
        assertThatThrownBy(outer::throwIfAny).hasMessageStartingWith("Invalid AreaHierarchy (3 problems)");
    }

    @Test
    void nestedLetsOtherExceptionsThrough() {
        Problems problems = Problems.of("X");
        assertThatThrownBy(() -> problems.nested("a", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(problems.any()).isFalse();
    }

    @Test
    void listIsASnapshot() {
        Problems problems = Problems.of("X").add("a", "rule", null);
        List<Problem> before = problems.list();
        problems.add("b", "rule", null);
        assertThat(before).hasSize(1);
        assertThat(problems.list()).hasSize(2);
        assertThatThrownBy(() -> before.add(new Problem("c", "rule", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requiresASubject() {
        assertThatThrownBy(() -> Problems.of(null)).isInstanceOf(NullPointerException.class).hasMessage("subject");
    }
}
