package org.est4j.core.feedback;

import java.util.List;
import java.util.SortedMap;
import org.est4j.core.Problems;
import org.est4j.core.analysis.TriangleSide;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * A cause analysis as a statutory report shows it: the group's notes on each side of the problem triangle and its
 * conclusions, redacted. Only analyses whose visibility the policy allows are shown, and without the observations
 * and the computed patterns behind them (they count observations the audience may not see).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CauseSummary {
    CauseSummary() {}

    /**
     * Returns the focus area analysed.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the period of the analysis.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the notes of each side that has any, redacted.
     *
     * @return in the order of {@link TriangleSide}
     */
    @Value.NaturalOrder
    public abstract SortedMap<TriangleSide, List<String>> sides();

    /**
     * Returns the group's conclusions, redacted.
     *
     * @return possibly empty
     */
    public abstract List<String> conclusions();

    /**
     * Returns who may see the analysis; always allowed by the report's policy.
     *
     * @return never null
     */
    public abstract Visibility visibility();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CauseSummary}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCauseSummary.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("CauseSummary")
                .requirePresent(area(), "area")
                .requirePresent(period(), "period")
                .requirePresent(visibility(), "visibility")
                .throwIfAny();
    }

    /** Returns {@code Cause analysis sjoviken/centrum 2025-Q2: 3 sides, 2 conclusions}. */
    @Override
    public String toString() {
        return "Cause analysis " + area() + " " + period() + ": " + sides().size() + " sides, " + conclusions().size()
                + " conclusions";
    }
}
