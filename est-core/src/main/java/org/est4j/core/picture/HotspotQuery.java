package org.est4j.core.picture;

import java.util.List;
import java.util.Map;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.Observation;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * What a {@link org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector} examines: one area of a hierarchy, a
 * window of dates, the observations in the area and every area within it in that window, and the window's totals
 * of the area's children, for methods that compare a child with its siblings or with the parent's rate.
 *
 * <p>The picture compiler asks for hotspots in every area that has sub-areas or named places, with the period as
 * the window. The observations come sorted by occurrence, then id ({@link Observation#byOccurrence()}), so that a
 * detector sees the same input whatever order the observations were added in.
 *
 * <p>Rules, all checked at once by the builder: every attribute is given; the area is in the hierarchy; the window
 * is bounded and not empty; every observation is in the area or an area within it and on a date in the window;
 * every key of {@link #childTotals()} is a child of the area and every total is not negative.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HotspotQuery {
    HotspotQuery() {}

    /**
     * Returns the hierarchy the area belongs to.
     *
     * @return never null
     */
    public abstract AreaHierarchy hierarchy();

    /**
     * Returns the area examined.
     *
     * @return an area of {@link #hierarchy()}
     */
    public abstract AreaId area();

    /**
     * Returns the dates examined.
     *
     * @return a bounded, non-empty, half-open range
     */
    public abstract LocalDateRange window();

    /**
     * Returns the observations in the area and every area within it, in the window.
     *
     * @return observations sorted by occurrence, then id
     */
    public abstract List<Observation> observations();

    /**
     * Returns the totals in the window of the area's children (each counting its own subtree), children with
     * none included as 0.
     *
     * @return totals by child, in the hierarchy's order
     */
    public abstract Map<AreaId, Long> childTotals();

    /**
     * Returns the number of observations examined.
     *
     * @return the size of {@link #observations()}
     */
    public int total() {
        return observations().size();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HotspotQuery}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableHotspotQuery.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        LocalDateRange w = window();
        Problems problems = Problems.of("HotspotQuery")
                .requirePresent(hierarchy(), "hierarchy")
                .requirePresent(area(), "area")
                .requirePresent(w, "window")
                .require(w == null || !(w.isUnboundedStart() || w.isUnboundedEnd()), "window", "must be bounded", w)
                .require(w == null || !w.isEmpty(), "window", "must hold at least one day", w);
        if (hierarchy() == null || area() == null) {
            problems.throwIfAny();
            return;
        }
        int index = hierarchy().indexOf(area());
        problems.require(index >= 0, "area", "must be an area of the hierarchy", area());
        if (index >= 0) {
            int end = hierarchy().subtreeEnd(index);
            for (int i = 0; i < observations().size(); i++) {
                Observation o = observations().get(i);
                int at = hierarchy().indexOf(o.area());
                problems.require(at >= index && at < end, "observations[" + i + "].area",
                        "must be " + area() + " or an area within it", o.area());
                problems.require(w == null || w.isUnboundedStart() || w.isUnboundedEnd() || w.contains(o.occurredDate()),
                        "observations[" + i + "].occurredAt", "must be on a date in the window " + w, o.occurredDate());
            }
            childTotals().forEach((child, total) -> {
                int c = hierarchy().indexOf(child);
                problems.require(c >= 0 && hierarchy().parentIndex(c) == index, "childTotals[" + child + "]",
                        "must be a child of " + area(), child);
                problems.require(total >= 0, "childTotals[" + child + "]", "must not be negative", total);
            });
        }
        problems.throwIfAny();
    }

    /** Returns a summary such as {@code HotspotQuery centrum 2026-11-16..2026-11-22: 14 observations, 3 children}. */
    @Override
    public String toString() {
        return "HotspotQuery " + area() + " " + window().getStart() + ".." + window().getEndInclusive() + ": "
                + total() + " observations, " + childTotals().size() + " children";
    }
}
