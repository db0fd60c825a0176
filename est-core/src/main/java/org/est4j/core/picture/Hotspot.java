package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.time.Period;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A place designated as a hotspot for a time window: it needs extra action now, even where the area around it is
 * calm. Being a hotspot is not a permanent property of a place; the same square may be designated in November
 * and not in January.
 *
 * <p>A hotspot names the {@link #area() area} (usually a place or a sub-area of the area of the picture), and
 * optionally a {@link #placeName() place name} and a {@link #point() point} when the designation is narrower than
 * the area, such as one stairwell of a block. It records the {@link #method() detection method} that found it
 * (such as {@code "repeat-location"}, {@code "excess-rate"} or {@code "gi-star"}, or {@code "manual"} when the
 * group designated it), the method's {@link #score() score}, the observations behind it and the reasons in words.
 *
 * <pre>{@code
 * Hotspot h = Hotspot.builder().area(AreaId.of("norrtalje/centrum/torget")).placeName("Torget, busshållplatsen")
 *         .window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29)))
 *         .method("repeat-location").score(6)
 *         .addObservations(ObservationId.of("o-101"), ObservationId.of("o-117"))
 *         .addReasons("6 reports of gatherings at the same stop in two weeks").build();
 * }</pre>
 *
 * <p>Rules, checked by {@link Builder#build()}: the window is bounded and not empty (it is half-open, as every
 * {@link LocalDateRange}: {@code LocalDateRange.ofClosed(from, to)} designates {@code from} to {@code to}
 * inclusive); the score is a finite number, whose scale is the method's own (a count, a ratio, a z-score), so
 * scores of different methods are not comparable; observations are listed once each, in the order given; there is at
 * least one reason and none is blank; a place name is not blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Hotspot {
    private static final Pattern METHOD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/\\-]{0,127}");

    Hotspot() {}

    /**
     * Returns the area designated: a place, or a sub-area of the area the picture is about.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the name of the place when the designation is narrower than the area, such as
     * {@code "Torget, busshållplatsen"}.
     *
     * @return the name, never blank, or empty
     */
    public abstract Optional<String> placeName();

    /**
     * Returns the position of the place, when known.
     *
     * @return the point, or empty
     */
    public abstract Optional<GeoPoint> point();

    /**
     * Returns the dates for which the place is designated.
     *
     * @return a bounded, non-empty, half-open range of dates
     */
    public abstract LocalDateRange window();

    /**
     * Returns the id of the detection method that found the hotspot, such as {@code "repeat-location"},
     * {@code "excess-rate"}, {@code "gi-star"} or {@code "manual"}.
     *
     * @return letters, digits and {@code . _ : / -}
     */
    public abstract String method();

    /**
     * Returns the method's score for the place; higher is hotter. Its unit is the method's own.
     *
     * @return a finite number
     */
    public abstract double score();

    /**
     * Returns the observations behind the designation, each once, in the order given.
     *
     * @return an unmodifiable list, possibly empty (a method working on aggregated data may name none)
     */
    public abstract List<ObservationId> observations();

    /**
     * Returns why the place was designated, in words.
     *
     * @return an unmodifiable list of at least one reason
     */
    public abstract List<String> reasons();

    /**
     * Tells whether the place is designated on a date.
     *
     * @param date a date
     * @return true when the date is in the {@link #window()}
     */
    public boolean isDesignatedOn(LocalDate date) {
        return window().contains(requireNonNull(date, "date"));
    }

    /**
     * Tells whether the designation overlaps a period by at least one day.
     *
     * @param period a period
     * @return true when the window and the period share a day
     */
    public boolean overlaps(Period period) {
        return window().overlaps(requireNonNull(period, "period").dates());
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Hotspot}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableHotspot.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        LocalDateRange w = window();
        Problems problems = Problems.of("Hotspot")
                .requirePresent(area(), "area")
                .require(placeName().map(n -> !n.isBlank()).orElse(true), "placeName", "must not be blank when given",
                        placeName().map(n -> "'" + n + "'").orElse(null))
                .requirePresent(w, "window")
                .require(w == null || !(w.isUnboundedStart() || w.isUnboundedEnd()), "window",
                        "must be bounded: give the first and last designated dates", w)
                .require(w == null || !w.isEmpty(), "window", "must hold at least one day", w)
                .requirePresent(method(), "method")
                .require(method() == null || METHOD.matcher(method()).matches(), "method",
                        "must be 1 to 128 letters, digits and . _ : / - starting with a letter or digit",
                        method() == null ? null : "'" + method() + "'")
                .require(Double.isFinite(score()), "score", "must be a finite number", score())
                .require(!reasons().isEmpty(), "reasons", "must hold at least one reason for the designation", null);
        Set<ObservationId> seen = new HashSet<>();
        for (int i = 0; i < observations().size(); i++) {
            ObservationId observation = observations().get(i);
            problems.requirePresent(observation, "observations[" + i + "]");
            problems.require(observation == null || seen.add(observation), "observations[" + i + "]",
                    "must be listed only once", observation);
        }
        for (int i = 0; i < reasons().size(); i++) {
            String reason = reasons().get(i);
            problems.require(reason != null && !reason.isBlank(), "reasons[" + i + "]", "must not be null or blank",
                    reason == null ? null : "'" + reason + "'");
        }
        problems.throwIfAny();
    }

    /**
     * Returns the area, place, window, method and score, such as {@code Hotspot norrtalje/centrum/torget
     * "Torget, busshållplatsen" 2026-11-16..2026-11-29 repeat-location score 6.00 (2 observations)}.
     */
    @Override
    public String toString() {
        return "Hotspot " + area() + placeName().map(n -> " \"" + n + "\"").orElse("") + " "
                + window().getStart() + ".." + window().getEndInclusive() + " " + method()
                + String.format(Locale.ROOT, " score %.2f", score()) + " (" + observations().size()
                + (observations().size() == 1 ? " observation)" : " observations)");
    }
}
