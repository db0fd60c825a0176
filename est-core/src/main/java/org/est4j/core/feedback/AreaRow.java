package org.est4j.core.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * One area of a {@link FeedbackReport}, in the hierarchy's pre-order: where it is, the level the group holds, the
 * trend and hotspots found in the observations the audience may see, and the coverage of its reporters. The
 * area's counts are in the report's {@linkplain FeedbackReport#counts() table}, not here, so that they are
 * suppressed together.
 *
 * <p>The level is the group's judgement and is shown to every audience; what it was suggested from, and why, only
 * in reports that {@linkplain FeedbackReport#showsReasons() show reasons} (see the package's rules).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AreaRow {
    AreaRow() {}

    /**
     * Returns the area's id.
     *
     * @return never null
     */
    public abstract AreaId id();

    /**
     * Returns the area's name.
     *
     * @return never blank
     */
    public abstract String name();

    /**
     * Returns the area's level in the hierarchy, such as {@code tatort}.
     *
     * @return never null
     */
    public abstract AreaLevel areaLevel();

    /**
     * Returns how deep the area lies: 0 for a root.
     *
     * @return 0 or more
     */
    public abstract int depth();

    /**
     * Returns the parent area.
     *
     * @return its id, or empty for a root
     */
    public abstract Optional<AreaId> parent();

    /**
     * Returns the area's point, for maps.
     *
     * @return the point, or empty
     */
    public abstract Optional<GeoPoint> point();

    /**
     * Returns the level that holds on the report's scale: the group's decision when it took one, else the
     * suggestion.
     *
     * @return the level, or empty when the area was not assessed in the period
     */
    public abstract Optional<ScaleLevel> level();

    /**
     * Returns the period the level was assessed for: the report's period or the latest one inside it.
     *
     * @return the period, present exactly when {@link #level()} is
     */
    public abstract Optional<Period> assessedPeriod();

    /**
     * Tells whether the group decided the level (rather than letting the suggestion stand).
     *
     * @return true when decided
     */
    public abstract boolean decided();

    /**
     * Returns the day the group decided the level.
     *
     * @return the day, present when {@link #decided()}
     */
    public abstract Optional<LocalDate> decidedOn();

    /**
     * Returns who decided the level; in reports that show reasons only.
     *
     * @return such as {@code operativa gruppen}, redacted, or empty
     */
    public abstract Optional<String> decidedBy();

    /**
     * Returns the level the assessment model suggested; in reports that show reasons only.
     *
     * @return the suggestion, or empty
     */
    public abstract Optional<ScaleLevel> suggestedLevel();

    /**
     * Returns why the level is what it is: the group's reason for its decision, then the model's reasons;
     * redacted; in reports that show reasons only.
     *
     * @return possibly empty
     */
    public abstract List<String> reasons();

    /**
     * Returns the direction of the trend against the previous periods, in the observations the audience may see.
     *
     * @return the direction, or empty when no trend was computed
     */
    public abstract Optional<Trend.Direction> trend();

    /**
     * Returns the direction of the trend against the same period last year, in the observations the audience may
     * see.
     *
     * @return the direction, or empty when no trend was computed
     */
    public abstract Optional<Trend.Direction> trendLastYear();

    /**
     * Returns the hotspots designated in the area during the period.
     *
     * @return possibly empty
     */
    public abstract List<HotspotRow> hotspots();

    /**
     * Returns the coverage of the area's reporters; not in reports cleared for public material only.
     *
     * @return the coverage, or empty
     */
    public abstract Optional<CoverageRow> coverage();

    /**
     * Tells whether the coverage of the area's reporters was low, so that the picture may miss much of what
     * happened. Given to every audience: silence is not calm.
     *
     * @return true when low
     */
    public abstract boolean lowCoverage();

    /**
     * Tells whether the area is a focus area of the period.
     *
     * @return true for a focus area
     */
    public abstract boolean focus();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AreaRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableAreaRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("AreaRow")
                .requirePresent(id(), "id")
                .require(name() != null && !name().isBlank(), "name", "must not be blank", name())
                .requirePresent(areaLevel(), "areaLevel")
                .require(depth() >= 0, "depth", "must not be negative", depth())
                .require(depth() == 0 || parent().isPresent(), "parent", "is required below the top (depth "
                        + depth() + ")", null)
                .require(level().isPresent() == assessedPeriod().isPresent(), "assessedPeriod",
                        "must be given exactly when a level is", assessedPeriod().orElse(null))
                .require(!decided() || level().isPresent(), "decided", "needs a level", decided())
                .require(decided() || (decidedOn().isEmpty() && decidedBy().isEmpty()), "decidedOn",
                        "must be empty unless the level was decided", decidedOn().orElse(null))
                .require(level().isPresent() || (suggestedLevel().isEmpty() && reasons().isEmpty()), "reasons",
                        "must be empty without a level", reasons().size())
                .require(!lowCoverage() || coverage().map(CoverageRow::low).orElse(true), "lowCoverage",
                        "must agree with the coverage", lowCoverage());
        for (int i = 0; i < reasons().size(); i++) {
            problems.require(!reasons().get(i).isBlank(), "reasons[" + i + "]", "must not be blank", null);
        }
        for (int i = 0; i < hotspots().size(); i++) {
            problems.require(hotspots().get(i).area().equals(id()), "hotspots[" + i + "].area",
                    "must be the row's area " + id(), hotspots().get(i).area());
        }
        problems.throwIfAny();
    }

    /** Returns {@code sjoviken/centrum "Centrum" level 3 (decided), trend RISING, 1 hotspot, low coverage, focus}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(id()).append(" \"").append(name()).append('"');
        level().ifPresent(l -> s.append(" level ").append(l.code()).append(decided() ? " (decided)" : ""));
        trend().ifPresent(t -> s.append(", trend ").append(t));
        if (!hotspots().isEmpty()) {
            s.append(", ").append(hotspots().size()).append(hotspots().size() == 1 ? " hotspot" : " hotspots");
        }
        if (lowCoverage()) {
            s.append(", low coverage");
        }
        if (focus()) {
            s.append(", focus");
        }
        return s.toString();
    }
}
