package org.est4j.core.feedback;

import java.util.List;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.measure.MeasureId;
import org.immutables.value.Value;

/**
 * The action plan's position on the need for measures in one area (Lag 2023:196, § 5): an area that is a focus
 * area of the year or whose level at the end of the year is in the top two of the scale, and the measures of the
 * plan aimed at it, at an area around it or at an area within it.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AreaNeed {
    AreaNeed() {}

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
     * Returns the level that holds at the end of the year.
     *
     * @return the level, or empty when the area was not assessed
     */
    public abstract Optional<ScaleLevel> level();

    /**
     * Tells whether the area was a focus area during the year.
     *
     * @return true for a focus area
     */
    public abstract boolean focus();

    /**
     * Returns the plan's measures aimed at the area, around it or within it.
     *
     * @return by id, possibly empty
     */
    public abstract List<MeasureId> measures();

    /**
     * Tells whether the plan has a measure for the area.
     *
     * @return true when {@link #measures()} is not empty
     */
    public boolean covered() {
        return !measures().isEmpty();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AreaNeed}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableAreaNeed.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("AreaNeed")
                .requirePresent(area(), "area")
                .require(name() != null && !name().isBlank(), "name", "must not be blank", name())
                .throwIfAny();
    }

    /** Returns {@code Need sjoviken/centrum "Centrum" level 4, focus: 2 measures}. */
    @Override
    public String toString() {
        return "Need " + area() + " \"" + name() + "\"" + level().map(l -> " level " + l.code()).orElse("")
                + (focus() ? ", focus" : "") + ": " + (covered() ? measures().size() + " measures" : "no measure");
    }
}
