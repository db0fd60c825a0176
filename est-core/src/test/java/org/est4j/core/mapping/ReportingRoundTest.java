package org.est4j.core.mapping;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class ReportingRoundTest {
    private static final Period W47 = Period.parse("2026-W47");
    /** Norrtälje: reports due Tuesday 13:00. */
    private static final Instant TUESDAY_13 = LocalDateTime.parse("2026-11-17T13:00").atZone(Period.ZONE).toInstant();

    private static ReporterId r(int n) {
        return ReporterId.of(String.format("r-%02d", n));
    }

    private static List<ReporterId> rs(int... ns) {
        return IntStream.of(ns).mapToObj(ReportingRoundTest::r).collect(Collectors.toList());
    }

    private static ReportingRound.Builder valid() {
        return ReportingRound.builder().period(W47).deadline(TUESDAY_13).addAllExpected(rs(1, 2, 3));
    }

    // ------------------------------------------------------------------------------------------- examples

    @Test
    void openedRoundHasEveryoneSilent() {
        ReportingRound round = ReportingRound.of(W47, TUESDAY_13, rs(3, 1, 2));
        assertThat(round.expected()).containsExactly(r(1), r(2), r(3));
        assertThat(round.answered()).isEmpty();
        assertThat(round.silent()).containsExactly(r(1), r(2), r(3));
        assertThat(round.reported()).isEmpty();
        assertThat(round.responseRate()).isZero();
        assertThat(round.isComplete()).isFalse();
        assertThat(round).hasToString("2026-W47: 3 expected, 0 answered (0 nothing to report), 3 silent");
    }

    @Test
    void toStringReadsAsCoverage() {
        ReportingRound round = ReportingRound.builder().period(W47).deadline(TUESDAY_13)
                .addAllExpected(rs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
                .addAllAnswered(rs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .addAllNothingToReport(rs(10, 11, 12))
                .build();
        assertThat(round).hasToString("2026-W47: 15 expected, 12 answered (3 nothing to report), 3 silent");
        assertThat(round.responseRate()).isEqualTo(0.8);
        assertThat(round.silent()).containsExactlyElementsOf(rs(13, 14, 15));
        assertThat(round.reported()).containsExactlyElementsOf(rs(1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void silenceIsNotNothingToReport() {
        ReportingRound round = valid().addAnswered(r(1)).addNothingToReport(r(1)).build();
        assertThat(round.nothingToReport()).containsExactly(r(1));
        assertThat(round.silent()).containsExactly(r(2), r(3)).doesNotContain(r(1));
        assertThat(round.reported()).isEmpty();
    }

    @Test
    void deadlineAtReadsStockholmTime() {
        ReportingRound round = ReportingRound.builder().period(W47).deadlineAt(LocalDateTime.parse("2026-11-17T13:00"))
                .addExpected(r(1)).build();
        assertThat(round.deadline()).isEqualTo(Instant.parse("2026-11-17T12:00:00Z"));
        ZonedDateTime local = round.deadlineLocal();
        assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(local.toLocalTime()).hasToString("13:00");
        assertThat(local.getZone()).isEqualTo(Period.ZONE);
    }

    @Test
    void deadlineMayBeTheStartOfThePeriodOrAfterItsEnd() {
        Instant start = W47.interval().getStart();
        assertThat(valid().deadline(start).build().deadline()).isEqualTo(start);
        Instant afterEnd = W47.interval().getEnd().plus(Duration.ofDays(1));
        assertThat(valid().deadline(afterEnd).build().deadline()).isEqualTo(afterEnd);
    }

    // ------------------------------------------------------------------------------------------- validation

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no period", (Consumer<ReportingRound.Builder>) b -> b.period(null), List.of("period")),
                Arguments.of("no deadline", (Consumer<ReportingRound.Builder>) b -> b.deadline(null), List.of("deadline")),
                Arguments.of("nobody expected", (Consumer<ReportingRound.Builder>) b -> b.expected(List.of()),
                        List.of("expected")),
                Arguments.of("deadline a second before the period",
                        (Consumer<ReportingRound.Builder>) b -> b.deadline(W47.interval().getStart().minusSeconds(1)),
                        List.of("deadline")),
                Arguments.of("answer from someone not expected",
                        (Consumer<ReportingRound.Builder>) b -> b.addAnswered(r(1), r(8), r(9)),
                        List.of("answered", "answered")),
                Arguments.of("nothing to report without an answer",
                        (Consumer<ReportingRound.Builder>) b -> b.addNothingToReport(r(2)), List.of("nothingToReport")),
                Arguments.of("nothing to report from someone not expected",
                        (Consumer<ReportingRound.Builder>) b -> b.addAnswered(r(7)).addNothingToReport(r(7)),
                        List.of("answered")),
                Arguments.of("all at once",
                        (Consumer<ReportingRound.Builder>) b -> b.period(null).deadline(null).expected(List.of())
                                .addAnswered(r(1)).addNothingToReport(r(2)),
                        List.of("period", "deadline", "expected", "answered", "nothingToReport")),
                Arguments.of("all at once, with a period",
                        (Consumer<ReportingRound.Builder>) b -> b.deadline(Instant.parse("2020-01-01T00:00:00Z"))
                                .addAnswered(r(4)).addNothingToReport(r(5)),
                        List.of("deadline", "answered", "nothingToReport")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void validationReportsEveryProblem(String label, Consumer<ReportingRound.Builder> change, List<String> paths) {
        ReportingRound.Builder builder = valid();
        change.accept(builder);
        assertThat(TestProblems.paths(builder::build)).containsExactlyElementsOf(paths);
    }

    @Test
    void messagesSayWhatToDo() {
        ValidationException unexpected = TestProblems.failure(() -> valid().addAnswered(r(9)).build());
        assertThat(unexpected.problems().get(0).value()).isEqualTo("r-09");
        assertThat(unexpected).hasMessageContaining("add the reporter to expected");
        ValidationException early = TestProblems.failure(() -> valid().deadline(Instant.parse("2026-11-01T00:00:00Z")).build());
        assertThat(early).hasMessageContaining("2026-W47").hasMessageContaining("2026-11-16");
    }

    // ------------------------------------------------------------------------------------------- answers

    @Test
    void withReportRecordsAnAnswerAndWithdrawsAnEarlierNothingToReport() {
        ReportingRound round = valid().build().withNothingToReport(r(1)).withReport(r(1)).withReport(r(2));
        assertThat(round.answered()).containsExactly(r(1), r(2));
        assertThat(round.nothingToReport()).isEmpty();
        assertThat(round.reported()).containsExactly(r(1), r(2));
        assertThat(round.silent()).containsExactly(r(3));
    }

    @Test
    void withNothingToReportDoesNotOverrideAReport() {
        ReportingRound reported = valid().build().withReport(r(1));
        assertThat(reported.withNothingToReport(r(1))).isSameAs(reported);
        ReportingRound nothing = reported.withNothingToReport(r(2)).withNothingToReport(r(2));
        assertThat(nothing.nothingToReport()).containsExactly(r(2));
        assertThat(nothing.answered()).containsExactly(r(1), r(2));
        assertThat(nothing.withNothingToReport(r(3)).isComplete()).isTrue();
        assertThat(nothing.withNothingToReport(r(3)).responseRate()).isEqualTo(1.0);
    }

    @Test
    void answersFromSomeoneNotExpectedAreRejectedUntilTheyAreExpected() {
        ReportingRound round = valid().build();
        assertThat(TestProblems.paths(() -> round.withReport(r(9)))).containsExactly("answered");
        assertThat(TestProblems.paths(() -> round.withNothingToReport(r(9)))).containsExactly("answered");
        ReportingRound unplanned = ReportingRound.builder().from(round).addExpected(r(9)).addAnswered(r(9)).build();
        assertThat(unplanned.expected()).hasSize(4);
        assertThat(unplanned.responseRate()).isEqualTo(0.25);
        assertThatNullPointerException().isThrownBy(() -> round.withReport(null)).withMessage("reporter");
    }

    @Test
    void expectActiveLeavesInactiveReportersOut() {
        AreaId area = AreaId.of("centrum");
        ActorId actor = ActorId.of("skolan");
        List<Reporter> reporters = List.of(
                Reporter.of(r(1), actor, area),
                Reporter.builder().id(r(2)).actor(actor).addAreas(area).active(false).build(),
                Reporter.of(r(3), actor, area));
        ReportingRound round = ReportingRound.builder().period(W47).deadline(TUESDAY_13).expectActive(reporters).build();
        assertThat(round.expected()).containsExactly(r(1), r(3));
    }

    @Test
    void derivedSetsAreUnmodifiable() {
        ReportingRound round = valid().build();
        assertThatThrownBy(() -> round.silent().add(r(7))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> round.reported().add(r(7))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> round.expected().add(r(7))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), ReportingRound.of(W47, TUESDAY_13, rs(3, 2, 1)))
                .addEqualityGroup(valid().period(Period.parse("2026-W46")).build())
                .addEqualityGroup(valid().deadline(TUESDAY_13.plusSeconds(60)).build())
                .addEqualityGroup(valid().addExpected(r(4)).build())
                .addEqualityGroup(valid().addAnswered(r(1)).build())
                .addEqualityGroup(valid().addAnswered(r(1)).addNothingToReport(r(1)).build())
                .testEquals();
    }

    // ------------------------------------------------------------------------------------------- properties

    /** Reporter numbers 0 to 11, as random sets. */
    private static Gen<Set<Integer>> subsets() {
        return lists().of(integers().between(0, 11)).ofSizeBetween(0, 14).map(list -> new HashSet<>(list));
    }

    private static TreeSet<ReporterId> ids(Set<Integer> numbers) {
        return numbers.stream().map(ReportingRoundTest::r).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyExpectedReporterIsSilentNothingToReportOrReported() {
        qt().forAll(subsets(), subsets(), subsets()).assuming((a, b, c) -> !a.isEmpty()).checkAssert((a, b, c) -> {
            // Make valid sets: answered ⊆ expected, nothingToReport ⊆ answered.
            TreeSet<ReporterId> expected = ids(a);
            TreeSet<ReporterId> answered = ids(b);
            answered.retainAll(expected);
            TreeSet<ReporterId> nothing = ids(c);
            nothing.retainAll(answered);
            ReportingRound round = ReportingRound.builder().period(W47).deadline(TUESDAY_13)
                    .expected(expected).answered(answered).nothingToReport(nothing).build();

            TreeSet<ReporterId> union = new TreeSet<>(round.silent());
            union.addAll(round.answered());
            assertThat(union).isEqualTo(round.expected());
            assertThat(Collections.disjoint(round.silent(), round.answered())).isTrue();

            TreeSet<ReporterId> answers = new TreeSet<>(round.reported());
            answers.addAll(round.nothingToReport());
            assertThat(answers).isEqualTo(round.answered());
            assertThat(Collections.disjoint(round.reported(), round.nothingToReport())).isTrue();

            assertThat(round.responseRate()).isBetween(0.0, 1.0)
                    .isEqualTo((double) answered.size() / expected.size());
            assertThat(round.isComplete()).isEqualTo(round.silent().isEmpty());
        });
    }

    /** An oracle written apart from the builder: how many problems a round should have. */
    private static int expectedProblems(Set<Integer> expected, Set<Integer> answered, Set<Integer> nothing, int deadlineHours) {
        int problems = expected.isEmpty() ? 1 : 0;
        problems += deadlineHours < 0 ? 1 : 0;
        for (int n : answered) {
            problems += expected.contains(n) ? 0 : 1;
        }
        for (int n : nothing) {
            problems += answered.contains(n) ? 0 : 1;
        }
        return problems;
    }

    @Test
    void builderNeverAcceptsWhatTheRulesReject() {
        Instant start = W47.interval().getStart();
        qt().forAll(subsets(), subsets(), subsets(), integers().between(-72, 400)).checkAssert((e, a, n, hours) -> {
            // Keep the sets nested unless they hold reporter 11, so that valid and invalid rounds are both common.
            Set<Integer> answered = new HashSet<>(a);
            if (!a.contains(11)) {
                answered.retainAll(e);
            }
            Set<Integer> nothing = new HashSet<>(n);
            if (!n.contains(11)) {
                nothing.retainAll(answered);
            }
            ReportingRound.Builder builder = ReportingRound.builder().period(W47)
                    .deadline(start.plus(Duration.ofHours(hours)))
                    .expected(ids(e)).answered(ids(answered)).nothingToReport(ids(nothing));
            int problems = expectedProblems(e, answered, nothing, hours);
            if (problems == 0) {
                ReportingRound round = builder.build();
                assertThat(round.expected()).isEqualTo(ids(e));
                assertThat(round.answered()).isEqualTo(ids(answered));
                assertThat(round.nothingToReport()).isEqualTo(ids(nothing));
            } else {
                assertThat(TestProblems.failure(builder::build).problems()).hasSize(problems);
            }
        });
    }
}
