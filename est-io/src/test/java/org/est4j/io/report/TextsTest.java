package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextsTest {
    private static final Texts SV = new Texts(Locale.forLanguageTag("sv"));
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @Test
    void numbersFollowFixedRules() {
        assertThat(SV.integer(1234567)).isEqualTo("1\u00A0234\u00A0567");
        assertThat(EN.integer(1234567)).isEqualTo("1,234,567");
        assertThat(SV.integer(999)).isEqualTo("999");
        assertThat(SV.integer(-1200)).isEqualTo("−1\u00A0200");
        assertThat(SV.decimal(3.456, 1)).isEqualTo("3,5");
        assertThat(EN.decimal(3.456, 1)).isEqualTo("3.5");
        assertThat(SV.percent(0.625)).isEqualTo("63\u00A0%");
        assertThat(EN.percent(0.625)).isEqualTo("63%");
    }

    @Test
    void datesAndTimes() {
        assertThat(SV.date(LocalDate.of(2026, 3, 5))).isEqualTo("5 mars 2026");
        assertThat(EN.date(LocalDate.of(2026, 3, 5))).isEqualTo("5 Mar 2026");
        assertThat(SV.dateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 22))).isEqualTo("9–22 nov. 2026");
        assertThat(SV.dateRange(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 6))).isEqualTo("23 nov.–6 dec. 2026");
        assertThat(SV.dateRange(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)))
                .isEqualTo("28 dec. 2026–3 jan. 2027");
        assertThat(SV.dateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))).isEqualTo("1 maj 2026");
        assertThat(SV.time(Instant.parse("2026-07-01T12:05:00Z"))).isEqualTo("1 juli 2026 kl. 14.05");
        assertThat(EN.time(Instant.parse("2026-12-01T12:05:00Z"))).isEqualTo("1 Dec 2026, 13:05");
    }

    static Stream<Arguments> periods() {
        return Stream.of(Arguments.of(Period.week(2026, 5), "v. 5", "wk 5", "Vecka 5 2026"),
                Arguments.of(Period.fortnight(2026, 47), "v. 47–48", "wk 47–48", "Vecka 47–48 2026"),
                Arguments.of(Period.month(2026, 11), "nov.", "Nov", "November 2026"),
                Arguments.of(Period.quarter(2026, 4), "kv. 4", "Q4", "Kvartal 4 2026"),
                Arguments.of(Period.tertial(2026, 3), "T3", "T3", "Tertial 3 2026"),
                Arguments.of(Period.year(2026), "2026", "2026", "2026"));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void periodsForChartsAndHeadings(Period period, String shortSv, String shortEn, String heading) {
        assertThat(SV.shortPeriod(period)).isEqualTo(shortSv);
        assertThat(EN.shortPeriod(period)).isEqualTo(shortEn);
        assertThat(SV.period(period)).isEqualTo(heading);
    }
}
