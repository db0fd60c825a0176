package org.est4j.core.time;

/**
 * The lengths of the periods EST works in: the cadence of reporting rounds (week, fortnight, month) and of
 * analysis (quarter, tertial, year).
 *
 * <p>Week and fortnight follow ISO-8601 week-years ("vecka 47"); the others follow the calendar year. Every
 * period is reckoned in {@link Period#ZONE Europe/Stockholm}.
 */
public enum PeriodKind {
    /** An ISO-8601 week, Monday to Sunday: {@code 2026-W47}. */
    WEEK,
    /**
     * Two ISO weeks starting on an odd week: {@code 2026-W45-46}. In a week-year with 53 weeks the last
     * fortnight is three weeks long ({@code 2026-W51-53}), so that fortnights never cross a week-year.
     */
    FORTNIGHT,
    /** A calendar month: {@code 2026-11}. */
    MONTH,
    /** A calendar quarter: {@code 2026-Q4}. */
    QUARTER,
    /** A tertial, four calendar months (T1 January–April, T2 May–August, T3 September–December): {@code 2026-T3}. */
    TERTIAL,
    /** A calendar year: {@code 2026}. */
    YEAR
}
