package org.est4j.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Where an {@link Observation} came from. EST has three kinds of input: trained reporters, the public (citizen
 * e-services and safety walks) and police events; the source is kept so that coverage counts only reporters and so
 * that disclosure can treat police information apart.
 */
public enum Source {
    /** A trained reporter (<i>rapportör</i>); the observation names the {@link ReporterId}. */
    REPORTER("Rapportör", "Reporter"),
    /** A member of the public, through an e-service, a form or a phone call; anonymous as far as est4j knows. */
    CITIZEN("Allmänheten", "Citizen"),
    /** The police: an imported police event or reported crime. */
    POLICE("Polisen", "Police"),
    /** A safety walk (<i>trygghetsvandring</i>), physical or digital. */
    SAFETY_WALK("Trygghetsvandring", "Safety walk"),
    /** Any other source, such as a survey or a media report. */
    OTHER("Övrigt", "Other");

    private final String swedish;
    private final String english;

    Source(String swedish, String english) {
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
