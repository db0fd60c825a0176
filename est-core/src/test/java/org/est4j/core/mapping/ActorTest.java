package org.est4j.core.mapping;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActorTest {
    private static final ActorId POLICE = ActorId.of("police");

    @Test
    void ofBuildsAnActor() {
        Actor actor = Actor.of(POLICE, "Polisen lokalpolisområde Norrtälje", ActorKind.POLICE);
        assertThat(actor.id()).isEqualTo(POLICE);
        assertThat(actor.name()).isEqualTo("Polisen lokalpolisområde Norrtälje");
        assertThat(actor.kind()).isEqualTo(ActorKind.POLICE);
        assertThat(actor).hasToString("police: Polisen lokalpolisområde Norrtälje (Police)");
    }

    @Test
    void nameOfMaximumLengthIsAccepted() {
        assertThat(Actor.of(POLICE, "x".repeat(Actor.MAX_NAME_LENGTH), ActorKind.POLICE).name())
                .hasSize(Actor.MAX_NAME_LENGTH);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no id", (Consumer<Actor.Builder>) b -> b.id(null), List.of("id")),
                Arguments.of("no name", (Consumer<Actor.Builder>) b -> b.name(null), List.of("name")),
                Arguments.of("blank name", (Consumer<Actor.Builder>) b -> b.name(" \t"), List.of("name")),
                Arguments.of("long name", (Consumer<Actor.Builder>) b -> b.name("x".repeat(Actor.MAX_NAME_LENGTH + 1)),
                        List.of("name")),
                Arguments.of("no kind", (Consumer<Actor.Builder>) b -> b.kind(null), List.of("kind")),
                Arguments.of("all at once", (Consumer<Actor.Builder>) b -> b.id(null).name("").kind(null),
                        List.of("id", "name", "kind")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void validationReportsEveryProblem(String label, Consumer<Actor.Builder> change, List<String> paths) {
        Actor.Builder builder = Actor.builder().id(POLICE).name("Polisen").kind(ActorKind.POLICE);
        change.accept(builder);
        assertThat(TestProblems.paths(builder::build)).containsExactlyElementsOf(paths);
    }

    @Test
    void copyIdiomChangesOneAttribute() {
        Actor actor = Actor.of(POLICE, "Polisen", ActorKind.POLICE);
        Actor renamed = Actor.builder().from(actor).name("Polisen Rimbo").build();
        assertThat(renamed.name()).isEqualTo("Polisen Rimbo");
        assertThat(renamed.id()).isEqualTo(actor.id());
        assertThat(renamed.kind()).isEqualTo(actor.kind());
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(Actor.of(POLICE, "Polisen", ActorKind.POLICE), Actor.of(POLICE, "Polisen", ActorKind.POLICE))
                .addEqualityGroup(Actor.of(ActorId.of("other"), "Polisen", ActorKind.POLICE))
                .addEqualityGroup(Actor.of(POLICE, "Polis", ActorKind.POLICE))
                .addEqualityGroup(Actor.of(POLICE, "Polisen", ActorKind.OTHER))
                .testEquals();
    }
}
