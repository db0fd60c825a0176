package org.est4j.scoring.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.Alternative;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The E-test against published p-values, then its invariants.
 *
 * <p>Sources of the reference values (the tolerance of each check is half a unit in the last published digit,
 * except where a comment says otherwise):
 * <ul>
 *   <li>Krishnamoorthy and Thomson (2004), the paper's two illustrative examples with equal sample sizes: counts
 *       0 and 3, p = 0.0884, and counts 6 and 2, p = 0.1749, both two-sided. These are the numbers that the R
 *       package ptools checks as "Paper rep 1" and "Paper rep 2" in {@code tests/testthat/test-etest.R}; the
 *       paper's text beyond its abstract was not available to me.</li>
 *   <li>Gu, Ng, Tang and Schucany (2008), <i>Biometrical Journal</i> 50(2), Example 1 (60 events in 51 477.5
 *       person-years against 30 in 54 308.7): one-sided E-test p = 0.000298, as recorded in statsmodels'
 *       {@code stats/tests/test_rates.py}.</li>
 *   <li>Ng, Gu and Tang (2007), <i>Computational Statistics &amp; Data Analysis</i> 51(6), the example of 41 events
 *       in 28 010 against 15 in 19 017, testing the difference of the rates: statistic 2.2047 and one-sided
 *       E-test p = 0.0184 against a difference of 0; statistic 1.5514 and p = 0.06626 against 0.0002, as recorded
 *       in statsmodels' {@code test_rates.py} ({@code cases_diff_ng}, "etest-wald").</li>
 *   <li>The Python package poisson-etest, a port of Krishnamoorthy's own program: its documented example 100 in
 *       exposure 10 against 10 in exposure 100 gives 2.6904995792779108e-05 (two-sided); that port stops its sums
 *       at probabilities below 1e-7, so it agrees to about 1e-11.</li>
 *   <li>ptools' {@code e_test()} help page: counts 20 and 10 give about 0.069.</li>
 * </ul>
 */
class PoissonETestTest {

    static Stream<Arguments> published() {
        return Stream.of(
                // Krishnamoorthy and Thomson (2004), example 1 (via ptools test-etest.R)
                Arguments.of(0, 1.0, 3, 1.0, 0.0, Alternative.TWO_SIDED, 0.0884, 5e-5),
                // Krishnamoorthy and Thomson (2004), example 2 (via ptools test-etest.R)
                Arguments.of(6, 1.0, 2, 1.0, 0.0, Alternative.TWO_SIDED, 0.1749, 5e-5),
                // Gu et al. (2008), Example 1 (via statsmodels test_rates.py)
                Arguments.of(60, 51477.5, 30, 54308.7, 0.0, Alternative.GREATER, 0.000298, 5e-7),
                // Ng et al. (2007), difference 0 (via statsmodels test_rates.py)
                Arguments.of(41, 28010.0, 15, 19017.0, 0.0, Alternative.GREATER, 0.0184, 5e-5),
                // Ng et al. (2007), difference 0.0002 (via statsmodels test_rates.py); we get 0.066267, so the
                // published 0.06626 looks truncated rather than rounded: the check allows one unit in its last digit
                Arguments.of(41, 28010.0, 15, 19017.0, 0.0002, Alternative.GREATER, 0.06626, 1e-5),
                // poisson-etest package documentation, a port of Krishnamoorthy's program
                Arguments.of(100, 10.0, 10, 100.0, 0.0, Alternative.TWO_SIDED, 2.6904995792779108e-05, 1e-10),
                // ptools e_test() help page
                Arguments.of(20, 1.0, 10, 1.0, 0.0, Alternative.TWO_SIDED, 0.069, 5e-4));
    }

    @ParameterizedTest
    @MethodSource("published")
    void reproducesThePublishedPValues(long k1, double n1, long k2, double n2, double delta, Alternative alternative,
            double expected, double tolerance) {
        assertThat(PoissonETest.pValue(k1, n1, k2, n2, delta, alternative)).isCloseTo(expected, within(tolerance));
    }

