package org.est4j.core.mapping;

import org.est4j.core.Labelled;

import org.est4j.core.Problems;

/**
 * How serious the one who reported an {@link Observation} judged it, on a scale of 1 (minor) to 5 (serious).
 * EST asks reporters for their own judgement; it is an input to assessment, not an assessment itself.
 *
 * <p>The natural order of the constants is the order of the scale, from {@link #MINOR} to {@link #SERIOUS}.
 */
public enum Severity implements Labelled {
    /** 1: minor, such as a little litter. */
    MINOR(1, "Ringa", "Minor"),
    /** 2: limited. */
    LIMITED(2, "Begränsad", "Limited"),
    /** 3: moderate. */
    MODERATE(3, "Måttlig", "Moderate"),
    /** 4: considerable. */
    CONSIDERABLE(4, "Betydande", "Considerable"),
    /** 5: serious, such as violence or a fire. */
    SERIOUS(5, "Allvarlig", "Serious");

    /** The lowest rank, {@code 1}. */
    public static final int MIN_RANK = 1;
    /** The highest rank, {@code 5}. */
    public static final int MAX_RANK = 5;
    private static final Severity[] BY_RANK = values();

    private final int rank;
    private final String labelSv;
    private final String labelEn;

    Severity(int rank, String swedish, String english) {
        this.rank = rank;
        this.labelSv = swedish;
        this.labelEn = english;
    }

    /**
     * Returns the severity of a rank.
     *
     * @param rank 1 (minor) to 5 (serious)
     * @return the severity
     * @throws org.est4j.core.ValidationException when the rank is outside 1 to 5
     */
    public static Severity of(int rank) {
        if (rank < MIN_RANK || rank > MAX_RANK) {
            Problems.of("Severity").add("rank", "must be between " + MIN_RANK + " (minor) and " + MAX_RANK
                    + " (serious)", rank).throwIfAny();
        }
        return BY_RANK[rank - 1];
    }

    /**
     * Returns the rank on the scale.
     *
     * @return 1 (minor) to 5 (serious)
     */
    public int rank() {
        return rank;
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
