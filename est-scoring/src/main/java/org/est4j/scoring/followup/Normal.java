package org.est4j.scoring.followup;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.est4j.core.Problems;

/** The standard normal distribution, for p-values and confidence intervals of normal-approximation methods. */
final class Normal {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private Normal() {}

    /** Returns the two-sided p-value of a z statistic. */
    static double twoSidedP(double z) {
        return Math.min(1.0, 2 * STANDARD.survivalProbability(Math.abs(z)));
    }

    /** Returns the quantile that bounds a central interval of a confidence level, such as 1.96 for 0.95. */
    static double quantile(double level) {
        return STANDARD.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** Checks a confidence level. */
    static void checkLevel(String subject, double level) {
        Problems.of(subject)
                .require(level > 0 && level < 1, "level", "must be strictly between 0 and 1, such as 0.95", level)
                .throwIfAny();
    }
}
