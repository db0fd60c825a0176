package org.est4j.core.mapping;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class ObservationTest {
    private static final ObservationId O1 = ObservationId.of("o-1");
    private static final ReporterId R17 = ReporterId.of("r-017");
    private static final AreaId CENTRE = AreaId.of("norrtalje/centrum");
    private static final CategoryId GRAFFITI = CategoryId.of("property-damage.graffiti");
    /** 2026-11-20 21:40 in Stockholm (CET, UTC+1). */
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-20T20:40:00Z");

    private static Observation.Builder valid() {
        return Observation.builder().id(O1).source(Source.REPORTER).reporter(R17).area(CENTRE)
                .occurredAt(FRIDAY_EVENING).category(GRAFFITI).severity(Severity.MODERATE);
    }

    // ------------------------------------------------------------------------------------------- examples

    @Test
    void minimalObservationGetsItsDefaults() {
        Observation o = valid().build();
        assertThat(o.description()).isEmpty();
        assertThat(o.visibility()).isEqualTo(Visibility.PARTNERS);
        assertThat(o.timeOfDay()).isEqualTo(TimeOfDay.EVENING);
        assertThat(o.timePrecision()).isEqualTo(TimePrecision.EXACT);
        assertThat(o.knownTimeOfDay()).contains(TimeOfDay.EVENING);
        assertThat(o.occurredDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(o.earliestOccurrence()).isEqualTo(FRIDAY_EVENING);
        assertThat(o.channel()).isEmpty();
        assertThat(o.placeName()).isEmpty();
        assertThat(o.point()).isEmpty();
        assertThat(o.reportedAt()).isEmpty();
    }

    @Test
    void fullObservation() {
        Observation o = valid().channel("app").placeName("Torget").point(GeoPoint.of(59.7589, 18.7049))
                .description("Nytt klotter på busskuren").visibility(Visibility.PUBLIC)
                .reportedAt(FRIDAY_EVENING.plusSeconds(600)).build();
        assertThat(o.channel()).contains("app");
        assertThat(o.placeName()).contains("Torget");
        assertThat(o.point()).contains(GeoPoint.of(59.7589, 18.7049));
        assertThat(o.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(o.reportedAt()).contains(FRIDAY_EVENING.plusSeconds(600));
    }

    @ParameterizedTest
    @CsvSource({"POLICE, GROUP", "CITIZEN, PARTNERS", "SAFETY_WALK, PARTNERS", "OTHER, PARTNERS"})
    void visibilityDefaultsToGroupForPoliceAndPartnersOtherwise(Source source, Visibility visibility) {
        Observation o = valid().source(source).reporter(java.util.Optional.empty()).build();
        assertThat(o.visibility()).isEqualTo(visibility);
        assertThat(valid().source(source).reporter(java.util.Optional.empty()).visibility(Visibility.PUBLIC).build()
                .visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void toStringSummarisesWithoutTheDescription() {
        Observation o = valid().placeName("Torget").description("Anna Andersson 070-123 45 67 såg det").build();
        assertThat(o).hasToString(
                "o-1 2026-11-20 21:40 EVENING norrtalje/centrum (Torget) property-damage.graffiti severity 3, REPORTER r-017, PARTNERS");
        Observation police = valid().source(Source.POLICE).reporter(java.util.Optional.empty())
                .occurredOn(LocalDate.of(2026, 11, 20)).build();
        assertThat(police).hasToString("o-1 2026-11-20 norrtalje/centrum property-damage.graffiti severity 3, POLICE, GROUP");
    }

    @Test
    void descriptionLimitIsInclusive() {
        assertThat(valid().description("x".repeat(Observation.MAX_DESCRIPTION_LENGTH)).build().description())
                .hasSize(4000);
        assertThat(valid().placeName("p".repeat(Observation.MAX_NAME_LENGTH)).channel("c".repeat(200)).build().placeName())
                .hasValueSatisfying(p -> assertThat(p).hasSize(200));
    }

    // ------------------------------------------------------------------------------------------- validation

    private static Arguments invalid(String label, Consumer<Observation.Builder> change, String... paths) {
        return Arguments.of(label, change, List.of(paths));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                invalid("no id", b -> b.id(null), "id"),
                invalid("no source", b -> b.source(null), "source"),
                invalid("no area", b -> b.area(null), "area"),
                invalid("no occurredAt", b -> b.occurredAt(null), "occurredAt"),
                invalid("no category", b -> b.category(null), "category"),
                invalid("no severity", b -> b.severity(null), "severity"),
                invalid("null description", b -> b.description(null), "description"),
                invalid("null visibility", b -> b.visibility(null), "visibility"),
                invalid("null timeOfDay", b -> b.timeOfDay(null), "timeOfDay"),
                invalid("null timePrecision", b -> b.timePrecision(null), "timePrecision"),
                invalid("reporter missing for REPORTER", b -> b.reporter(java.util.Optional.empty()), "reporter"),
                invalid("reporter given for CITIZEN", b -> b.source(Source.CITIZEN), "reporter"),
                invalid("reporter given for POLICE", b -> b.source(Source.POLICE), "reporter"),
                invalid("blank channel", b -> b.channel(" "), "channel"),
                invalid("long channel", b -> b.channel("c".repeat(201)), "channel"),
                invalid("blank placeName", b -> b.placeName(""), "placeName"),
                invalid("long placeName", b -> b.placeName("p".repeat(201)), "placeName"),
                invalid("long description", b -> b.description("d".repeat(4001)), "description"),
                invalid("EXACT time in another band", b -> b.timeOfDay(TimeOfDay.MORNING).timePrecision(TimePrecision.EXACT),
                        "timeOfDay"),
                invalid("reported before it happened", b -> b.reportedAt(FRIDAY_EVENING.minusSeconds(1)), "reportedAt"),
                invalid("all at once", b -> b.id(null).source(Source.CITIZEN).area(null).placeName(" ").occurredAt(null)
                                .category(null).severity(null).description("d".repeat(4001)),
                        "id", "reporter", "area", "placeName", "occurredAt", "category", "severity", "description"),
                invalid("all at once, with a time", b -> b.reporter(java.util.Optional.empty()).channel("")
                                .timeOfDay(TimeOfDay.NIGHT).timePrecision(TimePrecision.EXACT)
                                .reportedAt(Instant.parse("2026-11-20T00:00:00Z")),
                        "reporter", "channel", "timeOfDay", "reportedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void validationReportsEveryProblem(String label, Consumer<Observation.Builder> change, List<String> paths) {
        Observation.Builder builder = valid();
        change.accept(builder);
        assertThat(TestProblems.paths(builder::build)).containsExactlyElementsOf(paths);
    }

    @Test
    void messagesSayWhatToDo() {
        ValidationException citizen = TestProblems.failure(() -> valid().source(Source.CITIZEN).build());
        assertThat(citizen).hasMessageContaining("only trained reporters are named").hasMessageContaining("channel");
        ValidationException band = TestProblems.failure(
                () -> valid().timeOfDay(TimeOfDay.MORNING).timePrecision(TimePrecision.EXACT).build());
        assertThat(band).hasMessageContaining("must be EVENING").hasMessageContaining("PART_OF_DAY");
    }

    // ------------------------------------------------------------------------------------------- time

    /** Daylight-saving days in Stockholm: 2026-03-29 (02:00 → 03:00) and 2026-10-25 (03:00 → 02:00). */
    @ParameterizedTest
    @CsvSource({
        "2026-03-29T00:59:59Z, NIGHT",       // 01:59:59 CET
        "2026-03-29T01:00:00Z, NIGHT",       // 03:00 CEST
        "2026-03-29T03:59:59Z, NIGHT",       // 05:59:59 CEST
        "2026-03-29T04:00:00Z, MORNING",     // 06:00 CEST (05:00 in CET)
        "2026-03-29T16:00:00Z, EVENING",     // 18:00 CEST
        "2026-10-25T00:30:00Z, NIGHT",       // 02:30 CEST, the first time
        "2026-10-25T01:30:00Z, NIGHT",       // 02:30 CET, the second time
        "2026-10-25T04:30:00Z, NIGHT",       // 05:30 CET (06:30 in CEST)
        "2026-10-25T05:00:00Z, MORNING",     // 06:00 CET
        "2026-10-25T16:59:59Z, AFTERNOON",   // 17:59:59 CET
        "2026-10-25T17:00:00Z, EVENING",     // 18:00 CET
        "2026-06-21T21:59:59Z, EVENING",     // 23:59:59 CEST
        "2026-06-21T22:00:00Z, NIGHT",       // 00:00 CEST
        "2026-12-31T10:59:59Z, MORNING",     // 11:59:59 CET
        "2026-12-31T11:00:00Z, AFTERNOON",   // 12:00 CET
    })
    void timeOfDayIsDerivedInStockholmTimeAcrossDaylightSaving(Instant at, TimeOfDay band) {
        Observation o = valid().occurredAt(at).build();
        assertThat(o.timeOfDay()).isEqualTo(band);
        assertThat(o.timePrecision()).isEqualTo(TimePrecision.EXACT);
    }

    /**
     * Stockholm's clock by the EU rule, written without the time-zone database: UTC+2 from the last Sunday of March
     * 01:00 UTC to the last Sunday of October 01:00 UTC, UTC+1 otherwise.
     */
    private static int stockholmHour(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        LocalDateTime summerStarts = LocalDate.of(year, Month.MARCH, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).atTime(1, 0);
        LocalDateTime summerEnds = LocalDate.of(year, Month.OCTOBER, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).atTime(1, 0);
        boolean summer = !utc.isBefore(summerStarts) && utc.isBefore(summerEnds);
        return utc.plusHours(summer ? 2 : 1).getHour();
    }

    /** Instants from 2000 to 2037, half of them within six hours of a daylight-saving change. */
    private static Gen<Instant> instants() {
        Gen<Instant> any = longs().between(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2037-12-31T00:00:00Z").getEpochSecond()).map(seconds -> Instant.ofEpochSecond(seconds));
        Gen<Instant> nearChange = integers().between(2000, 2037).zip(integers().between(0, 1),
                integers().between(-6 * 3600, 6 * 3600), (year, october, seconds) -> LocalDate
                        .of(year, october == 1 ? Month.OCTOBER : Month.MARCH, 31)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
                        .atTime(1, 0).toInstant(ZoneOffset.UTC).plusSeconds(seconds));
        return any.mix(nearChange);
    }

    @Test
    void timeOfDayMatchesTheStockholmClockForAnyInstant() {
        qt().forAll(instants()).checkAssert(at -> {
            Observation o = valid().occurredAt(at).build();
            int hour = stockholmHour(at);
            assertThat(o.timeOfDay()).isEqualTo(TimeOfDay.values()[hour / 6]);
            assertThat(o.timePrecision()).isEqualTo(TimePrecision.EXACT);
        });
    }

    @Test
    void occurredAtLocalReadsTheStockholmClock() {
        Observation winter = valid().occurredAtLocal(LocalDateTime.parse("2026-01-10T18:00")).build();
        assertThat(winter.occurredAt()).isEqualTo(Instant.parse("2026-01-10T17:00:00Z"));
        Observation summer = valid().occurredAtLocal(LocalDateTime.parse("2026-07-10T18:00")).build();
        assertThat(summer.occurredAt()).isEqualTo(Instant.parse("2026-07-10T16:00:00Z"));
        assertThat(summer.timeOfDay()).isEqualTo(TimeOfDay.EVENING);
    }

    @ParameterizedTest
    @EnumSource(TimeOfDay.class)
    void partOfDayOnDaylightSavingDays(TimeOfDay band) {
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 6, 1))) {
            Observation o = valid().occurredOn(day, band).build();
            assertThat(o.timePrecision()).isEqualTo(TimePrecision.PART_OF_DAY);
            assertThat(o.timeOfDay()).isEqualTo(band);
            assertThat(o.knownTimeOfDay()).contains(band);
            assertThat(o.occurredDate()).isEqualTo(day);
            assertThat(stockholmHour(o.occurredAt())).isEqualTo(band.ordinal() * 6 + 3);
            assertThat(stockholmHour(o.earliestOccurrence())).isEqualTo(band.ordinal() * 6);
            assertThat(o.toString()).contains(day + " " + band + " ").doesNotContain(":");
        }
    }

    @Test
    void aBandNextToAnInstantInAnotherBandMeansOnlyThePartOfDayIsKnown() {
        Observation o = valid().occurredAt(Instant.parse("2026-11-20T11:00:00Z")).timeOfDay(TimeOfDay.EVENING).build();
        assertThat(o.timePrecision()).isEqualTo(TimePrecision.PART_OF_DAY);
        assertThat(o.timeOfDay()).isEqualTo(TimeOfDay.EVENING);
        assertThat(o.earliestOccurrence()).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
    }

    @Test
    void dateOnlyReportsHaveNoKnownPartOfDay() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        Observation o = valid().occurredOn(day).reportedAt(Instant.parse("2026-11-20T07:00:00Z")).build();
        assertThat(o.timePrecision()).isEqualTo(TimePrecision.DATE);
        assertThat(o.knownTimeOfDay()).isEmpty();
        assertThat(o.occurredDate()).isEqualTo(day);
        assertThat(o.earliestOccurrence()).isEqualTo(Instant.parse("2026-11-19T23:00:00Z"));
        assertThat(TestProblems.paths(() -> valid().occurredOn(day).reportedAt(Instant.parse("2026-11-19T22:59:59Z")).build()))
                .containsExactly("reportedAt");
    }

    @Test
    void aReportInTheSameBandIsAcceptedWhenOnlyTheBandIsKnown() {
        Observation o = valid().occurredOn(LocalDate.of(2026, 11, 20), TimeOfDay.EVENING)
                .reportedAt(Instant.parse("2026-11-20T17:30:00Z")).build();   // 18:30, before the stand-in 21:00
        assertThat(o.reportedAt()).isPresent();
    }

    @Test
    void aCopyThatMovesTheTimeToAnotherBandMustSayWhichBand() {
        Observation o = valid().build();
        Instant morning = Instant.parse("2026-11-21T08:00:00Z");
        assertThat(TestProblems.paths(() -> Observation.builder().from(o).occurredAt(morning).build()))
                .containsExactly("timeOfDay");
        Observation moved = Observation.builder().from(o).occurredAt(morning).timeOfDay(TimeOfDay.MORNING).build();
        assertThat(moved.timeOfDay()).isEqualTo(TimeOfDay.MORNING);
        assertThat(Observation.builder().from(o).occurredAt(FRIDAY_EVENING.plusSeconds(3600)).build().timeOfDay())
                .isEqualTo(TimeOfDay.EVENING);
    }

    @Test
    void builderHelpersRejectNulls() {
        assertThatNullPointerException().isThrownBy(() -> valid().occurredOn(null)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> valid().occurredOn(LocalDate.of(2026, 1, 1), null)).withMessage("band");
        assertThatNullPointerException().isThrownBy(() -> valid().occurredAtLocal(null)).withMessage("local");
    }

    // ------------------------------------------------------------------------------------------- order, identity

    @Test
    void byOccurrenceOrdersByTimeThenId() {
        Observation late = valid().id(ObservationId.of("o-0")).occurredAt(FRIDAY_EVENING.plusSeconds(60)).build();
        Observation b = valid().id(ObservationId.of("o-b")).build();
        Observation a = valid().id(ObservationId.of("o-a")).build();
        List<Observation> sorted = new ArrayList<>(List.of(late, b, a));
        sorted.sort(Observation.byOccurrence());
        assertThat(sorted).containsExactly(a, b, late);
    }

    /** Place, not person: no accessor may carry anyone's identity. */
    @Test
    void hasNoAccessorForAPerson() {
        List<String> accessors = Arrays.stream(Observation.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).sorted().collect(Collectors.toList());
        assertThat(accessors).containsExactly("area", "category", "channel", "description", "earliestOccurrence", "id",
                "knownTimeOfDay", "occurredAt", "occurredDate", "placeName", "point", "reportedAt", "reporter", "severity",
                "source", "timeOfDay", "timePrecision", "toString", "visibility");
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), valid().build(), valid().description("").visibility(Visibility.PARTNERS).build())
                .addEqualityGroup(valid().id(ObservationId.of("o-2")).build())
                .addEqualityGroup(valid().description("x").build())
                .addEqualityGroup(valid().severity(Severity.SERIOUS).build())
                .addEqualityGroup(valid().placeName("Torget").build())
                .addEqualityGroup(valid().visibility(Visibility.GROUP).build())
                .addEqualityGroup(valid().timePrecision(TimePrecision.DATE).build())
                .testEquals();
    }
}
