package org.est4j.core.picture;

import org.est4j.core.Labelled;

/**
 * Whether an observation happened in daylight or in darkness, for the darkness analysis EST asks for (lighting is
 * one of the commonest measures). Darkness is when the sun's upper edge is below the horizon, with the usual
 * allowance for refraction, at the observation's point, or at the nearest enclosing area's point when the
 * observation has none.
 */
public enum Light implements Labelled {
    /** The sun was up. */
    DAYLIGHT("Dagsljus", "Daylight"),
    /** The sun was down. */
    DARKNESS("Mörker", "Darkness"),
    /**
     * Not known: the time is known only to the day, or only to a part of the day that was partly light and partly
     * dark, or no position is known for the observation or any area around it.
     */
    UNKNOWN("Okänt", "Unknown");

    private final String labelSv;
    private final String labelEn;

    Light(String labelSv, String labelEn) {
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
