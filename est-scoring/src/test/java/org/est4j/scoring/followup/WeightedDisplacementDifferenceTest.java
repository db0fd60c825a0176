package org.est4j.scoring.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.PlaceCounts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The WDD test against published numbers, then its invariants.
 *
 * <p>Sources of the reference values:
 * <ul>
 *   <li>Wheeler and Ratcliffe (2018), <i>Crime Science</i> 7:11, worked example with the Philadelphia Foot Patrol
 *       Experiment's violent crime counts (Ratcliffe et al. 2011): estimate −118, variance 1568, z −2.98, 95 % CI
 *       −196 to −40 (rounded as published). The numbers are those that the authors' R package ptools checks as the
 *       paper's in {@code tests/testthat/test-wdd.R} ("Est &amp; Variance Paper"); the paper's full text was not
 *       available to me beyond its abstract.</li>
 *   <li>Time weights: Wheeler, "The WDD test with different pre/post time periods" (blog, 9 January 2021): treated
 *       80 → 20, control 100 → 50, two years before and one after; unweighted −10 with variance 250, per year −20
 *       with variance 115 (SE ≈ 10.7) and a 95 % interval of about −41 to +1 (read from the post itself).</li>
 *   <li>Area weights: Wheeler, "The WDD test with different area sizes" (blog, 23 February 2021), the paper's
 *       counts with sizes 1.2 (treated), 0.9 (control), 1.5 (buffer), 1.6 (control buffer): estimate
 *       −99.69444444, SE 35.4280755, z −2.813995483, 95 % CI −169.1321965 to −30.25669241, as ptools'
 *       {@code test-wdd.R} ("Area Weights") records them; the local part −91.9 (SE 31.5) as printed in Wheeler's
 *       "Using weights in regression examples".</li>
 *   <li>Harm weights: Wheeler, "Amending the WDD test to incorporate harm weights" (blog, 19 November 2020), five
 *       crime types from Worrall and Wheeler (2019) with weights 3, 2, 5, 7, 10: harm estimate −1721, SE
 *       304.10360077, z −5.65925558, 95 % CI −2317.03210507 to −1124.96789493, as ptools' {@code test-wdd.R}
 *       ("Cumulative Harm") records them.</li>
 *   <li>ptools' README and {@code wdd()} help page: control 20 → 20, treated 20 → 10 gives −10 (SE 8.3666),
 *       z −1.195229 and the 90 % interval −23.761833 to 3.761833.</li>
 * </ul>
 */
class WeightedDisplacementDifferenceTest {
    private static final PlaceCounts FOOT_PATROL = PlaceCounts.of(BeforeAfter.of(207, 110), BeforeAfter.of(308, 318),
            BeforeAfter.of(178, 157), BeforeAfter.of(150, 140));

    /** Wheeler and Ratcliffe (2018), the paper's worked example; see the class comment for the source. */
    @Test
    void reproducesThePapersWorkedExample() {
        Evaluation wdd = WeightedDisplacementDifference.evaluate(FOOT_PATROL);

        assertThat(wdd.method()).isEqualTo(EvaluationMethod.WDD);
        assertThat(wdd.estimate()).isEqualTo(-118);
        assertThat(wdd.standardError()).hasValue(Math.sqrt(1568));
        assertThat(Math.round(wdd.z().getAsDouble() * 100) / 100.0).isEqualTo(-2.98);
        assertThat(Math.round(wdd.confidenceInterval().orElseThrow().lower())).isEqualTo(-196);
        assertThat(Math.round(wdd.confidenceInterval().orElseThrow().upper())).isEqualTo(-40);
        assertThat(wdd.component("local-estimate")).hasValue(-107);
        assertThat(wdd.component("displacement-estimate")).hasValue(-11);
        assertThat(wdd.component("local-standard-error")).hasValue(Math.sqrt(943));
        assertThat(wdd.component("displacement-standard-error")).hasValue(Math.sqrt(625));
        assertThat(wdd.warnings()).isEmpty();
        assertThat(wdd.readingEn()).isEqualTo("The treated area and its buffer together had 118.0 fewer crimes than the"
                + " changes in the control areas predict (95 % CI −195.6 to −40.4; treated area −107.0, buffer −11.0);"
                + " very unlikely to be chance (p = 0.003).");
        assertThat(wdd.readingSv()).isEqualTo("Insatsområdet och dess buffertzon hade tillsammans 118,0 färre brott än"
                + " förändringarna i kontrollområdena förutsäger (95 % KI −195,6 till −40,4; insatsområdet −107,0,"
                + " buffertzonen −11,0); mycket osannolikt att det är slumpen (p = 0,003).");
    }

