package org.est4j.scoring.followup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.est4j.core.Problems;
import org.est4j.core.evaluation.Alternative;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;

/**
 * The E-test for two Poisson means or rates of Krishnamoorthy and Thomson (2004), "A more powerful test for
 * comparing two Poisson means", <i>Journal of Statistical Planning and Inference</i> 119, 23–35. It is accurate
 * for small counts, where the normal approximation of the WDD or the rate ratio is not.
 *
 * <p>Let {@code X1 ~ Poisson(n1·λ1)} and {@code X2 ~ Poisson(n2·λ2)} be counts observed over exposures {@code n1}
 * and {@code n2} (period lengths, so that the ratio {@code n2/n1} lets the periods differ), {@code k1} and
 * {@code k2} the observed counts, and {@code δ} the difference under the null hypothesis
 * {@code H0: λ1 − λ2 = δ} (usually 0). The test statistic is
 * <pre>
 *   T(X1, X2) = (X1/n1 − X2/n2 − δ) / sqrt(X1/n1² + X2/n2²),   T(0, 0) = 0
 * </pre>
 * and the p-value is the probability, at the restricted estimate {@code λ̂ = (k1 + k2)/(n1 + n2) − δ·n1/(n1 + n2)}
 * of {@code λ2} (the pooled maximum-likelihood estimate when {@code δ = 0}), that T is at least as extreme as
 * observed:
 * <pre>
 *   p = Σ_{x1} Σ_{x2} P(X1 = x1 | n1(λ̂ + δ)) · P(X2 = x2 | n2·λ̂) · I(T(x1, x2) ≥ T(k1, k2))
 * </pre>
 * for the alternative {@link Alternative#GREATER} ({@code λ1 − λ2 > δ}); {@code ≤} for {@link Alternative#LESS};
 * and {@code |T(x1, x2)| ≥ |T(k1, k2)|} for {@link Alternative#TWO_SIDED}. With {@code δ = 0} the p-value depends on
 * the exposures only through their ratio {@code d = n2/n1}, the paper's ratio of sample sizes. The double sum runs over every pair
 * whose Poisson probabilities are not negligible (each tail left out holds less than 1e-15), and ties are decided
 * with a relative tolerance of 1e-10 so that equal statistics computed in different ways count as equal. The
 * Poisson probabilities are Apache Commons Statistics'.
 *
 * <p>The work grows with the product of the square roots of the two means; counts up to some tens of thousands
 * take a fraction of a second. Larger counts are refused with a message to use a normal-approximation method,
 * which is accurate there.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class PoissonETest {
    /** Each tail of each Poisson distribution left out of the double sum holds less than this. */
    private static final double TAIL = 1e-15;
    /** Relative tolerance for deciding that a statistic equals the observed one. */
    private static final double TIE = 1e-10;
    /** The largest double sum computed, in cells; a few tenths of a second. */
    private static final long MAX_CELLS = 20_000_000L;

    private PoissonETest() {}

    /**
     * Returns the E-test p-value.
     *
     * @param count1 the first count, {@code k1}, zero or more
     * @param exposure1 the first exposure, {@code n1}, such as the length of the period after; positive and finite
     * @param count2 the second count, {@code k2}, zero or more
     * @param exposure2 the second exposure, {@code n2}; positive and finite
     * @param nullDifference {@code δ}, the difference of the rates {@code λ1 − λ2} under the null hypothesis
     * @param alternative the alternative hypothesis
     * @return the p-value, between 0 and 1; 1 when both counts are zero and {@code δ = 0}
     * @throws org.est4j.core.ValidationException when an argument breaks a rule, when {@code δ} makes the
     *     restricted estimate of a rate negative, or when the counts are too large for the double sum
     */
    public static double pValue(long count1, double exposure1, long count2, double exposure2, double nullDifference,
            Alternative alternative) {
        return compute(count1, exposure1, count2, exposure2, nullDifference, alternative).pValue;
    }

    /**
     * Compares two Poisson counts, with exposures, two-sided, against equal rates.
     *
     * @param count1 the first count, zero or more
     * @param exposure1 the first exposure, positive and finite
     * @param count2 the second count, zero or more
     * @param exposure2 the second exposure, positive and finite
     * @return the evaluation, method {@link EvaluationMethod#E_TEST}
     * @see #evaluate(long, double, long, double, double, Alternative)
     */
    public static Evaluation evaluate(long count1, double exposure1, long count2, double exposure2) {
        return evaluate(count1, exposure1, count2, exposure2, 0, Alternative.TWO_SIDED);
    }

    /**
     * Compares two Poisson counts with exposures.
     *
     * @param count1 the first count, zero or more
     * @param exposure1 the first exposure, positive and finite
     * @param count2 the second count, zero or more
     * @param exposure2 the second exposure, positive and finite
     * @param nullDifference the difference of the rates under the null hypothesis, usually 0
     * @param alternative the alternative hypothesis
     * @return the evaluation, method {@link EvaluationMethod#E_TEST}: estimate the first rate minus the second,
     *     standard error {@code sqrt(k1/n1² + k2/n2²)}, {@code z} the statistic T, no confidence interval; the
     *     components are both rates and the restricted estimate
     * @throws org.est4j.core.ValidationException as {@link #pValue(long, double, long, double, double, Alternative)}
     */
    public static Evaluation evaluate(long count1, double exposure1, long count2, double exposure2, double nullDifference,
            Alternative alternative) {
        return evaluation(compute(count1, exposure1, count2, exposure2, nullDifference, alternative), false);
    }

    /**
     * Compares the period after with the period before in one area, two-sided, periods of equal length.
     *
     * @param counts the area's counts
     * @return the evaluation, with after as the first count and before as the second
     */
    public static Evaluation evaluate(BeforeAfter counts) {
        return evaluate(counts, 1, 1, Alternative.TWO_SIDED);
    }

    /**
     * Compares the period after with the period before in one area.
     *
     * @param counts the area's counts
     * @param beforeLength the length of the period before, positive and finite
     * @param afterLength the length of the period after, in the same unit
     * @param alternative the alternative: {@link Alternative#LESS} asks whether the rate fell
     * @return the evaluation, with after as the first count and before as the second, so that a negative estimate
     *     means that the rate fell
     * @throws org.est4j.core.ValidationException when a length is not a positive finite number, or as
     *     {@link #pValue(long, double, long, double, double, Alternative)}
     */
    public static Evaluation evaluate(BeforeAfter counts, double beforeLength, double afterLength, Alternative alternative) {
        requireNonNull(counts, "counts");
        Problems.of("E-test")
                .require(beforeLength > 0 && Double.isFinite(beforeLength), "beforeLength",
                        "must be a positive finite number", beforeLength)
                .require(afterLength > 0 && Double.isFinite(afterLength), "afterLength",
                        "must be a positive finite number", afterLength)
                .throwIfAny();
        return evaluation(compute(counts.after(), afterLength, counts.before(), beforeLength, 0, alternative), true);
    }

    private static Result compute(long k1, double n1, long k2, double n2, double delta, Alternative alternative) {
        requireNonNull(alternative, "alternative");
        Problems.of("E-test")
                .require(k1 >= 0, "count1", "must be zero or more", k1)
                .require(k2 >= 0, "count2", "must be zero or more", k2)
                .require(n1 > 0 && Double.isFinite(n1), "exposure1", "must be a positive finite number", n1)
                .require(n2 > 0 && Double.isFinite(n2), "exposure2", "must be a positive finite number", n2)
                .require(Double.isFinite(delta), "nullDifference", "must be a finite number", delta)
                .throwIfAny();
        double lambda = ((double) k1 + k2) / (n1 + n2) - delta * n1 / (n1 + n2);
        double mean1 = n1 * (lambda + delta);
        double mean2 = n2 * lambda;
        Problems.of("E-test")
                .require(mean1 >= 0 && mean2 >= 0, "nullDifference",
                        "is too far from the observed rates: the restricted estimate of a rate would be negative", delta)
                .throwIfAny();
        double observed = statistic(k1, n1, k2, n2, delta);
        if (k1 == 0 && k2 == 0) {
            return new Result(k1, n1, k2, n2, delta, alternative, lambda, observed, 1);
        }
        Tail first = Tail.of(mean1);
        Tail second = Tail.of(mean2);
        Problems.of("E-test")
                .require((long) first.probabilities.length * second.probabilities.length <= MAX_CELLS, "",
                        "the counts are too large for the E-test's double sum; at such counts the WDD or the rate ratio"
                                + " is accurate", k1 + " and " + k2)
                .throwIfAny();
        double tolerance = TIE * Math.max(1, Math.abs(observed));
        double sum = 0;
        for (int i = 0; i < first.probabilities.length; i++) {
            double p1 = first.probabilities[i];
            int x1 = first.lowest + i;
            double rate1 = x1 / n1;
            double variance1 = x1 / (n1 * n1);
            double row = 0;
            for (int j = 0; j < second.probabilities.length; j++) {
                int x2 = second.lowest + j;
                double variance = variance1 + x2 / (n2 * n2);
                double t = variance == 0 ? 0 : (rate1 - x2 / n2 - delta) / Math.sqrt(variance);
                if (extreme(t, observed, tolerance, alternative)) {
                    row += second.probabilities[j];
                }
            }
            sum += p1 * row;
        }
        return new Result(k1, n1, k2, n2, delta, alternative, lambda, observed, Math.min(1, sum));
    }

    private static boolean extreme(double t, double observed, double tolerance, Alternative alternative) {
        switch (alternative) {
            case GREATER:
                return t >= observed - tolerance;
            case LESS:
                return t <= observed + tolerance;
            default:
                return Math.abs(t) >= Math.abs(observed) - tolerance;
        }
    }

    private static double statistic(long x1, double n1, long x2, double n2, double delta) {
        double variance = x1 / (n1 * n1) + x2 / (n2 * n2);
        return variance == 0 ? 0 : (x1 / n1 - x2 / n2 - delta) / Math.sqrt(variance);
    }

    private static Evaluation evaluation(Result r, boolean beforeAfter) {
        double rate1 = r.k1 / r.n1;
        double rate2 = r.k2 / r.n2;
        double estimate = rate1 - rate2;
        double se = Math.sqrt(r.k1 / (r.n1 * r.n1) + r.k2 / (r.n2 * r.n2));
        List<EvaluationWarning> warnings = new ArrayList<>();
        if (r.k1 == 0 && r.k2 == 0) {
            warnings.add(Warnings.noEvents());
        }
        boolean counts = r.n1 == 1 && r.n2 == 1;
        String sv;
        String en;
        if (beforeAfter) {
            sv = (counts ? "antalet gick från " + Readings.count(r.k2) + " före till " + Readings.count(r.k1) + " efter"
                    : "takten gick från " + Readings.significant(rate2, true) + " före till "
                            + Readings.significant(rate1, true) + " efter per tidsenhet");
            en = (counts ? "the count went from " + Readings.count(r.k2) + " before to " + Readings.count(r.k1) + " after"
                    : "the rate went from " + Readings.significant(rate2, false) + " before to "
                            + Readings.significant(rate1, false) + " after per unit of time");
        } else {
            sv = counts ? "det första antalet är " + Readings.count(r.k1) + " och det andra " + Readings.count(r.k2)
                    : "den första takten är " + Readings.significant(rate1, true) + " och den andra "
                            + Readings.significant(rate2, true);
            en = counts ? "the first count is " + Readings.count(r.k1) + " and the second " + Readings.count(r.k2)
                    : "the first rate is " + Readings.significant(rate1, false) + " and the second "
                            + Readings.significant(rate2, false);
        }
        String differenceSv = counts ? Readings.signedCount(r.k1 - r.k2) : Readings.significant(estimate, true);
        String differenceEn = counts ? Readings.signedCount(r.k1 - r.k2) : Readings.significant(estimate, false);
        String nullSv = r.delta == 0 ? "" : ", prövad mot " + Readings.significant(r.delta, true);
        String nullEn = r.delta == 0 ? "" : ", tested against " + Readings.significant(r.delta, false);
        String readingSv = Readings.capitalise(sv) + " (skillnad " + differenceSv + nullSv + "); E-test "
                + Readings.p(r.pValue, true) + ", " + r.alternative.textSv() + ": " + Readings.chance(r.pValue, true) + ".";
        String readingEn = Readings.capitalise(en) + " (difference " + differenceEn + nullEn + "); E-test "
                + Readings.p(r.pValue, false) + ", " + r.alternative.textEn() + ": " + Readings.chance(r.pValue, false)
                + ".";
        return Evaluation.builder()
                .method(EvaluationMethod.E_TEST)
                .estimate(estimate)
                .standardError(se)
                .z(r.observed)
                .pValue(r.pValue)
                .alternative(r.alternative)
                .addComponents(
                        Evaluation.Component.of("first-rate", rate1, beforeAfter ? "takt efter" : "första takten",
                                beforeAfter ? "rate after" : "first rate"),
                        Evaluation.Component.of("second-rate", rate2, beforeAfter ? "takt före" : "andra takten",
                                beforeAfter ? "rate before" : "second rate"),
                        Evaluation.Component.of("restricted-estimate", r.lambda,
                                "skattad andra takt under nollhypotesen", "second rate estimated under the null hypothesis"))
                .warnings(warnings)
                .readingSv(readingSv)
                .readingEn(readingEn)
                .build();
    }

    /** The inputs, the restricted estimate, the observed statistic and the p-value of one E-test. */
    private static final class Result {
        final long k1;
        final double n1;
        final long k2;
        final double n2;
        final double delta;
        final Alternative alternative;
        final double lambda;
        final double observed;
        final double pValue;

        Result(long k1, double n1, long k2, double n2, double delta, Alternative alternative, double lambda,
                double observed, double pValue) {
            this.k1 = k1;
            this.n1 = n1;
            this.k2 = k2;
            this.n2 = n2;
            this.delta = delta;
            this.alternative = alternative;
            this.lambda = lambda;
            this.observed = observed;
            this.pValue = pValue;
        }
    }

    /** The Poisson probabilities of a mean over the values that are not negligible. */
    private static final class Tail {
        final int lowest;
        final double[] probabilities;

        private Tail(int lowest, double[] probabilities) {
            this.lowest = lowest;
            this.probabilities = probabilities;
        }

        static Tail of(double mean) {
            if (mean == 0) {
                return new Tail(0, new double[] {1});
            }
            Problems.of("E-test")
                    .require(mean < Integer.MAX_VALUE / 4.0, "", "the counts are too large for the E-test's double sum;"
                            + " at such counts the WDD or the rate ratio is accurate", mean)
                    .throwIfAny();
            PoissonDistribution poisson = PoissonDistribution.of(mean);
            int lowest = poisson.inverseCumulativeProbability(TAIL);
            int highest = poisson.inverseSurvivalProbability(TAIL);
            double[] probabilities = new double[highest - lowest + 1];
            for (int x = lowest; x <= highest; x++) {
                probabilities[x - lowest] = poisson.probability(x);
            }
            return new Tail(lowest, probabilities);
        }
    }
}
