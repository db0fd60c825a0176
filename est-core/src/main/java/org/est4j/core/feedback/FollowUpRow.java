package org.est4j.core.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.measure.Outcome;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The latest follow-up of a measure as a {@link FeedbackReport} shows it: the outcome suggested and the one the
 * group decided. Its reasons and the statistical readings behind it are counted from all the data and quote
 * counts, so they are given only in reports that {@linkplain FeedbackReport#showsReasons() show reasons}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpRow {
    FollowUpRow() {}

    /**
     * Returns the day of the follow-up.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns the dates whose data were evaluated.
     *
     * @return the range, or empty when the follow-up rests on the group's judgement alone
     */
    public abstract Optional<LocalDateRange> evaluated();

    /**
     * Returns the outcome suggested.
     *
     * @return never null
     */
    public abstract Outcome suggested();

    /**
     * Returns the outcome the group decided.
     *
     * @return the decision, or empty while undecided
     */
    public abstract Optional<Outcome> decided();

    /**
     * Returns the outcome that holds: the decision when there is one, else the suggestion.
     *
     * @return never null
     */
    public Outcome outcome() {
        return decided().orElse(suggested());
    }

    /**
     * Returns why the outcome was suggested and, first, why the group decided as it did; redacted; in reports that
     * show reasons only.
     *
     * @return possibly empty
     */
    public abstract List<String> reasons();

    /**
     * Returns the plain-language readings of the statistical evaluations, primary first; in reports that show
     * reasons only.
     *
     * @return possibly empty
     */
    public abstract List<String> readings();

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
        Problems.of("FollowUpRow")
                .requirePresent(date(), "date")
                .requirePresent(suggested(), "suggested")
                .throwIfAny();
    }

    /** Returns {@code 2025-09-01: suggested CONTINUE, decided EXTEND}. */
    @Override
    public String toString() {
        return date() + ": suggested " + suggested() + decided().map(d -> ", decided " + d).orElse(", undecided");
    }
}
