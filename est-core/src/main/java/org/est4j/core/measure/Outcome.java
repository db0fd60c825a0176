package org.est4j.core.measure;

import org.est4j.core.Labelled;

/**
 * What a {@link FollowUp} concludes about a measure: whether it shall <i>fortsätta, utökas, bytas ut eller
 * avslutas</i> — continue, be extended, be replaced or end.
 */
public enum Outcome implements Labelled {
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

    @Override
    public String labelSv() {
        return labelSv;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

}
