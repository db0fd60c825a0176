package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What followed a measure, as its primary evaluation judged it: the class of a line of an {@link AnnualAnalysis}.
 * The constants are declared from the most to the least favourable, the order the annual table uses.
 *
 * <p>"Followed by" is meant: a before/after evaluation shows association, not proof that the measure caused the
 * change.
 */
public enum Change {
    /** A significant fall: p below the significance level and the estimate below its null value. */
    FALL("signifikant minskning", "significant fall"),
    /** No significant change either way. */
    NO_CHANGE("ingen signifikant förändring", "no significant change"),
    /** A significant rise. */
    RISE("signifikant ökning", "significant rise"),
    /** No evaluation with a p-value: not followed up with data, or only with a WDQ. */
    NOT_TESTED("inte testad", "not tested");

    private final String labelSv;
    private final String labelEn;

    Change(String labelSv, String labelEn) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Returns the Swedish label.
     *
     * @return such as {@code "signifikant minskning"}
     */
    public String labelSv() {
        return labelSv;
    }

    /**
     * Returns the English label.
     *
     * @return such as {@code "significant fall"}
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Returns the label for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #labelSv()} or {@link #labelEn()}
     */
    public String label(Locale locale) {
        return Words.sv(requireNonNull(locale, "locale")) ? labelSv : labelEn;
    }
}
