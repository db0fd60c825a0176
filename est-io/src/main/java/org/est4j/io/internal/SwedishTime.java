package org.est4j.io.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;

/**
 * Reads the dates and times Swedish exports write. Every method throws {@link IllegalArgumentException} with a
 * message that says which forms are accepted; importers turn it into a rejection.
 *
 * <ul>
 *   <li>dates: {@code 2026-11-18} (also {@code 2026-1-5}), {@code 20261118}, {@code 18/11/2026},
 *       {@code 18.11.2026}, {@code 18 november 2026}, {@code 18 nov. 2026} — day before month, never the American
 *       month-first order;</li>
 *   <li>times: {@code 14:30}, {@code 14.30}, {@code 14:30:15}, optionally after {@code kl} or {@code kl.};</li>
 *   <li>date and time together, separated by a space or {@code T}; with an offset ({@code Z}, {@code +01:00}) the
 *       instant is exact, without one it is a Stockholm clock time;</li>
 *   <li>parts of the day: natt, morgon, förmiddag, eftermiddag, kväll (and night, morning, afternoon, evening).</li>
 * </ul>
 */
public final class SwedishTime {
    /** The accepted forms, for messages. */
    public static final String DATE_FORMS = "2026-11-18, 18/11/2026, 18.11.2026 or 18 november 2026";
    /** The accepted forms of a time, for messages. */
    public static final String TIME_FORMS = "14:30 or 14.30";

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_TIME = Pattern.compile("(.+?)(?:T|\\s+)((?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_OFFSET = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5),
            Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augusti", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, TimeOfDay> BANDS = Map.ofEntries(
            Map.entry("natt", TimeOfDay.NIGHT), Map.entry("night", TimeOfDay.NIGHT),
            Map.entry("morgon", TimeOfDay.MORNING), Map.entry("förmiddag", TimeOfDay.MORNING),
            Map.entry("morning", TimeOfDay.MORNING),
            Map.entry("eftermiddag", TimeOfDay.AFTERNOON), Map.entry("afternoon", TimeOfDay.AFTERNOON),
            Map.entry("kväll", TimeOfDay.EVENING), Map.entry("evening", TimeOfDay.EVENING));

    private SwedishTime() {}

    /**
     * Returns the month of a Swedish month name or abbreviation.
     *
     * @param name such as {@code mars}, {@code okt} or {@code Okt.}
     * @return 1 to 12, or 0 when the name is not a month
     */
    public static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return MONTHS.getOrDefault(key, 0);
    }

    /**
     * Reads a date.
     *
     * @param text the text
     * @return the date
     * @throws IllegalArgumentException when the text is not a date in an accepted form, or not a real date
     */
    public static LocalDate date(String text) {
        String t = Text.tidy(text);
        Matcher m;
        try {
            if ((m = ISO_DATE.matcher(t)).matches() || (m = COMPACT_DATE.matcher(t)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = NAMED_MONTH.matcher(t)).matches() && month(m.group(2)) > 0) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + Text.abbreviate(t, 40) + "' is not a real date: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(t, 40) + "' is not a date: write it as " + DATE_FORMS);
    }

    /**
     * Reads a clock time.
     *
     * @param text the text
     * @return the time
     * @throws IllegalArgumentException when the text is not a time in an accepted form
     */
    public static LocalTime time(String text) {
        String t = Text.tidy(text);
        Matcher m = TIME.matcher(t);
        if (m.matches()) {
            try {
                return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + t + "' is not a real time: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(t, 40) + "' is not a time: write it as " + TIME_FORMS);
    }

    /**
     * Reads a date and time, such as {@code 2026-11-18 14:30} (a Stockholm clock time) or
     * {@code 2026-11-18T14:30:00+01:00}.
     *
     * @param text the text
     * @return the instant
     * @throws IllegalArgumentException when the text is not a date and time in an accepted form
     */
    public static Instant dateTime(String text) {
        String t = Text.tidy(text);
        Matcher m = WITH_OFFSET.matcher(t);
        try {
            if (m.matches()) {
                ZoneOffset offset = ZoneOffset.of(m.group(3).equalsIgnoreCase("z") ? "Z" : normalOffset(m.group(3)));
                return LocalDateTime.of(date(m.group(1)), LocalTime.parse(padTime(m.group(2)))).toInstant(offset);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + Text.abbreviate(t, 40) + "' is not a real date and time: "
                    + e.getMessage(), e);
        }
        m = DATE_TIME.matcher(t);
        if (m.matches()) {
            return LocalDateTime.of(date(m.group(1)), time(m.group(2))).atZone(Period.ZONE).toInstant();
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(t, 40) + "' is not a date and time: write it as "
                + "2026-11-18 14:30, 18/11/2026 14.30 or 2026-11-18T14:30:00+01:00");
    }

    /**
     * Tells whether a text looks like a date without a time, so that a date-time column may hold only a date.
     *
     * @param text the text
     * @return true when {@link #date(String)} accepts it
     */
    public static boolean isDateOnly(String text) {
        try {
            date(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads a part of the day.
     *
     * @param text such as {@code kväll} or {@code evening}, any case
     * @return the band
     * @throws IllegalArgumentException when the text names no part of the day
     */
    public static TimeOfDay timeOfDay(String text) {
        TimeOfDay band = BANDS.get(Text.key(text));
        if (band == null) {
            try {
                return TimeOfDay.valueOf(Text.tidy(text).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + Text.abbreviate(Text.tidy(text), 40)
                        + "' is not a part of the day: write natt, morgon, eftermiddag or kväll", e);
            }
        }
        return band;
    }

    private static String normalOffset(String offset) {
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }

    private static String padTime(String time) {
        return time.indexOf(':') == 1 ? "0" + time : time;
    }
}
