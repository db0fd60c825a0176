package org.est4j.scoring.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.junit.jupiter.api.Test;

/**
 * The before/after rate ratio.
 *
 * <p>Reference values: Gu, Ng, Tang and Schucany (2008), <i>Biometrical Journal</i> 50(2), Example 1, the test based
 * on the log of the ratio ("W-log"): 60 events in 51 477.5 person-years against 30 in 54 308.7, statistic 3.3393
 * and one-sided p = 0.000420, as recorded in statsmodels' {@code stats/tests/test_rates.py} (method "wald-log").
 * The two-sided p-value this class reports is twice that. The second example is computed by hand in its comment.
 */
class BeforeAfterRateRatioTest {

    /** Gu et al. (2008), Example 1; "after" is the first group of the paper. */
    @Test
    void reproducesTheWaldLogTestOfGuEtAl() {
        Evaluation e = BeforeAfterRateRatio.evaluate(BeforeAfter.of(30, 60), 54308.7, 51477.5, 0.95);

        assertThat(e.method()).isEqualTo(EvaluationMethod.BEFORE_AFTER);
        assertThat(e.z().getAsDouble()).isCloseTo(3.3393, within(5e-5));
        assertThat(e.pValue().getAsDouble() / 2).isCloseTo(0.000420, within(5e-7));
        assertThat(e.estimate()).isCloseTo((60 / 51477.5) / (30 / 54308.7), within(1e-12));
        assertThat(e.readingEn()).isEqualTo("The number of crimes went from 30 to 60 (rate ratio 2.11, 95 % CI 1.36 to"
                + " 3.27): 111 % more crimes per unit of time after than before; very unlikely to be chance (p < 0.001).");
    }

    /**
     * By hand: RR = 12/30 = 0.4, log RR = −0.916291, SE = sqrt(1/12 + 1/30) = 0.341565, z = −2.682625, two-sided
     * p = 0.007305; 95 % CI exp(−0.916291 ∓ 1.959964 × 0.341565) = 0.204795 to 0.781269.
     */
    @Test
    void computesTheRatioItsIntervalAndReading() {
        Evaluation e = BeforeAfterRateRatio.evaluate(BeforeAfter.of(30, 12));

        assertThat(e.estimate()).isCloseTo(0.4, within(1e-12));
        assertThat(e.z().getAsDouble()).isCloseTo(-2.682625, within(5e-7));
        assertThat(e.pValue().getAsDouble()).isCloseTo(0.007305, within(5e-7));
        assertThat(e.confidenceInterval().orElseThrow().lower()).isCloseTo(0.204795, within(5e-7));
        assertThat(e.confidenceInterval().orElseThrow().upper()).isCloseTo(0.781269, within(5e-7));
        assertThat(e.standardError()).isEmpty();
        assertThat(e.component("log-rate-ratio-standard-error").getAsDouble()).isCloseTo(0.341565, within(5e-7));
        assertThat(e.component("percent-change").getAsDouble()).isCloseTo(-60, within(1e-9));
        assertThat(e.warnings()).isEmpty();
        assertThat(e.readingEn()).isEqualTo("The number of crimes went from 30 to 12 (rate ratio 0.40, 95 % CI 0.20 to"
                + " 0.78): 60 % fewer crimes after than before; very unlikely to be chance (p = 0.007).");
        assertThat(e.readingSv()).isEqualTo("Antalet brott gick från 30 till 12 (kvot 0,40, 95 % KI 0,20 till 0,78):"
                + " 60 % färre brott efter än före; mycket osannolikt att det är slumpen (p = 0,007).");
    }

    @Test
    void correctsAZeroCountAndWarns() {
        Evaluation e = BeforeAfterRateRatio.evaluate(BeforeAfter.of(3, 0));

        assertThat(e.estimate()).isCloseTo(0.5 / 3.5, within(1e-12));
        assertThat(e.warnings()).extracting(EvaluationWarning::code)
                .containsExactly(EvaluationWarning.ZERO_COUNT_CORRECTED, EvaluationWarning.SMALL_COUNTS);
        assertThat(e.warnings().get(1).textEn()).isEqualTo("Counts below 5 in the period before (3), the period after"
                + " (0): the normal approximation is unreliable; compare with the E-test (PoissonETest).");
    }

    @Test
    void noEventsAtAllIsNoEvidence() {
        Evaluation e = BeforeAfterRateRatio.evaluate(BeforeAfter.of(0, 0));

        assertThat(e.estimate()).isEqualTo(1);
        assertThat(e.pValue()).isEmpty();
        assertThat(e.confidenceInterval()).isEmpty();
        assertThat(e.hasWarning(EvaluationWarning.NO_EVENTS)).isTrue();
    }

    @Test
    void readsNoChange() {
        assertThat(BeforeAfterRateRatio.evaluate(BeforeAfter.of(40, 40)).readingEn())
                .contains("the same level after as before; it could well be chance (p = 1.000)");
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThatThrownBy(() -> BeforeAfterRateRatio.evaluate(BeforeAfter.of(1, 2), 0, Double.NaN, 0.95))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("beforeLength", "afterLength"));
        assertThatThrownBy(() -> BeforeAfterRateRatio.evaluate(BeforeAfter.of(1, 2), 1, 1, 0))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void swappingBeforeAndAfterInvertsTheRatio() {
        qt().forAll(integers().between(1, 500), integers().between(1, 500), integers().between(1, 12),
                integers().between(1, 12)).check((before, after, beforeLength, afterLength) -> {
                    Evaluation forward = BeforeAfterRateRatio.evaluate(BeforeAfter.of(before, after), beforeLength,
                            afterLength, 0.95);
                    Evaluation backward = BeforeAfterRateRatio.evaluate(BeforeAfter.of(after, before), afterLength,
                            beforeLength, 0.95);
                    ConfidenceInterval f = forward.confidenceInterval().orElseThrow();
                    ConfidenceInterval b = backward.confidenceInterval().orElseThrow();
                    return Math.abs(forward.estimate() * backward.estimate() - 1) < 1e-9
                            && Math.abs(forward.z().getAsDouble() + backward.z().getAsDouble()) < 1e-9
                            && Math.abs(f.lower() * b.upper() - 1) < 1e-9;
                });
    }

    @Test
    void theIntervalContainsTheRatioAndAgreesWithTheTest() {
        qt().forAll(integers().between(0, 300), integers().between(0, 300), integers().between(50, 99))
                .check((before, after, percent) -> {
                    Evaluation e = BeforeAfterRateRatio.evaluate(BeforeAfter.of(before, after), 1, 1, percent / 100.0);
                    if (before == 0 && after == 0) {
                        return e.confidenceInterval().isEmpty();
                    }
                    ConfidenceInterval ci = e.confidenceInterval().orElseThrow();
                    boolean significant = e.pValue().getAsDouble() < 1 - percent / 100.0;
                    boolean small = before < 5 || after < 5;
                    return ci.contains(e.estimate()) && ci.excludes(1) == significant
                            && e.hasWarning(EvaluationWarning.SMALL_COUNTS) == small;
                });
    }
}
