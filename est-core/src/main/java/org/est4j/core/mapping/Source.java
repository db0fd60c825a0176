package org.est4j.core.mapping;

import org.est4j.core.Labelled;

/**
 * Where an {@link Observation} came from. EST has three kinds of input: trained reporters, the public (citizen
 * e-services and safety walks) and police events; the source is kept so that coverage counts only reporters and so
 * that disclosure can treat police information apart.
 */
public enum Source implements Labelled {
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

    private final String labelSv;
    private final String labelEn;

    Source(String swedish, String english) {
        this.labelSv = swedish;
        this.labelEn = english;
    }

    @Override
    public String labelSv() {
        return labelSv;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
