package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishTimeTest {

    @ParameterizedTest
    @CsvSource({"2026-11-18, 2026-11-18", "2026-1-5, 2026-01-05", "20261118, 2026-11-18", "18/11/2026, 2026-11-18",
            "18.11.2026, 2026-11-18", "1/2/2026, 2026-02-01", "18 november 2026, 2026-11-18", "18 Nov. 2026, 2026-11-18",
            "' 3  maj 2026 ', 2026-05-03", "29 februari 2028, 2028-02-29", "1 sept 2026, 2026-09-01"})
    void readsDates(String text, LocalDate expected) {
        assertThat(SwedishTime.date(text)).isEqualTo(expected);
        assertThat(SwedishTime.isDateOnly(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "31/04/2026", "29 februari 2026", "2026-13-01"})
    void refusesDaysThatDoNotExist(String text) {
        assertThatThrownBy(() -> SwedishTime.date(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11/18/2026x", "igår", "18 brumaire 2026", "2026/11/18", "", "18-11-2026"})
    void refusesOtherForms(String text) {
        assertThatThrownBy(() -> SwedishTime.date(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write it as 2026-11-18");
        assertThat(SwedishTime.isDateOnly(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"14:30, 14:30", "14.30, 14:30", "9:05, 09:05", "kl. 9.05, 09:05", "KL 23:59:59, 23:59:59"})
    void readsTimes(String text, LocalTime expected) {
        assertThat(SwedishTime.time(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "14:60", "halv tre", "1430"})
    void refusesOtherTimes(String text) {
        assertThatThrownBy(() -> SwedishTime.time(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-18 14:30, 2026-11-18T14:30", "2026-11-18T14:30, 2026-11-18T14:30",
            "18/11/2026 kl. 14.30, 2026-11-18T14:30", "18 november 2026 14:30, 2026-11-18T14:30",
            "2026-07-01 09:38:40, 2026-07-01T09:38:40"})
    void readsStockholmClockTimes(String text, LocalDateTime local) {
        assertThat(SwedishTime.dateTime(text)).isEqualTo(local.atZone(Period.ZONE).toInstant());
    }

    @ParameterizedTest
    @CsvSource({"2023-03-25 9:38:40 +01:00, 2023-03-25T08:38:40Z", "2026-11-18T14:30:00+0100, 2026-11-18T13:30:00Z",
            "2012-05-23T15:55:28-04:00, 2012-05-23T19:55:28Z", "2026-07-01T10:00Z, 2026-07-01T10:00:00Z",
            "2026-07-01T10:00:00.250z, 2026-07-01T10:00:00.250Z"})
    void readsInstantsWithAnOffset(String text, Instant expected) {
        assertThat(SwedishTime.dateTime(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-18", "14:30", "2026-11-18 25:00", "2026-11-18T14:30+25:00", "nu"})
    void refusesOtherDateTimes(String text) {
        assertThatThrownBy(() -> SwedishTime.dateTime(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"natt, NIGHT", "Morgon, MORNING", "förmiddag, MORNING", "eftermiddag, AFTERNOON", "KVÄLL, EVENING",
            "evening, EVENING", "NIGHT, NIGHT"})
    void readsPartsOfTheDay(String text, TimeOfDay expected) {
        assertThat(SwedishTime.timeOfDay(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dag", "lunch", ""})
    void refusesOtherPartsOfTheDay(String text) {
        assertThatThrownBy(() -> SwedishTime.timeOfDay(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("natt, morgon, eftermiddag or kväll");
    }

    @ParameterizedTest
    @CsvSource({"mars, 3", "Okt., 10", "december, 12", "brumaire, 0"})
    void knowsTheMonths(String name, int month) {
        assertThat(SwedishTime.month(name)).isEqualTo(month);
    }
}
