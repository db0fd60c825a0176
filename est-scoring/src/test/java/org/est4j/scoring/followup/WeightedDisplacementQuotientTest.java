package org.est4j.scoring.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.evaluation.WdqInterpretation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WDQ and its effect measures.
 *
 * <p>Reference values: I found no worked numbers of Bowers and Johnson (2003) themselves (the paper is not open and
 * its examples are not quoted in any source I could read). The formulas and the interpretation table are those
 * restated by Guerette (2009), <i>Analyzing crime displacement and diffusion</i>, POP Center Tool Guide 10,
 * Appendices B and C, and by Ratcliffe's WDQ spreadsheet notes. The values below are therefore computed by hand,
 * each in the test's comment, on two designs: the Philadelphia foot patrol counts of Wheeler and Ratcliffe's WDD
 * example (treated 207 → 110, control 308 → 318, buffer 178 → 157), and a constructed case of complete
 * displacement (treated 100 → 50, control 100 → 100, buffer 100 → 150) that another open implementation
 * (the R package streetlamp, test-spillover.R) also uses, with the same result of exactly −1.
 */
class WeightedDisplacementQuotientTest {
    private static final PlaceCounts FOOT_PATROL = PlaceCounts.of(BeforeAfter.of(207, 110), BeforeAfter.of(308, 318),
            BeforeAfter.of(178, 157), BeforeAfter.of(150, 140));

    /**
     * By hand: success = 110/318 − 207/308 = 0.345912 − 0.672078 = −0.326166; buffer = 157/318 − 178/308 =
     * 0.493711 − 0.577922 = −0.084211; WDQ = −0.084211 / −0.326166 = 0.258186 (diffusion, at most the direct effect).
     * Ca/Cb = 318/308 = 1.032468; treated net = 207 × 1.032468 − 110 = 103.7208; buffer net = 178 × 1.032468 − 157
     * = 26.7792; total net effect = 130.5 crimes prevented; gross effect 207 − 110 = 97.
     */
    @Test
    void computesTheQuotientAndTheNetEffectsOfTheFootPatrolCounts() {
        Evaluation wdq = WeightedDisplacementQuotient.evaluate(FOOT_PATROL);

        assertThat(wdq.method()).isEqualTo(EvaluationMethod.WDQ);
        assertThat(wdq.estimate()).isCloseTo(0.258186, within(5e-7));
        assertThat(wdq.component(WdqInterpretation.SUCCESS_MEASURE).getAsDouble()).isCloseTo(-0.326166, within(5e-7));
        assertThat(wdq.component(WdqInterpretation.BUFFER_MEASURE).getAsDouble()).isCloseTo(-0.084211, within(5e-7));
        assertThat(wdq.component("gross-effect")).hasValue(97);
        assertThat(wdq.component("treated-net-effect").getAsDouble()).isCloseTo(103.7208, within(5e-5));
        assertThat(wdq.component("buffer-net-effect").getAsDouble()).isCloseTo(26.7792, within(5e-5));
        assertThat(wdq.component("total-net-effect").getAsDouble()).isCloseTo(130.5, within(1e-9));
        assertThat(WdqInterpretation.of(wdq)).isEqualTo(WdqInterpretation.DIFFUSION);
        assertThat(wdq.standardError()).isEmpty();
        assertThat(wdq.pValue()).isEmpty();
        assertThat(wdq.confidenceInterval()).isEmpty();
        assertThat(wdq.warnings()).isEmpty();
        assertThat(wdq.readingEn()).isEqualTo("Diffusion of benefits: the buffer improved too, but not more than the"
                + " treated area (WDQ 0.26: success measure −0.326, buffer measure −0.084; total net effect 130.5 crimes"
                + " prevented). The WDQ has no standard error or p-value; the WDD test gives them.");
        assertThat(wdq.readingSv()).isEqualTo("Spridning av positiva effekter: även buffertzonen förbättrades, men inte"
                + " mer än insatsområdet (WDQ 0,26: framgångsmått −0,326, buffertmått −0,084; total nettoeffekt 130,5"
                + " förhindrade brott). WDQ saknar medelfel och p-värde; WDD-testet ger dem.");
    }

    /**
     * By hand: success = 50/100 − 100/100 = −0.5; buffer = 150/100 − 100/100 = 0.5; WDQ = −1: the buffer gained what
     * the treated area lost. Net effects: treated 100 × 1 − 50 = 50, buffer 100 × 1 − 150 = −50, total 0.
     */
    @Test
    void completeDisplacementGivesMinusOneAndNoNetEffect() {
        Evaluation wdq = WeightedDisplacementQuotient.evaluate(PlaceCounts.builder().treated(BeforeAfter.of(100, 50))
                .control(BeforeAfter.of(100, 100)).buffer(BeforeAfter.of(100, 150)).build());

        assertThat(wdq.estimate()).isEqualTo(-1);
        assertThat(wdq.component("total-net-effect")).hasValue(0);
        assertThat(WdqInterpretation.of(wdq)).isEqualTo(WdqInterpretation.DISPLACEMENT_CANCELS_EFFECT);
        assertThat(wdq.readingEn()).startsWith("Displacement to the buffer as large as or larger than the reduction in"
                + " the treated area: no net benefit (WDQ −1.00");
    }

