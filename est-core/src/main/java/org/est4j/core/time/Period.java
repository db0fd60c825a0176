package org.est4j.core.time;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * A reporting or analysis period: an ISO week, a fortnight, a month, a quarter, a tertial or a year, reckoned
 * in {@link #ZONE Europe/Stockholm}.
 *
 * <p>Every instant lies in exactly one period of each {@link PeriodKind}; {@code p.next().previous()} equals
 * {@code p}. The text form is the one municipalities write and {@link #parse(CharSequence)} reads:
 *
 * <table>
 *   <caption>Text forms</caption>
 *   <tr><th>kind</th><th>form</th><th>example</th></tr>
 *   <tr><td>week</td><td>{@code yyyy-Www}</td><td>{@code 2026-W47}</td></tr>
 *   <tr><td>fortnight</td><td>{@code yyyy-Www-ww}</td><td>{@code 2026-W45-46}</td></tr>
 *   <tr><td>month</td><td>{@code yyyy-mm}</td><td>{@code 2026-11}</td></tr>
 *   <tr><td>quarter</td><td>{@code yyyy-Qq}</td><td>{@code 2026-Q4}</td></tr>
 *   <tr><td>tertial</td><td>{@code yyyy-Tt}</td><td>{@code 2026-T3}</td></tr>
 *   <tr><td>year</td><td>{@code yyyy}</td><td>{@code 2026}</td></tr>
 * </table>
 *
 * <p>Calendar arithmetic is ThreeTen-Extra's ({@link YearWeek}, {@link YearQuarter}, {@link LocalDateRange}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The time zone in which every period starts and ends. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern FORTNIGHT = Pattern.compile("(\\d{4})-W(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern TERTIAL = Pattern.compile("(\\d{4})-T(\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final PeriodKind kind;
    /** The year of the period: the ISO week-based year for weeks and fortnights, else the calendar year. */
    private final int year;
    /** The index within the year: week, first week of the fortnight, month, quarter, tertial, or 1 for a year. */
    private final int index;
    private final LocalDateRange dates;

    private Period(PeriodKind kind, int year, int index, LocalDateRange dates) {
        this.kind = kind;
        this.year = year;
        this.index = index;
        this.dates = dates;
    }

    // ---------------------------------------------------------------------------------------- factories

    /**
     * Returns an ISO week.
     *
     * @param weekBasedYear the ISO week-based year
     * @param week the week, 1 to 52 or 53
     * @return the week
     * @throws java.time.DateTimeException when the year has no such week
     */
    public static Period week(int weekBasedYear, int week) {
        YearWeek yw = yearWeek(weekBasedYear, week);
        return new Period(PeriodKind.WEEK, weekBasedYear, week, LocalDateRange.of(yw.atDay(DayOfWeek.MONDAY),
                yw.plusWeeks(1).atDay(DayOfWeek.MONDAY)));
    }

    /**
     * Returns the fortnight that contains an ISO week.
     *
     * @param weekBasedYear the ISO week-based year
     * @param week any week of the fortnight, 1 to 52 or 53
     * @return the fortnight
     * @throws java.time.DateTimeException when the year has no such week
     */
    public static Period fortnight(int weekBasedYear, int week) {
        YearWeek yw = yearWeek(weekBasedYear, week);
        int first = week == 53 ? 51 : (week % 2 == 1 ? week : week - 1);
        int last = first == 51 && yw.is53WeekYear() ? 53 : first + 1;
        return new Period(PeriodKind.FORTNIGHT, weekBasedYear, first, LocalDateRange.of(
                YearWeek.of(weekBasedYear, first).atDay(DayOfWeek.MONDAY),
                YearWeek.of(weekBasedYear, last).plusWeeks(1).atDay(DayOfWeek.MONDAY)));
    }

    /**
     * Returns an ISO week, refusing week 53 of a 52-week year: ThreeTen-Extra's {@code YearWeek.of} would
     * quietly roll it over to week 1 of the next year.
     */
    private static YearWeek yearWeek(int weekBasedYear, int week) {
        YearWeek yw = YearWeek.of(weekBasedYear, week);
        if (yw.getYear() != weekBasedYear || yw.getWeek() != week) {
            throw new DateTimeException("Week-based year " + weekBasedYear + " has 52 weeks, so it has no week " + week);
        }
        return yw;
    }

    /**
     * Returns a calendar month.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @return the month
     */
    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(PeriodKind.MONTH, year, month, LocalDateRange.of(ym.atDay(1), ym.plusMonths(1).atDay(1)));
    }

    /**
     * Returns a calendar quarter.
     *
     * @param year the year
     * @param quarter the quarter, 1 to 4
     * @return the quarter
     */
    public static Period quarter(int year, int quarter) {
        YearQuarter yq = YearQuarter.of(year, quarter);
        return new Period(PeriodKind.QUARTER, year, quarter, LocalDateRange.of(yq.atDay(1), yq.plusQuarters(1).atDay(1)));
    }

    /**
     * Returns a tertial: T1 January–April, T2 May–August, T3 September–December.
     *
     * @param year the year
     * @param tertial the tertial, 1 to 3
     * @return the tertial
     * @throws java.time.DateTimeException when the tertial is not 1, 2 or 3
     */
    public static Period tertial(int year, int tertial) {
        if (tertial < 1 || tertial > 3) {
            throw new DateTimeException("Tertial must be 1, 2 or 3, was " + tertial);
        }
        LocalDate start = LocalDate.of(year, 4 * (tertial - 1) + 1, 1);
        return new Period(PeriodKind.TERTIAL, year, tertial, LocalDateRange.of(start, start.plusMonths(4)));
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year
     * @return the year as a period
     */
    public static Period year(int year) {
        LocalDate start = LocalDate.of(year, Month.JANUARY, 1);
        return new Period(PeriodKind.YEAR, year, 1, LocalDateRange.of(start, start.plusYears(1)));
    }

    /**
     * Returns the period of a kind that contains a date.
     *
     * @param kind the kind of period
     * @param date the date
     * @return the one period of that kind containing the date
     */
    public static Period of(PeriodKind kind, LocalDate date) {
        requireNonNull(kind, "kind");
        requireNonNull(date, "date");
        switch (kind) {
            case WEEK: {
                YearWeek yw = YearWeek.from(date);
                return week(yw.getYear(), yw.getWeek());
            }
            case FORTNIGHT: {
                YearWeek yw = YearWeek.from(date);
                return fortnight(yw.getYear(), yw.getWeek());
            }
            case MONTH:
                return month(date.getYear(), date.getMonthValue());
            case QUARTER:
                return quarter(date.getYear(), YearQuarter.from(date).getQuarterValue());
            case TERTIAL:
                return tertial(date.getYear(), (date.getMonthValue() - 1) / 4 + 1);
            case YEAR:
                return year(date.getYear());
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Returns the period of a kind that contains an instant, reckoned in Europe/Stockholm.
     *
     * @param kind the kind of period
     * @param instant the instant
     * @return the one period of that kind containing the instant
     */
    public static Period of(PeriodKind kind, Instant instant) {
        requireNonNull(instant, "instant");
        return of(kind, LocalDate.ofInstant(instant, ZONE));
    }

    /**
     * Returns the current period of a kind.
     *
     * @param kind the kind of period
     * @param clock the clock to read, so that tests can fix it
     * @return the period containing the clock's instant
     */
    public static Period now(PeriodKind kind, Clock clock) {
        return of(kind, requireNonNull(clock, "clock").instant());
    }

    /**
     * Reads a period from its text form ({@code 2026-W47}, {@code 2026-W45-46}, {@code 2026-11}, {@code 2026-Q4},
     * {@code 2026-T3} or {@code 2026}). Whitespace around the text is ignored.
     *
     * @param text the text
     * @return the period
     * @throws DateTimeParseException when the text is not one of the forms, or names a period that does not
     *     exist (week 53 of a 52-week year, a fortnight not starting on an odd week)
     */
    public static Period parse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString().trim();
        try {
            Matcher m;
            if ((m = WEEK.matcher(s)).matches()) {
                return week(group(m, 1), group(m, 2));
            }
            if ((m = FORTNIGHT.matcher(s)).matches()) {
                Period p = fortnight(group(m, 1), group(m, 2));
                if (!p.toString().equals(s)) {
                    throw new DateTimeParseException("No such fortnight: '" + s + "'; did you mean " + p + "?", s, 0);
                }
                return p;
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return month(group(m, 1), group(m, 2));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return quarter(group(m, 1), group(m, 2));
            }
            if ((m = TERTIAL.matcher(s)).matches()) {
                return tertial(group(m, 1), group(m, 2));
            }
            if ((m = YEAR.matcher(s)).matches()) {
                return year(group(m, 1));
            }
        } catch (DateTimeParseException e) {
            throw e;
        } catch (DateTimeException e) {
            throw new DateTimeParseException("No such period: '" + s + "' (" + e.getMessage() + ")", s, 0, e);
        }
        throw new DateTimeParseException("Text '" + s + "' is not a period; expected one of 2026-W47, 2026-W45-46, "
                + "2026-11, 2026-Q4, 2026-T3 or 2026", s, 0);
    }

    private static int group(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    // ---------------------------------------------------------------------------------------- accessors

    /**
     * Returns the kind of period.
     *
     * @return never null
     */
    public PeriodKind kind() {
        return kind;
    }

    /**
     * Returns the first day of the period.
     *
     * @return the first date, inclusive
     */
    public LocalDate startDate() {
        return dates.getStart();
    }

    /**
     * Returns the day after the period.
     *
     * @return the end date, exclusive
     */
    public LocalDate endDate() {
        return dates.getEnd();
    }

    /**
     * Returns the dates of the period.
     *
     * @return a half-open range of dates
     */
    public LocalDateRange dates() {
        return dates;
    }

    /**
     * Returns the instants of the period: from midnight of the first day to midnight after the last,
     * in Europe/Stockholm, so a period holding a daylight-saving change is an hour shorter or longer.
     *
     * @return a half-open interval of instants
     */
    public Interval interval() {
        return Interval.of(startDate().atStartOfDay(ZONE).toInstant(), endDate().atStartOfDay(ZONE).toInstant());
    }

    /**
     * Returns the number of days in the period.
     *
     * @return 7 for a week, 14 or 21 for a fortnight, 28 to 366 for the rest
     */
    public int lengthInDays() {
        return (int) ChronoUnit.DAYS.between(startDate(), endDate());
    }

    /**
     * Tells whether an instant falls in the period.
     *
     * @param instant the instant
     * @return true when it is at or after the start and before the end
     */
    public boolean contains(Instant instant) {
        return interval().contains(requireNonNull(instant, "instant"));
    }

    /**
     * Tells whether a date falls in the period.
     *
     * @param date the date
     * @return true when it is one of the period's days
     */
    public boolean contains(LocalDate date) {
        return dates.contains(requireNonNull(date, "date"));
    }

    /**
     * Tells whether another period lies wholly inside this one, such as a month in its quarter.
     *
     * @param other the other period
     * @return true when every day of the other is a day of this
     */
    public boolean encloses(Period other) {
        return dates.encloses(requireNonNull(other, "other").dates);
    }

    // ---------------------------------------------------------------------------------------- navigation

    /**
     * Returns the period of the same kind that follows this one.
     *
     * @return the next period, starting where this one ends
     */
    public Period next() {
        return of(kind, endDate());
    }

    /**
     * Returns the period of the same kind that precedes this one.
     *
     * @return the previous period, ending where this one starts
     */
    public Period previous() {
        return of(kind, startDate().minusDays(1));
    }

    /**
     * Returns the period a number of steps away: {@code plus(1)} is {@link #next()}, {@code plus(-1)} is
     * {@link #previous()}. Computed directly, in constant time: every week-based year has 26 fortnights.
     *
     * @param steps the number of periods to move, negative for earlier
     * @return the period that many steps later (or earlier)
     * @throws DateTimeException when the result lies outside the years {@link LocalDate} supports
     */
    public Period plus(int steps) {
        switch (kind) {
            case WEEK: {
                YearWeek yw = YearWeek.of(year, index).plusWeeks(steps);
                return week(yw.getYear(), yw.getWeek());
            }
            case FORTNIGHT: {
                long n = year * 26L + (index - 1) / 2 + steps;
                return fortnight(checkedYear(Math.floorDiv(n, 26)), (int) Math.floorMod(n, 26L) * 2 + 1);
            }
            case MONTH: {
                YearMonth ym = YearMonth.of(year, index).plusMonths(steps);
                return month(ym.getYear(), ym.getMonthValue());
            }
            case QUARTER: {
                YearQuarter yq = YearQuarter.of(year, index).plusQuarters(steps);
                return quarter(yq.getYear(), yq.getQuarterValue());
            }
            case TERTIAL: {
                long n = year * 3L + (index - 1) + steps;
                return tertial(checkedYear(Math.floorDiv(n, 3)), (int) Math.floorMod(n, 3L) + 1);
            }
            case YEAR:
                return year(checkedYear(year + (long) steps));
            default:
                throw new AssertionError(kind);
        }
    }

    private static int checkedYear(long year) {
        return ChronoField.YEAR.checkValidIntValue(year);
    }

    /**
     * Returns the same period a year earlier, the usual comparison for seasonal data: the same week number in
     * the previous week-year (week 52 when that year has no week 53), the same fortnight, month, quarter or
     * tertial of the previous year, or the previous year.
     *
     * @return the comparable period one year earlier
     */
    public Period sameLastYear() {
        switch (kind) {
            case WEEK:
                return week(year - 1, Math.min(index, YearWeek.of(year - 1, 1).is53WeekYear() ? 53 : 52));
            case FORTNIGHT:
                return fortnight(year - 1, index);
            case MONTH:
                return month(year - 1, index);
            case QUARTER:
                return quarter(year - 1, index);
            case TERTIAL:
                return tertial(year - 1, index);
            case YEAR:
                return year(year - 1);
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Returns the period of another kind that contains this period's first day, such as the quarter of a week.
     *
     * @param other the kind wanted
     * @return the period of that kind containing {@link #startDate()}
     */
    public Period atStartIn(PeriodKind other) {
        return of(other, startDate());
    }

    // ---------------------------------------------------------------------------------------- text

    /**
     * Returns a label for people: {@code vecka 47 2026}, {@code vecka 45–46 2026}, {@code november 2026},
     * {@code kvartal 4 2026}, {@code tertial 3 2026} in Swedish; {@code week 47 2026}, {@code November 2026},
     * {@code Q4 2026} … in English (any language other than Swedish gets English).
     *
     * @param locale the reader's locale
     * @return the label
     */
    public String displayName(Locale locale) {
        boolean sv = "sv".equals(requireNonNull(locale, "locale").getLanguage());
        switch (kind) {
            case WEEK:
                return (sv ? "vecka " : "week ") + index + " " + year;
            case FORTNIGHT:
                return (sv ? "vecka " : "weeks ") + index + "–" + lastWeek() + " " + year;
            case MONTH:
                return Month.of(index).getDisplayName(TextStyle.FULL_STANDALONE, sv ? locale : Locale.ENGLISH) + " " + year;
            case QUARTER:
                return (sv ? "kvartal " + index + " " : "Q" + index + " ") + year;
            case TERTIAL:
                return (sv ? "tertial " : "tertial ") + index + " " + year;
            case YEAR:
                return Integer.toString(year);
            default:
                throw new AssertionError(kind);
        }
    }

    private int lastWeek() {
        return index + lengthInDays() / 7 - 1;
    }

    /** Returns the text form that {@link #parse(CharSequence)} reads, such as {@code 2026-W47}. */
    @Override
    public String toString() {
        switch (kind) {
            case WEEK:
                return String.format(Locale.ROOT, "%04d-W%02d", year, index);
            case FORTNIGHT:
                return String.format(Locale.ROOT, "%04d-W%02d-%02d", year, index, lastWeek());
            case MONTH:
                return String.format(Locale.ROOT, "%04d-%02d", year, index);
            case QUARTER:
                return String.format(Locale.ROOT, "%04d-Q%d", year, index);
            case TERTIAL:
                return String.format(Locale.ROOT, "%04d-T%d", year, index);
            case YEAR:
                return String.format(Locale.ROOT, "%04d", year);
            default:
                throw new AssertionError(kind);
        }
    }

    // ---------------------------------------------------------------------------------------- value

    /**
     * Orders periods by start date, then by kind (shorter first), so that sorted output is deterministic.
     *
     * @param other the period to compare with
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Period other) {
        int byStart = startDate().compareTo(other.startDate());
        return byStart != 0 ? byStart : kind.compareTo(other.kind);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period && ((Period) other).kind == kind && ((Period) other).dates.equals(dates);
    }

    @Override
    public int hashCode() {
        // The ordinal, not the enum's identity hash code, so that hash codes are the same in every run.
        return kind.ordinal() * 31 + dates.hashCode();
    }
}
