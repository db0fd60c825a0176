package org.est4j.core.mapping;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.est4j.core.area.AreaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReporterTest {
    private static final ReporterId R17 = ReporterId.of("r-017");
    private static final ActorId HOUSING = ActorId.of("bostadsbolaget");
    private static final AreaId NORTH = AreaId.of("norr");
    private static final AreaId CENTRE = AreaId.of("centrum");

    @Test
    void ofBuildsAnActiveReporterWithSortedAreas() {
        Reporter reporter = Reporter.of(R17, HOUSING, NORTH, CENTRE);
        assertThat(reporter.id()).isEqualTo(R17);
        assertThat(reporter.actor()).isEqualTo(HOUSING);
        assertThat(reporter.areas()).containsExactly(CENTRE, NORTH);
        assertThat(reporter.unit()).isEmpty();
        assertThat(reporter.active()).isTrue();
        assertThat(reporter).hasToString("r-017 (bostadsbolaget) covers [centrum, norr]");
    }

    @Test
    void unitAndInactiveShowInToString() {
        Reporter reporter = Reporter.builder().id(R17).actor(HOUSING).addAreas(NORTH).unit("områdeskontor norr")
                .active(false).build();
        assertThat(reporter).hasToString("r-017 (bostadsbolaget, områdeskontor norr) covers [norr], inactive");
    }

    @Test
    void coversTellsWhetherAnAreaIsListed() {
        Reporter reporter = Reporter.of(R17, HOUSING, NORTH);
        assertThat(reporter.covers(NORTH)).isTrue();
        assertThat(reporter.covers(CENTRE)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> reporter.covers(null)).withMessage("area");
    }

    @Test
    void areasAreASetAndUnmodifiable() {
        Reporter reporter = Reporter.builder().id(R17).actor(HOUSING).addAreas(NORTH, NORTH, CENTRE).build();
        assertThat(reporter.areas()).containsExactly(CENTRE, NORTH);
        assertThatThrownBy(() -> reporter.areas().add(AreaId.of("söder"))).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no id", (Consumer<Reporter.Builder>) b -> b.id(null), List.of("id")),
                Arguments.of("no actor", (Consumer<Reporter.Builder>) b -> b.actor(null), List.of("actor")),
                Arguments.of("no area", (Consumer<Reporter.Builder>) b -> b.areas(List.of()), List.of("areas")),
                Arguments.of("blank unit", (Consumer<Reporter.Builder>) b -> b.unit("  "), List.of("unit")),
                Arguments.of("long unit", (Consumer<Reporter.Builder>) b -> b.unit("u".repeat(Reporter.MAX_UNIT_LENGTH + 1)),
                        List.of("unit")),
                Arguments.of("all at once", (Consumer<Reporter.Builder>) b -> b.id(null).actor(null).areas(List.of()).unit(""),
                        List.of("id", "actor", "areas", "unit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void validationReportsEveryProblem(String label, Consumer<Reporter.Builder> change, List<String> paths) {
        Reporter.Builder builder = Reporter.builder().id(R17).actor(HOUSING).addAreas(NORTH);
        change.accept(builder);
        assertThat(TestProblems.paths(builder::build)).containsExactlyElementsOf(paths);
    }

    @Test
    void unitOfMaximumLengthIsAccepted() {
        assertThat(Reporter.builder().id(R17).actor(HOUSING).addAreas(NORTH).unit("u".repeat(Reporter.MAX_UNIT_LENGTH))
                .build().unit()).hasValueSatisfying(u -> assertThat(u).hasSize(Reporter.MAX_UNIT_LENGTH));
    }

    @Test
    void nullAreasAreRejectedAtOnce() {
        assertThatNullPointerException().isThrownBy(() -> Reporter.of(R17, HOUSING, null));
        assertThatNullPointerException().isThrownBy(() -> Reporter.of(R17, HOUSING, NORTH, (AreaId) null));
        assertThatNullPointerException().isThrownBy(
                () -> Reporter.builder().id(R17).actor(HOUSING).addAreas(NORTH).addAreas((AreaId) null).build());
    }

    /** Place, not person: a reporter must never grow a field for a name or contact details. */
    @Test
    void hasNoAccessorForPersonalData() {
        List<String> accessors = Arrays.stream(Reporter.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.equals("toString") && !name.equals("covers"))
                .sorted()
                .toList();
        assertThat(accessors).containsExactly("active", "actor", "areas", "id", "unit");
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(Reporter.of(R17, HOUSING, NORTH, CENTRE), Reporter.of(R17, HOUSING, CENTRE, NORTH))
                .addEqualityGroup(Reporter.of(ReporterId.of("r-018"), HOUSING, NORTH, CENTRE))
                .addEqualityGroup(Reporter.of(R17, ActorId.of("police"), NORTH, CENTRE))
                .addEqualityGroup(Reporter.of(R17, HOUSING, NORTH))
                .addEqualityGroup(Reporter.builder().from(Reporter.of(R17, HOUSING, NORTH, CENTRE)).active(false).build())
                .addEqualityGroup(Reporter.builder().from(Reporter.of(R17, HOUSING, NORTH, CENTRE)).unit("skolan").build())
                .testEquals();
    }
}
