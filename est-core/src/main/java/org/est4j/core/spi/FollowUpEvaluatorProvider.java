package org.est4j.core.spi;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.threeten.extra.LocalDateRange;

/**
 * Makes evaluators that turn a measure's before/after counts into a follow-up: the statistics of its effect and a
 * suggested outcome (continue, extend, replace, end) with reasons. est-core counts; the statistics live in the
 * provider. Built-in (est-scoring): {@code wdd} — the weighted displacement difference, the WDQ when a buffer is
 * counted, and the E-test when counts are small.
 *
 * @since 0.1
 */
public interface FollowUpEvaluatorProvider extends EstPlugin {

    /**
     * Creates an evaluator.
     *
     * @param config the evaluator's settings (such as the significance level), documented by the provider
     * @return an evaluator; immutable and thread-safe
     */
    Evaluator create(PluginConfig config);

    /**
     * Evaluates a measure from its counts.
     *
     * <p>Implementation requirements: implementations must be immutable and thread-safe.
     */
    @FunctionalInterface
    interface Evaluator {

        /**
         * Evaluates the counts and suggests what to do with the measure.
         *
         * @param measure the measure followed up
         * @param date the day of the follow-up
         * @param evaluated the dates whose data were evaluated, if any
         * @param counts the counts before and after in the treated, control and buffer areas, with the lengths of
         *     the two periods
         * @param locale the language of readings and reasons
         * @return an undecided follow-up with the evaluations and the suggestion
         */
        FollowUp evaluate(Measure measure, LocalDate date, Optional<LocalDateRange> evaluated, PlaceCounts counts,
                Locale locale);
    }
}
