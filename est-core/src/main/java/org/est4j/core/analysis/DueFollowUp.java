package org.est4j.core.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.measure.Measure;
import org.immutables.value.Value;

/**
 * A measure due for follow-up on a day: one line of a {@link FollowUpAgenda}, with the day the follow-up fell due
 * and the day of the latest follow-up, if any.
 *
 * <p>Rules, all checked at once by the builder: measure, due date and the day asked about are given; the due date
 * is not after that day; the latest follow-up, when given, is before the due date.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DueFollowUp {
    DueFollowUp() {}

    /**
     * Returns the measure due.
     *
     * @return never null
     */
    public abstract Measure measure();

    /**
     * Returns the day the follow-up fell due: {@link Measure#followUpEvery()} after the start or the latest
     * follow-up.
     *
     * @return not after {@link #asOf()}
     */
    public abstract LocalDate dueOn();

    /**
     * Returns the day of the latest follow-up of the measure, if it has been followed up.
     *
     * @return the day, or empty
     */
    public abstract Optional<LocalDate> lastFollowUp();

    /**
     * Returns the day the agenda was made for.
     *
     * @return never null
     */
    public abstract LocalDate asOf();

    /**
     * Returns how many days the follow-up is overdue.
     *
     * @return 0 when it falls due on {@link #asOf()}
     */
    public long daysOverdue() {
        return ChronoUnit.DAYS.between(dueOn(), asOf());
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DueFollowUp}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableDueFollowUp.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("DueFollowUp")
                .requirePresent(measure(), "measure")
                .requirePresent(dueOn(), "dueOn")
                .requirePresent(asOf(), "asOf")
                .require(dueOn() == null || asOf() == null || !dueOn().isAfter(asOf()), "dueOn",
                        "must not be after the day asked about, " + asOf(), dueOn())
                .require(dueOn() == null || lastFollowUp().map(d -> d.isBefore(dueOn())).orElse(true),
                        "lastFollowUp", "must be before the due date " + dueOn(), lastFollowUp().orElse(null))
                .throwIfAny();
    }

    /**
     * Returns the measure and when it fell due, such as {@code 2026-047 "Belysning vid busshållplatsen" (lead
     * tekniska-kontoret) due 2026-12-21, 3 days overdue, last followed up 2026-11-23}.
     */
    @Override
    public String toString() {
        long overdue = daysOverdue();
        return measure().id() + " \"" + measure().title() + "\" (lead " + measure().leadActor() + ") due " + dueOn()
                + (overdue == 0 ? ", today" : ", " + Words.count(overdue, "day", "days") + " overdue")
                + lastFollowUp().map(d -> ", last followed up " + d).orElse(", never followed up");
    }
}
