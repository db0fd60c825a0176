package org.est4j.core.measure;

import org.est4j.core.Labelled;

/**
 * How far ahead a {@link Measure} looks. EST decides short-term measures each round and long-term measures for
 * the focus areas chosen each quarter or tertial.
 */
public enum Horizon implements Labelled {
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

    @Override
    public String labelSv() {
        return labelSv;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

}
