package org.est4j.scoring.followup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/** Formats numbers and phrases for the Swedish and English readings; deterministic, independent of the default locale. */
final class Readings {
    /** U+2212, the typographic minus sign used in readings. */
    static final char MINUS = '\u2212';

    private Readings() {}

    /** Formats with a fixed number of decimals, a typographic minus and, for Swedish, a decimal comma. */
    static String fixed(double value, int decimals, boolean swedish) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value + 0.0);
        if (text.matches("-0[.,]?0*")) {
            text = text.substring(1);
        }
        return localise(text, swedish);
    }

    /** Formats with three significant digits, for rates that may be small. */
    static String significant(double value, boolean swedish) {
        if (value == 0) {
            return "0";
        }
        String text = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return localise(text, swedish);
    }

    /** Formats a whole count. */
    static String count(long value) {
        return value < 0 ? MINUS + Long.toString(-value) : Long.toString(value);
    }

    /** Formats a difference of counts with its sign, such as {@code −18} or {@code +4}. */
    static String signedCount(long value) {
        return value > 0 ? "+" + value : count(value);
    }

    private static String localise(String text, boolean swedish) {
        String result = text.replace('-', MINUS);
        return swedish ? result.replace('.', ',') : result;
    }

    /** Formats a p-value as {@code p = 0.012} or {@code p < 0.001}. */
    static String p(double p, boolean swedish) {
        return p < 0.001 ? "p < " + fixed(0.001, 3, swedish) : "p = " + fixed(p, 3, swedish);
    }

    /** Says how likely a result is to be chance, from its p-value. */
    static String chance(double p, boolean swedish) {
        if (p < 0.01) {
            return swedish ? "mycket osannolikt att det är slumpen" : "very unlikely to be chance";
        } else if (p < 0.05) {
            return swedish ? "osannolikt att det är slumpen" : "unlikely to be chance";
        } else if (p < 0.10) {
            return swedish ? "svagt stöd; det kan vara slumpen" : "weak evidence; it could be chance";
        }
        return swedish ? "det kan mycket väl vara slumpen" : "it could well be chance";
    }

    /** Formats a confidence interval's head and bounds, such as {@code 95 % CI −14.2 to −1.8}. */
    static String interval(double level, double lower, double upper, int decimals, boolean swedish) {
        String percent = BigDecimal.valueOf(level * 100).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return (swedish ? percent.replace('.', ',') + " % KI " : percent + " % CI ")
                + fixed(lower, decimals, swedish) + (swedish ? " till " : " to ") + fixed(upper, decimals, swedish);
    }

    /** Starts a sentence: the crime type and a colon when given, then the body; the first letter upper-case. */
    static String sentence(Optional<String> crimeType, String body) {
        return crimeType.map(t -> capitalise(t) + ": " + body).orElseGet(() -> capitalise(body));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String decapitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** Returns the unit phrase of a weighted WDD, such as {@code " per time unit"}, or an empty string. */
    static String unit(boolean timeWeighted, boolean areaWeighted, boolean swedish) {
        if (timeWeighted && areaWeighted) {
            return swedish ? " per tids- och ytenhet" : " per unit of time and area";
        } else if (timeWeighted) {
            return swedish ? " per tidsenhet" : " per unit of time";
        } else if (areaWeighted) {
            return swedish ? " per ytenhet" : " per unit of area";
        }
        return "";
    }
}
