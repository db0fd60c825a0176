package org.est4j.io.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.est4j.core.time.Period;

/**
 * Numbers, dates and periods in words, by fixed rules rather than the JDK's locale data (which changes between
 * releases), so that reports are byte-identical on every JDK. Swedish: decimal comma, a no-break space between
 * thousands and before {@code %}, {@code 23 nov. 2026}, {@code kl. 14.05}. English: {@code 1,234},
 * {@code 23 Nov 2026}, {@code 14:05}. Package-private.
 */
final class Texts {
    /** No-break space. */
    static final String NBSP = "\u00A0";
    private static final String[] MONTHS_SV = {"jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.",
            "sep.", "okt.", "nov.", "dec."};
    private static final String[] MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private final boolean sv;

    Texts(Locale locale) {
        this.sv = "sv".equals(locale.getLanguage());
    }

    boolean swedish() {
        return sv;
    }

    /** Returns the Swedish or the English text. */
    String pick(String swedish, String english) {
        return sv ? swedish : english;
    }

    /** A whole number with thousands grouped: {@code 12 345} or {@code 12,345}. */
    String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                s.append(sv ? NBSP : ",");
            }
            s.append(digits.charAt(i));
        }
        return (value < 0 ? "−" : "") + s;
    }

    /** A decimal with a fixed number of decimals: {@code 3,5} or {@code 3.5}. */
    String decimal(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return sv ? text.replace('.', ',') : text;
    }

    /** A share from 0 to 1 as a whole percentage: {@code 63 %} or {@code 63%}. */
    String percent(double share) {
        return Math.round(share * 100) + (sv ? NBSP + "%" : "%");
    }

    /** A date: {@code 23 nov. 2026} or {@code 23 Nov 2026}. */
    String date(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
    }

    private String month(LocalDate date) {
        return (sv ? MONTHS_SV : MONTHS_EN)[date.getMonthValue() - 1];
    }

    /** A range of dates, both inclusive: {@code 16–29 nov. 2026}, {@code 28 nov.–4 dec. 2026}. */
    String dateRange(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return date(first);
        }
        if (first.getYear() != last.getYear()) {
            return date(first) + "–" + date(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return first.getDayOfMonth() + " " + month(first) + "–" + date(last);
        }
        return first.getDayOfMonth() + "–" + date(last);
    }

    /** A time in Stockholm: {@code 23 nov. 2026 kl. 14.05} or {@code 23 Nov 2026, 14:05}. */
    String time(Instant instant) {
        ZonedDateTime t = instant.atZone(Period.ZONE);
        String hm = String.format(Locale.ROOT, sv ? "%02d.%02d" : "%02d:%02d", t.getHour(), t.getMinute());
        return date(t.toLocalDate()) + (sv ? " kl. " : ", ") + hm;
    }

    /** A period for a heading: {@code November 2026}, {@code Vecka 47 2026}. */
    String period(Period period) {
        String name = period.displayName(sv ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A period for a chart's axis: {@code v. 47}, {@code nov.}, {@code kv. 4}, {@code T3}, {@code 2026}. */
    String shortPeriod(Period period) {
        LocalDate start = period.startDate();
        switch (period.kind()) {
            case WEEK:
                return (sv ? "v. " : "wk ") + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case FORTNIGHT:
                return (sv ? "v. " : "wk ") + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "–"
                        + period.endDate().minusDays(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH:
                return month(start);
            case QUARTER:
                return (sv ? "kv. " : "Q") + ((start.getMonthValue() - 1) / 3 + 1);
            case TERTIAL:
                return "T" + ((start.getMonthValue() - 1) / 4 + 1);
            case YEAR:
                return Integer.toString(start.getYear());
            default:
                throw new AssertionError(period.kind());
        }
    }
}
