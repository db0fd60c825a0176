package org.est4j.core;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    private static Decision.Builder<String> valid() {
        return Decision.<String>builder().value("4").decidedBy("operativa gruppen").reason("Two robberies").decidedOn(DAY);
    }

    @Test
    void ofKeepsWhatWhoWhyAndWhen() {
        Decision<String> d = Decision.of("4", "operativa gruppen", "Two robberies", DAY);

        assertThat(d.value()).isEqualTo("4");
        assertThat(d.decidedBy()).isEqualTo("operativa gruppen");
        assertThat(d.reason()).isEqualTo("Two robberies");
        assertThat(d.decidedOn()).isEqualTo(DAY);
        assertThat(d).isEqualTo(valid().build());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no value", (Consumer<Decision.Builder<String>>) b -> b.value(null), "value"),
                Arguments.of("no decider", (Consumer<Decision.Builder<String>>) b -> b.decidedBy(null), "decidedBy"),
                Arguments.of("blank decider", (Consumer<Decision.Builder<String>>) b -> b.decidedBy("  "), "decidedBy"),
                Arguments.of("no reason", (Consumer<Decision.Builder<String>>) b -> b.reason(null), "reason"),
                Arguments.of("blank reason", (Consumer<Decision.Builder<String>>) b -> b.reason("\t"), "reason"),
                Arguments.of("no date", (Consumer<Decision.Builder<String>>) b -> b.decidedOn(null), "decidedOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, Consumer<Decision.Builder<String>> change, String path) {
        Decision.Builder<String> b = valid();
        change.accept(b);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly(path));
    }

    @Test
    void emptyBuilderReportsEveryMissingAttributeAtOnce() {
        assertThatThrownBy(() -> Decision.builder().build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("value", "decidedBy", "reason", "decidedOn"));
    }

    @Test
    void withValueKeepsWhoWhyAndWhen() {
        Decision<Integer> d = valid().build().withValue(4);

        assertThat(d.value()).isEqualTo(4);
        assertThat(d.decidedBy()).isEqualTo("operativa gruppen");
        assertThat(d.reason()).isEqualTo("Two robberies");
        assertThat(d.decidedOn()).isEqualTo(DAY);
    }

    @Test
    void toStringReadsAsASentence() {
        assertThat(valid().build()).hasToString("4, decided by operativa gruppen on 2026-11-18: Two robberies");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), Decision.of("4", "operativa gruppen", "Two robberies", DAY))
                .addEqualityGroup(valid().value("3").build())
                .addEqualityGroup(valid().decidedBy("strategiska gruppen").build())
                .addEqualityGroup(valid().reason("Other reason").build())
                .addEqualityGroup(valid().decidedOn(DAY.plusDays(1)).build())
                .testEquals();
    }
}
