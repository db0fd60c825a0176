package org.est4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Something with a name for people in Swedish and in English: categories, actor kinds, sources, outcomes, scale
 * levels, methods. Swedish is the default language of est4j's reports; English serves everyone else.
 *
 * <p>Implementation requirements: implementations must be immutable and thread-safe.
 */
public interface Labelled {

    /**
     * Returns the Swedish label.
     *
     * @return never blank
     */
    String labelSv();

    /**
     * Returns the English label.
     *
     * @return never blank
     */
    String labelEn();

    /**
     * Returns the label for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #labelSv()} or {@link #labelEn()}
     */
    default String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? labelSv() : labelEn();
    }
}
