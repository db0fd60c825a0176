package org.est4j.core.assessment;

import static java.util.Objects.requireNonNull;
import static org.est4j.core.assessment.Codes.nullOrNotBlank;
import static org.est4j.core.assessment.Codes.quoted;

import java.util.Locale;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * One level of a {@link Scale}: a code that people and files use ({@code "3"}, {@code "green"},
 * {@code "särskilt-utsatt"}), its rank on the scale (1 = calmest), Swedish and English labels, a colour for maps
 * and reports, and its meaning in one sentence, in Swedish and English.
 *
 * <pre>{@code
 * ScaleLevel calm = ScaleLevel.builder().code("1").rank(1).labelSv("Lugnt").labelEn("Calm")
 *         .colour("#2E7D32").meaningSv("Inget utöver det vanliga.").meaningEn("Nothing beyond the ordinary.").build();
 * }</pre>
 *
 * <p>A colour is given as {@code #RRGGBB}; lower-case hex digits are accepted and stored in upper case, so that
 * {@code #2e7d32} and {@code #2E7D32} make equal levels. A level does not know its scale: comparing levels of
 * different scales by rank is meaningless, and {@link Scale#contains(ScaleLevel)} tells whether a level is one of
 * a scale's own.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScaleLevel {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    ScaleLevel() {}

    /**
     * Returns the code of the level, unique within its scale.
     *
     * @return letters, digits and {@code . _ : / -}, such as {@code "3"} or {@code "green"}
     */
    public abstract String code();

    /**
     * Returns the rank of the level on its scale: 1 for the calmest, the scale's size for the most serious.
     *
     * @return 1 or more
     */
    public abstract int rank();

    /**
     * Returns the Swedish label, such as {@code "Lugnt"}.
     *
     * @return never blank
     */
    public abstract String labelSv();

    /**
     * Returns the English label, such as {@code "Calm"}.
     *
     * @return never blank
     */
    public abstract String labelEn();

    /**
     * Returns the colour for maps and reports.
     *
     * @return {@code #RRGGBB} with upper-case hex digits
     */
    public abstract String colour();

    /**
     * Returns what the level means, in one Swedish sentence, such as "Återkommande händelser; riktade insatser
     * behövs".
     *
     * @return never blank
     */
    public abstract String meaningSv();

    /**
     * Returns what the level means, in one English sentence, such as "Recurring incidents; targeted measures are
     * needed".
     *
     * @return never blank
     */
    public abstract String meaningEn();

    /**
     * Returns the meaning for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #meaningSv()} or {@link #meaningEn()}
     */
    public String meaning(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? meaningSv() : meaningEn();
    }

    /**
     * Returns the label for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #labelSv()} or {@link #labelEn()}
     */
    public String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? labelSv() : labelEn();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScaleLevel}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableScaleLevel.Builder {
        Builder() {}
    }

    @Value.Check
    ScaleLevel normalise() {
        Problems.of("ScaleLevel")
                .requirePresent(code(), "code")
                .require(code() == null || Codes.isCode(code()), "code", Codes.RULE, quoted(code()))
                .require(rank() >= 1, "rank", "must be 1 or more (1 = calmest)", rank())
                .requirePresent(labelSv(), "labelSv")
                .require(nullOrNotBlank(labelSv()), "labelSv", "must not be blank", quoted(labelSv()))
                .requirePresent(labelEn(), "labelEn")
                .require(nullOrNotBlank(labelEn()), "labelEn", "must not be blank", quoted(labelEn()))
                .requirePresent(colour(), "colour")
                .require(colour() == null || COLOUR.matcher(colour()).matches(), "colour",
                        "must be #RRGGBB with hex digits, such as #2E7D32", quoted(colour()))
                .requirePresent(meaningSv(), "meaningSv")
                .require(nullOrNotBlank(meaningSv()), "meaningSv",
                        "must say what the level means, in one Swedish sentence", quoted(meaningSv()))
                .requirePresent(meaningEn(), "meaningEn")
                .require(nullOrNotBlank(meaningEn()), "meaningEn",
                        "must say what the level means, in one English sentence", quoted(meaningEn()))
                .throwIfAny();
        String upper = colour().toUpperCase(Locale.ROOT);
        return upper.equals(colour()) ? this : builder().from(this).colour(upper).build();
    }

    /** Returns {@code code "labelSv" (rank n, #RRGGBB)}, such as {@code 3 "Oroligt" (rank 3, #FDD835)}. */
    @Override
    public String toString() {
        return code() + " \"" + labelSv() + "\" (rank " + rank() + ", " + colour() + ")";
    }
}
