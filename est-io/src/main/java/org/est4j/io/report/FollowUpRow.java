package org.est4j.io.report;

import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.measure.Outcome;
import org.immutables.value.Value;

/**
 * The latest follow-up of a measure as a report shows it: when, the outcome (continue, extend, replace or end),
 * whether the group decided it or it is still a suggestion, and how to read it.
 *
 * <p>Rules, all checked by the builder: the date is not blank; the outcome is given; a reading is not blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpRow {
    FollowUpRow() {}

    /**
     * Returns the day of the follow-up, as printed, such as {@code "16 dec. 2026"}.
     *
     * @return never blank
     */
    public abstract String date();

    /**
     * Returns the outcome: the group's decision, or the suggestion while undecided.
     *
     * @return never null
     */
    public abstract Outcome outcome();

    /**
     * Tells whether the group has decided the outcome.
     *
     * @return false unless set: the outcome is a suggestion
     */
    @Value.Default
    public boolean decided() {
        return false;
    }

    /**
     * Returns how to read the follow-up, such as the group's reason or what the evaluation found.
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

    /** Builds a {@link FollowUpRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableFollowUpRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("FollowUpRow");
        Checks.text(p, date(), "date");
        p.requirePresent(outcome(), "outcome");
        reading().ifPresent(r -> p.require(!r.isBlank(), "reading", "must not be blank", r));
        p.throwIfAny();
    }

    /** Returns date and outcome, such as {@code FollowUpRow[16 dec. 2026: EXTEND (decided)]}. */
    @Override
    public String toString() {
        return "FollowUpRow[" + date() + ": " + outcome() + (decided() ? " (decided)" : " (suggested)") + "]";
    }
}
