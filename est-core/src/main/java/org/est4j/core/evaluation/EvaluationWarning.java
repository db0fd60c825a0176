package org.est4j.core.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.est4j.core.Problems;

/**
 * A caveat attached to an {@link Evaluation}, such as counts too small for the normal approximation, in Swedish
 * and English, with a stable {@linkplain #code() code} that a host can switch on.
 *
 * <p>The codes est4j uses are the constants of this class; a host may add its own.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class EvaluationWarning implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Some count is below 5, so a test built on the normal approximation is unreliable; the E-test is not. */
    public static final String SMALL_COUNTS = "small-counts";
    /** A count is zero, so a correction of 0.5 was added before taking logarithms. */
    public static final String ZERO_COUNT_CORRECTED = "zero-count-corrected";
    /** No events at all were counted, so there is nothing to test. */
    public static final String NO_EVENTS = "no-events";
    /** A displacement buffer was given without a control buffer, so its change is not adjusted for trend. */
    public static final String BUFFER_NOT_ADJUSTED = "buffer-not-adjusted";
    /** Crime did not fall in the treated area relative to the control area, so the WDQ must not be interpreted. */
    public static final String NO_REDUCTION = "no-reduction";
    /** Period lengths or area sizes were given to a statistic that uses raw counts, and were ignored. */
    public static final String WEIGHTS_IGNORED = "weights-ignored";

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String code;
    private final String textSv;
    private final String textEn;

    private EvaluationWarning(String code, String textSv, String textEn) {
        this.code = code;
        this.textSv = textSv;
        this.textEn = textEn;
    }

    /**
     * Returns a warning.
     *
     * @param code a stable kebab-case code, such as {@link #SMALL_COUNTS}
     * @param textSv the warning in Swedish, one or two sentences
     * @param textEn the warning in English
     * @return the warning
     * @throws org.est4j.core.ValidationException when the code is not kebab-case or a text is blank
     */
    public static EvaluationWarning of(String code, String textSv, String textEn) {
        requireNonNull(code, "code");
        requireNonNull(textSv, "textSv");
        requireNonNull(textEn, "textEn");
        Problems.of("EvaluationWarning")
                .require(CODE.matcher(code).matches(), "code", "must be kebab-case: lower-case letters and digits joined by -",
                        code)
                .require(!textSv.isBlank(), "textSv", "must not be blank", textSv)
                .require(!textEn.isBlank(), "textEn", "must not be blank", textEn)
                .throwIfAny();
        return new EvaluationWarning(code, textSv, textEn);
    }

    /**
     * Returns the stable code.
     *
     * @return such as {@code small-counts}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the warning in Swedish.
     *
     * @return never blank
     */
    public String textSv() {
        return textSv;
    }

    /**
     * Returns the warning in English.
     *
     * @return never blank
     */
    public String textEn() {
        return textEn;
    }

    /**
     * Returns the same warning with a prefix before both texts, such as the crime type it concerns.
     *
     * @param prefix the prefix, such as {@code "robbery"}; a colon and a space follow it
     * @return the prefixed warning, with the same code
     */
    public EvaluationWarning prefixed(String prefix) {
        requireNonNull(prefix, "prefix");
        return new EvaluationWarning(code, prefix + ": " + textSv, prefix + ": " + textEn);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof EvaluationWarning)) {
            return false;
        }
        EvaluationWarning that = (EvaluationWarning) other;
        return code.equals(that.code) && textSv.equals(that.textSv) && textEn.equals(that.textEn);
    }

    @Override
    public int hashCode() {
        return (code.hashCode() * 31 + textSv.hashCode()) * 31 + textEn.hashCode();
    }

    /** Returns {@code [code] English text}. */
    @Override
    public String toString() {
        return "[" + code + "] " + textEn;
    }
}
