package org.est4j.core.measure;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.est4j.core.Decision;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class FollowUpTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 16);
    private static final LocalDateRange EVALUATED =
            LocalDateRange.ofClosed(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 13));

    private static FollowUp.Builder valid() {
        return FollowUp.builder().measure(MeasureId.of("2026-047")).date(DATE).evaluated(EVALUATED)
                .suggested(Outcome.CONTINUE).addReasons("Reports at the stop fell from 6 to 2");
    }

    private static Decision<Outcome> decide(Outcome outcome, LocalDate on) {
        return Decision.of(outcome, "operativa gruppen", "Light the footpath too", on);
    }

    @Test
    void undecidedTheSuggestionHolds() {
        FollowUp f = valid().build();

        assertThat(f.outcome()).isEqualTo(Outcome.CONTINUE);
        assertThat(f.isDecided()).isFalse();
        assertThat(f.evaluated()).contains(EVALUATED);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void theDecisionHoldsAndTheSuggestionIsKept(Outcome decided) {
        FollowUp suggested = valid().build();
        FollowUp f = suggested.withDecision(decide(decided, DATE));

        assertThat(f.outcome()).isEqualTo(decided);
        assertThat(f.isDecided()).isTrue();
        assertThat(f.suggested()).isEqualTo(Outcome.CONTINUE);
        assertThat(f.reasons()).isEqualTo(suggested.reasons());
        assertThat(suggested.isDecided()).as("the original is unchanged").isFalse();
    }

    @Test
    void aLaterDecisionReplacesAnEarlierOne() {
        FollowUp f = valid().build().withDecision(decide(Outcome.EXTEND, DATE))
                .withDecision(decide(Outcome.END, DATE.plusDays(7)));

        assertThat(f.outcome()).isEqualTo(Outcome.END);
        assertThat(f.decision().orElseThrow().decidedOn()).isEqualTo(DATE.plusDays(7));
    }

    @Test
    void evaluatedDatesAreOptionalAndMayEndOnTheFollowUpDay() {
        assertThat(valid().evaluated(java.util.Optional.empty()).build().evaluated()).isEmpty();
        assertThat(valid().evaluated(LocalDateRange.ofClosed(DATE.minusDays(6), DATE)).build().evaluated()).isPresent();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no measure", (Consumer<FollowUp.Builder>) b -> b.measure(null), List.of("measure")),
                Arguments.of("no date", (Consumer<FollowUp.Builder>) b -> b.date(null), List.of("date")),
                Arguments.of("no suggestion", (Consumer<FollowUp.Builder>) b -> b.suggested(null),
                        List.of("suggested")),
                Arguments.of("no reasons", (Consumer<FollowUp.Builder>) b -> b.reasons(List.of()), List.of("reasons")),
                Arguments.of("blank reason", (Consumer<FollowUp.Builder>) b -> b.addReasons(" "),
                        List.of("reasons[1]")),
                Arguments.of("null reason", (Consumer<FollowUp.Builder>) b -> b.addReasons((String) null),
                        List.of("reasons[1]")),
                Arguments.of("evaluated beyond the date", (Consumer<FollowUp.Builder>) b -> b.evaluated(
                        LocalDateRange.ofClosed(DATE.minusDays(6), DATE.plusDays(1))), List.of("evaluated")),
                Arguments.of("evaluated empty", (Consumer<FollowUp.Builder>) b -> b.evaluated(
                        LocalDateRange.of(DATE, DATE)), List.of("evaluated")),
                Arguments.of("evaluated unbounded start", (Consumer<FollowUp.Builder>) b -> b.evaluated(
                        LocalDateRange.of(LocalDate.MIN, DATE)), List.of("evaluated")),
                Arguments.of("evaluated unbounded end", (Consumer<FollowUp.Builder>) b -> b.evaluated(
                        LocalDateRange.of(DATE.minusDays(3), LocalDate.MAX)), List.of("evaluated")),
                Arguments.of("decided before the follow-up", (Consumer<FollowUp.Builder>) b -> b.decision(
                        decide(Outcome.END, DATE.minusDays(1))), List.of("decision.decidedOn")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, Consumer<FollowUp.Builder> change, List<String> paths) {
        FollowUp.Builder b = valid();
        change.accept(b);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(paths));
    }

    @Test
    void toStringShowsTheOutcomeAndWhoDecided() {
        assertThat(valid().build()).hasToString("FollowUp 2026-047 2026-12-16: CONTINUE (suggested)");
        assertThat(valid().build().withDecision(decide(Outcome.EXTEND, DATE))).hasToString("FollowUp 2026-047"
                + " 2026-12-16: EXTEND (suggested CONTINUE; decided by operativa gruppen on 2026-12-16: Light the"
                + " footpath too)");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), valid().build())
                .addEqualityGroup(valid().measure(MeasureId.of("2026-048")).build())
                .addEqualityGroup(valid().date(DATE.plusDays(1)).build())
                .addEqualityGroup(valid().evaluated(java.util.Optional.empty()).build())
                .addEqualityGroup(valid().suggested(Outcome.END).build())
                .addEqualityGroup(valid().addReasons("Another").build())
                .addEqualityGroup(valid().decision(decide(Outcome.EXTEND, DATE)).build(),
                        valid().build().withDecision(decide(Outcome.EXTEND, DATE)))
                .testEquals();
    }
}
