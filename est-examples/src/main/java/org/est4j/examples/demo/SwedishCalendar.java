package org.est4j.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days of one ISO week-based year as the demo generator sees them: how warm and how dark it is at about 60° N,
 * Swedish public holidays, school holidays as in Stockholm county (sportlov week 9, påsklov the week of Good Friday,
 * the summer holiday from the last school day in mid-June to school start in mid-August, höstlov week 44, jullov
 * 20 December to 7 January) and the big evenings of the year.
 *
 * <p>Package-private and deterministic: everything is computed from the year.
 */
final class SwedishCalendar {
    private final int weeks;
    private final LocalDate first;
    private final List<Day> days;

    private SwedishCalendar(int year) {
        this.first = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1).with(DayOfWeek.MONDAY);
        this.weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<Day> list = new ArrayList<>(weeks * 7);
        for (int i = 0; i < weeks * 7; i++) {
            list.add(new Day(first.plusDays(i), i / 7 + 1));
        }
        this.days = List.copyOf(list);
    }

    static SwedishCalendar of(int weekBasedYear) {
        return new SwedishCalendar(weekBasedYear);
    }

    /** The number of ISO weeks of the year, 52 or 53. */
    int weeks() {
        return weeks;
    }

    /** Monday of week 1. */
    LocalDate firstDay() {
        return first;
    }

    /** Monday of a week, 1 to {@link #weeks()}. */
    LocalDate monday(int week) {
        return first.plusWeeks(week - 1L);
    }

    /** Every day of the year's weeks, Monday of week 1 first. */
    List<Day> days() {
        return days;
    }

    // ------------------------------------------------------------------------------------------- rules

    static LocalDate easterSunday(int year) {
        // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The last school day before the summer: the Friday from 10 to 16 June. */
    static LocalDate lastSchoolDay(int year) {
        return LocalDate.of(year, 6, 10).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** The first school day after the summer: the Monday from 17 to 23 August. */
    static LocalDate schoolStart(int year) {
        return LocalDate.of(year, 8, 17).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** Midsummer Eve: the Friday from 19 to 25 June. */
    static LocalDate midsummerEve(int year) {
        return LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** All Saints' Day: the Saturday from 31 October to 6 November. */
    static LocalDate allSaints(int year) {
        return LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    static boolean isPublicHoliday(LocalDate date) {
        int y = date.getYear();
        LocalDate easter = easterSunday(y);
        MonthDay md = MonthDay.from(date);
        return md.equals(MonthDay.of(1, 1)) || md.equals(MonthDay.of(1, 6)) || md.equals(MonthDay.of(5, 1))
                || md.equals(MonthDay.of(6, 6)) || md.equals(MonthDay.of(12, 24)) || md.equals(MonthDay.of(12, 25))
                || md.equals(MonthDay.of(12, 26)) || md.equals(MonthDay.of(12, 31))
                || date.equals(easter.minusDays(2)) || date.equals(easter) || date.equals(easter.plusDays(1))
                || date.equals(easter.plusDays(39)) || date.equals(midsummerEve(y)) || date.equals(midsummerEve(y).plusDays(1))
                || date.equals(allSaints(y));
    }

    static boolean isSummerHoliday(LocalDate date) {
        int y = date.getYear();
        return date.isAfter(lastSchoolDay(y)) && date.isBefore(schoolStart(y));
    }

    static boolean isSchoolBreak(LocalDate date) {
        int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int y = date.getYear();
        LocalDate goodFriday = easterSunday(y).minusDays(2);
        boolean paskLov = week == goodFriday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                && date.get(IsoFields.WEEK_BASED_YEAR) == goodFriday.get(IsoFields.WEEK_BASED_YEAR);
        MonthDay md = MonthDay.from(date);
        boolean julLov = !md.isBefore(MonthDay.of(12, 20)) || !md.isAfter(MonthDay.of(1, 7));
        return week == 9 || week == 44 || paskLov || julLov || isSummerHoliday(date);
    }

    /** One day, with what the generator needs to know about it. */
    static final class Day {
        private final LocalDate date;
        private final int week;
        private final double warmth;
        private final double darkness;
        private final boolean schoolBreak;
        private final boolean summerHoliday;
        private final boolean publicHoliday;
        private final boolean festive;
        private final boolean newYear;
        private final boolean halloween;

        private Day(LocalDate date, int week) {
            this.date = date;
            this.week = week;
            int doy = date.getDayOfYear();
            this.warmth = 0.5 * (1 + StrictMath.cos(2 * Math.PI * (doy - 196) / 365.25));
            this.darkness = 0.5 * (1 + StrictMath.cos(2 * Math.PI * (doy - 355) / 365.25));
            this.schoolBreak = SwedishCalendar.isSchoolBreak(date);
            this.summerHoliday = SwedishCalendar.isSummerHoliday(date);
            this.publicHoliday = SwedishCalendar.isPublicHoliday(date);
            int y = date.getYear();
            MonthDay md = MonthDay.from(date);
            this.festive = md.equals(MonthDay.of(4, 30)) || md.equals(MonthDay.of(12, 31))
                    || date.equals(lastSchoolDay(y)) || date.equals(midsummerEve(y));
            this.newYear = md.equals(MonthDay.of(12, 31));
            this.halloween = md.equals(MonthDay.of(10, 31)) || date.equals(allSaints(y).minusDays(1));
        }

        LocalDate date() {
            return date;
        }

        /** The ISO week of the generator's year, 1 to 52 or 53. */
        int week() {
            return week;
        }

        DayOfWeek dayOfWeek() {
            return date.getDayOfWeek();
        }

        /** 0 in midwinter to 1 in mid-July. */
        double warmth() {
            return warmth;
        }

        /** 0 at midsummer to 1 at the winter solstice. */
        double darkness() {
            return darkness;
        }

        boolean isSchoolBreak() {
            return schoolBreak;
        }

        boolean isSummerHoliday() {
            return summerHoliday;
        }

        boolean isPublicHoliday() {
            return publicHoliday;
        }

        /** The multiplier on Valborg, the last school day, Midsummer Eve and New Year's Eve; 1 on other days. */
        double festivity(double multiplier) {
            return festive ? multiplier : 1;
        }

        /** The multiplier on New Year's Eve and its night; 1 on other days. */
        double fireworks(double multiplier) {
            return newYear ? multiplier : 1;
        }

        /** The multiplier on Halloween and the Friday before All Saints' Day; 1 on other days. */
        double halloween(double multiplier) {
            return halloween ? multiplier : 1;
        }
    }
}
