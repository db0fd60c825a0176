package org.est4j.core.evaluation;

import static java.util.Objects.requireNonNull;

import org.est4j.core.Problems;

/**
 * How to read a weighted displacement quotient, after the interpretation table of Bowers and Johnson (2003) as
 * restated by Guerette (2009, Appendix C).
 *
 * <p>The WDQ divides the buffer displacement measure {@code Da/Ca - Db/Cb} by the success measure
 * {@code Ra/Ca - Rb/Cb} (R treated area, D buffer, C control; b before, a after). It is only read when the
 * success measure is negative, that is when crime fell in the treated area relative to the control area:
 * displacement can only be attributed to a measure that reduced crime. Then a positive WDQ means diffusion of
 * benefits to the buffer, a negative one displacement into it, and a magnitude above 1 means the buffer's change
 * outweighed the treated area's.
 */
public enum WdqInterpretation {
    /** The success measure is zero or positive: crime did not fall, so nothing is attributed to the measure. */
    NO_REDUCTION(
            "Brottsligheten minskade inte i insatsområdet jämfört med kontrollområdet, så förändringar i buffertzonen"
                    + " kan inte tillskrivas insatsen",
            "Crime did not fall in the treated area relative to the control area, so changes in the buffer cannot"
                    + " be attributed to the measure"),
    /** WDQ above 1: the buffer improved even more than the treated area. */
    DIFFUSION_EXCEEDS_EFFECT(
            "Spridning av positiva effekter: buffertzonen förbättrades ännu mer än insatsområdet",
            "Diffusion of benefits: the buffer improved even more than the treated area"),
    /** WDQ above 0 and at most 1: the buffer improved too, by no more than the treated area. */
    DIFFUSION(
            "Spridning av positiva effekter: även buffertzonen förbättrades, men inte mer än insatsområdet",
            "Diffusion of benefits: the buffer improved too, but not more than the treated area"),
    /** WDQ 0: the buffer changed exactly like the control area. */
    NO_DISPLACEMENT(
            "Varken brottsförflyttning eller spridning av positiva effekter: buffertzonen förändrades som"
                    + " kontrollområdet",
            "Neither displacement nor diffusion of benefits: the buffer changed like the control area"),
    /** WDQ below 0 and above -1: some crime moved to the buffer, less than the treated area's reduction. */
    DISPLACEMENT_SMALLER_THAN_EFFECT(
            "Viss brottsförflyttning till buffertzonen, mindre än minskningen i insatsområdet: en nettovinst",
            "Some displacement to the buffer, smaller than the reduction in the treated area: a net benefit"),
    /** WDQ -1 or below: the displacement to the buffer cancels or outweighs the treated area's reduction. */
    DISPLACEMENT_CANCELS_EFFECT(
            "Brottsförflyttning till buffertzonen lika stor som eller större än minskningen i insatsområdet:"
                    + " ingen nettovinst",
            "Displacement to the buffer as large as or larger than the reduction in the treated area: no net"
                    + " benefit");

    /** The component key of the success measure in a WDQ {@link Evaluation}. */
    public static final String SUCCESS_MEASURE = "success-measure";
    /** The component key of the buffer displacement measure in a WDQ {@link Evaluation}. */
    public static final String BUFFER_MEASURE = "buffer-displacement-measure";

    private final String textSv;
    private final String textEn;

    WdqInterpretation(String textSv, String textEn) {
        this.textSv = textSv;
        this.textEn = textEn;
    }

    /**
     * Returns the interpretation in Swedish, one sentence without a full stop.
     *
     * @return never blank
     */
    public String textSv() {
        return textSv;
    }

    /**
     * Returns the interpretation in English, one sentence without a full stop.
     *
     * @return never blank
     */
    public String textEn() {
        return textEn;
    }

    /**
     * Classifies a WDQ from its two measures.
     *
     * @param successMeasure {@code Ra/Ca - Rb/Cb}, the WDQ's denominator; negative when crime fell
     * @param bufferMeasure {@code Da/Ca - Db/Cb}, the WDQ's numerator; positive when the buffer grew
     * @return the interpretation
     * @throws org.est4j.core.ValidationException when a measure is not a finite number
     */
    public static WdqInterpretation of(double successMeasure, double bufferMeasure) {
        Problems.of("WdqInterpretation")
                .require(Double.isFinite(successMeasure), "successMeasure", "must be a finite number", successMeasure)
                .require(Double.isFinite(bufferMeasure), "bufferMeasure", "must be a finite number", bufferMeasure)
                .throwIfAny();
        if (successMeasure >= 0) {
            return NO_REDUCTION;
        }
        double wdq = bufferMeasure / successMeasure;
        if (wdq > 1) {
            return DIFFUSION_EXCEEDS_EFFECT;
        } else if (wdq > 0) {
            return DIFFUSION;
        } else if (wdq == 0) {
            return NO_DISPLACEMENT;
        } else if (wdq > -1) {
            return DISPLACEMENT_SMALLER_THAN_EFFECT;
        }
        return DISPLACEMENT_CANCELS_EFFECT;
    }

    /**
     * Classifies a WDQ evaluation from its components.
     *
     * @param wdq an evaluation of method {@link EvaluationMethod#WDQ}
     * @return the interpretation
     * @throws org.est4j.core.ValidationException when the evaluation is not a WDQ or lacks the two measures
     */
    public static WdqInterpretation of(Evaluation wdq) {
        requireNonNull(wdq, "wdq");
        Problems.of("WdqInterpretation")
                .require(wdq.method() == EvaluationMethod.WDQ, "method", "must be wdq", wdq.method().id())
                .require(wdq.component(SUCCESS_MEASURE).isPresent(), "components", "must contain " + SUCCESS_MEASURE, null)
                .require(wdq.component(BUFFER_MEASURE).isPresent(), "components", "must contain " + BUFFER_MEASURE, null)
                .throwIfAny();
        return of(wdq.component(SUCCESS_MEASURE).getAsDouble(), wdq.component(BUFFER_MEASURE).getAsDouble());
    }
}
