package org.est4j.core.measure;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.measure.MeasureStatus.CANCELLED;
import static org.est4j.core.measure.MeasureStatus.DONE;
import static org.est4j.core.measure.MeasureStatus.ONGOING;
import static org.est4j.core.measure.MeasureStatus.PLANNED;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private static final MeasureId ID = MeasureId.of("2026-047");
    private static final ActorId LEAD = ActorId.of("tekniska-kontoret");
    private static final ActorId HOUSING = ActorId.of("bostadsbolaget");
    private static final ActorId POLICE = ActorId.of("polisen");

    private static Measure.Builder valid() {
        return Measure.builder().id(ID).title("Belysning vid busshållplatsen").type(MeasureType.LIGHTING)
                .addTargetAreas(AreaId.of("norrtalje/centrum/torget"))
                .addTargetCategories(CategoryId.of("unsafe-place/lighting"))
                .leadActor(LEAD).addPartners(HOUSING).start(START).horizon(Horizon.SHORT);
    }

    private static Measure ongoing() {
        return valid().status(ONGOING).build();
    }

    private static FollowUp followUp(MeasureId measure, LocalDate date) {
        return FollowUp.builder().measure(measure).date(date).suggested(Outcome.CONTINUE).addReasons("Fewer reports")
                .build();
    }

    @Test
    void defaultsArePlannedGroupOnlyAndFourWeeks() {
        Measure m = valid().build();

        assertThat(m.status()).isEqualTo(PLANNED);
        assertThat(m.visibility()).isEqualTo(Visibility.GROUP);
        assertThat(m.followUpEvery()).isEqualTo(java.time.Period.ofDays(28)).isEqualTo(Measure.DEFAULT_FOLLOW_UP_INTERVAL);
        assertThat(m.end()).isEmpty();
        assertThat(m.description()).isEmpty();
    }

    @Test
    void setsAreSortedWhateverTheOrderGiven() {
        Measure m = valid().addTargetAreas(AreaId.of("norrtalje/centrum/ahlsell"))
                .addPartners(POLICE, ActorId.of("kyrkan")).build();

        assertThat(m.targetAreas()).extracting(AreaId::value)
                .containsExactly("norrtalje/centrum/ahlsell", "norrtalje/centrum/torget");
        assertThat(m.partners()).extracting(ActorId::value).containsExactly("bostadsbolaget", "kyrkan", "polisen");
    }

    @Test
    void involvesTheLeadAndThePartners() {
        Measure m = valid().build();

        assertThat(m.involves(LEAD)).isTrue();
        assertThat(m.involves(HOUSING)).isTrue();
        assertThat(m.involves(POLICE)).isFalse();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no id", (Consumer<Measure.Builder>) b -> b.id(null), List.of("id")),
                Arguments.of("no title", (Consumer<Measure.Builder>) b -> b.title(null), List.of("title")),
                Arguments.of("blank title", (Consumer<Measure.Builder>) b -> b.title("  "), List.of("title")),
                Arguments.of("no type", (Consumer<Measure.Builder>) b -> b.type(null), List.of("type")),
                Arguments.of("no target area", (Consumer<Measure.Builder>) b -> b.targetAreas(List.of()),
                        List.of("targetAreas")),
                Arguments.of("no lead", (Consumer<Measure.Builder>) b -> b.leadActor(null), List.of("leadActor")),
                Arguments.of("lead also partner", (Consumer<Measure.Builder>) b -> b.addPartners(LEAD),
                        List.of("partners")),
                Arguments.of("no start", (Consumer<Measure.Builder>) b -> b.start(null), List.of("start")),
                Arguments.of("end before start", (Consumer<Measure.Builder>) b -> b.end(START.minusDays(1)),
                        List.of("end")),
                Arguments.of("no horizon", (Consumer<Measure.Builder>) b -> b.horizon(null), List.of("horizon")),
                Arguments.of("null status", (Consumer<Measure.Builder>) b -> b.status(null), List.of("status")),
                Arguments.of("done without end", (Consumer<Measure.Builder>) b -> b.status(DONE), List.of("end")),
                Arguments.of("blank description", (Consumer<Measure.Builder>) b -> b.description(""),
                        List.of("description")),
                Arguments.of("null visibility", (Consumer<Measure.Builder>) b -> b.visibility(null),
                        List.of("visibility")),
                Arguments.of("null interval", (Consumer<Measure.Builder>) b -> b.followUpEvery(null),
                        List.of("followUpEvery")),
                Arguments.of("zero interval", (Consumer<Measure.Builder>) b -> b.followUpEvery(java.time.Period.ZERO),
                        List.of("followUpEvery")),
                Arguments.of("negative interval", (Consumer<Measure.Builder>) b -> b.followUpEvery(
                        java.time.Period.ofWeeks(-2)), List.of("followUpEvery")),
                Arguments.of("partly negative interval", (Consumer<Measure.Builder>) b -> b.followUpEvery(
                        java.time.Period.of(0, 1, -40)), List.of("followUpEvery")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, Consumer<Measure.Builder> change, List<String> paths) {
        Measure.Builder b = valid();
        change.accept(b);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(paths));
    }

    @Test
    void emptyBuilderReportsEveryMissingAttributeAtOnce() {
        assertThatThrownBy(() -> Measure.builder().build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("id", "title", "type", "targetAreas", "leadActor", "start", "horizon"));
    }

    @Test
    void endOnTheStartDayAndDoneWithEndAreAccepted() {
        assertThat(valid().end(START).build().end()).contains(START);
        assertThat(valid().status(DONE).end(START).build().status()).isEqualTo(DONE);
    }

    // ------------------------------------------------------------------------------------------ transitions

    static Stream<Arguments> everyPair() {
        return MeasureStatusTest.transitions();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void transitionToFollowsCanBecome(MeasureStatus from, MeasureStatus to, boolean allowed) {
        Measure m = valid().status(from).end(from == DONE ? Optional.of(START) : Optional.empty()).build();
        LocalDate on = START.plusDays(3);

        if (allowed) {
            Measure moved = m.transitionTo(to, on);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(Measure.builder().from(moved).status(from).end(m.end()).build())
                    .as("only status and end change").isEqualTo(m);
        } else {
            assertThatThrownBy(() -> m.transitionTo(to, on)).isInstanceOfSatisfying(IllegalTransitionException.class,
                    e -> {
                        assertThat(e.measure()).isEqualTo(ID);
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(to);
                        assertThat(e.allowed()).isEqualTo(from.allowedNext());
                    });
        }
    }

    static Stream<Arguments> endRules() {
        return Stream.of(
                Arguments.of("done sets a missing end", ONGOING, null, DONE, 10, Optional.of(START.plusDays(10))),
                Arguments.of("done early cuts the planned end", ONGOING, 30, DONE, 10, Optional.of(START.plusDays(10))),
                Arguments.of("done late keeps the planned end", ONGOING, 5, DONE, 10, Optional.of(START.plusDays(5))),
                Arguments.of("done on the start day", ONGOING, null, DONE, 0, Optional.of(START)),
                Arguments.of("cancelled sets a missing end", ONGOING, null, CANCELLED, 7, Optional.of(START.plusDays(7))),
                Arguments.of("cancelled when planned", PLANNED, null, CANCELLED, 0, Optional.of(START)),
                Arguments.of("cancelled before start never ran", PLANNED, 30, CANCELLED, -3, Optional.empty()),
                Arguments.of("ongoing keeps the planned end", PLANNED, 30, ONGOING, -1, Optional.of(START.plusDays(30))),
                Arguments.of("ongoing without end stays open", PLANNED, null, ONGOING, 0, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endRules")
    void transitionSetsTheEnd(String name, MeasureStatus from, Integer endDays, MeasureStatus to, int onDays,
            Optional<LocalDate> expectedEnd) {
        Measure m = valid().status(from).end(Optional.ofNullable(endDays).map(START::plusDays)).build();

        Measure moved = m.transitionTo(to, START.plusDays(onDays));

        assertThat(moved.end()).isEqualTo(expectedEnd);
        assertThat(moved.start()).as("transitions never move the start").isEqualTo(START);
    }

    @Test
    void doneBeforeTheStartIsRejected() {
        assertThatThrownBy(() -> ongoing().transitionTo(DONE, START.minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("end");
                    assertThat(e.getMessage()).contains("before its start 2026-11-23");
                });
    }

    /**
     * Any sequence of requested statuses, applied through transitionTo, only ever moves along canBecome, fails
     * exactly where canBecome says no, and keeps the end rules.
     */
    @Test
    void anySequenceOfTransitionsFollowsCanBecome() {
        qt().forAll(lists().of(arbitrary().enumValues(MeasureStatus.class)).ofSizeBetween(0, 8),
                lists().of(integers().between(-5, 40)).ofSize(8)).checkAssert((wanted, days) -> {
                    Measure m = valid().build();
                    List<MeasureStatus> path = new ArrayList<>(List.of(m.status()));
                    for (int i = 0; i < wanted.size(); i++) {
                        MeasureStatus next = wanted.get(i);
                        LocalDate on = START.plusDays(days.get(i));
                        MeasureStatus before = m.status();
                        boolean doneTooEarly = next == DONE && on.isBefore(START);
                        if (!before.canBecome(next)) {
                            Measure current = m;
                            assertThatThrownBy(() -> current.transitionTo(next, on))
                                    .isInstanceOf(IllegalTransitionException.class);
                        } else if (doneTooEarly) {
                            Measure current = m;
                            assertThatThrownBy(() -> current.transitionTo(next, on))
                                    .isInstanceOf(ValidationException.class);
                        } else {
                            m = m.transitionTo(next, on);
                            assertThat(m.status()).isEqualTo(next);
                            path.add(next);
                        }
                        Measure now = m;
                        assertThat(now.end().map(e -> !e.isBefore(now.start())).orElse(true)).isTrue();
                        assertThat(now.status() != DONE || now.end().isPresent()).isTrue();
                    }
                    for (int i = 1; i < path.size(); i++) {
                        assertThat(path.get(i - 1).canBecome(path.get(i))).isTrue();
                    }
                });
    }

    // ------------------------------------------------------------------------------------------ follow-up due

    static Stream<Arguments> due() {
        MeasureId other = MeasureId.of("2026-001");
        return Stream.of(
                Arguments.of("planned is never due", valid().build(), List.of(), 100, false),
                Arguments.of("done is never due", valid().status(DONE).end(START.plusDays(5)).build(), List.of(), 100,
                        false),
                Arguments.of("cancelled is never due", valid().status(CANCELLED).build(), List.of(), 100, false),
                Arguments.of("day before four weeks", ongoing(), List.of(), 27, false),
                Arguments.of("four weeks after start", ongoing(), List.of(), 28, true),
                Arguments.of("long after start", ongoing(), List.of(), 200, true),
                Arguments.of("a follow-up resets the clock", ongoing(), List.of(followUp(ID, START.plusDays(28))), 40,
                        false),
                Arguments.of("four weeks after the follow-up", ongoing(), List.of(followUp(ID, START.plusDays(28))), 56,
                        true),
                Arguments.of("the latest follow-up counts", ongoing(),
                        List.of(followUp(ID, START.plusDays(56)), followUp(ID, START.plusDays(28))), 70, false),
                Arguments.of("other measures' follow-ups are ignored", ongoing(),
                        List.of(followUp(other, START.plusDays(28))), 40, true),
                Arguments.of("follow-ups after today are ignored", ongoing(), List.of(followUp(ID, START.plusDays(50))),
                        40, true),
                Arguments.of("a follow-up before the start is ignored", ongoing(),
                        List.of(followUp(ID, START.minusDays(10))), 27, false),
                Arguments.of("fortnightly interval", valid().status(ONGOING).followUpEvery(java.time.Period.ofDays(14))
                        .build(), List.of(), 14, true),
                Arguments.of("monthly interval", valid().status(ONGOING).followUpEvery(java.time.Period.ofMonths(1))
                        .build(), List.of(), 30, true),
                Arguments.of("monthly interval, a day short", valid().status(ONGOING)
                        .followUpEvery(java.time.Period.ofMonths(1)).build(), List.of(), 29, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("due")
    void isDueForFollowUp(String name, Measure m, List<FollowUp> followUps, int todayDays, boolean due) {
        assertThat(m.isDueForFollowUp(START.plusDays(todayDays), followUps)).isEqualTo(due);
    }

    @Test
    void nextFollowUpDateCountsFromTheLatestOfStartAndFollowUps() {
        assertThat(ongoing().nextFollowUpDate(List.of())).isEqualTo(START.plusDays(28));
        assertThat(ongoing().nextFollowUpDate(List.of(followUp(ID, START.plusDays(30)))))
                .isEqualTo(START.plusDays(58));
    }

    // ------------------------------------------------------------------------------------------ value

    @Test
    void toStringShowsIdTitleTypeStatusDatesLeadAndAreas() {
        assertThat(valid().build()).hasToString("Measure 2026-047 \"Belysning vid busshållplatsen\" lighting PLANNED"
                + " 2026-11-23.. lead tekniska-kontoret areas [norrtalje/centrum/torget]");
        assertThat(valid().end(START.plusDays(6)).build()).hasToString("Measure 2026-047 \"Belysning vid"
                + " busshållplatsen\" lighting PLANNED 2026-11-23..2026-11-29 lead tekniska-kontoret areas"
                + " [norrtalje/centrum/torget]");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), valid().build(), valid().status(PLANNED).build())
                .addEqualityGroup(valid().id(MeasureId.of("2026-048")).build())
                .addEqualityGroup(valid().title("Belysning").build())
                .addEqualityGroup(valid().type(MeasureType.CLEANING).build())
                .addEqualityGroup(valid().addTargetAreas(AreaId.of("norrtalje/rimbo")).build())
                .addEqualityGroup(valid().targetCategories(List.of()).build())
                .addEqualityGroup(valid().leadActor(POLICE).build())
                .addEqualityGroup(valid().partners(List.of()).build())
                .addEqualityGroup(valid().start(START.minusDays(1)).build())
                .addEqualityGroup(valid().end(START.plusDays(30)).build())
                .addEqualityGroup(valid().horizon(Horizon.LONG).build())
                .addEqualityGroup(ongoing())
                .addEqualityGroup(valid().description("Two lamps").build())
                .addEqualityGroup(valid().visibility(Visibility.PARTNERS).build())
                .addEqualityGroup(valid().followUpEvery(java.time.Period.ofWeeks(2)).build())
                .testEquals();
    }
}
