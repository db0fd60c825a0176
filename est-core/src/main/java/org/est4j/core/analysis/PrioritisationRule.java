package org.est4j.core.analysis;

import java.util.Locale;
import org.est4j.core.Problems;
import org.est4j.core.picture.Trend;
import org.immutables.value.Value;

/**
 * The documented rule by which a {@link Prioritisation} turns the pictures, the assessment and the group's
 * judgement of influence into a priority per area, and how many areas become focus areas.
 *
 * <h2>The formula</h2>
 * Each candidate area gets three parts of need, each from its own data:
 * <pre>
 *   level = (rank − 1) / (scale size − 1)          the assessed level: 0 for the calmest, 1 for the most serious
 *   trend = +1 rising, −1 falling, 0 otherwise      the trend of the latest picture, as its test judged it
 *   harm  = harm / highest harm of the candidates   the harm score over the period: 1 for the most harmed area
 *
 *   need     = max(0, levelWeight × level + trendWeight × trend + harmWeight × harm)
 *   priority = need × influence                      influence = score / maximum, 0 to 1
 * </pre>
 * With the default weights (level 0.5, harm 0.3, trend 0.2) need runs from 0 to 1. A significant rise adds the
 * trend weight and a significant fall subtracts it; need is never below 0, so that priority never falls when
 * influence rises. The assessed level weighs most because it already holds the group's overall view of the
 * area; harm counts how serious the observations were; the trend moves an area up or down but cannot on its own
 * make a calm area a focus area.
 *
 * <p>The trend is that of {@link #trendComparison()} (the previous periods, by default); when the latest picture
 * has no trend for that comparison, the other comparison's is used.
 *
 * <h2>Ranking and focus areas</h2>
 * Candidates are ranked by priority, highest first; equal priorities are ordered by need, then by influence, both
 * highest first, then by area id, so the order never depends on the input order. Priorities and needs are compared
 * to nine decimal places, so that floating-point rounding never decides a tie. The first {@link #focusAreas()}
 * candidates with a priority above 0 are suggested as focus areas ({@value #DEFAULT_FOCUS_AREAS} by default, as
 * Degerfors chooses three a quarter); an area without need or without any possibility to influence is never
 * suggested.
 *
 * <pre>{@code
 * PrioritisationRule rule = PrioritisationRule.defaults();
 * rule.need(0.75, 1, 0.38);     // 0.5 × 0.75 + 0.2 × 1 + 0.3 × 0.38 = 0.689
 * PrioritisationRule.builder().from(rule).focusAreas(2).build();
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: every weight is a finite number, 0 or more; the weights of level
 * and harm are not both 0 (the trend alone cannot make a need); at least one focus area.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PrioritisationRule {
    /** The default weight of the assessed level. */
    public static final double DEFAULT_LEVEL_WEIGHT = 0.5;
    /** The default weight of the trend. */
    public static final double DEFAULT_TREND_WEIGHT = 0.2;
    /** The default weight of the harm. */
    public static final double DEFAULT_HARM_WEIGHT = 0.3;
    /** The default number of focus areas: three, as in Degerfors. */
    public static final int DEFAULT_FOCUS_AREAS = 3;

    private static final PrioritisationRule DEFAULTS = builder().build();

    PrioritisationRule() {}

    /**
     * Returns the weight of the assessed level.
     *
     * @return {@value #DEFAULT_LEVEL_WEIGHT} unless set
     */
    @Value.Default
    public double levelWeight() {
        return DEFAULT_LEVEL_WEIGHT;
    }

    /**
     * Returns the weight of the trend: what a significant rise adds and a significant fall subtracts.
     *
     * @return {@value #DEFAULT_TREND_WEIGHT} unless set
     */
    @Value.Default
    public double trendWeight() {
        return DEFAULT_TREND_WEIGHT;
    }

    /**
     * Returns the weight of the harm, relative to the most harmed candidate.
     *
     * @return {@value #DEFAULT_HARM_WEIGHT} unless set
     */
    @Value.Default
    public double harmWeight() {
        return DEFAULT_HARM_WEIGHT;
    }

    /**
     * Returns how many candidates are suggested as focus areas.
     *
     * @return {@value #DEFAULT_FOCUS_AREAS} unless set
     */
    @Value.Default
    public int focusAreas() {
        return DEFAULT_FOCUS_AREAS;
    }

    /**
     * Returns the comparison whose trend counts.
     *
     * @return {@link Trend.Comparison#PREVIOUS_PERIODS} unless set
     */
    @Value.Default
    public Trend.Comparison trendComparison() {
        return Trend.Comparison.PREVIOUS_PERIODS;
    }

    /**
     * Returns the need of an area from its three parts.
     *
     * @param level the assessed level, 0 (calmest) to 1 (most serious)
     * @param trend +1 for a significant rise, −1 for a significant fall, 0 otherwise
     * @param harm the harm as a share of the highest, 0 to 1
     * @return {@code max(0, levelWeight × level + trendWeight × trend + harmWeight × harm)}
     * @throws IllegalArgumentException when a part is outside its range
     */
    public double need(double level, int trend, double harm) {
        if (!(level >= 0 && level <= 1) || trend < -1 || trend > 1 || !(harm >= 0 && harm <= 1)) {
            throw new IllegalArgumentException("level and harm must be 0 to 1 and trend -1, 0 or +1; were " + level
                    + ", " + trend + " and " + harm);
        }
        return Math.max(0.0, rawNeed(level, trend, harm));
    }

    /** Returns the weighted sum before it is raised to 0. */
    double rawNeed(double level, int trend, double harm) {
        return levelWeight() * level + trendWeight() * trend + harmWeight() * harm;
    }

    /**
     * Returns the priority of an area from its need and the group's judgement of influence.
     *
     * @param need the need, 0 or more
     * @param influence the influence as a fraction, 0 to 1
     * @return {@code need × influence}
     * @throws IllegalArgumentException when need is negative or influence outside 0 to 1
     */
    public double priority(double need, double influence) {
        if (!(need >= 0 && Double.isFinite(need)) || !(influence >= 0 && influence <= 1)) {
            throw new IllegalArgumentException("need must be 0 or more and influence 0 to 1; were " + need + " and "
                    + influence);
        }
        return need * influence;
    }

    /**
     * Returns the rule with the default weights, three focus areas and the trend against the previous periods.
     *
     * @return the default rule
     */
    public static PrioritisationRule defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder with every attribute at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PrioritisationRule}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutablePrioritisationRule.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("PrioritisationRule")
                .require(weight(levelWeight()), "levelWeight", "must be a finite number, 0 or more", levelWeight())
                .require(weight(trendWeight()), "trendWeight", "must be a finite number, 0 or more", trendWeight())
                .require(weight(harmWeight()), "harmWeight", "must be a finite number, 0 or more", harmWeight())
                .require(!(levelWeight() == 0 && harmWeight() == 0), "levelWeight",
                        "and harmWeight must not both be 0: the trend alone cannot make a need", levelWeight())
                .require(focusAreas() >= 1, "focusAreas", "must be 1 or more", focusAreas())
                .requirePresent(trendComparison(), "trendComparison")
                .throwIfAny();
    }

    private static boolean weight(double w) {
        return Double.isFinite(w) && w >= 0;
    }

    /**
     * Returns the formula with its weights, such as
     * {@code need = max(0, 0.5 × level + 0.2 × trend + 0.3 × harm); priority = need × influence; top 3;
     * trend PREVIOUS_PERIODS}.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "need = max(0, %s × level + %s × trend + %s × harm); priority = need × "
                        + "influence; top %d; trend %s", Words.number(levelWeight()), Words.number(trendWeight()),
                Words.number(harmWeight()), focusAreas(), trendComparison());
    }
}
