package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.threeten.extra.LocalDateRange;

/**
 * The language of the reasons a model or detector gives, and the formatting of numbers, shares, levels,
 * categories and periods in it. Swedish ({@code sv}, the default: EST coordinators are Swedish) or English
 * ({@code en}), chosen by the configuration key {@value #KEY}. Numbers are formatted independently of the
 * default locale: a decimal comma in Swedish, a point in English, and {@code 60 %} with a space in both.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Words {
    /** The configuration key that chooses the language: {@code sv} or {@code en}. */
    public static final String KEY = "language";

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Words SWEDISH = new Words(true, Taxonomy.standard());
    private static final Words ENGLISH = new Words(false, Taxonomy.standard());

    private final boolean swedish;
    private final Taxonomy taxonomy;

    private Words(boolean swedish, Taxonomy taxonomy) {
        this.swedish = swedish;
        this.taxonomy = taxonomy;
    }

    /**
     * Reads the language from a configuration, with the standard taxonomy's labels.
     *
     * @param config the configuration; {@value #KEY} is {@code sv} (default) or {@code en}
     * @return the words
     * @throws org.est4j.core.ValidationException when the language is neither
     */
    public static Words of(PluginConfig config) {
        String language = requireNonNull(config, "config").string(KEY, "sv").trim();
        Problems.of("plugin configuration").require(language.equals("sv") || language.equals("en"), KEY,
                "must be sv (Swedish, the default) or en (English)", language).throwIfAny();
        return language.equals("sv") ? SWEDISH : ENGLISH;
    }

    /**
     * Returns these words with the category labels of another taxonomy.
     *
     * @param labels the taxonomy whose labels to use
     * @return the words
     */
    public Words withTaxonomy(Taxonomy labels) {
        return new Words(swedish, requireNonNull(labels, "labels"));
    }

    /**
     * Tells whether the words are Swedish.
     *
     * @return true for Swedish, false for English
     */
    public boolean swedish() {
        return swedish;
    }

    /**
     * Returns the taxonomy the category labels come from.
     *
     * @return the taxonomy
     */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Returns the locale of the words, for labels of levels, periods and categories.
     *
     * @return Swedish or English
     */
    public Locale locale() {
        return swedish ? SV : Locale.ENGLISH;
    }

    /**
     * Picks the text of the language.
     *
     * @param sv the Swedish text
     * @param en the English text
     * @return one of them
     */
    public String t(String sv, String en) {
        return swedish ? sv : en;
    }

    /**
     * Formats a number with a fixed number of decimals.
     *
     * @param value the number
     * @param decimals how many decimals
     * @return such as {@code 3,50} in Swedish and {@code 3.50} in English, with a typographic minus
     */
    public String number(double value, int decimals) {
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
                .replace('-', '\u2212');
        return swedish ? text.replace('.', ',') : text;
    }

    /**
     * Formats a share as a whole percentage.
     *
     * @param share a share from 0 to 1
     * @return such as {@code 60 %}
     */
    public String percent(double share) {
        return number(share * 100, 0) + " %";
    }

    /**
     * Formats a p-value with three significant decimals, or as below 0.001.
     *
     * @param p the p-value
     * @return such as {@code p = 0,012} or {@code p < 0,001}
     */
    public String p(double p) {
        return p < 0.001 ? "p < " + number(0.001, 3) : "p = " + number(p, 3);
    }

    /**
     * Counts a noun: {@code 1 iakttagelse}, {@code 12 iakttagelser}.
     *
     * @param n the count
     * @param svOne the Swedish singular
     * @param svMany the Swedish plural
     * @param enOne the English singular
     * @param enMany the English plural
     * @return the count and the noun
     */
    public String count(long n, String svOne, String svMany, String enOne, String enMany) {
        return n + " " + (n == 1 ? t(svOne, enOne) : t(svMany, enMany));
    }

    /**
     * Counts observations: {@code 12 iakttagelser} or {@code 12 observations}.
     *
     * @param n the count
     * @return the count and the noun
     */
    public String observations(long n) {
        return count(n, "iakttagelse", "iakttagelser", "observation", "observations");
    }

    /**
     * Names a level: a numeric code and the label, such as {@code 4 Allvarligt}; only the label when the code is a
     * word (such as {@code green}, which reads {@code Grön}).
     *
     * @param level the level
     * @return the level in words
     */
    public String level(ScaleLevel level) {
        String label = level.label(locale());
        return level.code().chars().allMatch(Character::isDigit) ? level.code() + " " + label : label;
    }

    /**
     * Names a category by its label in the taxonomy, or by its id when the taxonomy does not have it.
     *
     * @param id the category
     * @return such as {@code Skadegörelse}
     */
    public String category(CategoryId id) {
        return taxonomy.find(id).map(c -> c.label(locale())).orElse(id.value());
    }

    /**
     * Returns the top-level category a category belongs to, by the taxonomy; the category itself when the
     * taxonomy does not have it.
     *
     * @param id the category
     * @return its top-level category's id
     */
    public CategoryId topLevel(CategoryId id) {
        return taxonomy.contains(id) ? taxonomy.topLevelOf(id).id() : id;
    }

    /**
     * Names a period for people, such as {@code vecka 47 2026}.
     *
     * @param period the period
     * @return its display name in the language
     */
    public String period(Period period) {
        return period.displayName(locale());
    }

    /**
     * Names a window of dates, such as {@code 2026-11-16–2026-11-22}, or one date.
     *
     * @param window a bounded range
     * @return the first and last dates
     */
    public String window(LocalDateRange window) {
        LocalDate first = window.getStart();
        LocalDate last = window.getEndInclusive();
        return first.equals(last) ? first.toString() : first + "–" + last;
    }

    /**
     * Names an area by its name in the hierarchy, or by its id.
     *
     * @param hierarchy the hierarchy
     * @param area the area
     * @return such as {@code Centrum}
     */
    public static String area(AreaHierarchy hierarchy, AreaId area) {
        return hierarchy.find(area).map(a -> a.name()).orElse(area.value());
    }
}
