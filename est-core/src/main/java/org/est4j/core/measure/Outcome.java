package org.est4j.core.measure;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What a {@link FollowUp} concludes about a measure: whether it shall <i>fortsätta, utökas, bytas ut eller
 * avslutas</i> — continue, be extended, be replaced or end.
 */
public enum Outcome {
    /** Keep the measure as it is (<i>fortsätt</i>). */
    CONTINUE("Fortsätt", "Continue"),
    /** Widen the measure: more places, more time, more partners (<i>utöka</i>). */
    EXTEND("Utöka", "Extend"),
    /** End the measure and start another in its place (<i>byt ut</i>). */
    REPLACE("Byt ut", "Replace"),
    /** End the measure (<i>avsluta</i>). */
    END("Avsluta", "End");

    private final String labelSv;
    private final String labelEn;

    Outcome(String labelSv, String labelEn) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Returns the Swedish label.
     *
     * @return such as {@code "Fortsätt"}
     */
    public String labelSv() {
        return labelSv;
    }

    /**
     * Returns the English label.
     *
     * @return such as {@code "Continue"}
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
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? labelSv : labelEn;
    }
}
