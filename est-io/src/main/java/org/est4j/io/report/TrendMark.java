package org.est4j.io.report;

import org.est4j.core.Labelled;

/**
 * The trend of an area as a report shows it: a mark ({@code ↑ ↓ →}) and a word, so that the trend is read by text
 * as well as by symbol.
 */
public enum TrendMark implements Labelled {
    /** More than before, by more than chance. */
    RISING("↑", "ökar", "rising"),
    /** Fewer than before, by more than chance. */
    FALLING("↓", "minskar", "falling"),
    /** No change beyond chance. */
    STABLE("→", "oförändrat", "stable"),
    /** No trend: too little data, or none was computed. */
    NONE("", "ej bedömt", "not assessed");

    private final String mark;
    private final String labelSv;
    private final String labelEn;

    TrendMark(String mark, String labelSv, String labelEn) {
        this.mark = mark;
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Returns the mark.
     *
     * @return {@code ↑}, {@code ↓}, {@code →}, or empty for {@link #NONE}
     */
    public String mark() {
        return mark;
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
