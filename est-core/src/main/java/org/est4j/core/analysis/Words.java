package org.est4j.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import org.est4j.core.time.TimeOfDay;

/** The small pieces of wording the analysis types share, in Swedish and English. Stateless. */
final class Words {
    private static final String[] WEEKDAYS_EN =
            {"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"};
    private static final String[] WEEKDAYS_SV =
            {"måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "lördagar", "söndagar"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_SV = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
        "augusti", "september", "oktober", "november", "december"};

    private Words() {}

    /** Tells whether a locale asks for Swedish. */
    static boolean sv(Locale locale) {
        return "sv".equals(locale.getLanguage());
    }

    /** Returns a share as a whole percentage with a space before the sign, such as {@code 38 %}. */
    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** Returns a number with two decimals, with a decimal comma in Swedish: {@code 0.71} or {@code 0,71}. */
    static String decimal(double value, boolean sv) {
        String text = String.format(Locale.ROOT, "%.2f", value + 0.0);
        return sv ? text.replace('.', ',') : text;
    }

    /**
     * Returns a p-value as people read it: {@code p = 0.01}, {@code p = 0.012}, {@code p < 0.001}, with two
     * significant digits and a decimal comma in Swedish.
     */
    static String p(double p, boolean sv) {
        String text = p < 0.001 ? "p < 0.001"
                : "p = " + new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
        return sv ? text.replace('.', ',') : text;
    }

    /** Returns a number with at most four significant digits and no trailing zeros, such as {@code -118}. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Returns {@link #number(double)} with a decimal comma in Swedish. */
    static String number(double value, boolean sv) {
        return sv ? number(value).replace('.', ',') : number(value);
    }

    /** Joins words as a sentence does: {@code a}, {@code a and b}, {@code a, b and c} ({@code och} in Swedish). */
    static String join(List<String> words, boolean sv) {
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + (sv ? " och " : " and ")
                + words.get(words.size() - 1);
    }

    /**
     * Returns the plural of a weekday as in "most on Fridays": {@code Fridays} or {@code fredagar}. The names are
     * written out here rather than taken from the JDK's locale data, whose wording may change between versions.
     */
    static String weekdays(DayOfWeek day, boolean sv) {
        return (sv ? WEEKDAYS_SV : WEEKDAYS_EN)[day.ordinal()];
    }

    /** Returns a month as in "most in November": {@code November} or {@code november}. */
    static String month(Month month, boolean sv) {
        return (sv ? MONTHS_SV : MONTHS_EN)[month.ordinal()];
    }

    /** Returns a part of the day as in "most in the evening": {@code in the evening} or {@code på kvällen}. */
    static String timeOfDay(TimeOfDay time, boolean sv) {
        switch (time) {
            case NIGHT:
                return sv ? "på natten" : "at night";
            case MORNING:
                return sv ? "på förmiddagen" : "in the morning";
            case AFTERNOON:
                return sv ? "på eftermiddagen" : "in the afternoon";
            case EVENING:
                return sv ? "på kvällen" : "in the evening";
            default:
                throw new AssertionError(time);
        }
    }

    /** Returns {@code 1 measure} or {@code 2 measures}. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
