package org.est4j.scoring.followup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.Problems;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.evaluation.WdqInterpretation;

/**
 * The weighted displacement quotient (WDQ) of Bowers and Johnson (2003), "Measuring the geographical displacement
 * and diffusion of benefit effects of crime prevention activity", <i>Journal of Quantitative Criminology</i> 19(3),
 * 275–301, with the effect measures collected by Guerette (2009), <i>Analyzing crime displacement and diffusion</i>,
 * POP Center Tool Guide 10, Appendices B and C.
 *
 * <p>With R the treated (response) area, D the buffer, C the control area, b before and a after:
 * <pre>
 *   success measure            = Ra/Ca − Rb/Cb        (negative when crime fell relative to the control)
 *   buffer displacement measure = Da/Ca − Db/Cb        (positive when the buffer grew relative to the control)
 *   WDQ = buffer displacement measure / success measure
 *   total net effect = [Rb·(Ca/Cb) − Ra] + [Db·(Ca/Cb) − Da]   (positive: crimes prevented)
 * </pre>
 * The WDQ is read with {@link WdqInterpretation} only when the success measure is negative. It has no standard
 * error and no p-value; {@link WeightedDisplacementDifference} gives those for the same design. The WDQ uses raw
 * counts and the control area for the buffer as well: a control buffer and any period lengths or area sizes in
 * the {@link PlaceCounts} are not used (the latter with a {@link EvaluationWarning#WEIGHTS_IGNORED} warning).
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class WeightedDisplacementQuotient {
    private WeightedDisplacementQuotient() {}

    /**
     * Computes the WDQ and its effect measures.
     *
     * @param counts the counts; a buffer is required, and the control area's counts must both be positive
     * @return the evaluation, method {@link EvaluationMethod#WDQ}, with the WDQ as estimate and the components
     *     {@code success-measure}, {@code buffer-displacement-measure}, {@code gross-effect},
     *     {@code treated-net-effect}, {@code buffer-net-effect} and {@code total-net-effect}
     * @throws org.est4j.core.ValidationException when there is no buffer, a control count is zero (the ratios are
     *     undefined) or the success measure is exactly zero (the quotient is undefined; use the WDD instead)
     */
    public static Evaluation evaluate(PlaceCounts counts) {
        requireNonNull(counts, "counts");
        Problems.of("WDQ")
                .require(counts.buffer().isPresent(), "buffer", "is required: the WDQ measures change in a buffer", null)
                .require(counts.control().before() > 0, "control.before",
                        "must be positive: the WDQ divides by the control counts; use the WDD test instead",
                        counts.control().before())
                .require(counts.control().after() > 0, "control.after",
                        "must be positive: the WDQ divides by the control counts; use the WDD test instead",
                        counts.control().after())
                .throwIfAny();
        BeforeAfter r = counts.treated();
        BeforeAfter c = counts.control();
        BeforeAfter d = counts.buffer().orElseThrow();
        double cb = c.before();
        double ca = c.after();
        double success = r.after() / ca - r.before() / cb;
        double buffer = d.after() / ca - d.before() / cb;
        Problems.of("WDQ")
                .require(success != 0, "treated",
                        "changed exactly like the control area (success measure 0), so the WDQ is undefined; use the WDD"
                                + " test instead", r)
                .throwIfAny();
        double wdq = buffer / success;
        double treatedNet = r.before() * (ca / cb) - r.after();
        double bufferNet = d.before() * (ca / cb) - d.after();
        double totalNet = treatedNet + bufferNet;
        WdqInterpretation interpretation = WdqInterpretation.of(success, buffer);

        List<EvaluationWarning> warnings = new ArrayList<>();
        if (interpretation == WdqInterpretation.NO_REDUCTION) {
            warnings.add(Warnings.noReduction());
        }
        Warnings.SmallCells small = new Warnings.SmallCells()
                .check(r.before(), "insatsområdet före", "treated before")
                .check(r.after(), "insatsområdet efter", "treated after")
                .check(c.before(), "kontrollområdet före", "control before")
                .check(c.after(), "kontrollområdet efter", "control after")
                .check(d.before(), "buffertzonen före", "buffer before")
                .check(d.after(), "buffertzonen efter", "buffer after");
        if (small.any()) {
            warnings.add(small.warning());
        }
        if (counts.isTimeWeighted() || counts.isAreaWeighted()) {
            warnings.add(Warnings.weightsIgnored());
        }

        List<Evaluation.Component> components = List.of(
                Evaluation.Component.of(WdqInterpretation.SUCCESS_MEASURE, success, "framgångsmått", "success measure"),
                Evaluation.Component.of(WdqInterpretation.BUFFER_MEASURE, buffer, "förskjutningsmått för buffertzonen",
                        "buffer displacement measure"),
                Evaluation.Component.of("gross-effect", (double) r.before() - r.after(),
                        "bruttoeffekt (minskning i insatsområdet)", "gross effect (fall in the treated area)"),
                Evaluation.Component.of("treated-net-effect", treatedNet, "nettoeffekt i insatsområdet",
                        "net effect in the treated area"),
                Evaluation.Component.of("buffer-net-effect", bufferNet, "nettoeffekt i buffertzonen",
                        "net effect in the buffer"),
                Evaluation.Component.of("total-net-effect", totalNet, "total nettoeffekt (förhindrade brott)",
                        "total net effect (crimes prevented)"));

        String netSv = Readings.fixed(Math.abs(totalNet), 1, true)
                + (totalNet >= 0 ? " förhindrade brott" : " fler brott");
        String netEn = Readings.fixed(Math.abs(totalNet), 1, false)
                + (totalNet >= 0 ? " crimes prevented" : " extra crimes");
        return Evaluation.builder()
                .method(EvaluationMethod.WDQ)
                .crimeType(counts.crimeType())
                .estimate(wdq)
                .components(components)
                .warnings(warnings)
                .readingSv(Readings.sentence(counts.crimeType(), Readings.decapitalise(interpretation.textSv()))
                        + " (WDQ " + Readings.fixed(wdq, 2, true) + ": framgångsmått " + Readings.fixed(success, 3, true)
                        + ", buffertmått " + Readings.fixed(buffer, 3, true) + "; total nettoeffekt " + netSv
                        + "). WDQ saknar medelfel och p-värde; WDD-testet ger dem.")
                .readingEn(Readings.sentence(counts.crimeType(), Readings.decapitalise(interpretation.textEn()))
                        + " (WDQ " + Readings.fixed(wdq, 2, false) + ": success measure "
                        + Readings.fixed(success, 3, false) + ", buffer measure " + Readings.fixed(buffer, 3, false)
                        + "; total net effect " + netEn + "). The WDQ has no standard error or p-value; the WDD test"
                        + " gives them.")
                .build();
    }
}