    /** One design per row of the interpretation table; the WDQ of each is worked out in the row's comment. */
    static Stream<Arguments> table() {
        return Stream.of(
                // success 60/100 − 100/100 = −0.4, buffer 60/100 − 100/100 = −0.4: WDQ 1
                Arguments.of(100, 60, 100, 60, WdqInterpretation.DIFFUSION, 1.0),
                // buffer 40/100 − 100/100 = −0.6: WDQ 1.5
                Arguments.of(100, 60, 100, 40, WdqInterpretation.DIFFUSION_EXCEEDS_EFFECT, 1.5),
                // buffer unchanged: WDQ 0
                Arguments.of(100, 60, 100, 100, WdqInterpretation.NO_DISPLACEMENT, 0.0),
                // buffer 120/100 − 1 = 0.2: WDQ −0.5
                Arguments.of(100, 60, 100, 120, WdqInterpretation.DISPLACEMENT_SMALLER_THAN_EFFECT, -0.5),
                // buffer 180/100 − 1 = 0.8: WDQ −2
                Arguments.of(100, 60, 100, 180, WdqInterpretation.DISPLACEMENT_CANCELS_EFFECT, -2.0),
                // success 120/100 − 1 = +0.2: crime rose, WDQ (0.2 / 0.2 = 1) is not read
                Arguments.of(100, 120, 100, 120, WdqInterpretation.NO_REDUCTION, 1.0));
    }

    @ParameterizedTest
    @MethodSource("table")
    void readsEachRowOfTheInterpretationTable(int treatedBefore, int treatedAfter, int bufferBefore, int bufferAfter,
            WdqInterpretation expected, double quotient) {
        Evaluation wdq = WeightedDisplacementQuotient.evaluate(PlaceCounts.builder()
                .treated(BeforeAfter.of(treatedBefore, treatedAfter))
                .control(BeforeAfter.of(100, 100))
                .buffer(BeforeAfter.of(bufferBefore, bufferAfter))
                .build());

        assertThat(wdq.estimate()).isCloseTo(quotient, within(1e-12));
        assertThat(WdqInterpretation.of(wdq)).isEqualTo(expected);
        assertThat(wdq.readingEn()).startsWith(expected.textEn());
        assertThat(wdq.readingSv()).startsWith(expected.textSv());
        assertThat(wdq.hasWarning(EvaluationWarning.NO_REDUCTION)).isEqualTo(expected == WdqInterpretation.NO_REDUCTION);
    }

    @Test
    void warnsOfSmallCountsAndIgnoredWeights() {
        Evaluation wdq = WeightedDisplacementQuotient.evaluate(PlaceCounts.builder().crimeType("arson")
                .treated(BeforeAfter.of(8, 3)).control(BeforeAfter.of(20, 22)).buffer(BeforeAfter.of(6, 7))
                .beforeLength(3).bufferSize(2).build());

        assertThat(wdq.warnings()).extracting(EvaluationWarning::code)
                .containsExactly(EvaluationWarning.SMALL_COUNTS, EvaluationWarning.WEIGHTS_IGNORED);
        assertThat(wdq.readingEn()).startsWith("Arson: some displacement to the buffer");
        assertThat(wdq.crimeType()).contains("arson");
    }

    @Test
    void refusesWhatHasNoQuotient() {
        assertThatThrownBy(() -> WeightedDisplacementQuotient.evaluate(PlaceCounts.of(BeforeAfter.of(10, 5),
                        BeforeAfter.of(0, 0))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("buffer", "control.before", "control.after"));
        assertThatThrownBy(() -> WeightedDisplacementQuotient.evaluate(PlaceCounts.builder().treated(BeforeAfter.of(10, 10))
                        .control(BeforeAfter.of(20, 20)).buffer(BeforeAfter.of(5, 9)).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("success measure 0")
                .hasMessageContaining("use the WDD test instead");
    }

    @Test
    void theQuotientIsTheRatioOfItsMeasuresAndTheNetEffectsAddUp() {
        qt().forAll(lists().of(integers().between(0, 80)).ofSize(4), integers().between(1, 80),
                integers().between(1, 80)).check((c, controlBefore, controlAfter) -> {
                    PlaceCounts counts = PlaceCounts.builder().treated(BeforeAfter.of(c.get(0), c.get(1)))
                            .control(BeforeAfter.of(controlBefore, controlAfter))
                            .buffer(BeforeAfter.of(c.get(2), c.get(3))).build();
                    double success = c.get(1) / (double) controlAfter - c.get(0) / (double) controlBefore;
                    if (success == 0) {
                        return true;
                    }
                    Evaluation wdq = WeightedDisplacementQuotient.evaluate(counts);
                    double ratio = wdq.component(WdqInterpretation.BUFFER_MEASURE).getAsDouble()
                            / wdq.component(WdqInterpretation.SUCCESS_MEASURE).getAsDouble();
                    double net = wdq.component("treated-net-effect").getAsDouble()
                            + wdq.component("buffer-net-effect").getAsDouble();
                    return wdq.estimate() == ratio
                            && Math.abs(net - wdq.component("total-net-effect").getAsDouble()) < 1e-9;
                });
    }

    @Test
    void multiplyingEveryCountLeavesTheQuotientUnchanged() {
        qt().forAll(lists().of(integers().between(1, 80)).ofSize(6), integers().between(2, 9)).check((c, factor) -> {
            PlaceCounts counts = design(c, 1);
            double success = c.get(1) / (double) c.get(3) - c.get(0) / (double) c.get(2);
            return success == 0 || Math.abs(WeightedDisplacementQuotient.evaluate(counts).estimate()
                    - WeightedDisplacementQuotient.evaluate(design(c, factor)).estimate()) < 1e-9;
        });
    }

    private static PlaceCounts design(List<Integer> c, int factor) {
        return PlaceCounts.builder()
                .treated(BeforeAfter.of((long) c.get(0) * factor, (long) c.get(1) * factor))
                .control(BeforeAfter.of((long) c.get(2) * factor, (long) c.get(3) * factor))
                .buffer(BeforeAfter.of((long) c.get(4) * factor, (long) c.get(5) * factor))
                .build();
    }
}
