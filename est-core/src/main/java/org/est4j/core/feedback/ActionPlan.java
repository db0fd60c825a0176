package org.est4j.core.feedback;

import java.util.List;
import java.util.SortedMap;
import org.est4j.core.Problems;
import org.est4j.core.mapping.ActorId;
import org.immutables.value.Value;

/**
 * The <i>åtgärdsplan</i> of Lag 2023:196, § 5: the position taken on the need for measures, area by area, and the
 * measures decided — each with its lead actor, partners, schedule and follow-up — with the actors the
 * coordination brings together.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActionPlan {
    ActionPlan() {}

    /**
     * Returns the areas where the need for measures was judged: focus areas and areas at the top two levels.
     *
     * @return in the hierarchy's pre-order
     */
    public abstract List<AreaNeed> needs();

    /**
     * Returns the measures active during the year that the audience may see, with their latest follow-up.
     *
     * @return by id
     */
    public abstract List<MeasureRow> measures();

    /**
     * Returns the actors that lead or take part in the measures shown, with their names.
     *
     * @return sorted by id
     */
    @Value.NaturalOrder
    public abstract SortedMap<ActorId, String> actors();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ActionPlan}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableActionPlan.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("ActionPlan");
        for (int i = 0; i < measures().size(); i++) {
            MeasureRow m = measures().get(i);
            problems.require(actors().containsKey(m.leadActor()), "actors", "must hold the lead actor of measures["
                    + i + "]", m.leadActor());
        }
        problems.throwIfAny();
    }

    /** Returns {@code Åtgärdsplan: 4 needs (3 covered), 6 measures, 9 actors}. */
    @Override
    public String toString() {
        return "Åtgärdsplan: " + needs().size() + " needs (" + needs().stream().filter(AreaNeed::covered).count()
                + " covered), " + measures().size() + " measures, " + actors().size() + " actors";
    }
}
