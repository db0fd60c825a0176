package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.est4j.core.Decision;
import org.est4j.core.Problems;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.Outcome;
import org.immutables.value.Value;

/**
 * One line of an {@link AnnualAnalysis}: a measure, the follow-up that judged it, and what its primary evaluation
 * says — method, estimate, confidence interval, p-value, and the {@link Change} that followed — beside the
 * suggested and the decided outcome.
 *
 * <p>The <em>primary</em> evaluation is the first of the follow-up's evaluations that has a p-value, as the
 * follow-up advisor reads it (a WDQ, which has none, only tells about displacement). Its change is
 * <ul>
 *   <li>{@link Change#FALL} when its p-value is below {@link #alpha()} and its estimate below the null value
 *       (1 for a before/after rate ratio, 0 for the differences of the WDD and the E-test);</li>
 *   <li>{@link Change#RISE} when the p-value is below alpha and the estimate above the null value;</li>
 *   <li>{@link Change#NO_CHANGE} otherwise; and {@link Change#NOT_TESTED} without a primary evaluation.</li>
 * </ul>
 *
 * <p>Rules, all checked at once by the builder: the measure is given; the follow-up, when given, is of that
 * measure; alpha lies strictly between 0 and 0.5.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureEffect {
    MeasureEffect() {}

    /**
     * Returns the measure.
     *
     * @return never null
     */
    public abstract Measure measure();

    /**
     * Returns the follow-up that judged the measure.
     *
     * @return the follow-up, or empty when the measure was never followed up
     */
    public abstract Optional<FollowUp> followUp();

    /**
     * Returns the significance level.
     *
     * @return {@link AnnualAnalysis#DEFAULT_ALPHA} unless set
     */
    @Value.Default
    public double alpha() {
        return AnnualAnalysis.DEFAULT_ALPHA;
    }

    /**
     * Returns the primary evaluation: the follow-up's first evaluation with a p-value.
     *
     * @return the evaluation, or empty
     */
    public Optional<Evaluation> primary() {
        return followUp().flatMap(f -> f.evaluations().stream().filter(e -> e.pValue().isPresent()).findFirst());
    }

    /**
     * Returns what followed the measure, as the primary evaluation judged it.
     *
     * @return never null
     */
    public Change change() {
        Optional<Evaluation> primary = primary();
        if (primary.isEmpty()) {
            return Change.NOT_TESTED;
        }
        Evaluation e = primary.get();
        if (e.pValue().getAsDouble() >= alpha()) {
            return Change.NO_CHANGE;
        }
        double neutral = e.method() == EvaluationMethod.BEFORE_AFTER ? 1 : 0;
        return e.estimate() < neutral ? Change.FALL : e.estimate() > neutral ? Change.RISE : Change.NO_CHANGE;
    }

    /**
     * Returns the method of the primary evaluation.
     *
     * @return the method, or empty
     */
    public Optional<EvaluationMethod> method() {
        return primary().map(Evaluation::method);
    }

    /**
     * Returns the estimate of the primary evaluation, on its method's scale.
     *
     * @return the estimate, or empty
     */
    public OptionalDouble estimate() {
        return primary().map(e -> OptionalDouble.of(e.estimate())).orElse(OptionalDouble.empty());
    }

    /**
     * Returns the confidence interval of the primary evaluation.
     *
     * @return the interval, or empty when there is no primary evaluation or it gives none
     */
    public Optional<ConfidenceInterval> confidenceInterval() {
        return primary().flatMap(Evaluation::confidenceInterval);
    }

    /**
     * Returns the p-value of the primary evaluation.
     *
     * @return the p-value, or empty
     */
    public OptionalDouble pValue() {
        return primary().map(Evaluation::pValue).orElse(OptionalDouble.empty());
    }

    /**
     * Returns the standardised test statistic of the primary evaluation, by which the annual table orders lines
     * of the same change.
     *
     * @return z, or empty
     */
    public OptionalDouble z() {
        return primary().map(Evaluation::z).orElse(OptionalDouble.empty());
    }

    /**
     * Returns the outcome the follow-up suggested.
     *
     * @return the suggestion, or empty without a follow-up
     */
    public Optional<Outcome> suggested() {
        return followUp().map(FollowUp::suggested);
    }

    /**
     * Returns the outcome the group decided.
     *
     * @return the decision's outcome, or empty when the group has not decided
     */
    public Optional<Outcome> decided() {
        return followUp().flatMap(FollowUp::decision).map(Decision::value);
    }

    /**
     * Returns the line of a measure.
     *
     * @param measure the measure
     * @param followUp the follow-up that judged it, or empty
     * @param alpha the significance level, strictly between 0 and 0.5
     * @return the line
     * @throws org.est4j.core.ValidationException listing every rule broken
     */
    public static MeasureEffect of(Measure measure, Optional<FollowUp> followUp, double alpha) {
        requireNonNull(measure, "measure");
        requireNonNull(followUp, "followUp");
        return builder().measure(measure).followUp(followUp).alpha(alpha).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasureEffect}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableMeasureEffect.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("MeasureEffect")
                .requirePresent(measure(), "measure")
                .require(measure() == null || followUp().map(f -> f.measure().equals(measure().id())).orElse(true),
                        "followUp.measure", "must be the measure's id " + (measure() == null ? null : measure().id()),
                        followUp().map(FollowUp::measure).orElse(null))
                .require(alpha() > 0 && alpha() < 0.5, "alpha", "must be strictly between 0 and 0.5, such as 0.05",
                        alpha())
                .throwIfAny();
    }

    /**
     * Returns the line in words, such as {@code 2026-047 "Belysning vid busshållplatsen" lighting [torget]
     * 2026-11-23..2026-12-20: wdd -118, 95% CI [-195.6, -40.39], p = 0.0029: significant fall; suggested CONTINUE,
     * decided EXTEND}.
     */
    @Override
    public String toString() {
        Measure m = measure();
        StringBuilder s = new StringBuilder().append(m.id()).append(" \"").append(m.title()).append("\" ")
                .append(m.type()).append(' ').append(m.targetAreas()).append(' ').append(m.start()).append("..")
                .append(m.end().map(LocalDate::toString).orElse("")).append(": ");
        primary().ifPresent(e -> {
            s.append(e.method().id()).append(' ').append(Words.number(e.estimate()));
            e.confidenceInterval().ifPresent(ci -> s.append(", ").append(ci));
            s.append(", ").append(Words.p(e.pValue().getAsDouble(), false)).append(": ");
        });
        s.append(change().labelEn());
        followUp().ifPresent(f -> s.append("; suggested ").append(f.suggested())
                .append(f.decision().map(d -> ", decided " + d.value()).orElse(", not decided")));
        return s.toString();
    }
}
