package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.internal.Settings;
import org.immutables.value.Value;

/**
 * How est4j writes CSV: the delimiter, the byte-order mark, the line ends, the decimal separator and the language of
 * headers and words. The defaults are what Swedish Excel opens correctly by double-click: {@code ;} between fields,
 * UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252 and å ä ö break), CRLF line ends, a
 * decimal comma, Swedish headers.
 *
 * <pre>{@code
 * CsvStyle sv = CsvStyle.swedishExcel();                  // ; BOM CRLF 12,5 Swedish
 * CsvStyle en = CsvStyle.englishExcel();                  // , BOM CRLF 12.5 English
 * CsvStyle lf = CsvStyle.builder().lineEnding(CsvStyle.LineEnding.LF).byteOrderMark(false).build();
 * }</pre>
 *
 * <p>Dates are always ISO 8601 ({@code 2026-11-18}), whatever the language: Excel recognises them in every locale.
 * No {@code sep=;} line is written: Excel ignores the byte-order mark when one is there.
 *
 * <p>Rules, checked by the builder: the delimiter is not a quote, a line break, a letter, a digit, a point, a
 * minus or a plus sign, and with a decimal comma it is not a comma (a number would need quotes in every row).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CsvStyle {
    /** The settings {@link #from(PluginConfig)} reads. */
    static final Set<String> KEYS = Set.of("delimiter", "bom", "line-ending", "decimal-comma", "language");

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** How rows end. */
    public enum LineEnding {
        /** {@code \r\n}, as RFC 4180 says and Windows writes. */
        CRLF("\r\n"),
        /** {@code \n}, for Unix tools. */
        LF("\n");

        private final String text;

        LineEnding(String text) {
            this.text = text;
        }

        /**
         * Returns the characters that end a row.
         *
         * @return {@code \r\n} or {@code \n}
         */
        public String text() {
            return text;
        }
    }

    CsvStyle() {}

    /**
     * Returns the delimiter between fields.
     *
     * @return {@code ;} unless set
     */
    @Value.Default
    public char delimiter() {
        return ';';
    }

    /**
     * Tells whether the output starts with a UTF-8 byte-order mark ({@code EF BB BF}), which tells Excel the file is
     * UTF-8.
     *
     * @return true unless set
     */
    @Value.Default
    public boolean byteOrderMark() {
        return true;
    }

    /**
     * Returns how rows end; the last row ends the same way.
     *
     * @return {@link LineEnding#CRLF} unless set
     */
    @Value.Default
    public LineEnding lineEnding() {
        return LineEnding.CRLF;
    }

    /**
     * Returns the language of headers and words (sources, statuses, trend directions): Swedish for {@code sv},
     * English for any other.
     *
     * @return Swedish unless set
     */
    @Value.Default
    public Locale locale() {
        return SWEDISH;
    }

    /**
     * Tells whether numbers are written with a decimal comma ({@code 12,5}) rather than a point.
     *
     * @return true unless set, when the {@linkplain #locale() language} is Swedish; false for any other language
     */
    @Value.Default
    public boolean decimalComma() {
        return isSwedish();
    }

    /**
     * Tells whether headers and words are Swedish.
     *
     * @return true when the language of {@link #locale()} is {@code sv}
     */
    public boolean isSwedish() {
        return "sv".equals(locale().getLanguage());
    }

    /**
     * Returns the defaults: {@code ;}, UTF-8 with a byte-order mark, CRLF, decimal comma, Swedish.
     *
     * @return the style for Swedish Excel
     */
    public static CsvStyle swedishExcel() {
        return builder().build();
    }

    /**
     * Returns the style for Excel in English-speaking locales: {@code ,}, UTF-8 with a byte-order mark, CRLF,
     * decimal point, English headers.
     *
     * @return the style
     */
    public static CsvStyle englishExcel() {
        return builder().delimiter(',').locale(Locale.ENGLISH).build();
    }

    /**
     * Returns the style a {@link PluginConfig} gives, as the export format {@code csv} reads it:
     *
     * <ul>
     *   <li>{@code delimiter}: one character, or the word {@code tab}; {@code ;} by default;</li>
     *   <li>{@code bom}: {@code true} (default) or {@code false};</li>
     *   <li>{@code line-ending}: {@code crlf} (default) or {@code lf};</li>
     *   <li>{@code language}: {@code sv} (default) or {@code en};</li>
     *   <li>{@code decimal-comma}: {@code true} or {@code false}; true by default for {@code sv}, false for
     *       {@code en}.</li>
     * </ul>
     * An unknown key is an error, so that a misspelt one does not go unnoticed.
     *
     * @param config the settings
     * @return the style
     * @throws org.est4j.core.ValidationException listing every unknown key and every value of the wrong form
     */
    public static CsvStyle from(PluginConfig config) {
        requireNonNull(config, "config");
        Settings s = new Settings("csv export settings", config).allow(KEYS, Set.of());
        Builder b = builder();
        s.delimiter("delimiter").ifPresent(b::delimiter);
        String language = s.choice("language", "sv", "sv", "en");
        b.locale(language.equals("sv") ? SWEDISH : Locale.ENGLISH);
        b.lineEnding(s.choice("line-ending", "crlf", "crlf", "lf").equals("lf") ? LineEnding.LF : LineEnding.CRLF);
        b.byteOrderMark(bool(s, "bom", true));
        if (config.string("decimal-comma").isPresent()) {
            b.decimalComma(bool(s, "decimal-comma", language.equals("sv")));
        }
        s.check();
        return b.build();
    }

    private static boolean bool(Settings s, String key, boolean defaultValue) {
        String v = s.choice(key, Boolean.toString(defaultValue), "true", "false");
        return Boolean.parseBoolean(v);
    }

    /**
     * Returns an empty builder: the defaults unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CsvStyle}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCsvStyle.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        char d = delimiter();
        Problems.of("CsvStyle")
                .require(d != '"' && d != '\r' && d != '\n' && !Character.isLetterOrDigit(d) && d != '.' && d != '-'
                                && d != '+' && d != '\'', "delimiter",
                        "must not be a quote, a line break, a letter, a digit or . - + ': use ; , or a tab",
                        CsvFormat.printable(d))
                .require(!(decimalComma() && d == ','), "delimiter",
                        "must not be , when numbers have a decimal comma: use ; or turn the decimal comma off"
                                + " (decimal-comma=false)", ",")
                .requirePresent(locale(), "locale")
                .throwIfAny();
    }

    /** Returns a summary such as {@code CsvStyle[; BOM CRLF decimal comma sv]}. */
    @Override
    public String toString() {
        return "CsvStyle[" + CsvFormat.printable(delimiter()) + (byteOrderMark() ? " BOM " : " no BOM ") + lineEnding()
                + (decimalComma() ? " decimal comma " : " decimal point ") + locale().getLanguage() + "]";
    }
}
