package org.est4j.core.feedback;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.immutables.value.Value;

/**
 * A measure as a {@link FeedbackReport} or an action plan shows it: what is done, where, against what, who leads
 * it and who takes part, when, and how its latest follow-up came out. Only measures whose visibility the
 * audience's policy allows are shown; title and description are redacted as it requires.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureRow {
    MeasureRow() {}

    /**
     * Returns the measure's id.
     *
     * @return never null
     */
    public abstract MeasureId id();

    /**
     * Returns what is done, redacted.
     *
     * @return never blank
     */
    public abstract String title();

    /**
     * Returns the kind of measure.
     *
     * @return never null
     */
    public abstract MeasureType type();

    /**
     * Returns where the measure stands.
     *
     * @return never null
     */
    public abstract MeasureStatus status();

    /**
     * Returns how far ahead it looks.
     *
     * @return never null
     */
    public abstract Horizon horizon();

    /**
     * Returns the first day.
     *
     * @return never null
     */
    public abstract LocalDate start();

    /**
     * Returns the last day.
     *
     * @return the end, or empty while open-ended
     */
    public abstract Optional<LocalDate> end();

    /**
     * Returns the areas aimed at.
     *
     * @return sorted
     */
    @Value.NaturalOrder
    public abstract SortedSet<AreaId> targetAreas();

    /**
     * Returns the categories aimed at.
     *
     * @return sorted, empty when aimed at insecurity in general
     */
    @Value.NaturalOrder
    public abstract SortedSet<CategoryId> targetCategories();

    /**
     * Returns the actor that leads the measure.
     *
     * @return never null
     */
    public abstract ActorId leadActor();

    /**
     * Returns the lead actor's name.
     *
     * @return never blank
     */
    public abstract String leadActorName();

    /**
     * Returns the partners taking part, by id, with their names.
     *
     * @return sorted by id
     */
    @Value.NaturalOrder
    public abstract SortedMap<ActorId, String> partners();

    /**
     * Returns the longer description, redacted.
     *
     * @return the description, or empty
     */
    public abstract Optional<String> description();

    /**
     * Returns who may see the measure; always allowed by the report's policy.
     *
     * @return never null
     */
    public abstract Visibility visibility();

    /**
     * Returns the next day the measure is due for follow-up.
     *
     * @return the day, or empty for a measure that is done or cancelled
     */
    public abstract Optional<LocalDate> nextFollowUp();

    /**
     * Returns the latest follow-up made on or before the end of the report's period.
     *
     * @return the follow-up, or empty
     */
    public abstract Optional<FollowUpRow> latestFollowUp();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasureRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableMeasureRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("MeasureRow")
                .requirePresent(id(), "id")
                .require(title() != null && !title().isBlank(), "title", "must not be blank", title())
                .requirePresent(type(), "type")
                .requirePresent(status(), "status")
                .requirePresent(horizon(), "horizon")
                .requirePresent(start(), "start")
                .require(end().map(e -> start() == null || !e.isBefore(start())).orElse(true), "end",
                        "must not be before the start", end().orElse(null))
                .requirePresent(leadActor(), "leadActor")
                .require(leadActorName() != null && !leadActorName().isBlank(), "leadActorName", "must not be blank",
                        leadActorName())
                .requirePresent(visibility(), "visibility")
                .throwIfAny();
    }

    /** Returns {@code Measure belysning-resecentrum "Belysning vid resecentrum" LIGHTING ONGOING from 2025-06-09}. */
    @Override
    public String toString() {
        return "Measure " + id() + " \"" + title() + "\" " + type() + " " + status() + " from " + start()
                + end().map(e -> " to " + e).orElse("");
    }
}
