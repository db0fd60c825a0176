package org.est4j.core.analysis;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.Month.DECEMBER;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.analysis.Fixtures.picture;
import static org.est4j.core.time.TimeOfDay.AFTERNOON;
import static org.est4j.core.time.TimeOfDay.EVENING;
import static org.est4j.core.time.TimeOfDay.MORNING;
import static org.est4j.core.time.TimeOfDay.NIGHT;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.picture.Light;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatternsTest {
    private static final AreaId HAGABY = AreaId.of("hagaby");
    private static final Locale SV = Locale.forLanguageTag("sv");

    private static Patterns.Builder patterns() {
        return Patterns.builder().area(HAGABY);
    }

    static Stream<Arguments> weekdays() {
        return Stream.of(
                Arguments.of(Map.of(FRIDAY, 6L, SATURDAY, 6L, MONDAY, 2L, TUESDAY, 3L, WEDNESDAY, 3L, THURSDAY, 3L,
                        SUNDAY, 3L), "most on Fridays and Saturdays (46 %, 12 of 26)",
                        "mest på fredagar och lördagar (46 %, 12 av 26)"),
                Arguments.of(Map.of(FRIDAY, 10L, MONDAY, 1L, TUESDAY, 1L, WEDNESDAY, 1L, THURSDAY, 1L, SATURDAY, 1L,
                        SUNDAY, 1L), "most on Fridays (63 %, 10 of 16)", "mest på fredagar (63 %, 10 av 16)"),
                Arguments.of(Map.of(THURSDAY, 5L, FRIDAY, 6L, SATURDAY, 6L, MONDAY, 1L, TUESDAY, 1L, WEDNESDAY, 1L,
                        SUNDAY, 1L), "most on Thursdays, Fridays and Saturdays (81 %, 17 of 21)",
                        "mest på torsdagar, fredagar och lördagar (81 %, 17 av 21)"),
                Arguments.of(Map.of(MONDAY, 2L, TUESDAY, 2L, WEDNESDAY, 2L, THURSDAY, 2L, FRIDAY, 2L, SATURDAY, 2L,
                        SUNDAY, 2L), "spread over the week without a clear peak (14 observations)",
                        "spritt över veckan utan tydlig topp (14 iakttagelser)"),
                Arguments.of(Map.of(FRIDAY, 5L, SATURDAY, 4L),
                        "too few observations with a known weekday (9) to tell a pattern",
                        "för få iakttagelser med känd veckodag (9) för att se ett mönster"),
                Arguments.of(Map.of(), "no observations with a known weekday", "inga iakttagelser med känd veckodag"));
    }

    @ParameterizedTest
    @MethodSource("weekdays")
    void namesTheWeekdayPeak(Map<DayOfWeek, Long> counts, String english, String swedish) {
        Patterns p = patterns().countsByWeekday(counts).build();

        assertThat(p.weekdayText(Locale.ENGLISH)).isEqualTo(english);
        assertThat(p.weekdayText(SV)).isEqualTo(swedish);
    }

    static Stream<Arguments> timesOfDay() {
        return Stream.of(
                Arguments.of(Map.of(EVENING, 15L, NIGHT, 6L, AFTERNOON, 3L, MORNING, 2L),
                        "most in the evening (58 %, 15 of 26 with a known time of day)",
                        "mest på kvällen (58 %, 15 av 26 med känd tid på dygnet)"),
                Arguments.of(Map.of(EVENING, 10L, NIGHT, 8L, AFTERNOON, 1L, MORNING, 1L),
                        "most at night and in the evening (90 %, 18 of 20 with a known time of day)",
                        "mest på natten och på kvällen (90 %, 18 av 20 med känd tid på dygnet)"),
                Arguments.of(Map.of(EVENING, 3L, NIGHT, 3L, AFTERNOON, 3L, MORNING, 3L),
                        "spread over the day without a clear peak (12 with a known time of day)",
                        "spritt över dygnet utan tydlig topp (12 med känd tid på dygnet)"),
                Arguments.of(Map.of(MORNING, 2L),
                        "too few observations with a known time of day (2) to tell a pattern",
                        "för få iakttagelser med känd tid på dygnet (2) för att se ett mönster"));
    }

    @ParameterizedTest
    @MethodSource("timesOfDay")
    void namesThePartOfTheDay(Map<TimeOfDay, Long> counts, String english, String swedish) {
        Patterns p = patterns().countsByTimeOfDay(counts).timeOfDayUnknown(4).build();

        assertThat(p.timeOfDayText(Locale.ENGLISH)).isEqualTo(english);
        assertThat(p.timeOfDayText(SV)).isEqualTo(swedish);
    }

    static Stream<Arguments> seasons() {
        return Stream.of(
                Arguments.of(Map.of(OCTOBER, 10L, NOVEMBER, 30L, DECEMBER, 20L),
                        Map.of(OCTOBER, 31L, NOVEMBER, 30L, DECEMBER, 31L),
                        "most in November (50 % of the observations in 33 % of the days covered)",
                        "mest i november (50 % av iakttagelserna på 33 % av de täckta dagarna)"),
                Arguments.of(Map.of(OCTOBER, 4L, NOVEMBER, 30L, DECEMBER, 28L),
                        Map.of(OCTOBER, 31L, NOVEMBER, 30L, DECEMBER, 31L),
                        "most in November and December (94 % of the observations in 66 % of the days covered)",
                        "mest i november och december (94 % av iakttagelserna på 66 % av de täckta dagarna)"),
                Arguments.of(Map.of(OCTOBER, 31L, NOVEMBER, 30L, DECEMBER, 31L),
                        Map.of(OCTOBER, 31L, NOVEMBER, 30L, DECEMBER, 31L),
                        "spread over the 3 months covered without a clear peak (92 observations)",
                        "spritt över de 3 täckta månaderna utan tydlig topp (92 iakttagelser)"),
                Arguments.of(Map.of(OCTOBER, 3L, NOVEMBER, 4L), Map.of(OCTOBER, 31L, NOVEMBER, 30L),
                        "too few observations (7) to tell the season", "för få iakttagelser (7) för att se säsongen"),
                Arguments.of(Map.of(NOVEMBER, 40L), Map.of(NOVEMBER, 30L),
                        "only November is covered: too short to tell the season",
                        "bara november täcks: för kort för att se säsongen"),
                Arguments.of(Map.of(), Map.of(), "no weekly or monthly pictures to tell the season",
                        "inga vecko- eller månadsbilder att se säsongen i"));
    }

    @ParameterizedTest
    @MethodSource("seasons")
    void namesTheSeasonByRatePerDayCovered(Map<Month, Long> counts, Map<Month, Long> days, String english,
            String swedish) {
        Patterns p = patterns().countsByMonth(counts).daysByMonth(days).build();

        assertThat(p.seasonText(Locale.ENGLISH)).isEqualTo(english);
        assertThat(p.seasonText(SV)).isEqualTo(swedish);
    }

    static Stream<Arguments> darkness() {
        return Stream.of(
                Arguments.of(Map.of(Light.DARKNESS, 16L, Light.DAYLIGHT, 10L, Light.UNKNOWN, 4L),
                        "62 % in darkness (16 of 26 with known light)", "62 % i mörker (16 av 26 med känt ljus)"),
                Arguments.of(Map.of(Light.DAYLIGHT, 12L), "0 % in darkness (0 of 12 with known light)",
                        "0 % i mörker (0 av 12 med känt ljus)"),
                Arguments.of(Map.of(Light.DARKNESS, 3L, Light.UNKNOWN, 20L),
                        "too few observations with known light (3) to tell a pattern",
                        "för få iakttagelser med känt ljus (3) för att se ett mönster"));
    }

    @ParameterizedTest
    @MethodSource("darkness")
    void statesTheShareInDarkness(Map<Light, Long> counts, String english, String swedish) {
        Patterns p = patterns().countsByLight(counts).build();

        assertThat(p.darknessText(Locale.ENGLISH)).isEqualTo(english);
        assertThat(p.darknessText(SV)).isEqualTo(swedish);
    }

    @Test
    void exposesThePeaksAsValues() {
        Patterns p = patterns().countsByWeekday(Map.of(FRIDAY, 6L, SATURDAY, 6L, MONDAY, 1L, TUESDAY, 1L))
                .countsByTimeOfDay(Map.of(EVENING, 10L, NIGHT, 8L, MORNING, 1L))
                .countsByMonth(Map.of(OCTOBER, 4L, NOVEMBER, 30L)).daysByMonth(Map.of(OCTOBER, 31L, NOVEMBER, 30L))
                .countsByLight(Map.of(Light.DARKNESS, 3L, Light.DAYLIGHT, 1L)).build();

        assertThat(p.peakWeekdays()).containsExactly(FRIDAY, SATURDAY);
        assertThat(p.peakTimesOfDay()).containsExactly(NIGHT, EVENING);
        assertThat(p.peakMonths()).containsExactly(NOVEMBER);
        assertThat(p.darknessShare()).hasValue(0.75);
        assertThat(patterns().build().darknessShare()).isEmpty();
        assertThat(patterns().build().peakWeekdays()).isEmpty();
    }

    /** Four weeks of November 2026; two have breakdowns, and their history reaches back into October and 2025. */
    private static List<SituationPicture> fourWeeks() {
        return List.of(
                picture("hagaby", Period.week(2026, 45), 4, 4)
                        .putHistory(Period.week(2026, 44), 3L).putHistory(Period.week(2025, 45), 2L).build(),
                picture("hagaby", Period.week(2026, 46), 6, 6)
                        .putHistory(Period.week(2026, 45), 99L).putHistory(Period.week(2026, 42), 5L)
                        .putHistory(Period.week(2025, 46), 1L).build(),
                picture("hagaby", Period.week(2026, 47), 5, 5)
                        .putCountsByWeekday(FRIDAY, 3L).putCountsByWeekday(SATURDAY, 2L)
                        .putCountsByTimeOfDay(EVENING, 4L).timeOfDayUnknown(1)
                        .putCountsByLight(Light.DARKNESS, 4L).putCountsByLight(Light.UNKNOWN, 1L).build(),
                picture("hagaby", Period.week(2026, 48), 7, 7)
                        .putCountsByWeekday(FRIDAY, 4L).putCountsByWeekday(SATURDAY, 2L).putCountsByWeekday(MONDAY, 1L)
                        .putCountsByTimeOfDay(NIGHT, 2L).putCountsByTimeOfDay(EVENING, 5L)
                        .putCountsByLight(Light.DARKNESS, 5L).putCountsByLight(Light.DAYLIGHT, 2L).build());
    }

    @Test
    void sumsTheBreakdownsAndPlacesEachWeekInTheMonthOfItsThursday() {
        List<SituationPicture> weeks = fourWeeks();
        Patterns p = Patterns.of(List.of(weeks.get(3), weeks.get(1), weeks.get(0), weeks.get(2)));

        assertThat(p.area()).isEqualTo(HAGABY);
        assertThat(p.periods()).containsExactly(Period.week(2026, 45), Period.week(2026, 46), Period.week(2026, 47),
                Period.week(2026, 48));
        assertThat(p.total()).isEqualTo(22);
        assertThat(p.countsByWeekday()).containsExactly(Map.entry(MONDAY, 1L), Map.entry(FRIDAY, 7L),
                Map.entry(SATURDAY, 4L));
        assertThat(p.countsByTimeOfDay()).containsExactly(Map.entry(NIGHT, 2L), Map.entry(EVENING, 9L));
        assertThat(p.timeOfDayUnknown()).isEqualTo(1);
        assertThat(p.countsByLight()).containsExactly(Map.entry(Light.DAYLIGHT, 2L), Map.entry(Light.DARKNESS, 9L),
                Map.entry(Light.UNKNOWN, 1L));
        // October: 2026-W42 (5) and W44 (3, Thursday 29 October); November: the four weeks (22) and two of 2025 (3).
        // 2026-W45 in W46's history overlaps a picture and is not counted again.
        assertThat(p.countsByMonth()).containsExactly(Map.entry(OCTOBER, 8L), Map.entry(NOVEMBER, 25L));
        assertThat(p.daysByMonth()).containsExactly(Map.entry(OCTOBER, 14L), Map.entry(NOVEMBER, 42L));
        assertThat(p.summary(Locale.ENGLISH)).containsExactly(
                "Season: spread over the 2 months covered without a clear peak (33 observations)",
                "Weekday: most on Fridays (58 %, 7 of 12)",
                "Time of day: most in the evening (82 %, 9 of 11 with a known time of day)",
                "Darkness: 82 % in darkness (9 of 11 with known light)");
        assertThat(p.summary(SV).get(1)).isEqualTo("Veckodag: mest på fredagar (58 %, 7 av 12)");
        assertThat(p).hasToString("Patterns hagaby, 4 periods 2026-W45..2026-W48, 22 observations: "
                + String.join("; ", p.summary(Locale.ENGLISH)));
        assertThat(Patterns.of(weeks)).isEqualTo(p);
    }

    @Test
    void quartersCannotBePlacedInAMonth() {
        Patterns p = Patterns.of(List.of(picture("hagaby", Fixtures.Q4, 30, 30)
                .putHistory(Period.quarter(2026, 3), 20L).build()));

        assertThat(p.countsByMonth()).isEmpty();
        assertThat(p.seasonText(Locale.ENGLISH)).isEqualTo("no weekly or monthly pictures to tell the season");
    }

    @Test
    void rejectsPicturesOfSeveralAreasOrThatOverlap() {
        assertThatThrownBy(() -> Patterns.of(List.of(picture("hagaby", Fixtures.Q4, 3, 3).build(),
                picture("norr", Period.month(2026, 11), 1, 1).build(),
                picture("hagaby", Period.month(2027, 1), 1, 1).build())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("pictures[1].area", "pictures[1].period"));
        assertThatThrownBy(() -> Patterns.of(List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("pictures: must hold at least one picture");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> Patterns.builder().total(-1).timeOfDayUnknown(-1)
                .countsByMonth(Map.of(OCTOBER, -1L)).daysByMonth(Map.of(NOVEMBER, 0L))
                .countsByWeekday(Map.of(MONDAY, 0L)).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("area", "total", "timeOfDayUnknown", "daysByMonth", "countsByMonth[OCTOBER]",
                                "daysByMonth[NOVEMBER]", "countsByWeekday[MONDAY]"));
    }
}
