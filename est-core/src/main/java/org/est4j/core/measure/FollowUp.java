package org.est4j.core.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.est4j.core.Decision;
import org.est4j.core.Problems;
import org.est4j.core.ValidationException;
import org.est4j.core.evaluation.Evaluation;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A follow-up (<i>uppföljning</i>) of a {@link Measure} on a day: the {@link Outcome outcome} suggested — continue,
 * extend, replace or end — with its reasons, the dates whose data were evaluated and the statistical
 * {@link Evaluation evaluations} behind the suggestion, and, once the group has decided, its {@link Decision}.
 * The suggestion is kept beside the decision, so that the group can later learn which
 * measures worked and how often it went against the suggestion.
 *
 * <pre>{@code
 * FollowUp f = FollowUp.builder().measure(MeasureId.of("2026-047")).date(LocalDate.of(2026, 12, 16))
 *         .evaluated(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 13)))
 *         .suggested(Outcome.CONTINUE).addReasons("Reports at the stop fell from 6 to 2").build()
 *     .withDecision(Decision.of(Outcome.EXTEND, "operativa gruppen", "Light the footpath too",
 *         LocalDate.of(2026, 12, 16)));
 * f.outcome();   // EXTEND, the group's
 * }</pre>
 *
 * <p>Rules, checked by {@link Builder#build()}: measure, date and suggested outcome are required; there is at least
 * one reason and none is blank; the evaluated dates, when given, are bounded, hold at least one day and end on or
 * before the follow-up's date (the future cannot be evaluated); a decision is not dated before the follow-up. A
 * follow-up holds only the measure's id, so that the measure exists and was ongoing is checked where measures are
 * held.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUp {
    FollowUp() {}

    /**
     * Returns the measure followed up.
     *
     * @return its id
     */
    public abstract MeasureId measure();

    /**
     * Returns the day of the follow-up, when the outcome was suggested.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns the dates whose data were evaluated, such as the weeks since the measure started.
     *
     * @return a bounded, non-empty, half-open range ending on or before {@link #date()}, or empty when the
     *     follow-up rests on the group's judgement alone
     */
    public abstract Optional<LocalDateRange> evaluated();

    /**
     * Returns the outcome suggested.
     *
     * @return never null
     */
    public abstract Outcome suggested();

    /**
     * Returns why that outcome was suggested, in words.
     *
     * @return an unmodifiable list of at least one reason
     */
    public abstract List<String> reasons();

    /**
     * Returns the statistical evaluations the suggestion rests on (WDD, E-test, …), primary first.
     *
     * @return possibly empty, when the group follows up without data
     */
    public abstract List<Evaluation> evaluations();

    /**
     * Returns the group's decision, once taken.
     *
     * @return the decision, or empty while the suggestion stands undecided
     */
    public abstract Optional<Decision<Outcome>> decision();

    /**
     * Returns the outcome that holds: the group's decision when there is one, else the suggestion.
     *
     * @return never null
     */
    public Outcome outcome() {
        return decision().map(Decision::value).orElse(suggested());
    }

    /**
     * Tells whether the group has decided, whether it followed the suggestion or not.
     *
     * @return true when {@link #decision()} is present
     */
    public boolean isDecided() {
        return decision().isPresent();
    }

    /**
     * Returns this follow-up with the group's decision, replacing an earlier one. The suggestion and its reasons
     * are kept.
     *
     * @param decision the group's decision
     * @return a new follow-up
     * @throws ValidationException when the decision is dated before the follow-up
     */
    public FollowUp withDecision(Decision<Outcome> decision) {
        requireNonNull(decision, "decision");
        return builder().from(this).decision(decision).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FollowUp}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableFollowUp.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("FollowUp")
                .requirePresent(measure(), "measure")
                .requirePresent(date(), "date")
                .requirePresent(suggested(), "suggested")
                .require(!reasons().isEmpty(), "reasons", "must hold at least one reason for the suggestion", null);
        for (int i = 0; i < reasons().size(); i++) {
            String reason = reasons().get(i);
            problems.require(reason != null && !reason.isBlank(), "reasons[" + i + "]", "must not be null or blank",
                    reason == null ? null : "'" + reason + "'");
        }
        evaluated().ifPresent(range -> problems
                .require(!(range.isUnboundedStart() || range.isUnboundedEnd()), "evaluated",
                        "must be bounded: give the first and last evaluated dates", range)
                .require(!range.isEmpty(), "evaluated", "must hold at least one day", range)
                .require(date() == null || range.isEmpty() || range.isUnboundedEnd()
                                || !range.getEndInclusive().isAfter(date()),
                        "evaluated", "must end on or before the follow-up's date, " + date(), range));
        decision().ifPresent(d -> problems.require(date() == null || !d.decidedOn().isBefore(date()),
                "decision.decidedOn", "must not be before the follow-up's date, " + date(), d.decidedOn()));
        problems.throwIfAny();
    }

    /**
     * Returns the measure, date and outcome, and the suggestion when the group decided, such as
     * {@code FollowUp 2026-047 2026-12-16: EXTEND (suggested CONTINUE; decided by operativa gruppen on 2026-12-16:
     * …)}.
     */
    @Override
    public String toString() {
        String head = "FollowUp " + measure() + " " + date() + ": " + outcome();
        return decision().map(d -> head + " (suggested " + suggested() + "; decided by " + d.decidedBy() + " on "
                + d.decidedOn() + ": " + d.reason() + ")").orElse(head + " (suggested)");
    }
}