    /** Ng et al. (2007) also publish the observed statistic; see the class comment. */
    @Test
    void reportsTheObservedStatisticAsZ() {
        Evaluation atZero = PoissonETest.evaluate(41, 28010, 15, 19017, 0, Alternative.GREATER);
        Evaluation atDelta = PoissonETest.evaluate(41, 28010, 15, 19017, 0.0002, Alternative.GREATER);

        assertThat(atZero.z().getAsDouble()).isCloseTo(2.2047, within(5e-5));
        assertThat(atDelta.z().getAsDouble()).isCloseTo(1.5514, within(5e-5));
        assertThat(atZero.method()).isEqualTo(EvaluationMethod.E_TEST);
        assertThat(atZero.alternative()).isEqualTo(Alternative.GREATER);
        assertThat(atZero.estimate()).isCloseTo(41 / 28010.0 - 15 / 19017.0, within(1e-15));
        assertThat(atZero.standardError().getAsDouble())
                .isCloseTo(Math.sqrt(41 / (28010.0 * 28010) + 15 / (19017.0 * 19017)), within(1e-15));
        assertThat(atZero.component("restricted-estimate")).hasValue(56 / (28010.0 + 19017));
        assertThat(atZero.confidenceInterval()).isEmpty();
        assertThat(atDelta.readingEn()).contains("tested against 0.0002");
    }

