package org.est4j.core.feedback;

import java.util.List;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * A focus area (<i>fokusområde</i>) of an analysis period, as a {@link FeedbackReport} shows it: chosen for the
 * greatest need and the greatest possibility to influence. The choice itself is the group's and is shown to every
 * audience; the ranking's reasons, computed from all the data, only in reports that
 * {@linkplain FeedbackReport#showsReasons() show reasons}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FocusArea {
    FocusArea() {}

    /**
     * Returns the area.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the area's name.
     *
     * @return never blank
     */
    public abstract String name();

    /**
     * Returns the analysis period the area was chosen for, such as a quarter.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the area's place among the focus areas of its period.
     *
     * @return 1 for the first
     */
    public abstract int rank();

    /**
     * Tells whether the group decided the focus areas, rather than letting the suggestion stand.
     *
     * @return true when decided
     */
    public abstract boolean decided();

    /**
     * Returns why the area ranks where it does, redacted; in reports that show reasons only.
     *
     * @return possibly empty
     */
    public abstract List<String> reasons();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FocusArea}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableFocusArea.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("FocusArea")
                .requirePresent(area(), "area")
                .require(name() != null && !name().isBlank(), "name", "must not be blank", name())
                .requirePresent(period(), "period")
                .require(rank() >= 1, "rank", "must be 1 or more", rank())
                .throwIfAny();
    }

    /** Returns {@code Focus 1 in 2025-Q2: sjoviken/centrum "Centrum" (decided)}. */
    @Override
    public String toString() {
        return "Focus " + rank() + " in " + period() + ": " + area() + " \"" + name() + "\"" + (decided() ? " (decided)"
                : "");
    }
}
