package org.est4j.scoring.followup;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.Outcome;
import org.threeten.extra.LocalDateRange;

/**
 * Suggests what the group should do with a measure at a follow-up — continue, extend, replace or end — from the
 * evaluations of its effect, with the reasons in words. The group decides; the suggestion is kept beside its
 * decision ({@link FollowUp#withDecision}).
 *
 * <p>The rule, applied to the <em>primary</em> evaluation (the first one with a p-value) and, for displacement, to
 * a WDD that counted a buffer: displacement is a significant rise in the buffer relative to the control, its
 * {@code displacement-estimate} at least {@code z(1 − alpha)} standard errors above zero (one-sided):
 * <table>
 *   <caption>Suggested outcome</caption>
 *   <tr><th>evaluation</th><th>suggestion</th></tr>
 *   <tr><td>none, or no events before or after</td><td>CONTINUE: nothing to judge yet</td></tr>
 *   <tr><td>significant fall, and significant displacement to the buffer</td><td>EXTEND to the buffer</td></tr>
 *   <tr><td>significant fall, measure finished or past its end</td><td>END: the goal was reached</td></tr>
 *   <tr><td>significant fall</td><td>CONTINUE: it works</td></tr>
 *   <tr><td>significant rise</td><td>REPLACE (END when already finished)</td></tr>
 *   <tr><td>no significant change, counts too small to tell</td><td>CONTINUE and follow up again</td></tr>
 *   <tr><td>no significant change with enough data</td><td>REPLACE: no measurable effect</td></tr>
 * </table>
 * "Significant" means a two-sided p-value below {@link #DEFAULT_ALPHA}, or the one the advisor was made with; a
 * fall is a negative difference (WDD, E-test) or a rate ratio below 1.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class FollowUpAdvisor {
    /** The significance level used unless another is given. */
    public static final double DEFAULT_ALPHA = 0.05;

    private final double alpha;

    private FollowUpAdvisor(double alpha) {
        this.alpha = alpha;
    }

    /**
     * Returns an advisor with significance level {@link #DEFAULT_ALPHA}.
     *
     * @return the advisor
     */
    public static FollowUpAdvisor standard() {
        return new FollowUpAdvisor(DEFAULT_ALPHA);
    }

    /**
     * Returns an advisor with another significance level.
     *
     * @param alpha the level, strictly between 0 and 0.5
     * @return the advisor
     */
    public static FollowUpAdvisor withAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 0.5, was " + alpha);
        }
        return new FollowUpAdvisor(alpha);
    }

    /**
     * Suggests an outcome for a measure from its evaluations.
     *
     * @param measure the measure followed up
     * @param date the day of the follow-up
     * @param evaluated the dates whose data were evaluated, if any
     * @param evaluations the evaluations, primary first; may be empty
     * @param locale the language of the reasons: Swedish for {@code sv}, English otherwise
     * @return an undecided follow-up holding the suggestion, its reasons and the evaluations
     */
    public FollowUp advise(Measure measure, LocalDate date, Optional<LocalDateRange> evaluated,
            List<Evaluation> evaluations, Locale locale) {
        requireNonNull(measure, "measure");
        requireNonNull(date, "date");
        requireNonNull(evaluated, "evaluated");
        requireNonNull(evaluations, "evaluations");
        boolean sv = "sv".equals(requireNonNull(locale, "locale").getLanguage());
        List<String> reasons = new ArrayList<>();
        Outcome outcome = decide(measure, date, evaluations, sv, reasons);
        return FollowUp.builder()
                .measure(measure.id())
                .date(date)
                .evaluated(evaluated)
                .suggested(outcome)
                .reasons(reasons)
                .evaluations(evaluations)
                .build();
    }

    private Outcome decide(Measure measure, LocalDate date, List<Evaluation> evaluations, boolean sv,
            List<String> reasons) {
        Optional<Evaluation> primary = evaluations.stream().filter(e -> e.pValue().isPresent()).findFirst();
        if (primary.isEmpty() || primary.get().hasWarning(EvaluationWarning.NO_EVENTS)) {
            reasons.add(sv ? "Inget att bedöma ännu: ingen utvärdering med händelser före eller efter."
                    : "Nothing to judge yet: no evaluation with events before or after.");
            return Outcome.CONTINUE;
        }
        Evaluation e = primary.get();
        reasons.add(e.reading(sv ? Locale.forLanguageTag("sv") : Locale.ENGLISH));
        boolean finished = measure.status() == MeasureStatus.DONE
                || measure.end().map(end -> !end.isAfter(date)).orElse(false);
        int direction = direction(e);
        if (direction < 0) {
            if (evaluations.stream().anyMatch(this::showsDisplacement)) {
                reasons.add(sv ? "Händelserna minskade i insatsområdet men ökade i buffertzonen: utvidga insatsen dit."
                        : "Events fell in the target area but rose in the buffer: extend the measure there.");
                return Outcome.EXTEND;
            }
            if (finished) {
                reasons.add(sv ? "Insatsen är avslutad och effekten höll: målet nåddes."
                        : "The measure has finished and the effect held: the goal was reached.");
                return Outcome.END;
            }
            reasons.add(sv ? "Insatsen verkar: fortsätt." : "The measure works: continue.");
            return Outcome.CONTINUE;
        }
        if (direction > 0) {
            reasons.add(sv ? "Händelserna ökade trots insatsen: ersätt den med en annan."
                    : "Events rose despite the measure: replace it with another.");
            return finished ? Outcome.END : Outcome.REPLACE;
        }
        if (e.hasWarning(EvaluationWarning.SMALL_COUNTS)) {
            reasons.add(sv ? "För få händelser för att säga något ännu: fortsätt och följ upp igen."
                    : "Too few events to tell yet: continue and follow up again.");
            return Outcome.CONTINUE;
        }
        reasons.add(sv ? "Ingen mätbar effekt trots tillräckligt underlag: ersätt insatsen."
                : "No measurable effect although there is enough data: replace the measure.");
        return finished ? Outcome.END : Outcome.REPLACE;
    }

    /** Tells whether a WDD that counted a buffer shows a significant rise there, relative to the control. */
    private boolean showsDisplacement(Evaluation e) {
        if (e.method() != EvaluationMethod.WDD) {
            return false;
        }
        double estimate = e.component("displacement-estimate").orElse(0);
        double se = e.component("displacement-standard-error").orElse(0);
        // Normal.quantile takes a two-sided level; 1 - 2 alpha gives the one-sided bound z(1 - alpha).
        return estimate > 0 && se > 0 && estimate / se >= Normal.quantile(1 - 2 * alpha);
    }

    /** Returns -1 for a significant fall, +1 for a significant rise, 0 otherwise. */
    private int direction(Evaluation e) {
        if (e.pValue().getAsDouble() >= alpha) {
            return 0;
        }
        double neutral = e.method() == EvaluationMethod.BEFORE_AFTER ? 1 : 0;
        return Double.compare(e.estimate(), neutral) < 0 ? -1 : e.estimate() == neutral ? 0 : 1;
    }

    @Override
    public String toString() {
        return "FollowUpAdvisor[alpha=" + alpha + "]";
    }
}