    @Test
    void readsTheFirstExampleOfThePaper() {
        Evaluation e = PoissonETest.evaluate(0, 1, 3, 1);

        assertThat(e.readingEn()).isEqualTo("The first count is 0 and the second 3 (difference −3); E-test p = 0.088,"
                + " two-sided: weak evidence; it could be chance.");
        assertThat(e.readingSv()).isEqualTo("Det första antalet är 0 och det andra 3 (skillnad −3); E-test p = 0,088,"
                + " tvåsidigt: svagt stöd; det kan vara slumpen.");
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void comparesAfterWithBefore() {
        Evaluation counts = PoissonETest.evaluate(BeforeAfter.of(30, 12));
        Evaluation rates = PoissonETest.evaluate(BeforeAfter.of(30, 12), 3, 3, Alternative.LESS);

        assertThat(counts.estimate()).isEqualTo(-18);
        assertThat(counts.pValue().getAsDouble())
                .isEqualTo(PoissonETest.pValue(12, 1, 30, 1, 0, Alternative.TWO_SIDED));
        assertThat(counts.readingEn()).isEqualTo("The count went from 30 before to 12 after (difference −18); E-test"
                + " p = 0.005, two-sided: very unlikely to be chance.");
        assertThat(rates.estimate()).isEqualTo(-6);
        assertThat(rates.component("first-rate")).hasValue(4);
        assertThat(rates.component("second-rate")).hasValue(10);
        assertThat(rates.readingEn()).startsWith("The rate went from 10 before to 4 after per unit of time (difference −6);"
                + " E-test p = 0.003, one-sided, less:");
        assertThat(rates.readingSv()).startsWith("Takten gick från 10 före till 4 efter per tidsenhet (skillnad −6)");
    }

    @Test
    void componentsAreNamedAfterAndBeforeOnlyWhenAfterIsComparedWithBefore() {
        Evaluation beforeAfter = PoissonETest.evaluate(BeforeAfter.of(30, 12));
        Evaluation samples = PoissonETest.evaluate(12, 1, 30, 1);

        assertThat(beforeAfter.components()).extracting(Evaluation.Component::labelEn)
                .containsExactly("rate after", "rate before", "second rate estimated under the null hypothesis");
        assertThat(beforeAfter.components()).extracting(Evaluation.Component::labelSv)
                .containsExactly("takt efter", "takt före", "skattad andra takt under nollhypotesen");
        assertThat(samples.components()).extracting(Evaluation.Component::labelEn)
                .containsExactly("first rate", "second rate", "second rate estimated under the null hypothesis");
        assertThat(samples.components()).extracting(Evaluation.Component::labelSv)
                .containsExactly("första takten", "andra takten", "skattad andra takt under nollhypotesen");
        assertThat(samples.readingEn()).startsWith("The first count is 12 and the second 30");
        assertThat(samples.component("restricted-estimate")).hasValue(21);
    }

    @Test
    void noEventsAtAllIsNoEvidence() {
        Evaluation e = PoissonETest.evaluate(0, 2, 0, 3);

        assertThat(e.pValue()).hasValue(1);
        assertThat(e.z()).hasValue(0);
        assertThat(e.hasWarning(EvaluationWarning.NO_EVENTS)).isTrue();
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThatThrownBy(() -> PoissonETest.pValue(-1, 0, -2, Double.NaN, Double.POSITIVE_INFINITY, Alternative.LESS))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("count1", "count2", "exposure1", "exposure2", "nullDifference"));
        assertThatThrownBy(() -> PoissonETest.pValue(3, 1, 2, 1, 10, Alternative.GREATER))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("restricted estimate of a rate would be negative");
        assertThatThrownBy(() -> PoissonETest.evaluate(BeforeAfter.of(3, 4), 0, Double.NaN, Alternative.TWO_SIDED))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("beforeLength", "afterLength"));
        assertThatThrownBy(() -> PoissonETest.pValue(300_000, 1, 300_000, 1, 0, Alternative.TWO_SIDED))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("too large for the E-test");
    }

    @Test
    void thePValueIsAProbabilityForEveryAlternative() {
        qt().forAll(integers().between(0, 25), integers().between(1, 8), integers().between(0, 25),
                integers().between(1, 8)).check((k1, n1, k2, n2) -> {
                    for (Alternative alternative : Alternative.values()) {
                        double p = PoissonETest.pValue(k1, n1 / 2.0, k2, n2 / 2.0, 0, alternative);
                        if (!(p >= 0 && p <= 1)) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void exchangingTheSamplesMirrorsTheTest() {
        qt().forAll(integers().between(0, 25), integers().between(1, 8), integers().between(0, 25),
                integers().between(1, 8)).check((k1, n1, k2, n2) -> {
                    double twoSided = PoissonETest.pValue(k1, n1, k2, n2, 0, Alternative.TWO_SIDED);
                    double swapped = PoissonETest.pValue(k2, n2, k1, n1, 0, Alternative.TWO_SIDED);
                    double greater = PoissonETest.pValue(k1, n1, k2, n2, 0, Alternative.GREATER);
                    double lessSwapped = PoissonETest.pValue(k2, n2, k1, n1, 0, Alternative.LESS);
                    return Math.abs(twoSided - swapped) < 1e-12 && Math.abs(greater - lessSwapped) < 1e-12;
                });
    }

    @Test
    void aOneSidedPValueNeverExceedsTheTwoSidedOneInItsDirection() {
        qt().forAll(integers().between(0, 25), integers().between(0, 25)).check((k1, k2) -> {
            Alternative direction = k1 >= k2 ? Alternative.GREATER : Alternative.LESS;
            return PoissonETest.pValue(k1, 1, k2, 1, 0, direction)
                    <= PoissonETest.pValue(k1, 1, k2, 1, 0, Alternative.TWO_SIDED) + 1e-12;
        });
    }

    @Test
    void thePValueFallsAsTheCountsMoveApart() {
        qt().forAll(integers().between(0, 15), integers().between(0, 13)).check((k2, extra) -> {
            int k1 = k2 + extra;
            double twoSidedNear = PoissonETest.pValue(k1, 1, k2, 1, 0, Alternative.TWO_SIDED);
            double twoSidedFar = PoissonETest.pValue(k1 + 1, 1, k2, 1, 0, Alternative.TWO_SIDED);
            double greaterNear = PoissonETest.pValue(k1, 1, k2, 1, 0, Alternative.GREATER);
            double greaterFar = PoissonETest.pValue(k1 + 1, 1, k2, 1, 0, Alternative.GREATER);
            return twoSidedFar <= twoSidedNear + 1e-12 && greaterFar <= greaterNear + 1e-12;
        });
    }

    /** ptools' help page: rates rather than counts give the same p-value when the exposures are equal. */
    @Test
    void equalExposuresOfAnySizeGiveTheSamePValue() {
        qt().forAll(integers().between(0, 25), integers().between(0, 25), integers().between(1, 10)).check((k1, k2, n) ->
                Math.abs(PoissonETest.pValue(k1, 1, k2, 1, 0, Alternative.TWO_SIDED)
                        - PoissonETest.pValue(k1, n, k2, n, 0, Alternative.TWO_SIDED)) < 1e-12);
    }
}
