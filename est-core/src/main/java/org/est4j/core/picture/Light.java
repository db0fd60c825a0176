package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Whether an observation happened in daylight or in darkness, for the darkness analysis EST asks for (lighting is
 * one of the commonest measures). Darkness is when the sun's upper edge is below the horizon, with the usual
 * allowance for refraction, at the observation's point, or at the nearest enclosing area's point when the
 * observation has none.
 */
public enum Light {
    /** The sun was up. */
    DAYLIGHT("Dagsljus", "Daylight"),
    /** The sun was down. */
    DARKNESS("Mörker", "Darkness"),
    /**
     * Not known: the time is known only to the day, or only to a part of the day that was partly light and partly
     * dark, or no position is known for the observation or any area around it.
     */
    UNKNOWN("Okänt", "Unknown");

    private final String swedish;
    private final String english;

    Light(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    /**
     * Returns a label for people: Swedish when the locale's language is Swedish, English otherwise.
     *
     * @param locale the reader's locale
     * @return the label, never blank
     */
    public String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? swedish : english;
    }
}
