package org.est4j.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.Alternative;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.spi.FollowUpEvaluatorProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.scoring.followup.FollowUpAdvisor;
import org.est4j.scoring.followup.PoissonETest;
import org.est4j.scoring.followup.WeightedDisplacementDifference;
import org.est4j.scoring.followup.WeightedDisplacementQuotient;

/**
 * The built-in follow-up evaluator {@code wdd}, whose evaluations come in this order, primary first:
 * <ol>
 *   <li>the E-test on the treated area's before/after counts, when any treated or control count is below 5 (the
 *       normal approximation of the WDD is then unreliable);</li>
 *   <li>the weighted displacement difference test (Wheeler and Ratcliffe 2018) of the treated area against the
 *       control — the local effect;</li>
 *   <li>when a buffer was counted: the WDD with the buffer (local effect plus displacement), and the weighted
 *       displacement quotient (Bowers and Johnson 2003) when it is defined.</li>
 * </ol>
 * The suggestion comes from {@link FollowUpAdvisor}, which judges the primary evaluation and reads displacement
 * from the WDQ: a measure that works locally while crime moves into the buffer is suggested for extension, not
 * replacement.
 *
 * <p>Configuration: {@code alpha} — the significance level, default 0.05.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe. This class is internal: use it through
 * the {@code wdd} id.
 */
public final class WddFollowUpEvaluatorProvider implements FollowUpEvaluatorProvider {
    private static final long SMALL = 5;

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public WddFollowUpEvaluatorProvider() {}

    @Override
    public String id() {
        return "wdd";
    }

    @Override
    public String description() {
        return "Weighted displacement difference (Wheeler & Ratcliffe 2018), WDQ with a buffer, E-test for small counts";
    }

    @Override
    public Evaluator create(PluginConfig config) {
        FollowUpAdvisor advisor = FollowUpAdvisor.withAlpha(config.decimal("alpha", FollowUpAdvisor.DEFAULT_ALPHA));
        return (measure, date, evaluated, counts, locale) ->
                advisor.advise(measure, date, evaluated, evaluations(counts), locale);
    }

    private static List<Evaluation> evaluations(PlaceCounts counts) {
        List<Evaluation> evaluations = new ArrayList<>();
        boolean small = counts.treated().before() < SMALL || counts.treated().after() < SMALL
                || counts.control().before() < SMALL || counts.control().after() < SMALL;
        if (small) {
            evaluations.add(PoissonETest.evaluate(counts.treated(), counts.beforeLength(), counts.afterLength(),
                    Alternative.TWO_SIDED));
        }
        PlaceCounts local = PlaceCounts.builder().from(counts).buffer(Optional.empty())
                .controlBuffer(Optional.empty()).build();
        evaluations.add(WeightedDisplacementDifference.evaluate(local));
        if (counts.buffer().isPresent()) {
            evaluations.add(WeightedDisplacementDifference.evaluate(counts));
            try {
                evaluations.add(WeightedDisplacementQuotient.evaluate(counts));
            } catch (ValidationException undefined) {
                // The quotient is undefined for these counts (a zero control count, or no change relative to the
                // control); the WDD above already measures the buffer, so nothing is lost by leaving it out.
            }
        }
        return evaluations;
    }
}
