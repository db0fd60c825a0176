package org.est4j.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A decision taken by people: "the group decides". est4j suggests a grade, a ranking or a follow-up outcome
 * with its reasons; the EST group (or another body) may decide otherwise, and the decision records what was
 * decided, by whom, why and when. The suggestion is kept beside it (see
 * {@code org.est4j.core.assessment.Assessment#override()} and {@code org.est4j.core.measure.FollowUp#decision()}),
 * so that both can be read back later.
 *
 * <p>{@link #decidedBy()} names a role or a body, such as {@code "operativa gruppen"} or
 * {@code "trygghetssamordnaren"}, rather than a person: EST works with places, not people, and a role stays
 * meaningful when staff change.
 *
 * <pre>{@code
 * Decision<Outcome> d = Decision.of(Outcome.EXTEND, "operativa gruppen",
 *         "Bostadsbolaget can add two more lamps", LocalDate.of(2026, 11, 18));
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe when the decided value is.
 *
 * @param <T> the type of what was decided, such as a scale level or a follow-up outcome; an immutable type
 */
@Value.Immutable
@EstStyle
public abstract class Decision<T> {
    Decision() {}

    /**
     * Returns what was decided.
     *
     * @return the decided value, never null
     */
    public abstract T value();

    /**
     * Returns who decided: a role or a body such as {@code "operativa gruppen"}.
     *
     * @return never blank
     */
    public abstract String decidedBy();

    /**
     * Returns why, in words, as it should be read back at the next meeting.
     *
     * @return never blank
     */
    public abstract String reason();

    /**
     * Returns the day of the decision.
     *
     * @return never null
     */
    public abstract LocalDate decidedOn();

    /**
     * Returns a decision.
     *
     * @param <T> the type of what was decided
     * @param value what was decided
     * @param decidedBy who decided: a role or a body, not blank
     * @param reason why, not blank
     * @param decidedOn the day of the decision
     * @return the decision
     * @throws ValidationException when a value is missing or blank, listing every problem
     */
    public static <T> Decision<T> of(T value, String decidedBy, String reason, LocalDate decidedOn) {
        return Decision.<T>builder().value(value).decidedBy(decidedBy).reason(reason).decidedOn(decidedOn).build();
    }

    /**
     * Returns an empty builder.
     *
     * @param <T> the type of what is decided
     * @return a new builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Builds a {@link Decision}; {@link #build()} validates every attribute and reports all problems.
     *
     * @param <T> the type of what is decided
     */
    public static final class Builder<T> extends ImmutableDecision.Builder<T> {
        Builder() {}
    }

    /**
     * Returns a decision with the same who, why and when, but another value.
     *
     * @param <R> the type of the new value
     * @param newValue the new value
     * @return a new decision
     */
    public <R> Decision<R> withValue(R newValue) {
        requireNonNull(newValue, "newValue");
        return of(newValue, decidedBy(), reason(), decidedOn());
    }

    @Value.Check
    void check() {
        Problems.of("Decision")
                .requirePresent(value(), "value")
                .requirePresent(decidedBy(), "decidedBy")
                .require(decidedBy() == null || !decidedBy().isBlank(), "decidedBy",
                        "must name the role or body that decided, such as 'operativa gruppen'", quoted(decidedBy()))
                .requirePresent(reason(), "reason")
                .require(reason() == null || !reason().isBlank(), "reason", "must say why, in words", quoted(reason()))
                .requirePresent(decidedOn(), "decidedOn")
                .throwIfAny();
    }

    private static String quoted(String s) {
        return s == null ? null : "'" + s + "'";
    }

    /** Returns {@code value, decided by who on date: reason}. */
    @Override
    public String toString() {
        return value() + ", decided by " + decidedBy() + " on " + decidedOn() + ": " + reason();
    }
}
