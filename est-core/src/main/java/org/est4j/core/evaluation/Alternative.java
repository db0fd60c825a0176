package org.est4j.core.evaluation;

/**
 * The alternative hypothesis a p-value refers to. A difference or a ratio compares a first quantity with a second
 * (the treated area with what the control predicts, the period after with the period before).
 */
public enum Alternative {
    /** The first differs from the second in either direction. */
    TWO_SIDED("tvåsidigt", "two-sided"),
    /** The first is greater than the second. */
    GREATER("ensidigt, större", "one-sided, greater"),
    /** The first is less than the second. */
    LESS("ensidigt, mindre", "one-sided, less");

    private final String textSv;
    private final String textEn;

    Alternative(String textSv, String textEn) {
        this.textSv = textSv;
        this.textEn = textEn;
    }

    /**
     * Returns how a reading names the alternative in Swedish.
     *
     * @return such as {@code tvåsidigt}
     */
    public String textSv() {
        return textSv;
    }

    /**
     * Returns how a reading names the alternative in English.
     *
     * @return such as {@code two-sided}
     */
    public String textEn() {
        return textEn;
    }
}
