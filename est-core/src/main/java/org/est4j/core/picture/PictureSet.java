package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.area.AreaId;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * The compiled <i>lägesbild</i> of one period: a {@link SituationPicture} for every area of the hierarchy, in the
 * hierarchy's pre-order (each area followed by the areas within it), with what was left out and why.
 *
 * <pre>{@code
 * PictureSet set = compiler.compile(store, Period.parse("2026-W47"), List.of(round), reporters);
 * set.picture(AreaId.of("norrtalje/centrum")).total();
 * System.out.println(set);                 // a table of every area
 * System.out.println(set.exclusions());    // what was left out, by reason
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: the period is given; every picture is of that period and of a
 * different area.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PictureSet {
    /** How many areas {@link #toString()} lists before it abbreviates. */
    private static final int ROWS_SHOWN = 40;

    PictureSet() {}

    /**
     * Returns the period compiled.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the pictures, one per area, in the hierarchy's pre-order.
     *
     * @return an unmodifiable list
     */
    public abstract List<SituationPicture> pictures();

    /**
     * Returns the observations left out, by reason.
     *
     * @return never null; {@link Exclusions#none()} by default
     */
    @Value.Default
    public Exclusions exclusions() {
        return Exclusions.none();
    }

    /**
     * Returns notes on the whole compilation, such as "no trend test configured".
     *
     * @return notes, in the order made
     */
    public abstract List<String> notes();

    /** The lookup by area, built on first use. */
    @Value.Lazy
    Map<AreaId, SituationPicture> byArea() {
        Map<AreaId, SituationPicture> map = new HashMap<>();
        for (SituationPicture p : pictures()) {
            map.put(p.area(), p);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the picture of an area.
     *
     * @param area the area
     * @return its picture
     * @throws UnknownReferenceException (kind {@code area}) when the set has no picture of that area
     */
    public SituationPicture picture(AreaId area) {
        return find(area).orElseThrow(() -> new UnknownReferenceException("area", area.value(),
                "picture set " + period()));
    }

    /**
     * Looks up the picture of an area.
     *
     * @param area the area
     * @return its picture, or empty
     */
    public Optional<SituationPicture> find(AreaId area) {
        return Optional.ofNullable(byArea().get(requireNonNull(area, "area")));
    }

    /**
     * Returns the number of pictures.
     *
     * @return the number of areas
     */
    public int size() {
        return pictures().size();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PictureSet}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutablePictureSet.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("PictureSet").requirePresent(period(), "period");
        Map<AreaId, Integer> seen = new HashMap<>();
        for (int i = 0; i < pictures().size(); i++) {
            SituationPicture p = pictures().get(i);
            problems.require(period() == null || p.period().equals(period()), "pictures[" + i + "].period",
                    "must be the set's period " + period(), p.period());
            Integer earlier = seen.putIfAbsent(p.area(), i);
            problems.require(earlier == null, "pictures[" + i + "].area",
                    "must be unique; pictures[" + earlier + "] is of the same area", p.area());
        }
        problems.throwIfAny();
    }

    /**
     * Returns a table of the pictures (area, total, own, harm, coverage, trends, hotspots), then the notes and the
     * exclusions.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PictureSet ").append(period()).append(": ").append(size())
                .append(size() == 1 ? " area" : " areas");
        s.append(String.format(Locale.ROOT, "\n  %-32s %8s %8s %9s %9s  %s", "area", "total", "own", "harm",
                "coverage", "trend / hotspots"));
        int shown = 0;
        for (SituationPicture p : pictures()) {
            if (shown++ == ROWS_SHOWN) {
                s.append(String.format(Locale.ROOT, "\n  … and %d more", size() - ROWS_SHOWN));
                break;
            }
            String coverage = p.coverage().map(c -> String.format(Locale.ROOT, "%.0f %%%s", c.responseRate() * 100,
                    c.isLow() ? "!" : "")).orElse("-");
            StringBuilder extra = new StringBuilder();
            for (Trend t : p.trends()) {
                extra.append(t.comparison() == Trend.Comparison.PREVIOUS_PERIODS ? "prev " : "year ")
                        .append(t.direction().name().toLowerCase(Locale.ROOT)).append(' ');
            }
            if (!p.hotspots().isEmpty()) {
                extra.append(p.hotspots().size()).append(" hotspot").append(p.hotspots().size() == 1 ? "" : "s");
            }
            s.append(String.format(Locale.ROOT, "\n  %-32s %8d %8d %9.1f %9s  %s", p.area(), p.total(), p.ownTotal(),
                    p.harmScore(), coverage, extra.toString().trim()));
        }
        for (String note : notes()) {
            s.append("\n").append("  note: ").append(note);
        }
        return s.append("\n").append(exclusions()).toString();
    }
}
