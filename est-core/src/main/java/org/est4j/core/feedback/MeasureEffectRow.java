package org.est4j.core.feedback;

import java.util.Optional;
import java.util.OptionalDouble;
import org.est4j.core.Problems;
import org.est4j.core.analysis.Change;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.Outcome;
import org.immutables.value.Value;

/**
 * One line of the annual analysis in a statutory report: whether a measure was followed by a significant change,
 * and the outcome suggested and decided at its latest follow-up. The estimate and its reading are counted from
 * all the data, so they are given only in reports that {@linkplain StatutoryReport#showsReasons() show reasons}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureEffectRow {
    MeasureEffectRow() {}

    /**
     * Returns the measure.
     *
     * @return never null
     */
    public abstract MeasureId measure();

    /**
     * Returns the measure's title, redacted.
     *
     * @return never blank
     */
    public abstract String title();

    /**
     * Returns the change the primary evaluation found.
     *
     * @return {@link Change#NOT_TESTED} when the measure was not evaluated
     */
    public abstract Change change();

    /**
     * Returns the outcome suggested at the latest follow-up.
     *
     * @return the outcome, or empty when the measure was not followed up
     */
    public abstract Optional<Outcome> suggested();

    /**
     * Returns the outcome the group decided at the latest follow-up.
     *
     * @return the outcome, or empty while undecided
     */
    public abstract Optional<Outcome> decided();

    /**
     * Returns the method of the primary evaluation; in reports that show reasons only.
     *
     * @return the method, or empty
     */
    public abstract Optional<EvaluationMethod> method();

    /**
     * Returns the primary evaluation's estimate; in reports that show reasons only.
     *
     * @return the estimate, or empty
     */
    public abstract OptionalDouble estimate();

    /**
     * Returns the primary evaluation's plain-language reading, redacted; in reports that show reasons only.
     *
     * @return the reading, or empty
     */
    public abstract Optional<String> reading();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasureEffectRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableMeasureEffectRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("MeasureEffectRow")
                .requirePresent(measure(), "measure")
                .require(title() != null && !title().isBlank(), "title", "must not be blank", title())
                .requirePresent(change(), "change")
                .throwIfAny();
    }

    /** Returns {@code Effect belysning-resecentrum: FALL, decided CONTINUE}. */
    @Override
    public String toString() {
        return "Effect " + measure() + ": " + change() + decided().map(d -> ", decided " + d)
                .orElse(suggested().map(s -> ", suggested " + s).orElse(""));
    }
}
