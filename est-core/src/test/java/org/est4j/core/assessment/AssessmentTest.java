package org.est4j.core.assessment;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.assessment.TestScales.est5;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.est4j.core.Decision;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentTest {
    private static final Scale EST5 = est5();
    private static final Period WEEK_47 = Period.week(2026, 47);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);

    private static Assessment.Builder valid() {
        return Assessment.builder().area(AreaId.of("norrtalje/centrum")).period(WEEK_47).scaleId("est-5")
                .suggested(EST5.level("3")).modelId("threshold")
                .addReasons("12 observations of gatherings, 4 more than the previous week");
    }

    private static Decision<ScaleLevel> toLevel(String code) {
        return Decision.of(EST5.level(code), "operativa gruppen", "Police report two robberies", WEDNESDAY);
    }

    @Test
    void withoutOverrideTheSuggestionHolds() {
        Assessment a = valid().build();

        assertThat(a.level()).isEqualTo(EST5.level("3"));
        assertThat(a.isOverridden()).isFalse();
        assertThat(a.override()).isEmpty();
    }

    @Test
    void overrideHoldsAndTheSuggestionIsKept() {
        Assessment suggested = valid().build();
        Assessment decided = suggested.withOverride(toLevel("4"));

        assertThat(decided.level()).isEqualTo(EST5.level("4"));
        assertThat(decided.isOverridden()).isTrue();
        assertThat(decided.suggested()).isEqualTo(EST5.level("3"));
        assertThat(decided.reasons()).isEqualTo(suggested.reasons());
        assertThat(decided.modelId()).isEqualTo("threshold");
        assertThat(suggested.isOverridden()).as("the original is unchanged").isFalse();
    }

    @Test
    void aLaterOverrideReplacesAnEarlierOne() {
        Assessment a = valid().build().withOverride(toLevel("4")).withOverride(toLevel("2"));

        assertThat(a.level()).isEqualTo(EST5.level("2"));
        assertThat(a.suggested()).isEqualTo(EST5.level("3"));
    }

    @Test
    void confirmingTheSuggestionCountsAsADecision() {
        Assessment a = valid().build().withOverride(toLevel("3"));

        assertThat(a.isOverridden()).isTrue();
        assertThat(a.level()).isEqualTo(a.suggested());
    }

    /** Whatever is suggested and decided, level() is the decision if any, and the suggestion survives. */
    @Test
    void levelIsTheDecisionWhenThereIsOneElseTheSuggestion() {
        qt().forAll(integers().between(1, 5), integers().between(0, 5)).checkAssert((suggested, decided) -> {
            Assessment a = valid().suggested(EST5.levelAtRank(suggested)).build();
            Assessment b = decided == 0 ? a : a.withOverride(toLevel(Integer.toString(decided)));

            assertThat(b.level().rank()).isEqualTo(decided == 0 ? suggested : decided);
            assertThat(b.suggested()).isEqualTo(a.suggested());
            assertThat(b.isOverridden()).isEqualTo(decided != 0);
        });
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no area", (Consumer<Assessment.Builder>) b -> b.area(null), List.of("area")),
                Arguments.of("no period", (Consumer<Assessment.Builder>) b -> b.period(null), List.of("period")),
                Arguments.of("no period but an override", (Consumer<Assessment.Builder>) b -> b.period(null).override(
                        Decision.of(EST5.level("4"), "operativa gruppen", "Busy week", WEEK_47.startDate())),
                        List.of("period")),
                Arguments.of("no scale", (Consumer<Assessment.Builder>) b -> b.scaleId(null), List.of("scaleId")),
                Arguments.of("bad scale id", (Consumer<Assessment.Builder>) b -> b.scaleId("est 5"), List.of("scaleId")),
                Arguments.of("no suggestion", (Consumer<Assessment.Builder>) b -> b.suggested(null),
                        List.of("suggested")),
                Arguments.of("no model", (Consumer<Assessment.Builder>) b -> b.modelId(null), List.of("modelId")),
                Arguments.of("bad model id", (Consumer<Assessment.Builder>) b -> b.modelId(""), List.of("modelId")),
                Arguments.of("no reasons", (Consumer<Assessment.Builder>) b -> b.reasons(List.of()), List.of("reasons")),
                Arguments.of("blank reason", (Consumer<Assessment.Builder>) b -> b.addReasons(" "),
                        List.of("reasons[1]")),
                Arguments.of("null reason", (Consumer<Assessment.Builder>) b -> b.addReasons((String) null),
                        List.of("reasons[1]")),
                Arguments.of("decided before the period", (Consumer<Assessment.Builder>) b -> b.override(
                        Decision.of(EST5.level("4"), "operativa gruppen", "Early", WEEK_47.startDate().minusDays(1))),
                        List.of("override.decidedOn")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, Consumer<Assessment.Builder> change, List<String> paths) {
        Assessment.Builder b = valid();
        change.accept(b);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(paths));
    }

    @Test
    void decisionOnTheFirstDayOfThePeriodIsAccepted() {
        Decision<ScaleLevel> d = Decision.of(EST5.level("4"), "operativa gruppen", "Monday", WEEK_47.startDate());

        assertThat(valid().build().withOverride(d).override()).contains(d);
    }

    @Test
    void validateAgainstAcceptsItsOwnScale() {
        Assessment a = valid().build().withOverride(toLevel("5"));

        assertThat(a.validateAgainst(EST5)).isSameAs(a);
    }

    @Test
    void validateAgainstReportsEveryMismatch() {
        Scale traffic = TestScales.trafficLight();
        Assessment a = valid().override(Decision.of(traffic.level("red"), "operativa gruppen", "Red", WEDNESDAY))
                .build();

        assertThatThrownBy(() -> a.validateAgainst(EST5)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("override.value"));
        assertThatThrownBy(() -> a.validateAgainst(traffic)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("scaleId", "suggested"));
    }

    @Test
    void toStringShowsTheLevelAndWhoDecided() {
        assertThat(valid().build())
                .hasToString("Assessment norrtalje/centrum 2026-W47 est-5: 3 Oroligt (suggested by threshold)");
        assertThat(valid().build().withOverride(toLevel("4")))
                .hasToString("Assessment norrtalje/centrum 2026-W47 est-5: 4 Allvarligt (suggested 3 Oroligt by"
                        + " threshold; decided by operativa gruppen on 2026-11-18: Police report two robberies)");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), valid().build())
                .addEqualityGroup(valid().area(AreaId.of("norrtalje/rimbo")).build())
                .addEqualityGroup(valid().period(WEEK_47.next()).build())
                .addEqualityGroup(valid().scaleId("est-5b").build())
                .addEqualityGroup(valid().suggested(EST5.level("2")).build())
                .addEqualityGroup(valid().addReasons("Another").build())
                .addEqualityGroup(valid().modelId("harm-index").build())
                .addEqualityGroup(valid().build().withOverride(toLevel("4")), valid().override(Optional.of(toLevel("4")))
                        .build())
                .testEquals();
    }
}
