package org.est4j.scoring.followup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.PlaceCounts;

/**
 * The weighted displacement difference (WDD) test of Wheeler and Ratcliffe (2018), "A simple weighted displacement
 * difference test to evaluate place based crime interventions", <i>Crime Science</i> 7:11.
 *
 * <p>With T the treated area, Ct its control, D the displacement buffer and Cd the control area's buffer, and
 * {@code Δ} the change after minus before:
 * <pre>
 *   WDD = (ΔT − ΔCt) + (ΔD − ΔCd)        Var(WDD) = T₀ + T₁ + Ct₀ + Ct₁ + D₀ + D₁ + Cd₀ + Cd₁
 * </pre>
 * The variance treats every count as Poisson, so the standard error is the square root of the sum of the counts;
 * {@code z = WDD / SE} is referred to the standard normal, two-sided, and the confidence interval is
 * {@code WDD ± q·SE}. A negative WDD means crime fell beyond what the controls predict. Without a buffer the
 * displacement part is 0; with a buffer but no control buffer the buffer's change enters unadjusted (as entering
 * zeros for the control buffer in the authors' spreadsheet or in ptools' {@code wdd()} would) and a
 * {@link EvaluationWarning#BUFFER_NOT_ADJUSTED} warning is attached.
 *
 * <p><b>Weights.</b> Wheeler's later notes (2021, "The WDD test with different pre/post time periods" and "… with
 * different area sizes"; implemented in the R package ptools, {@code wdd()}) divide each count by the length of
 * its period and the size of its area, so that the WDD is a change in crimes per unit of time, of area, or both;
 * a count {@code X} divided by a weight {@code w} contributes {@code X/w²} to the variance. Area weights change
 * what is assumed: the parallel-trends assumption then holds for densities, not counts.
 *
 * <p><b>Harm weights.</b> {@link #harmWeighted(List, Map)} combines one WDD per crime type with weights
 * {@code w_k} (such as a crime harm index): estimate {@code Σ w_k·WDD_k}, variance {@code Σ w_k²·Var(WDD_k)}. This
 * amendment came after the 2018 paper: it follows Wheeler (2020), "Amending the WDD test to incorporate harm
 * weights", and ptools' {@code wdd_harm()}, here applied to each crime type's total (local plus displacement) WDD.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class WeightedDisplacementDifference {
    /** The confidence level used unless one is given. */
    public static final double DEFAULT_LEVEL = 0.95;

    private WeightedDisplacementDifference() {}

    /**
     * Evaluates a measure with the WDD test at the {@linkplain #DEFAULT_LEVEL default level}.
     *
     * @param counts the counts, with optional buffer and weights
     * @return the evaluation, method {@link EvaluationMethod#WDD}
     */
    public static Evaluation evaluate(PlaceCounts counts) {
        return evaluate(counts, DEFAULT_LEVEL);
    }

    /**
     * Evaluates a measure with the WDD test.
     *
     * @param counts the counts, with optional buffer and weights
     * @param level the confidence level of the interval, strictly between 0 and 1
     * @return the evaluation, method {@link EvaluationMethod#WDD}; its components are the weighted changes of
     *     each area and the local (treated area) and displacement (buffer) parts with their standard errors
     * @throws org.est4j.core.ValidationException when the level is out of range
     */
    public static Evaluation evaluate(PlaceCounts counts, double level) {
        requireNonNull(counts, "counts");
        Normal.checkLevel("WeightedDisplacementDifference", level);
        Parts parts = Parts.of(counts);
        double estimate = parts.estimate();
        double variance = parts.variance();

        List<EvaluationWarning> warnings = new ArrayList<>();
        Warnings.SmallCells small = new Warnings.SmallCells()
                .check(counts.treated().before(), "insatsområdet före", "treated before")
                .check(counts.treated().after(), "insatsområdet efter", "treated after")
                .check(counts.control().before(), "kontrollområdet före", "control before")
                .check(counts.control().after(), "kontrollområdet efter", "control after");
        counts.buffer().ifPresent(b -> small
                .check(b.before(), "buffertzonen före", "buffer before")
                .check(b.after(), "buffertzonen efter", "buffer after"));
        counts.controlBuffer().ifPresent(b -> small
                .check(b.before(), "kontrollbufferten före", "control buffer before")
                .check(b.after(), "kontrollbufferten efter", "control buffer after"));
        if (variance == 0) {
            warnings.add(Warnings.noEvents());
        } else if (small.any()) {
            warnings.add(small.warning());
        }
        if (counts.buffer().isPresent() && counts.controlBuffer().isEmpty()) {
            warnings.add(Warnings.bufferNotAdjusted());
        }

        Evaluation.Builder result = Evaluation.builder()
                .method(EvaluationMethod.WDD)
                .crimeType(counts.crimeType())
                .estimate(estimate)
                .standardError(Math.sqrt(variance))
                .components(parts.components())
                .warnings(warnings);
        boolean withBuffer = counts.buffer().isPresent();
        boolean adjusted = counts.controlBuffer().isPresent();
        String unitSv = Readings.unit(counts.isTimeWeighted(), counts.isAreaWeighted(), true);
        String unitEn = Readings.unit(counts.isTimeWeighted(), counts.isAreaWeighted(), false);
        int decimals = counts.isTimeWeighted() || counts.isAreaWeighted() ? 2 : 1;
        if (variance == 0) {
            return result
                    .readingSv(Readings.sentence(counts.crimeType(),
                            "inga brott räknades i något område eller någon period, så det finns inget att utvärdera."))
                    .readingEn(Readings.sentence(counts.crimeType(),
                            "no crimes were counted in any area or period, so there is nothing to evaluate."))
                    .build();
        }
        double se = Math.sqrt(variance);
        double z = estimate / se;
        double p = Normal.twoSidedP(z);
        double q = Normal.quantile(level);
        ConfidenceInterval interval = ConfidenceInterval.of(level, estimate - q * se, estimate + q * se);
        String subjectSv = withBuffer ? "insatsområdet och dess buffertzon hade tillsammans " : "insatsområdet hade ";
        String subjectEn = withBuffer ? "the treated area and its buffer together had " : "the treated area had ";
        String controlSv = withBuffer && adjusted ? " förändringarna i kontrollområdena förutsäger"
                : " förändringen i kontrollområdet förutsäger";
        String controlEn = withBuffer && adjusted ? " the changes in the control areas predict"
                : " the change in the control area predicts";
        String partsSv = withBuffer ? "; insatsområdet " + Readings.fixed(parts.localEstimate, decimals, true)
                + ", buffertzonen " + Readings.fixed(parts.displacementEstimate, decimals, true) : "";
        String partsEn = withBuffer ? "; treated area " + Readings.fixed(parts.localEstimate, decimals, false)
                + ", buffer " + Readings.fixed(parts.displacementEstimate, decimals, false) : "";
        return result
                .z(z)
                .pValue(p)
                .confidenceInterval(interval)
                .readingSv(Readings.sentence(counts.crimeType(), subjectSv
                        + amount(estimate, decimals, "brott", unitSv, true) + controlSv + " ("
                        + Readings.interval(level, interval.lower(), interval.upper(), decimals, true) + partsSv + "); "
                        + Readings.chance(p, true) + " (" + Readings.p(p, true) + ")."))
                .readingEn(Readings.sentence(counts.crimeType(), subjectEn
                        + amount(estimate, decimals, "crimes", unitEn, false) + controlEn + " ("
                        + Readings.interval(level, interval.lower(), interval.upper(), decimals, false) + partsEn
                        + "); " + Readings.chance(p, false) + " (" + Readings.p(p, false) + ")."))
                .build();
    }

    /**
     * Combines one WDD per crime type with harm weights, at the {@linkplain #DEFAULT_LEVEL default level}.
     *
     * @param byCrimeType the counts of each crime type, each with a distinct {@link PlaceCounts#crimeType()}
     * @param harmWeights the harm weight of each crime type, by crime type; extra entries are ignored
     * @return the evaluation, method {@link EvaluationMethod#WDD_HARM}
     * @see #harmWeighted(List, Map, double)
     */
    public static Evaluation harmWeighted(List<PlaceCounts> byCrimeType, Map<String, Double> harmWeights) {
        return harmWeighted(byCrimeType, harmWeights, DEFAULT_LEVEL);
    }

    /**
     * Combines one WDD per crime type with harm weights: the estimate is {@code Σ w_k·WDD_k} in harm points, the
     * variance {@code Σ w_k²·Var(WDD_k)}, so that a fall of 10 crimes weighing 10 is less certain than a fall of
     * 25 crimes weighing 4 although both are 100 harm points.
     *
     * @param byCrimeType the counts of each crime type, each with a distinct {@link PlaceCounts#crimeType()}; their
     *     order is kept in the {@linkplain Evaluation#breakdown() breakdown}
     * @param harmWeights the harm weight of each crime type, by crime type, each positive and finite; extra entries
     *     are ignored
     * @param level the confidence level of the interval, strictly between 0 and 1
     * @return the evaluation, method {@link EvaluationMethod#WDD_HARM}; its breakdown holds each crime type's WDD,
     *     its components each weight and weighted estimate, and its warnings those of the crime types, prefixed
     * @throws org.est4j.core.ValidationException when the list is empty, a crime type is missing, repeated or has
     *     no valid weight, or the level is out of range
     */
    public static Evaluation harmWeighted(List<PlaceCounts> byCrimeType, Map<String, Double> harmWeights, double level) {
        requireNonNull(byCrimeType, "byCrimeType");
        requireNonNull(harmWeights, "harmWeights");
        Normal.checkLevel("WeightedDisplacementDifference", level);
        Problems problems = Problems.of("harm-weighted WDD")
                .require(!byCrimeType.isEmpty(), "byCrimeType", "must hold the counts of at least one crime type", null);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < byCrimeType.size(); i++) {
            PlaceCounts counts = requireNonNull(byCrimeType.get(i), "byCrimeType[" + i + "]");
            String path = "byCrimeType[" + i + "].crimeType";
            Optional<String> type = counts.crimeType();
            if (type.isEmpty()) {
                problems.add(path, "is required to look up the harm weight", null);
                continue;
            }
            problems.require(seen.add(type.get()), path, "must not repeat a crime type already given", type.get());
            Double weight = harmWeights.get(type.get());
            problems.require(weight != null, "harmWeights[" + type.get() + "]",
                    "is required: give a harm weight for every crime type", null);
            problems.require(weight == null || weight > 0 && Double.isFinite(weight), "harmWeights[" + type.get() + "]",
                    "must be a positive finite number", weight);
        }
        problems.throwIfAny();

        double estimate = 0;
        double variance = 0;
        List<Evaluation> breakdown = new ArrayList<>();
        List<Evaluation.Component> components = new ArrayList<>();
        List<EvaluationWarning> warnings = new ArrayList<>();
        for (int i = 0; i < byCrimeType.size(); i++) {
            PlaceCounts counts = byCrimeType.get(i);
            String type = counts.crimeType().orElseThrow();
            double weight = harmWeights.get(type);
            Evaluation wdd = evaluate(counts, level);
            double se = wdd.standardError().orElse(0);
            estimate += weight * wdd.estimate();
            variance += weight * weight * se * se;
            breakdown.add(wdd);
            components.add(Evaluation.Component.of("weight-" + (i + 1), weight, "skadevikt: " + type, "harm weight: " + type));
            components.add(Evaluation.Component.of("weighted-estimate-" + (i + 1), weight * wdd.estimate(),
                    "viktad WDD: " + type, "weighted WDD: " + type));
            wdd.warnings().forEach(w -> warnings.add(w.prefixed(type)));
        }
        Evaluation.Builder result = Evaluation.builder()
                .method(EvaluationMethod.WDD_HARM)
                .estimate(estimate)
                .standardError(Math.sqrt(variance))
                .components(components)
                .breakdown(breakdown)
                .warnings(warnings);
        int types = byCrimeType.size();
        String typesSv = types == 1 ? "1 brottstyp" : types + " brottstyper";
        String typesEn = types == 1 ? "1 crime type" : types + " crime types";
        if (variance == 0) {
            return result
                    .readingSv("Inga brott räknades i någon av de " + typesSv + " som vägdes samman, så det finns inget att"
                            + " utvärdera.")
                    .readingEn("No crimes were counted in any of the " + typesEn + " combined, so there is nothing to"
                            + " evaluate.")
                    .build();
        }
        double se = Math.sqrt(variance);
        double z = estimate / se;
        double p = Normal.twoSidedP(z);
        double q = Normal.quantile(level);
        ConfidenceInterval interval = ConfidenceInterval.of(level, estimate - q * se, estimate + q * se);
        return result
                .z(z)
                .pValue(p)
                .confidenceInterval(interval)
                .readingSv("Summerat över " + typesSv + " med skadevikter hade insatsområdena "
                        + amount(estimate, 1, "skadepoäng", "", true)
                        + " förändringarna i kontrollområdena förutsäger ("
                        + Readings.interval(level, interval.lower(), interval.upper(), 1, true) + "); "
                        + Readings.chance(p, true) + " (" + Readings.p(p, true) + ").")
                .readingEn("Summed over " + typesEn + " with harm weights, the treated areas had "
                        + amount(estimate, 1, "harm points", "", false)
                        + " the changes in the control areas predict ("
                        + Readings.interval(level, interval.lower(), interval.upper(), 1, false) + "); "
                        + Readings.chance(p, false) + " (" + Readings.p(p, false) + ").")
                .build();
    }

    /** Says "8.0 fewer crimes per unit of time than", "3.0 more crimes than" or "as many crimes as". */
    private static String amount(double estimate, int decimals, String noun, String unit, boolean swedish) {
        String magnitude = Readings.fixed(Math.abs(estimate), decimals, swedish);
        if (magnitude.equals(Readings.fixed(0, decimals, swedish))) {
            return swedish ? "lika många " + noun + unit + " som" : "as many " + noun + unit + " as";
        } else if (estimate < 0) {
            return magnitude + (swedish ? " färre " : " fewer ") + noun + unit + (swedish ? " än" : " than");
        }
        return magnitude + (swedish ? " fler " : " more ") + noun + unit + (swedish ? " än" : " than");
    }

    /** The weighted changes of each area and the local and displacement parts of a WDD. */
    private static final class Parts {
        private final double treatedChange;
        private final double controlChange;
        private final double localEstimate;
        private final double localVariance;
        private final Optional<Double> bufferChange;
        private final Optional<Double> controlBufferChange;
        private final double displacementEstimate;
        private final double displacementVariance;

        private Parts(PlaceCounts counts) {
            double before = counts.beforeLength();
            double after = counts.afterLength();
            treatedChange = change(counts.treated(), before * counts.treatedSize(), after * counts.treatedSize());
            controlChange = change(counts.control(), before * counts.controlSize(), after * counts.controlSize());
            localEstimate = treatedChange - controlChange;
            localVariance = variance(counts.treated(), before * counts.treatedSize(), after * counts.treatedSize())
                    + variance(counts.control(), before * counts.controlSize(), after * counts.controlSize());
            bufferChange = counts.buffer()
                    .map(b -> change(b, before * counts.bufferSize(), after * counts.bufferSize()));
            controlBufferChange = counts.controlBuffer()
                    .map(b -> change(b, before * counts.controlBufferSize(), after * counts.controlBufferSize()));
            displacementEstimate = bufferChange.orElse(0.0) - controlBufferChange.orElse(0.0);
            displacementVariance = counts.buffer()
                    .map(b -> variance(b, before * counts.bufferSize(), after * counts.bufferSize())).orElse(0.0)
                    + counts.controlBuffer()
                    .map(b -> variance(b, before * counts.controlBufferSize(), after * counts.controlBufferSize()))
                    .orElse(0.0);
        }

        static Parts of(PlaceCounts counts) {
            return new Parts(counts);
        }

        private static double change(BeforeAfter counts, double beforeWeight, double afterWeight) {
            return counts.after() / afterWeight - counts.before() / beforeWeight;
        }

        private static double variance(BeforeAfter counts, double beforeWeight, double afterWeight) {
            return counts.after() / (afterWeight * afterWeight) + counts.before() / (beforeWeight * beforeWeight);
        }

        double estimate() {
            return localEstimate + displacementEstimate;
        }

        double variance() {
            return localVariance + displacementVariance;
        }

        List<Evaluation.Component> components() {
            List<Evaluation.Component> list = new ArrayList<>();
            list.add(Evaluation.Component.of("treated-change", treatedChange, "förändring i insatsområdet",
                    "change in the treated area"));
            list.add(Evaluation.Component.of("control-change", controlChange, "förändring i kontrollområdet",
                    "change in the control area"));
            list.add(Evaluation.Component.of("local-estimate", localEstimate, "lokal WDD (insatsområdet)",
                    "local WDD (treated area)"));
            list.add(Evaluation.Component.of("local-standard-error", Math.sqrt(localVariance), "medelfel för lokal WDD",
                    "standard error of the local WDD"));
            bufferChange.ifPresent(c -> list.add(Evaluation.Component.of("buffer-change", c, "förändring i buffertzonen",
                    "change in the buffer")));
            controlBufferChange.ifPresent(c -> list.add(Evaluation.Component.of("control-buffer-change", c,
                    "förändring i kontrollbufferten", "change in the control buffer")));
            if (bufferChange.isPresent()) {
                list.add(Evaluation.Component.of("displacement-estimate", displacementEstimate,
                        "förskjutnings-WDD (buffertzonen)", "displacement WDD (buffer)"));
                list.add(Evaluation.Component.of("displacement-standard-error", Math.sqrt(displacementVariance),
                        "medelfel för förskjutnings-WDD", "standard error of the displacement WDD"));
            }
            return list;
        }
    }
}
