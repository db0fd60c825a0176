package org.est4j.io.geojson;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.immutables.value.Value;

/**
 * What {@link PointAssigner#assign(java.util.Collection)} did with each observation: placed it in the deepest area
 * whose shape covers its point, or left it unchanged because its point lies in no shape or it has no point. No
 * observation is dropped: {@code assigned + outside + withoutPoint = observations given}.
 *
 * <pre>{@code
 * PointAssignment r = assigner.assign(observations);
 * store.addAll(r.assigned());                 // placed by their points
 * r.reassigned();                             // the ids whose area changed, to review
 * r.outside();                                // points outside every area: wrong coordinates, or outside the municipality
 * }</pre>
 *
 * <p>Rules, checked by the builder: every reassigned id is the id of an assigned observation, once.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PointAssignment {
    PointAssignment() {}

    /**
     * Returns the observations whose point lies in an area's shape, each with the area decided, in the order given.
     *
     * @return the observations placed
     */
    public abstract List<Observation> assigned();

    /**
     * Returns the ids of the assigned observations whose area was changed.
     *
     * @return ids in the order given
     */
    public abstract List<ObservationId> reassigned();

    /**
     * Returns the observations whose point lies in no area's shape, unchanged, in the order given.
     *
     * @return the observations outside
     */
    public abstract List<Observation> outside();

    /**
     * Returns the observations without a point, unchanged, in the order given.
     *
     * @return the observations without a point
     */
    public abstract List<Observation> withoutPoint();

    /**
     * Returns the number of observations given.
     *
     * @return {@code assigned + outside + withoutPoint}
     */
    public int total() {
        return assigned().size() + outside().size() + withoutPoint().size();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PointAssignment}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutablePointAssignment.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Set<ObservationId> assignedIds = new HashSet<>();
        assigned().forEach(o -> assignedIds.add(o.id()));
        Set<ObservationId> seen = new HashSet<>();
        Problems problems = Problems.of("PointAssignment");
        for (int i = 0; i < reassigned().size(); i++) {
            ObservationId id = reassigned().get(i);
            problems.require(assignedIds.contains(id), "reassigned[" + i + "]", "must be the id of an assigned"
                    + " observation", id);
            problems.require(seen.add(id), "reassigned[" + i + "]", "must be listed once", id);
        }
        problems.throwIfAny();
    }

    /** Returns the counts, such as {@code PointAssignment[120 assigned (14 reassigned), 3 outside, 40 without point]}. */
    @Override
    public String toString() {
        return "PointAssignment[" + assigned().size() + " assigned (" + reassigned().size() + " reassigned), "
                + outside().size() + " outside, " + withoutPoint().size() + " without point]";
    }
}
