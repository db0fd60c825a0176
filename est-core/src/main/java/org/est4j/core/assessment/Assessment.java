package org.est4j.core.assessment;

import static java.util.Objects.requireNonNull;
import static org.est4j.core.assessment.Codes.quoted;

import java.util.List;
import java.util.Optional;
import org.est4j.core.Decision;
import org.est4j.core.Problems;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * The grade (<i>bedömning</i>) of one area for one period on a {@link Scale}: the level an assessment model
 * suggested, with its reasons in words, and — when the group decides otherwise, or confirms it — the group's
 * {@link Decision} about the level. Both are kept: "the group decides", and later readers can see what was
 * suggested, what was decided, by whom and why.
 *
 * <pre>{@code
 * Assessment suggested = Assessment.builder().area(AreaId.of("norrtalje/centrum")).period(Period.week(2026, 47))
 *         .scaleId("est-5").suggested(est5.level("3")).modelId("threshold")
 *         .addReasons("12 observations of gatherings, 4 more than the previous week").build();
 * Assessment decided = suggested.withOverride(Decision.of(est5.level("4"), "operativa gruppen",
 *         "Police report two robberies not yet in the data", LocalDate.of(2026, 11, 18)));
 * decided.level();       // level 4, the group's
 * decided.suggested();   // level 3, the model's, kept
 * }</pre>
 *
 * <p>Rules, checked by {@link Builder#build()}: every attribute but the override is required; there is at least
 * one reason and none is blank; an override is not decided before the period starts. An assessment holds only
 * the id of its scale, not the scale itself, so it cannot check that its levels belong to that scale (nor that the
 * override's level is of the same scale as the suggestion); {@link #validateAgainst(Scale)} does so when the scale
 * is at hand, and the code that compiles assessments calls it.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {
    Assessment() {}

    /**
     * Returns the area assessed.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the period assessed.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the id of the scale the levels belong to, such as {@code "est-5"}.
     *
     * @return letters, digits and {@code . _ : / -}
     */
    public abstract String scaleId();

    /**
     * Returns the level the assessment model suggested.
     *
     * @return never null
     */
    public abstract ScaleLevel suggested();

    /**
     * Returns why the model suggested that level, in words, in the order the model gave them.
     *
     * @return an unmodifiable list of at least one reason
     */
    public abstract List<String> reasons();

    /**
     * Returns the id of the assessment model that suggested the level, such as {@code "threshold"}.
     *
     * @return letters, digits and {@code . _ : / -}
     */
    public abstract String modelId();

    /**
     * Returns the group's decision about the level, if it has taken one.
     *
     * @return the decision, or empty while the suggestion stands undecided
     */
    public abstract Optional<Decision<ScaleLevel>> override();

    /**
     * Returns the level that holds: the group's decision when there is one, else the suggestion.
     *
     * @return never null
     */
    public ScaleLevel level() {
        return override().map(Decision::value).orElse(suggested());
    }

    /**
     * Tells whether the group has decided the level. A decision that confirms the suggested level counts too:
     * it says who stood behind the grade and why.
     *
     * @return true when {@link #override()} is present
     */
    public boolean isOverridden() {
        return override().isPresent();
    }

    /**
     * Returns this assessment with the group's decision about the level, replacing an earlier one. The suggestion
     * and its reasons are kept.
     *
     * @param decision the group's decision
     * @return a new assessment
     * @throws ValidationException when the decision is dated before the period starts
     */
    public Assessment withOverride(Decision<ScaleLevel> decision) {
        requireNonNull(decision, "decision");
        return builder().from(this).override(decision).build();
    }

    /**
     * Checks this assessment against its scale: the scale's id is {@link #scaleId()}, and the suggested and the
     * decided levels are levels of that scale.
     *
     * @param scale the scale named by {@link #scaleId()}
     * @return this assessment, for chaining
     * @throws ValidationException listing every mismatch
     */
    public Assessment validateAgainst(Scale scale) {
        requireNonNull(scale, "scale");
        Problems.of("Assessment of " + area() + " " + period() + " against scale " + scale.id())
                .require(scale.id().equals(scaleId()), "scaleId", "must be the id of the scale, " + scale.id(),
                        quoted(scaleId()))
                .require(scale.contains(suggested()), "suggested",
                        "must be a level of scale " + scale.id() + " (" + scale.codes() + ")", suggested())
                .require(override().map(d -> scale.contains(d.value())).orElse(true), "override.value",
                        "must be a level of scale " + scale.id() + " (" + scale.codes() + ")",
                        override().map(Decision::value).orElse(null))
                .throwIfAny();
        return this;
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assessment}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableAssessment.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Assessment")
                .requirePresent(area(), "area")
                .requirePresent(period(), "period")
                .requirePresent(scaleId(), "scaleId")
                .require(scaleId() == null || Codes.isCode(scaleId()), "scaleId", Codes.RULE, quoted(scaleId()))
                .requirePresent(suggested(), "suggested")
                .requirePresent(modelId(), "modelId")
                .require(modelId() == null || Codes.isCode(modelId()), "modelId", Codes.RULE, quoted(modelId()))
                .require(!reasons().isEmpty(), "reasons", "must hold at least one reason for the suggestion", null);
        for (int i = 0; i < reasons().size(); i++) {
            String reason = reasons().get(i);
            problems.require(reason != null && !reason.isBlank(), "reasons[" + i + "]", "must not be null or blank",
                    quoted(reason));
        }
        override().ifPresent(d -> problems.require(period() == null || !d.decidedOn().isBefore(period().startDate()),
                "override.decidedOn", "must not be before the period starts ("
                        + (period() == null ? "unknown" : period().startDate()) + ")",
                d.decidedOn()));
        problems.throwIfAny();
    }

    /**
     * Returns the area, period, scale and level, and the suggestion when the group decided, such as
     * {@code Assessment norrtalje/centrum 2026-W47 est-5: 4 Allvarligt (suggested 3 Oroligt by threshold;
     * decided by operativa gruppen on 2026-11-18: …)}.
     */
    @Override
    public String toString() {
        String head = "Assessment " + area() + " " + period() + " " + scaleId() + ": " + brief(level());
        return override().map(d -> head + " (suggested " + brief(suggested()) + " by " + modelId() + "; decided by "
                        + d.decidedBy() + " on " + d.decidedOn() + ": " + d.reason() + ")")
                .orElse(head + " (suggested by " + modelId() + ")");
    }

    private static String brief(ScaleLevel level) {
        return level.code() + " " + level.labelSv();
    }
}
