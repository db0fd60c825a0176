package org.est4j.core.analysis;

import java.io.Serializable;
import org.est4j.core.Problems;

/**
 * The group's judgement of its possibility to influence the problems of an area (<i>möjlighet att påverka</i>),
 * the second half of EST's prioritisation rule beside the need: a score out of a maximum, such as "4 of 5".
 *
 * <p>Who judged, why and when is kept by wrapping the influence in a {@link org.est4j.core.Decision}, as
 * {@link Candidate#influence()} does:
 * <pre>{@code
 * Decision<Influence> judged = Decision.of(Influence.of(4), "operativa gruppen",
 *         "the housing company can act", LocalDate.of(2026, 12, 18));
 * }</pre>
 *
 * <p>A score may be 0 ("nothing we can do there"), which makes the area's priority 0. A judgement on a scale of
 * 0 to 1 is given as hundredths: {@code Influence.of(70, 100)}. Two influences are equal when score and maximum
 * are; {@code 2 of 5} and {@code 4 of 10} have the same {@link #fraction()} but are not equal values.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Influence implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The maximum of {@link #of(int)}: a score of 1 to 5, as EST groups usually judge. */
    public static final int DEFAULT_OUT_OF = 5;

    /** The largest maximum accepted: hundredths. */
    public static final int MAX_OUT_OF = 100;

    private final int score;
    private final int outOf;

    private Influence(int score, int outOf) {
        this.score = score;
        this.outOf = outOf;
    }

    /**
     * Returns an influence out of {@value #DEFAULT_OUT_OF}.
     *
     * @param score 0 to 5
     * @return the influence
     * @throws org.est4j.core.ValidationException when the score is outside 0 to 5
     */
    public static Influence of(int score) {
        return of(score, DEFAULT_OUT_OF);
    }

    /**
     * Returns an influence out of a maximum.
     *
     * @param score 0 to {@code outOf}
     * @param outOf the maximum, 1 to {@value #MAX_OUT_OF}
     * @return the influence
     * @throws org.est4j.core.ValidationException listing every rule broken
     */
    public static Influence of(int score, int outOf) {
        Problems.of("Influence")
                .require(outOf >= 1 && outOf <= MAX_OUT_OF, "outOf", "must be 1 to " + MAX_OUT_OF
                        + " (use hundredths for a judgement from 0 to 1)", outOf)
                .require(score >= 0 && score <= Math.max(outOf, 0), "score", "must be 0 to the maximum " + outOf,
                        score)
                .throwIfAny();
        return new Influence(score, outOf);
    }

    /**
     * Returns the score.
     *
     * @return 0 to {@link #outOf()}
     */
    public int score() {
        return score;
    }

    /**
     * Returns the maximum score.
     *
     * @return 1 to {@value #MAX_OUT_OF}
     */
    public int outOf() {
        return outOf;
    }

    /**
     * Returns the score as a share of the maximum, the factor the priority is multiplied by.
     *
     * @return {@code score / outOf}, 0 to 1
     */
    public double fraction() {
        return (double) score / outOf;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Influence && ((Influence) other).score == score && ((Influence) other).outOf == outOf;
    }

    @Override
    public int hashCode() {
        return score * 31 + outOf;
    }

    /** Returns {@code score of outOf}, such as {@code 4 of 5}. */
    @Override
    public String toString() {
        return score + " of " + outOf;
    }
}
