package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.immutables.value.Value;

/**
 * The situational picture (<i>lägesbild</i>) of one area for one period: what was observed there, how serious it
 * was, when, whether it is changing, where it concentrates, and how much the picture can be trusted.
 *
 * <h2>What is counted</h2>
 * An observation counts in the area it was recorded on and in every area that area lies within, once each, never
 * twice. {@link #total()} counts them all; {@link #ownTotal()} only those recorded directly on this area (not on
 * one of its sub-areas), so for an area whose children partition it {@code total = ownTotal + Σ children's total}.
 *
 * <h2>Breakdowns</h2>
 * Every map holds only positive counts (a missing key means 0) and iterates in a fixed order: categories in
 * taxonomy order, enums in their natural order. The compiler fills every breakdown so that it accounts for every
 * observation:
 * <pre>
 *   Σ countsByTopLevel = Σ countsByCategory = Σ countsBySeverity = Σ countsByWeekday = Σ countsByLight = total
 *   Σ countsByTimeOfDay + timeOfDayUnknown = total
 * </pre>
 * A picture built by hand (in a test, or by a host from its own figures) may leave a breakdown empty, meaning "not
 * given"; a breakdown that is not empty must add up as above.
 * <ul>
 *   <li>{@link #countsByTopLevel()}: per top-level category, observations filed under it or any of its
 *       children;</li>
 *   <li>{@link #countsByCategory()}: per category as filed: a child category, or a top-level one when the
 *       observation was filed there directly;</li>
 *   <li>{@link #countsByTimeOfDay()} and {@link #countsByLight()} count only what is known: an observation whose
 *       time is known only to the day is in {@link #timeOfDayUnknown()} and under {@link Light#UNKNOWN}.</li>
 * </ul>
 *
 * <h2>Scores</h2>
 * Context categories (a planned event) are shown in the counts but left out of both scores:
 * <pre>
 *   severityScore = Σ over problem observations of severity rank (1 minor … 5 serious)
 *   harmScore     = Σ over categories c of count(c, as filed) × weight(c)      (weights: {@link HarmWeights})
 * </pre>
 * The severity score is the reporters' own judgement summed: 4 moderate reports score 12, as do 3 considerable
 * ones; the harm score is the group's judgement of the categories. Both grow with the count; an
 * assessment model compares them with the area's history.
 *
 * <h2>Trust</h2>
 * {@link #coverage()} says how many of the area's reporters answered; {@link #notes()} says in words when the
 * picture is built on low coverage ("silence is not calm") or lacks trends or hotspots.
 *
 * <p>Rules, all checked at once by the builder: area and period are given; counts are not negative and
 * {@code ownTotal ≤ total}; map values are positive; each breakdown is empty or adds up; the ids behind a figure,
 * when given, are exactly as many as the figure (that each is listed once is the maker's duty: the compiler's
 * lists are; checking it here would cost more than compiling); at most one trend per comparison; history
 * periods are of the period's kind and before it; the coverage, when given, is of this area.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SituationPicture {
    SituationPicture() {}

    /**
     * Returns the area the picture is of.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the period the picture covers.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the number of observations in the area and every area within it in the period.
     *
     * @return 0 or more
     */
    public abstract long total();

    /**
     * Returns the number of observations recorded on this area itself, not on an area within it.
     *
     * @return 0 to {@link #total()}
     */
    public abstract long ownTotal();

    /**
     * Returns the number of observations in context categories (such as planned events): counted, but not in the
     * scores.
     *
     * @return 0 to {@link #total()}
     */
    public abstract long contextTotal();

    /**
     * Returns the counts per top-level category: observations filed under it or under any of its children.
     *
     * @return positive counts in taxonomy order
     */
    public abstract Map<CategoryId, Long> countsByTopLevel();

    /**
     * Returns the counts per category as filed: each observation once, under the category it was filed under.
     *
     * @return positive counts in taxonomy order
     */
    public abstract Map<CategoryId, Long> countsByCategory();

    /**
     * Returns the counts per severity the reporters gave.
     *
     * @return positive counts, minor first
     */
    @Value.NaturalOrder
    public abstract SortedMap<Severity, Long> countsBySeverity();

    /**
     * Returns the counts per day of the week, in Stockholm time.
     *
     * @return positive counts, Monday first
     */
    @Value.NaturalOrder
    public abstract SortedMap<DayOfWeek, Long> countsByWeekday();

    /**
     * Returns the counts per part of the day, for observations whose part of the day is known.
     *
     * @return positive counts, night first
     */
    @Value.NaturalOrder
    public abstract SortedMap<TimeOfDay, Long> countsByTimeOfDay();

    /**
     * Returns the number of observations whose part of the day is not known (only the date is).
     *
     * @return 0 or more
     */
    public abstract long timeOfDayUnknown();

    /**
     * Returns the counts by daylight and darkness, with {@link Light#UNKNOWN} for those that cannot be told.
     *
     * @return positive counts in the order daylight, darkness, unknown
     */
    @Value.NaturalOrder
    public abstract SortedMap<Light, Long> countsByLight();

    /**
     * Returns the severity-weighted score: the sum of the severity ranks (1 to 5) of the observations in problem
     * categories.
     *
     * @return 0 or more
     */
    public abstract long severityScore();

    /**
     * Returns the harm-weighted score: the sum over categories of the count filed there times the category's
     * {@linkplain HarmWeights harm weight}.
     *
     * @return a finite number, 0 or more
     */
    public abstract double harmScore();

    /**
     * Returns the ids of the observations behind each category figure, keyed as {@link #count(CategoryId)}: for a
     * top-level category every observation filed under it or its children, for a child category those filed under
     * it. Empty when the compiler was told not to keep ids.
     *
     * @return lists in order of occurrence (then id), in taxonomy order of their keys
     */
    public abstract Map<CategoryId, List<ObservationId>> observationIds();

    /**
     * Returns how well the round covered the area.
     *
     * @return the coverage, or empty when no round was given
     */
    public abstract Optional<Coverage> coverage();

    /**
     * Returns the trends: against the previous periods, against the same period last year, or both.
     *
     * @return 0 to 2 trends, at most one per comparison, previous periods first
     */
    public abstract List<Trend> trends();

    /**
     * Returns the totals of earlier periods, for charts: the previous periods and the same period last year.
     *
     * @return totals by period, oldest first
     */
    @Value.NaturalOrder
    public abstract SortedMap<Period, Long> history();

    /**
     * Returns the hotspots found within the area in the period.
     *
     * @return hotspots, by detector in the order configured, each detector's in its own order
     */
    public abstract List<Hotspot> hotspots();

    /**
     * Returns notes in words on how to read the picture, such as low coverage.
     *
     * @return notes, in the order made
     */
    public abstract List<String> notes();

    // ------------------------------------------------------------------------------------------- derived

    /**
     * Returns the count of a category: for a top-level category every observation filed under it or its children,
     * for a child category those filed under it.
     *
     * @param category a category id
     * @return the count, 0 when none (or when the id is not a category)
     */
    public long count(CategoryId category) {
        requireNonNull(category, "category");
        Long top = countsByTopLevel().get(category);
        if (top != null) {
            return top;
        }
        return countsByCategory().getOrDefault(category, 0L);
    }

    /**
     * Returns the number of observations in problem categories, those the scores count.
     *
     * @return {@code total − contextTotal}
     */
    public long problemTotal() {
        return total() - contextTotal();
    }

    /**
     * Returns the trend of one comparison.
     *
     * @param comparison the comparison
     * @return the trend, or empty when there is none
     */
    public Optional<Trend> trend(Trend.Comparison comparison) {
        requireNonNull(comparison, "comparison");
        return trends().stream().filter(t -> t.comparison() == comparison).findFirst();
    }

    /**
     * Tells whether the picture rests on low coverage: the round's response rate for the area is below the
     * threshold.
     *
     * @return true when the coverage is given and low
     */
    public boolean hasLowCoverage() {
        return coverage().map(Coverage::isLow).orElse(false);
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SituationPicture}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableSituationPicture.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("SituationPicture")
                .requirePresent(area(), "area")
                .requirePresent(period(), "period")
                .require(total() >= 0, "total", "must not be negative", total())
                .require(ownTotal() >= 0 && ownTotal() <= Math.max(0, total()), "ownTotal",
                        "must be from 0 to total (" + total() + ")", ownTotal())
                .require(contextTotal() >= 0 && contextTotal() <= Math.max(0, total()), "contextTotal",
                        "must be from 0 to total (" + total() + ")", contextTotal())
                .require(timeOfDayUnknown() >= 0 && timeOfDayUnknown() <= Math.max(0, total()), "timeOfDayUnknown",
                        "must be from 0 to total (" + total() + ")", timeOfDayUnknown())
                .require(severityScore() >= 0, "severityScore", "must not be negative", severityScore())
                .require(Double.isFinite(harmScore()) && harmScore() >= 0, "harmScore",
                        "must be a finite number, not negative", harmScore());
        breakdown(problems, countsByTopLevel(), "countsByTopLevel", 0);
        breakdown(problems, countsByCategory(), "countsByCategory", 0);
        breakdown(problems, countsBySeverity(), "countsBySeverity", 0);
        breakdown(problems, countsByWeekday(), "countsByWeekday", 0);
        breakdown(problems, countsByTimeOfDay(), "countsByTimeOfDay", timeOfDayUnknown());
        breakdown(problems, countsByLight(), "countsByLight", 0);
        for (Map.Entry<CategoryId, List<ObservationId>> e : observationIds().entrySet()) {
            String path = "observationIds[" + e.getKey() + "]";
            long expected = count(e.getKey());
            problems.require(e.getValue().size() == expected, path,
                    "must list as many ids as the figure (" + expected + ")", e.getValue().size());
        }
        Set<Trend.Comparison> comparisons = new HashSet<>();
        for (int i = 0; i < trends().size(); i++) {
            Trend t = trends().get(i);
            problems.require(comparisons.add(t.comparison()), "trends[" + i + "]",
                    "must not repeat a comparison", t.comparison());
        }
        if (period() != null) {
            for (Period p : history().keySet()) {
                problems.require(p.kind() == period().kind() && p.compareTo(period()) < 0, "history[" + p + "]",
                        "must be a " + period().kind() + " before " + period(), p);
            }
            for (Long v : history().values()) {
                problems.require(v >= 0, "history", "totals must not be negative", v);
            }
        }
        coverage().ifPresent(c -> problems.require(area() == null || c.area().equals(area()), "coverage.area",
                "must be the picture's area " + area(), c.area()));
        for (int i = 0; i < notes().size(); i++) {
            problems.require(!notes().get(i).isBlank(), "notes[" + i + "]", "must not be blank", null);
        }
        problems.throwIfAny();
    }

    private void breakdown(Problems problems, Map<?, Long> counts, String path, long extra) {
        long sum = extra;
        for (Map.Entry<?, Long> e : counts.entrySet()) {
            problems.require(e.getValue() > 0, path + "[" + e.getKey() + "]",
                    "must be positive; leave out a key whose count is 0", e.getValue());
            sum += e.getValue();
        }
        boolean given = !counts.isEmpty() || extra > 0;
        problems.require(!given || sum == total(), path,
                "must add up to total (" + total() + ")" + (extra > 0 ? " with the unknowns (" + extra + ")" : "")
                        + ", or be empty when not given", sum);
    }

    /**
     * Returns a summary such as {@code SituationPicture centrum 2026-W47: 12 observations (2 own), harm 34.0,
     * severity 40, coverage 60 % (low), PREVIOUS_PERIODS RISING, 1 hotspot}.
     */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "SituationPicture " + area() + " " + period() + ": ", "");
        s.add(total() + " observations (" + ownTotal() + " own" + (contextTotal() > 0 ? ", " + contextTotal()
                + " context" : "") + ")");
        s.add(String.format(Locale.ROOT, "harm %.1f", harmScore()));
        s.add("severity " + severityScore());
        coverage().ifPresent(c -> s.add(String.format(Locale.ROOT, "coverage %.0f %%%s", c.responseRate() * 100,
                c.isLow() ? " (low)" : "")));
        trends().forEach(t -> s.add(t.comparison() + " " + t.direction()));
        if (!hotspots().isEmpty()) {
            s.add(hotspots().size() + (hotspots().size() == 1 ? " hotspot" : " hotspots"));
        }
        return s.toString();
    }
}
