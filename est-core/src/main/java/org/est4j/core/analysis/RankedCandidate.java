package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.est4j.core.area.AreaId;
import org.est4j.core.picture.Trend;
import org.immutables.value.Value;

/**
 * One line of a {@link Prioritisation}'s ranking: a {@link Candidate} with its rank, the three parts of its need,
 * its need, influence and priority as the {@link PrioritisationRule} computed them, whether it is suggested as a
 * focus area, and the reasons in words.
 *
 * <p>The reasons read, for example:
 * <pre>
 *   level 4 of 5 (Allvarligt), rising (p = 0.01), harm 38 % of the highest; influence 4 of 5 (operativa gruppen: the housing company can act)
 *   need 0.69 = max(0, 0.5 × level 0.75 + 0.2 × trend +1 + 0.3 × harm 0.38)
 *   priority 0.55 = need 0.69 × influence 0.80
 *   rank 1 of 6: suggested as a focus area (top 3)
 * </pre>
 *
 * <p>Only a {@link Prioritisation} makes ranked candidates, so that every figure agrees with the rule.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RankedCandidate {
    RankedCandidate() {}

    /**
     * Returns the candidate ranked.
     *
     * @return never null
     */
    public abstract Candidate candidate();

    /**
     * Returns the rank: 1 for the highest priority.
     *
     * @return 1 to the number of candidates
     */
    public abstract int rank();

    /**
     * Returns the level part of need: {@code (rank − 1) / (scale size − 1)} of the assessed level.
     *
     * @return 0 (calmest) to 1 (most serious)
     */
    public abstract double level();

    /**
     * Returns the trend that counted, if the latest picture has one.
     *
     * @return the trend, or empty
     */
    public abstract Optional<Trend> trend();

    /**
     * Returns the trend part of need.
     *
     * @return +1 for a significant rise, −1 for a significant fall, 0 otherwise
     */
    public abstract int trendSign();

    /**
     * Returns the harm part of need: the candidate's harm over the highest candidate's.
     *
     * @return 0 to 1; 0 when no candidate has any harm
     */
    public abstract double harmShare();

    /**
     * Returns the need: {@code max(0, levelWeight × level + trendWeight × trend + harmWeight × harm)}.
     *
     * @return 0 or more
     */
    public abstract double need();

    /**
     * Returns the group's judgement of influence as a fraction.
     *
     * @return 0 to 1
     */
    public abstract double influence();

    /**
     * Returns the priority: {@code need × influence}.
     *
     * @return 0 or more
     */
    public abstract double priority();

    /**
     * Tells whether the candidate is suggested as a focus area: among the rule's top N, with a priority above 0.
     *
     * @return true when suggested
     */
    public abstract boolean suggested();

    /**
     * Returns the reasons in English: the inputs, the need and priority with the formula, the rank.
     *
     * @return four or five lines
     */
    public abstract List<String> reasons();

    /**
     * Returns the reasons in Swedish.
     *
     * @return four or five lines
     */
    public abstract List<String> reasonsSv();

    /**
     * Returns the reasons in a reader's language: Swedish for a Swedish locale, English otherwise.
     *
     * @param locale the reader's locale
     * @return {@link #reasonsSv()} or {@link #reasons()}
     */
    public List<String> reasons(Locale locale) {
        return Words.sv(requireNonNull(locale, "locale")) ? reasonsSv() : reasons();
    }

    /**
     * Returns the candidate's area.
     *
     * @return {@code candidate().area()}
     */
    public AreaId area() {
        return candidate().area();
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder extends ImmutableRankedCandidate.Builder {
        Builder() {}
    }

    /** Returns {@code #rank area priority p (need n × influence i), suggested}, then the first reason. */
    @Override
    public String toString() {
        return "#" + rank() + " " + area() + " priority " + Words.decimal(priority(), false) + " (need "
                + Words.decimal(need(), false) + " × influence " + Words.decimal(influence(), false) + ")"
                + (suggested() ? ", suggested" : "") + ": " + reasons().get(0);
    }
}
