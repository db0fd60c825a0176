package org.est4j.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.immutables.value.Value;

/**
 * A trained reporter (<i>rapportör</i>): someone at an {@link Actor} who reports what they see in the areas they
 * cover, round after round.
 *
 * <p><b>Why there is no name.</b> A reporter is known to est4j only by a pseudonymous {@link ReporterId}. There
 * is no field for a name, a phone number, an e-mail address or a title, on purpose: EST is about places, not
 * people; reports to a municipality are often public records; and everything est4j produces (pictures, coverage,
 * exports) flows on to partners and to the public. A host that needs to reach a reporter keeps the link from id to
 * person in its own user directory, where its own access rules apply. The optional {@link #unit()} names a
 * workplace, never a person.
 *
 * <p>Which reporters a {@link ReportingRound} expects is stated in the round itself; {@link #active()} only helps
 * to build that list ({@link ReportingRound.Builder#expectActive(Iterable)}) and never changes a round already
 * made.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reporter {
    /** The longest {@link #unit()} accepted. */
    public static final int MAX_UNIT_LENGTH = 200;

    Reporter() {}

    /**
     * Returns the reporter's pseudonymous identifier.
     *
     * @return never null
     */
    public abstract ReporterId id();

    /**
     * Returns the organisation the reporter reports for.
     *
     * @return never null
     */
    public abstract ActorId actor();

    /**
     * Returns the areas the reporter covers, at any level of the hierarchy.
     *
     * @return a non-empty set in id order
     */
    @Value.NaturalOrder
    public abstract SortedSet<AreaId> areas();

    /**
     * Returns the workplace or team within the actor, such as {@code fritidsgården Kvisten} or
     * {@code områdeskontor norr}: a place of work, never a person's name or title.
     *
     * @return the unit, or empty; when present 1 to {@value #MAX_UNIT_LENGTH} characters, not blank
     */
    public abstract Optional<String> unit();

    /**
     * Tells whether the reporter is currently reporting, so that the next round should expect them.
     *
     * @return true unless the reporter has stopped or paused; true by default
     */
    @Value.Default
    public boolean active() {
        return true;
    }

    /**
     * Tells whether the reporter covers an area directly (not through the hierarchy, which this type does not
     * know).
     *
     * @param area the area
     * @return true when {@link #areas()} contains it
     */
    public boolean covers(AreaId area) {
        return areas().contains(requireNonNull(area, "area"));
    }

    /**
     * Returns an active reporter without a unit.
     *
     * @param id the pseudonymous identifier
     * @param actor the organisation reported for
     * @param area an area covered
     * @param moreAreas further areas covered
     * @return the reporter
     * @throws org.est4j.core.ValidationException when a value is missing
     */
    public static Reporter of(ReporterId id, ActorId actor, AreaId area, AreaId... moreAreas) {
        requireNonNull(area, "area");
        requireNonNull(moreAreas, "moreAreas");
        Builder builder = builder();
        builder.id(id).actor(actor).addAreas(area);
        for (AreaId more : moreAreas) {
            builder.addAreas(requireNonNull(more, "moreAreas[]"));
        }
        return builder.build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Reporter}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableReporter.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        String unit = unit().orElse(null);
        Problems.of("Reporter")
                .requirePresent(id(), "id")
                .requirePresent(actor(), "actor")
                .require(!areas().isEmpty(), "areas", "must name at least one area the reporter covers", null)
                .require(unit == null || !unit.isBlank(), "unit", "must not be blank when given", unit)
                .require(unit == null || unit.length() <= MAX_UNIT_LENGTH, "unit",
                        "must be at most " + MAX_UNIT_LENGTH + " characters", unit == null ? null : unit.length() + " characters")
                .throwIfAny();
    }

    /** Returns a summary such as {@code r-017 (bostadsbolaget, områdeskontor norr) covers [centrum, norr]}. */
    @Override
    public String toString() {
        return id() + " (" + actor() + unit().map(u -> ", " + u).orElse("") + ") covers " + areas()
                + (active() ? "" : ", inactive");
    }
}