    /** ptools README: wdd(c(20,20), c(20,10)) with its default 90 % level. */
    @Test
    void reproducesThePtoolsReadmeExampleAtNinetyPercent() {
        Evaluation wdd = WeightedDisplacementDifference.evaluate(
                PlaceCounts.of(BeforeAfter.of(20, 10), BeforeAfter.of(20, 20)), 0.90);

        assertThat(wdd.estimate()).isEqualTo(-10);
        assertThat(wdd.standardError().getAsDouble()).isCloseTo(8.366600, within(5e-7));
        assertThat(wdd.z().getAsDouble()).isCloseTo(-1.195229, within(5e-7));
        assertThat(wdd.confidenceInterval().orElseThrow().lower()).isCloseTo(-23.761833, within(5e-6));
        assertThat(wdd.confidenceInterval().orElseThrow().upper()).isCloseTo(3.761833, within(5e-6));
        assertThat(wdd.confidenceInterval().orElseThrow().level()).isEqualTo(0.90);
        assertThat(wdd.readingEn()).isEqualTo("The treated area had 10.0 fewer crimes than the change in the control area"
                + " predicts (90 % CI −23.8 to 3.8); it could well be chance (p = 0.232).");
    }

    /** ptools' test-wdd.R: a displacement of −10 alone, and local plus displacement −20. */
    @Test
    void addsTheDisplacementPart() {
        Evaluation displacementOnly = WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(20, 20),
                BeforeAfter.of(20, 20), BeforeAfter.of(20, 10), BeforeAfter.of(20, 20)));
        Evaluation both = WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(20, 10),
                BeforeAfter.of(20, 20), BeforeAfter.of(20, 10), BeforeAfter.of(20, 20)));

        assertThat(displacementOnly.component("displacement-estimate")).hasValue(-10);
        assertThat(displacementOnly.estimate()).isEqualTo(-10);
        assertThat(both.estimate()).isEqualTo(-20);
    }

    /** Wheeler (2021), different pre/post periods; see the class comment. */
    @Test
    void reproducesTheTimeWeightedExample() {
        PlaceCounts counts = PlaceCounts.builder()
                .treated(BeforeAfter.of(80, 20))
                .control(BeforeAfter.of(100, 50))
                .beforeLength(2)
                .afterLength(1)
                .build();

        Evaluation unweighted = WeightedDisplacementDifference.evaluate(PlaceCounts.of(counts.treated(), counts.control()));
        Evaluation perYear = WeightedDisplacementDifference.evaluate(counts);

        assertThat(unweighted.estimate()).isEqualTo(-10);
        assertThat(unweighted.standardError()).hasValue(Math.sqrt(250));
        assertThat(perYear.estimate()).isEqualTo(-20);
        assertThat(perYear.standardError()).hasValue(Math.sqrt(115));
        assertThat(perYear.standardError().getAsDouble()).isCloseTo(10.7, within(0.05));
        assertThat(perYear.confidenceInterval().orElseThrow().lower()).isCloseTo(-41, within(0.5));
        assertThat(perYear.confidenceInterval().orElseThrow().upper()).isCloseTo(1, within(0.5));
        assertThat(perYear.readingEn()).contains("20.00 fewer crimes per unit of time");
        assertThat(perYear.readingSv()).contains("20,00 färre brott per tidsenhet");
    }

    /** Wheeler (2021), different area sizes; see the class comment. */
    @Test
    void reproducesTheAreaWeightedExample() {
        PlaceCounts counts = PlaceCounts.builder()
                .from(FOOT_PATROL)
                .treatedSize(1.2)
                .controlSize(0.9)
                .bufferSize(1.5)
                .controlBufferSize(1.6)
                .build();

        Evaluation wdd = WeightedDisplacementDifference.evaluate(counts);

        assertThat(wdd.estimate()).isCloseTo(-99.69444444, within(1e-8));
        assertThat(wdd.standardError().getAsDouble()).isCloseTo(35.4280755, within(1e-7));
        assertThat(wdd.z().getAsDouble()).isCloseTo(-2.813995483, within(1e-9));
        assertThat(wdd.confidenceInterval().orElseThrow().lower()).isCloseTo(-169.1321965, within(1e-7));
        assertThat(wdd.confidenceInterval().orElseThrow().upper()).isCloseTo(-30.25669241, within(1e-7));
        assertThat(wdd.component("local-estimate").getAsDouble()).isCloseTo(-91.9, within(0.05));
        assertThat(wdd.component("local-standard-error").getAsDouble()).isCloseTo(31.5, within(0.05));
        assertThat(wdd.readingEn()).contains("per unit of area");
    }

    /** Wheeler (2020), harm weights; see the class comment. */
    @Test
    void reproducesTheHarmWeightedExample() {
        List<PlaceCounts> types = List.of(
                type("motor vehicle theft", 130, 74, 133, 91),
                type("theft", 327, 202, 388, 305),
                type("burglary", 398, 190, 148, 97),
                type("robbery", 144, 92, 86, 64),
                type("assault", 183, 96, 94, 67));
        Map<String, Double> weights = Map.of("motor vehicle theft", 3.0, "theft", 2.0, "burglary", 5.0,
                "robbery", 7.0, "assault", 10.0, "arson", 12.0);

        Evaluation harm = WeightedDisplacementDifference.harmWeighted(types, weights);

        assertThat(harm.method()).isEqualTo(EvaluationMethod.WDD_HARM);
        assertThat(harm.estimate()).isCloseTo(-1721, within(1e-9));
        assertThat(harm.standardError().getAsDouble()).isCloseTo(304.10360077, within(1e-8));
        assertThat(harm.z().getAsDouble()).isCloseTo(-5.65925558, within(1e-8));
        assertThat(harm.confidenceInterval().orElseThrow().lower()).isCloseTo(-2317.03210507, within(1e-7));
        assertThat(harm.confidenceInterval().orElseThrow().upper()).isCloseTo(-1124.96789493, within(1e-7));
        assertThat(harm.breakdown()).extracting(e -> e.crimeType().orElseThrow())
                .containsExactly("motor vehicle theft", "theft", "burglary", "robbery", "assault");
        assertThat(harm.breakdown()).extracting(Evaluation::estimate).containsExactly(-14.0, -42.0, -157.0, -30.0, -60.0);
        assertThat(harm.component("weight-3")).hasValue(5);
        assertThat(harm.component("weighted-estimate-3")).hasValue(-785);
        assertThat(harm.readingEn()).isEqualTo("Summed over 5 crime types with harm weights, the treated areas had 1721.0"
                + " fewer harm points than the changes in the control areas predict (95 % CI −2317.0 to −1125.0); very"
                + " unlikely to be chance (p < 0.001).");
        assertThat(harm.readingSv()).startsWith("Summerat över 5 brottstyper med skadevikter hade insatsområdena 1721,0"
                + " färre skadepoäng");
    }

    @Test
    void harmWeightsScaleTheEstimateAndItsErrorButNotTheTest() {
        qt().forAll(counts(), integers().between(1, 20)).check((counts, weight) -> {
            PlaceCounts typed = PlaceCounts.builder().from(counts).crimeType("robbery").build();
            Evaluation plain = WeightedDisplacementDifference.evaluate(typed);
            Evaluation harm = WeightedDisplacementDifference.harmWeighted(List.of(typed), Map.of("robbery", (double) weight));
            boolean sameTest = plain.pValue().isEmpty()
                    ? harm.pValue().isEmpty()
                    : Math.abs(harm.pValue().getAsDouble() - plain.pValue().getAsDouble()) < 1e-12;
            return Math.abs(harm.estimate() - weight * plain.estimate()) < 1e-9
                    && Math.abs(harm.standardError().getAsDouble() - weight * plain.standardError().getAsDouble()) < 1e-9
                    && sameTest;
        });
    }

    @Test
    void harmWeightingReportsEveryProblem() {
        PlaceCounts untyped = PlaceCounts.of(BeforeAfter.of(1, 2), BeforeAfter.of(3, 4));
        PlaceCounts robbery = type("robbery", 10, 5, 10, 10);
        PlaceCounts theft = type("theft", 10, 5, 10, 10);

        assertThatThrownBy(() -> WeightedDisplacementDifference.harmWeighted(List.of(untyped, robbery, robbery, theft),
                        Map.of("robbery", 7.0, "theft", -1.0)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("byCrimeType[0].crimeType", "byCrimeType[2].crimeType", "harmWeights[theft]"));
        assertThatThrownBy(() -> WeightedDisplacementDifference.harmWeighted(List.of(robbery), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("give a harm weight for every crime type");
        assertThatThrownBy(() -> WeightedDisplacementDifference.harmWeighted(List.of(), Map.of()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void harmWeightingCarriesTheWarningsOfEachCrimeType() {
        Evaluation harm = WeightedDisplacementDifference.harmWeighted(
                List.of(type("robbery", 3, 1, 20, 20), type("theft", 50, 40, 60, 55)), Map.of("robbery", 7.0, "theft", 1.0));

        assertThat(harm.warnings()).hasSize(1);
        assertThat(harm.warnings().get(0).code()).isEqualTo(EvaluationWarning.SMALL_COUNTS);
        assertThat(harm.warnings().get(0).textEn()).startsWith("robbery: Counts below 5 in treated before (3), treated"
                + " after (1)");
    }

    @Test
    void warnsOfSmallCountsInAnyCellAndPointsToTheETest() {
        Evaluation wdd = WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(30, 28),
                BeforeAfter.of(25, 26), BeforeAfter.of(12, 4), BeforeAfter.of(10, 11)));

        assertThat(wdd.warnings()).hasSize(1);
        assertThat(wdd.warnings().get(0).textEn()).isEqualTo("Counts below 5 in buffer after (4): the normal"
                + " approximation is unreliable; compare with the E-test (PoissonETest).");
        assertThat(wdd.warnings().get(0).textSv()).isEqualTo("Antal under 5 i buffertzonen efter (4):"
                + " normalapproximationen är osäker; jämför med E-testet (PoissonETest).");
    }

    @Test
    void smallCountWarningsAppearExactlyWhenACellIsBelowFive() {
        qt().forAll(counts()).check(counts -> {
            boolean small = counts.treated().before() < 5 || counts.treated().after() < 5 || counts.control().before() < 5
                    || counts.control().after() < 5
                    || counts.buffer().map(b -> b.before() < 5 || b.after() < 5).orElse(false)
                    || counts.controlBuffer().map(b -> b.before() < 5 || b.after() < 5).orElse(false);
            Evaluation wdd = WeightedDisplacementDifference.evaluate(counts);
            return wdd.hasWarning(EvaluationWarning.SMALL_COUNTS) == small || wdd.hasWarning(EvaluationWarning.NO_EVENTS);
        });
    }

    @Test
    void warnsWhenTheBufferHasNoControl() {
        Evaluation wdd = WeightedDisplacementDifference.evaluate(PlaceCounts.builder().crimeType("robbery")
                .treated(BeforeAfter.of(30, 20)).control(BeforeAfter.of(25, 26)).buffer(BeforeAfter.of(12, 15)).build());

        assertThat(wdd.hasWarning(EvaluationWarning.BUFFER_NOT_ADJUSTED)).isTrue();
        assertThat(wdd.estimate()).isEqualTo(-11 + 3);
        assertThat(wdd.component("control-buffer-change")).isEmpty();
        assertThat(wdd.readingEn()).startsWith("Robbery: the treated area and its buffer together had 8.0 fewer crimes"
                + " than the change in the control area predicts");
    }

    @Test
    void saysSoWhenNothingWasCounted() {
        Evaluation wdd = WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(0, 0), BeforeAfter.of(0, 0)));

        assertThat(wdd.estimate()).isZero();
        assertThat(wdd.standardError()).hasValue(0);
        assertThat(wdd.z()).isEmpty();
        assertThat(wdd.pValue()).isEmpty();
        assertThat(wdd.confidenceInterval()).isEmpty();
        assertThat(wdd.hasWarning(EvaluationWarning.NO_EVENTS)).isTrue();
        assertThat(wdd.readingEn()).isEqualTo("No crimes were counted in any area or period, so there is nothing to"
                + " evaluate.");
    }

    @Test
    void readsAnIncreaseAndNoChange() {
        Evaluation worse = WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(20, 40),
                BeforeAfter.of(20, 20)));
        Evaluation same = WeightedDisplacementDifference.evaluate(PlaceCounts.of(BeforeAfter.of(20, 30),
                BeforeAfter.of(20, 30)));

        assertThat(worse.readingEn()).startsWith("The treated area had 20.0 more crimes than the change in the control area"
                + " predicts (95 % CI 0.4 to 39.6); unlikely to be chance (p = 0.046).");
        assertThat(worse.readingSv()).startsWith("Insatsområdet hade 20,0 fler brott än");
        assertThat(same.readingEn()).startsWith("The treated area had as many crimes as the change in the control area"
                + " predicts");
        assertThat(same.readingSv()).startsWith("Insatsområdet hade lika många brott som förändringen");
        assertThat(same.pValue()).hasValue(1);
    }

    @Test
    void rejectsALevelOutsideZeroAndOne() {
        assertThatThrownBy(() -> WeightedDisplacementDifference.evaluate(FOOT_PATROL, 1.0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("level");
    }

    @Test
    void swappingBeforeAndAfterFlipsTheSign() {
        qt().forAll(weighted()).check(counts -> {
            Evaluation forward = WeightedDisplacementDifference.evaluate(counts);
            Evaluation backward = WeightedDisplacementDifference.evaluate(counts.swapped());
            return Math.abs(forward.estimate() + backward.estimate()) < 1e-9
                    && Math.abs(forward.standardError().getAsDouble() - backward.standardError().getAsDouble()) < 1e-9
                    && Math.abs(forward.pValue().orElse(1) - backward.pValue().orElse(1)) < 1e-12;
        });
    }

    @Test
    void theVarianceIsPositiveWheneverACrimeWasCountedAndIsTheSumOfTheCounts() {
        qt().forAll(counts()).check(counts -> {
            long total = counts.treated().total() + counts.control().total()
                    + counts.buffer().map(BeforeAfter::total).orElse(0L)
                    + counts.controlBuffer().map(BeforeAfter::total).orElse(0L);
            double se = WeightedDisplacementDifference.evaluate(counts).standardError().getAsDouble();
            return (total == 0 || se > 0) && Math.abs(se * se - total) < 1e-6;
        });
    }

    @Test
    void theIntervalContainsTheEstimateAndAgreesWithTheTest() {
        qt().forAll(weighted(), integers().between(50, 99)).check((counts, percent) -> {
            Evaluation wdd = WeightedDisplacementDifference.evaluate(counts, percent / 100.0);
            if (wdd.confidenceInterval().isEmpty()) {
                return wdd.hasWarning(EvaluationWarning.NO_EVENTS);
            }
            boolean significant = wdd.pValue().getAsDouble() < 1 - percent / 100.0;
            return wdd.confidenceInterval().get().contains(wdd.estimate())
                    && wdd.confidenceInterval().get().excludes(0) == significant
                    && Math.abs(wdd.z().getAsDouble() * wdd.standardError().getAsDouble() - wdd.estimate()) < 1e-9;
        });
    }

    private static PlaceCounts type(String crimeType, long treatedBefore, long treatedAfter, long controlBefore,
            long controlAfter) {
        return PlaceCounts.builder().crimeType(crimeType)
                .treated(BeforeAfter.of(treatedBefore, treatedAfter))
                .control(BeforeAfter.of(controlBefore, controlAfter))
                .build();
    }

    /** Unweighted designs, with or without buffers, counts 0 to 60. */
    private static Gen<PlaceCounts> counts() {
        return lists().of(integers().between(0, 60)).ofSize(8).zip(booleans().all(), booleans().all(),
                (c, withBuffer, withControlBuffer) -> {
                    PlaceCounts.Builder builder = PlaceCounts.builder()
                            .treated(BeforeAfter.of(c.get(0), c.get(1)))
                            .control(BeforeAfter.of(c.get(2), c.get(3)));
                    if (withBuffer) {
                        builder.buffer(BeforeAfter.of(c.get(4), c.get(5)));
                        if (withControlBuffer) {
                            builder.controlBuffer(BeforeAfter.of(c.get(6), c.get(7)));
                        }
                    }
                    return builder.build();
                });
    }

    /** Designs with random period lengths and area sizes. */
    private static Gen<PlaceCounts> weighted() {
        return counts().zip(lists().of(integers().between(1, 40)).ofSize(6), (counts, w) -> PlaceCounts.builder()
                .from(counts)
                .beforeLength(w.get(0) / 4.0)
                .afterLength(w.get(1) / 4.0)
                .treatedSize(w.get(2) / 10.0)
                .controlSize(w.get(3) / 10.0)
                .bufferSize(w.get(4) / 10.0)
                .controlBufferSize(w.get(5) / 10.0)
                .build());
    }
}
