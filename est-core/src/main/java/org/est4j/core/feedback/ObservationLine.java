package org.est4j.core.feedback;

import java.time.LocalDate;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.time.TimeOfDay;
import org.immutables.value.Value;

/**
 * One observation as a {@link FeedbackReport} lists it: when, where, what, how serious, from where, and its text,
 * redacted as the policy requires. A report lists only observations whose visibility its policy allows, and only
 * when its policy suppresses nothing: a list of single events is a table of counts of one.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ObservationLine {
    ObservationLine() {}

    /**
     * Returns the observation's id.
     *
     * @return never null
     */
    public abstract ObservationId id();

    /**
     * Returns the day it happened, in Stockholm.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns the part of the day it happened, when known.
     *
     * @return the part of the day, or empty when only the day is known
     */
    public abstract Optional<TimeOfDay> timeOfDay();

    /**
     * Returns the area.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the named place, redacted.
     *
     * @return the place, or empty
     */
    public abstract Optional<String> placeName();

    /**
     * Returns the category.
     *
     * @return never null
     */
    public abstract CategoryId category();

    /**
     * Returns the reporter's judgement of how serious it was.
     *
     * @return never null
     */
    public abstract Severity severity();

    /**
     * Returns where it came from.
     *
     * @return never null
     */
    public abstract Source source();

    /**
     * Returns the reporter's pseudonymous id; in the group's reports only.
     *
     * @return the id, or empty
     */
    public abstract Optional<ReporterId> reporter();

    /**
     * Returns how it came in (an e-service, a phone call), redacted.
     *
     * @return the channel, or empty
     */
    public abstract Optional<String> channel();

    /**
     * Returns who may see it; always allowed by the report's policy.
     *
     * @return never null
     */
    public abstract Visibility visibility();

    /**
     * Returns the description, redacted as the policy requires.
     *
     * @return possibly empty
     */
    public abstract String text();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ObservationLine}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableObservationLine.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("ObservationLine")
                .requirePresent(id(), "id")
                .requirePresent(date(), "date")
                .requirePresent(area(), "area")
                .requirePresent(category(), "category")
                .requirePresent(severity(), "severity")
                .requirePresent(source(), "source")
                .requirePresent(visibility(), "visibility")
                .requirePresent(text(), "text")
                .throwIfAny();
    }

    /** Returns a summary without the text: {@code o-1 2025-03-02 EVENING sjoviken/centrum graffiti PARTNERS}. */
    @Override
    public String toString() {
        return id() + " " + date() + timeOfDay().map(t -> " " + t).orElse("") + " " + area() + " " + category() + " "
                + visibility();
    }
}
