package org.est4j.scoring.followup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.Problems;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;

/**
 * A simple before/after comparison in one area: the rate ratio after/before with a Wald test and confidence
 * interval on the log scale, treating both counts as Poisson.
 *
 * <p>With {@code a} crimes in a period of length {@code ta} after and {@code b} in {@code tb} before:
 * <pre>
 *   RR = (a/ta) / (b/tb)     SE(log RR) = sqrt(1/a + 1/b)     z = log RR / SE     CI = exp(log RR ± q·SE)
 * </pre>
 * This is the "W-log" test of Gu, Ng, Tang and Schucany (2008), "Testing the ratio of two Poisson rates",
 * <i>Biometrical Journal</i> 50(2). When a count is zero the logarithm is undefined, so 0.5 is added to both counts
 * and a {@link EvaluationWarning#ZERO_COUNT_CORRECTED} warning is attached; counts below 5 bring a
 * {@link EvaluationWarning#SMALL_COUNTS} warning pointing to {@link PoissonETest}, which keeps its size for small
 * counts. A comparison without a control area cannot tell the measure from a general trend; the WDD can.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class BeforeAfterRateRatio {
    /** The confidence level used unless one is given. */
    public static final double DEFAULT_LEVEL = 0.95;

    private BeforeAfterRateRatio() {}

    /**
     * Compares after with before, periods of equal length, at the {@linkplain #DEFAULT_LEVEL default level}.
     *
     * @param counts the area's counts
     * @return the evaluation, method {@link EvaluationMethod#BEFORE_AFTER}
     */
    public static Evaluation evaluate(BeforeAfter counts) {
        return evaluate(counts, 1, 1, DEFAULT_LEVEL);
    }

    /**
     * Compares after with before.
     *
     * @param counts the area's counts
     * @param beforeLength the length of the period before, positive and finite
     * @param afterLength the length of the period after, in the same unit
     * @param level the confidence level of the interval, strictly between 0 and 1
     * @return the evaluation, method {@link EvaluationMethod#BEFORE_AFTER}: estimate the rate ratio after/before,
     *     {@code z} on the log scale, a two-sided p-value, the interval for the ratio; no standard error on the
     *     ratio's scale, but the components {@code rate-before}, {@code rate-after}, {@code log-rate-ratio},
     *     {@code log-rate-ratio-standard-error} and {@code percent-change}
     * @throws org.est4j.core.ValidationException when a length or the level is out of range
     */
    public static Evaluation evaluate(BeforeAfter counts, double beforeLength, double afterLength, double level) {
        requireNonNull(counts, "counts");
        Problems.of("BeforeAfterRateRatio")
                .require(beforeLength > 0 && Double.isFinite(beforeLength), "beforeLength",
                        "must be a positive finite number", beforeLength)
                .require(afterLength > 0 && Double.isFinite(afterLength), "afterLength",
                        "must be a positive finite number", afterLength)
                .throwIfAny();
        Normal.checkLevel("BeforeAfterRateRatio", level);
        boolean perTime = beforeLength != 1 || afterLength != 1;
        Evaluation.Builder result = Evaluation.builder().method(EvaluationMethod.BEFORE_AFTER);
        if (counts.before() == 0 && counts.after() == 0) {
            return result
                    .estimate(1)
                    .addWarnings(Warnings.noEvents())
                    .readingSv("Inga brott räknades vare sig före eller efter, så det finns inget att jämföra.")
                    .readingEn("No crimes were counted before or after, so there is nothing to compare.")
                    .build();
        }
        List<EvaluationWarning> warnings = new ArrayList<>();
        double a = counts.after();
        double b = counts.before();
        if (a == 0 || b == 0) {
            a += 0.5;
            b += 0.5;
            warnings.add(Warnings.zeroCountCorrected());
        }
        Warnings.SmallCells small = new Warnings.SmallCells()
                .check(counts.before(), "perioden före", "the period before")
                .check(counts.after(), "perioden efter", "the period after");
        if (small.any()) {
            warnings.add(small.warning());
        }
        double rateBefore = b / beforeLength;
        double rateAfter = a / afterLength;
        double logRatio = Math.log(rateAfter / rateBefore);
        double se = Math.sqrt(1 / a + 1 / b);
        double z = logRatio / se;
        double p = Normal.twoSidedP(z);
        double q = Normal.quantile(level);
        double ratio = Math.exp(logRatio);
        ConfidenceInterval interval = ConfidenceInterval.of(level, Math.exp(logRatio - q * se), Math.exp(logRatio + q * se));
        double percent = 100 * (ratio - 1);

        String changeSv;
        String changeEn;
        String rounded = Readings.fixed(Math.abs(percent), 0, false);
        String unitSv = perTime ? " per tidsenhet" : "";
        String unitEn = perTime ? " per unit of time" : "";
        if (rounded.equals("0")) {
            changeSv = "samma nivå" + unitSv + " efter som före";
            changeEn = "the same level" + unitEn + " after as before";
        } else if (percent < 0) {
            changeSv = rounded + " % färre brott" + unitSv + " efter än före";
            changeEn = rounded + " % fewer crimes" + unitEn + " after than before";
        } else {
            changeSv = rounded + " % fler brott" + unitSv + " efter än före";
            changeEn = rounded + " % more crimes" + unitEn + " after than before";
        }
        return result
                .estimate(ratio)
                .z(z)
                .pValue(p)
                .confidenceInterval(interval)
                .addComponents(
                        Evaluation.Component.of("rate-before", rateBefore, "takt före", "rate before"),
                        Evaluation.Component.of("rate-after", rateAfter, "takt efter", "rate after"),
                        Evaluation.Component.of("log-rate-ratio", logRatio, "logaritmerad kvot", "log rate ratio"),
                        Evaluation.Component.of("log-rate-ratio-standard-error", se, "medelfel för logaritmerad kvot",
                                "standard error of the log rate ratio"),
                        Evaluation.Component.of("percent-change", percent, "förändring i procent", "percent change"))
                .warnings(warnings)
                .readingSv("Antalet brott gick från " + counts.before() + " till " + counts.after() + " (kvot "
                        + Readings.fixed(ratio, 2, true) + ", "
                        + Readings.interval(level, interval.lower(), interval.upper(), 2, true) + "): " + changeSv + "; "
                        + Readings.chance(p, true) + " (" + Readings.p(p, true) + ").")
                .readingEn("The number of crimes went from " + counts.before() + " to " + counts.after() + " (rate ratio "
                        + Readings.fixed(ratio, 2, false) + ", "
                        + Readings.interval(level, interval.lower(), interval.upper(), 2, false) + "): " + changeEn + "; "
                        + Readings.chance(p, false) + " (" + Readings.p(p, false) + ").")
                .build();
    }
}
