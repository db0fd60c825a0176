package org.est4j.core.feedback;

import java.util.List;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A hotspot as a {@link FeedbackReport} shows it: a place designated for a time window, found in the observations
 * the audience may see. Its place name and reasons are redacted as the policy requires; the reasons (which quote
 * counts) are left out of reports whose policy suppresses small counts, and such reports list a hotspot only when
 * it rests on at least the policy's minimum count of observations.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HotspotRow {
    HotspotRow() {}

    /**
     * Returns the area the hotspot lies in.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the name of the place, redacted as the policy requires.
     *
     * @return the name, or empty when the hotspot is a whole area or a point
     */
    public abstract Optional<String> placeName();

    /**
     * Returns the point of the place.
     *
     * @return the point, or empty
     */
    public abstract Optional<GeoPoint> point();

    /**
     * Returns the days the place is designated.
     *
     * @return a bounded range
     */
    public abstract LocalDateRange window();

    /**
     * Returns the id of the detector that found it, such as {@code repeat-location}.
     *
     * @return never blank
     */
    public abstract String method();

    /**
     * Returns why it was designated, redacted.
     *
     * @return the detector's reasons; empty in reports whose policy suppresses small counts
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

    /** Builds a {@link HotspotRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableHotspotRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("HotspotRow")
                .requirePresent(area(), "area")
                .requirePresent(window(), "window")
                .require(method() != null && !method().isBlank(), "method", "must not be blank", method())
                .require(placeName().map(n -> !n.isBlank()).orElse(true), "placeName", "must not be blank when given",
                        null)
                .throwIfAny();
    }

    /** Returns {@code Hotspot sjoviken/centrum "Resecentrum" 2025-04-07..2025-04-13 repeat-location}. */
    @Override
    public String toString() {
        return "Hotspot " + area() + placeName().map(n -> " \"" + n + "\"").orElse("") + " " + window().getStart()
                + ".." + window().getEndInclusive() + " " + method();
    }
}
