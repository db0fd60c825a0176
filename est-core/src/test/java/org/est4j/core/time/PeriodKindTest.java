package org.est4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link PeriodKind}: its declaration order is what {@link Period#compareTo(Period)} relies on for "shorter
 * first", and the kinds nest as municipalities expect.
 */
class PeriodKindTest {
    private static final long FROM = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long UNTIL = LocalDate.of(2100, 12, 31).toEpochDay();

    @Test
    void kindsAreDeclaredFromShortestToLongest() {
        assertThat(PeriodKind.values()).containsExactly(PeriodKind.WEEK, PeriodKind.FORTNIGHT, PeriodKind.MONTH,
                PeriodKind.QUARTER, PeriodKind.TERTIAL, PeriodKind.YEAR);
        qt().withFixedSeed(7L).withExamples(300).forAll(longs().between(FROM, UNTIL), longs().between(FROM, UNTIL))
                .checkAssert((a, b) -> {
                    PeriodKind[] kinds = PeriodKind.values();
                    for (int k = 0; k + 1 < kinds.length; k++) {
                        Period shorter = Period.of(kinds[k], LocalDate.ofEpochDay(a));
                        Period longer = Period.of(kinds[k + 1], LocalDate.ofEpochDay(b));
                        assertThat(shorter.lengthInDays()).as("%s vs %s", shorter, longer)
                                .isLessThan(longer.lengthInDays());
                    }
                });
    }

    @Test
    void calendarKindsNestAndWeeksNestInFortnights() {
        qt().withFixedSeed(8L).withExamples(500).forAll(longs().between(FROM, UNTIL)).checkAssert(day -> {
            LocalDate date = LocalDate.ofEpochDay(day);
            Period month = Period.of(PeriodKind.MONTH, date);
            assertThat(Period.of(PeriodKind.QUARTER, date).encloses(month)).isTrue();
            assertThat(Period.of(PeriodKind.TERTIAL, date).encloses(month)).isTrue();
            assertThat(Period.of(PeriodKind.YEAR, date).encloses(Period.of(PeriodKind.QUARTER, date))).isTrue();
            assertThat(Period.of(PeriodKind.YEAR, date).encloses(Period.of(PeriodKind.TERTIAL, date))).isTrue();
            assertThat(Period.of(PeriodKind.FORTNIGHT, date).encloses(Period.of(PeriodKind.WEEK, date))).isTrue();
        });
    }
}
