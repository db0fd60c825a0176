package org.est4j.core.measure;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How far ahead a {@link Measure} looks. EST decides short-term measures each round and long-term measures for
 * the focus areas chosen each quarter or tertial.
 */
public enum Horizon {
    /** Short-term (<i>kortsiktig</i>): for the coming week or reporting round. */
    SHORT("kortsiktig", "short-term"),
    /** Long-term (<i>långsiktig</i>): the work in a focus area over a quarter, a tertial or longer. */
    LONG("långsiktig", "long-term");

    private final String labelSv;
    private final String labelEn;

    Horizon(String labelSv, String labelEn) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Returns the Swedish label.
     *
     * @return such as {@code "kortsiktig"}
     */
    public String labelSv() {
        return labelSv;
    }

    /**
     * Returns the English label.
     *
     * @return such as {@code "short-term"}
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Returns the label for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return such as {@code "kortsiktig"} or {@code "short-term"}
     */
    public String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? labelSv : labelEn;
    }
}
