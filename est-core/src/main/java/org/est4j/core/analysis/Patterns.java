package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.picture.Light;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.core.time.TimeOfDay;
import org.immutables.value.Value;

/**
 * The patterns in time of an area's observations, for a {@link CauseAnalysis}: season (by month), weekday, time
 * of day and darkness, each with its peak named in words — "most on Fridays and Saturdays (46 %, 12 of 26)",
 * "62 % in darkness (16 of 26 with known light)". EST and Brå ask for these because recurring patterns can be
 * planned for (an <i>årshjul</i>) and point at causes: darkness at lighting, Friday nights at gatherings.
 *
 * <h2>Where the figures come from ({@link #of(Collection)})</h2>
 * <ul>
 *   <li>Weekday, time of day and light: the pictures' breakdowns, summed. A picture that left a breakdown empty
 *       adds nothing to it.</li>
 *   <li>Season: the total of every week, fortnight and month known — the pictures' own, and the earlier periods
 *       in their {@linkplain SituationPicture#history() history} that overlap no picture and no period already
 *       taken (the latest picture's history is read first). Each period counts in the month of its middle day
 *       (the Thursday of an ISO week), with its days; quarters, tertials and years cannot be placed in a month
 *       and are left out. {@link #countsByMonth()} holds every month covered, with 0 when nothing was
 *       observed; months not covered are absent.</li>
 * </ul>
 * Counts are all observations as the pictures count them, planned events included.
 *
 * <h2>The peak</h2>
 * Values are ranked by their rate: the count for weekdays and parts of the day (each weekday and each six-hour
 * part weighs the same), the count per day covered for months. The peak is the highest value, joined by the
 * next ones while they reach at least {@link #PEAK_RATIO two thirds} of its rate, at most three (two for the
 * parts of the day). A peak is named only when
 * <ul>
 *   <li>at least {@value #MIN_OBSERVATIONS} observations have a known value (fewer say little about a pattern),
 *       and</li>
 *   <li>it stands out: its rate is at least {@link #CONCENTRATION 1.5 times} the rate of the rest (the other
 *       weekdays, parts of the day or covered months). A peak that takes in every value is no peak. Otherwise the
 *       observations are "spread without a clear peak".</li>
 * </ul>
 * Darkness is stated as the share of observations in darkness among those whose light is known.
 *
 * <p>Rules, all checked at once by the builder: the area is given; counts are not negative, and the breakdowns by
 * weekday, part of day and light hold only positive counts; every month covered has a positive number of days,
 * and the months of {@link #countsByMonth()} and {@link #daysByMonth()} are the same.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Patterns {
    /** The fewest observations with a known value for a peak to be named. */
    public static final int MIN_OBSERVATIONS = 10;
    /** How close to the highest rate another value must come to join the peak: two thirds. */
    public static final double PEAK_RATIO = 2.0 / 3.0;
    /** How many times the rate of the rest the peak's rate must be, to be named: 1.5. */
    public static final double CONCENTRATION = 1.5;

    private static final int MAX_WEEKDAYS = 3;
    private static final int MAX_TIMES_OF_DAY = 2;
    private static final int MAX_MONTHS = 3;

    Patterns() {}

    /**
     * Returns the area.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the periods of the pictures the patterns were made from.
     *
     * @return sorted, possibly empty for patterns built by hand
     */
    @Value.NaturalOrder
    public abstract SortedSet<Period> periods();

    /**
     * Returns the number of observations in the pictures.
     *
     * @return 0 or more
     */
    public abstract long total();

    /**
     * Returns the observations per month of the year, over every week, fortnight and month known.
     *
     * @return every month covered, January first, with 0 when nothing was observed
     */
    @Value.NaturalOrder
    public abstract SortedMap<Month, Long> countsByMonth();

    /**
     * Returns the days covered per month of the year: the days of the periods counted in that month.
     *
     * @return the same months as {@link #countsByMonth()}, each with a positive number of days
     */
    @Value.NaturalOrder
    public abstract SortedMap<Month, Long> daysByMonth();

    /**
     * Returns the observations per weekday.
     *
     * @return positive counts, Monday first
     */
    @Value.NaturalOrder
    public abstract SortedMap<DayOfWeek, Long> countsByWeekday();

    /**
     * Returns the observations per part of the day, for those whose part of the day is known.
     *
     * @return positive counts, night first
     */
    @Value.NaturalOrder
    public abstract SortedMap<TimeOfDay, Long> countsByTimeOfDay();

    /**
     * Returns the number of observations whose part of the day is not known.
     *
     * @return 0 or more
     */
    public abstract long timeOfDayUnknown();

    /**
     * Returns the observations by daylight and darkness, with {@link Light#UNKNOWN} for those that cannot be told.
     *
     * @return positive counts
     */
    @Value.NaturalOrder
    public abstract SortedMap<Light, Long> countsByLight();

    // ------------------------------------------------------------------------------------------- peaks

    /**
     * Returns the months of the seasonal peak.
     *
     * @return one to three months in calendar order, or empty when no peak can be named
     */
    @Value.Lazy
    public List<Month> peakMonths() {
        return peak(countsByMonth(), daysByMonth(), MAX_MONTHS);
    }

    /**
     * Returns the weekdays of the peak.
     *
     * @return one to three weekdays, Monday first, or empty when no peak can be named
     */
    @Value.Lazy
    public List<DayOfWeek> peakWeekdays() {
        return peak(countsByWeekday(), evenly(DayOfWeek.values()), MAX_WEEKDAYS);
    }

    /**
     * Returns the parts of the day of the peak.
     *
     * @return one or two parts of the day, night first, or empty when no peak can be named
     */
    @Value.Lazy
    public List<TimeOfDay> peakTimesOfDay() {
        return peak(countsByTimeOfDay(), evenly(TimeOfDay.values()), MAX_TIMES_OF_DAY);
    }

    /**
     * Returns the share of observations in darkness among those whose light is known.
     *
     * @return 0 to 1, or empty when no observation's light is known
     */
    public OptionalDouble darknessShare() {
        long known = knownLight();
        return known == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) countsByLight().getOrDefault(Light.DARKNESS, 0L) / known);
    }

    private long knownLight() {
        return countsByLight().getOrDefault(Light.DAYLIGHT, 0L) + countsByLight().getOrDefault(Light.DARKNESS, 0L);
    }

    // ------------------------------------------------------------------------------------------- words

    /**
     * Returns the season in words, such as "most in November and December (46 % of the observations in 33 % of the
     * days covered)".
     *
     * @param locale the reader's locale: Swedish for {@code sv}, English otherwise
     * @return one phrase
     */
    public String seasonText(Locale locale) {
        boolean sv = Words.sv(requireNonNull(locale, "locale"));
        long known = sum(countsByMonth());
        int covered = daysByMonth().size();
        if (covered == 0) {
            return sv ? "inga vecko- eller månadsbilder att se säsongen i"
                    : "no weekly or monthly pictures to tell the season";
        }
        if (covered == 1) {
            Month only = daysByMonth().firstKey();
            return sv ? "bara " + Words.month(only, true) + " täcks: för kort för att se säsongen"
                    : "only " + Words.month(only, false) + " is covered: too short to tell the season";
        }
        if (known < MIN_OBSERVATIONS) {
            return sv ? "för få iakttagelser (" + known + ") för att se säsongen"
                    : "too few observations (" + known + ") to tell the season";
        }
        List<Month> peak = peakMonths();
        if (peak.isEmpty()) {
            return sv ? "spritt över de " + covered + " täckta månaderna utan tydlig topp (" + known + " iakttagelser)"
                    : "spread over the " + covered + " months covered without a clear peak (" + known
                            + " observations)";
        }
        double share = (double) sumOf(countsByMonth(), peak) / known;
        double days = (double) sumOf(daysByMonth(), peak) / sum(daysByMonth());
        String months = Words.join(peak.stream().map(m -> Words.month(m, sv)).collect(Collectors.toList()), sv);
        return sv ? "mest i " + months + " (" + Words.percent(share) + " av iakttagelserna på " + Words.percent(days)
                        + " av de täckta dagarna)"
                : "most in " + months + " (" + Words.percent(share) + " of the observations in " + Words.percent(days)
                        + " of the days covered)";
    }

    /**
     * Returns the weekdays in words, such as "most on Fridays and Saturdays (46 %, 12 of 26)".
     *
     * @param locale the reader's locale: Swedish for {@code sv}, English otherwise
     * @return one phrase
     */
    public String weekdayText(Locale locale) {
        boolean sv = Words.sv(requireNonNull(locale, "locale"));
        long known = sum(countsByWeekday());
        if (known < MIN_OBSERVATIONS) {
            return tooFew(known, sv ? "känd veckodag" : "a known weekday", sv);
        }
        List<DayOfWeek> peak = peakWeekdays();
        if (peak.isEmpty()) {
            return sv ? "spritt över veckan utan tydlig topp (" + known + " iakttagelser)"
                    : "spread over the week without a clear peak (" + known + " observations)";
        }
        long in = sumOf(countsByWeekday(), peak);
        String days = Words.join(peak.stream().map(d -> Words.weekdays(d, sv)).collect(Collectors.toList()), sv);
        return (sv ? "mest på " : "most on ") + days + " (" + Words.percent((double) in / known) + ", " + in
                + (sv ? " av " : " of ") + known + ")";
    }

    /**
     * Returns the parts of the day in words, such as "most in the evening (58 %, 15 of 26 with a known time of
     * day)".
     *
     * @param locale the reader's locale: Swedish for {@code sv}, English otherwise
     * @return one phrase
     */
    public String timeOfDayText(Locale locale) {
        boolean sv = Words.sv(requireNonNull(locale, "locale"));
        long known = sum(countsByTimeOfDay());
        String withKnown = sv ? "känd tid på dygnet" : "a known time of day";
        if (known < MIN_OBSERVATIONS) {
            return tooFew(known, withKnown, sv);
        }
        List<TimeOfDay> peak = peakTimesOfDay();
        if (peak.isEmpty()) {
            return sv ? "spritt över dygnet utan tydlig topp (" + known + " med " + withKnown + ")"
                    : "spread over the day without a clear peak (" + known + " with " + withKnown + ")";
        }
        long in = sumOf(countsByTimeOfDay(), peak);
        String times = Words.join(peak.stream().map(t -> Words.timeOfDay(t, sv)).collect(Collectors.toList()), sv);
        return (sv ? "mest " : "most ") + times + " (" + Words.percent((double) in / known) + ", " + in
                + (sv ? " av " + known + " med " : " of " + known + " with ") + withKnown + ")";
    }

    /**
     * Returns the darkness in words, such as "62 % in darkness (16 of 26 with known light)".
     *
     * @param locale the reader's locale: Swedish for {@code sv}, English otherwise
     * @return one phrase
     */
    public String darknessText(Locale locale) {
        boolean sv = Words.sv(requireNonNull(locale, "locale"));
        long known = knownLight();
        if (known < MIN_OBSERVATIONS) {
            return tooFew(known, sv ? "känt ljus" : "known light", sv);
        }
        long dark = countsByLight().getOrDefault(Light.DARKNESS, 0L);
        return Words.percent((double) dark / known) + (sv ? " i mörker (" + dark + " av " + known + " med känt ljus)"
                : " in darkness (" + dark + " of " + known + " with known light)");
    }

    private static String tooFew(long known, String what, boolean sv) {
        if (known == 0) {
            return sv ? "inga iakttagelser med " + what : "no observations with " + what;
        }
        return sv ? "för få iakttagelser med " + what + " (" + known + ") för att se ett mönster"
                : "too few observations with " + what + " (" + known + ") to tell a pattern";
    }

    /**
     * Returns the four patterns in words, each after its name: season, weekday, time of day, darkness.
     *
     * @param locale the reader's locale: Swedish for {@code sv}, English otherwise
     * @return four lines, such as {@code "Weekday: most on Fridays and Saturdays (46 %, 12 of 26)"}
     */
    public List<String> summary(Locale locale) {
        boolean sv = Words.sv(requireNonNull(locale, "locale"));
        return List.of((sv ? "Säsong: " : "Season: ") + seasonText(locale),
                (sv ? "Veckodag: " : "Weekday: ") + weekdayText(locale),
                (sv ? "Tid på dygnet: " : "Time of day: ") + timeOfDayText(locale),
                (sv ? "Mörker: " : "Darkness: ") + darknessText(locale));
    }

    // ------------------------------------------------------------------------------------------- the peak rule

    private static <K extends Enum<K>> Map<K, Long> evenly(K[] universe) {
        Map<K, Long> weights = new TreeMap<>();
        for (K k : universe) {
            weights.put(k, 1L);
        }
        return weights;
    }

    /**
     * Finds the peak: ranks the keys of {@code weights} by count per weight, takes the highest and the next while
     * they reach two thirds of its rate (at most {@code max}), and keeps them when there are enough observations
     * and their rate is at least 1.5 times the rate of the rest. Computed in integers, so exactly.
     */
    private static <K extends Comparable<K>> List<K> peak(Map<K, Long> counts, Map<K, Long> weights, int max) {
        long known = sum(counts);
        if (known < MIN_OBSERVATIONS || weights.isEmpty()) {
            return List.of();
        }
        Function<K, Long> count = k -> counts.getOrDefault(k, 0L);
        // a before b when a's rate is higher: count(a) / w(a) > count(b) / w(b)
        Comparator<K> byRate = (a, b) -> Long.compare(count.apply(b) * weights.get(a), count.apply(a) * weights.get(b));
        List<K> ranked = new ArrayList<>(weights.keySet());
        ranked.sort(byRate.thenComparing(Comparator.naturalOrder()));
        K top = ranked.get(0);
        List<K> chosen = new ArrayList<>(List.of(top));
        for (K k : ranked.subList(1, ranked.size())) {
            // rate(k) ≥ 2/3 × rate(top)  ⇔  3 × count(k) × w(top) ≥ 2 × count(top) × w(k)
            if (chosen.size() >= max || 3 * count.apply(k) * weights.get(top) < 2 * count.apply(top) * weights.get(k)) {
                break;
            }
            chosen.add(k);
        }
        long in = sumOf(counts, chosen);
        long weightIn = sumOf(weights, chosen);
        long out = known - in;
        long weightOut = sum(weights) - weightIn;
        // in / weightIn ≥ 1.5 × out / weightOut  ⇔  2 × in × weightOut ≥ 3 × out × weightIn; no rest, no peak
        if (weightOut == 0 || 2 * in * weightOut < 3 * out * weightIn) {
            return List.of();
        }
        chosen.sort(Comparator.naturalOrder());
        return List.copyOf(chosen);
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <K> long sumOf(Map<K, Long> counts, List<K> keys) {
        return keys.stream().mapToLong(k -> counts.getOrDefault(k, 0L)).sum();
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Computes the patterns of one area's pictures.
     *
     * @param pictures pictures of one area, in any order, no two of which share a day
     * @return the patterns
     * @throws org.est4j.core.ValidationException when there is no picture, the pictures are of different areas,
     *     or two of them share a day
     */
    public static Patterns of(Collection<SituationPicture> pictures) {
        requireNonNull(pictures, "pictures");
        List<SituationPicture> list = List.copyOf(pictures);
        Problems problems = Problems.of("Patterns")
                .require(!list.isEmpty(), "pictures", "must hold at least one picture", null);
        for (int i = 1; i < list.size(); i++) {
            problems.require(list.get(i).area().equals(list.get(0).area()), "pictures[" + i + "].area",
                    "must be the area of pictures[0], " + list.get(0).area(), list.get(i).area());
        }
        Candidate.overlaps(problems, list, "pictures");
        problems.throwIfAny();

        Builder b = builder().area(list.get(0).area());
        Map<DayOfWeek, Long> weekdays = new EnumMap<>(DayOfWeek.class);
        Map<TimeOfDay, Long> times = new EnumMap<>(TimeOfDay.class);
        Map<Light, Long> light = new EnumMap<>(Light.class);
        long total = 0;
        long unknown = 0;
        for (SituationPicture p : list) {
            b.addPeriods(p.period());
            total += p.total();
            unknown += p.timeOfDayUnknown();
            p.countsByWeekday().forEach((k, v) -> weekdays.merge(k, v, Long::sum));
            p.countsByTimeOfDay().forEach((k, v) -> times.merge(k, v, Long::sum));
            p.countsByLight().forEach((k, v) -> light.merge(k, v, Long::sum));
        }
        Map<Month, Long> counts = new EnumMap<>(Month.class);
        Map<Month, Long> days = new EnumMap<>(Month.class);
        seasonTotals(list).forEach((period, count) -> {
            Month month = middle(period).getMonth();
            counts.merge(month, count, Long::sum);
            days.merge(month, (long) period.lengthInDays(), Long::sum);
        });
        return b.total(total).timeOfDayUnknown(unknown).countsByWeekday(weekdays).countsByTimeOfDay(times)
                .countsByLight(light).countsByMonth(counts).daysByMonth(days).build();
    }

    /** The totals of the weeks, fortnights and months known: the pictures', then their history's. */
    private static Map<Period, Long> seasonTotals(List<SituationPicture> pictures) {
        List<Period> taken = new ArrayList<>();
        Map<Period, Long> totals = new TreeMap<>();
        for (SituationPicture p : pictures) {
            taken.add(p.period());
            totals.put(p.period(), p.total());
        }
        List<SituationPicture> latestFirst = new ArrayList<>(pictures);
        latestFirst.sort(Comparator.comparing(SituationPicture::period).reversed());
        for (SituationPicture p : latestFirst) {
            p.history().forEach((period, count) -> {
                if (taken.stream().noneMatch(t -> t.dates().overlaps(period.dates()))) {
                    taken.add(period);
                    totals.put(period, count);
                }
            });
        }
        totals.keySet().removeIf(period -> period.kind() != PeriodKind.WEEK && period.kind() != PeriodKind.FORTNIGHT
                && period.kind() != PeriodKind.MONTH);
        return totals;
    }

    private static LocalDate middle(Period period) {
        return period.startDate().plusDays((period.lengthInDays() - 1) / 2);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Patterns}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutablePatterns.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Patterns")
                .requirePresent(area(), "area")
                .require(total() >= 0, "total", "must not be negative", total())
                .require(timeOfDayUnknown() >= 0, "timeOfDayUnknown", "must not be negative", timeOfDayUnknown())
                .require(countsByMonth().keySet().equals(daysByMonth().keySet()), "daysByMonth",
                        "must hold the same months as countsByMonth " + countsByMonth().keySet(),
                        daysByMonth().keySet());
        countsByMonth().forEach((k, v) -> problems.require(v >= 0, "countsByMonth[" + k + "]",
                "must not be negative", v));
        daysByMonth().forEach((k, v) -> problems.require(v > 0, "daysByMonth[" + k + "]",
                "must be positive: a month is covered by at least one day", v));
        positive(problems, countsByWeekday(), "countsByWeekday");
        positive(problems, countsByTimeOfDay(), "countsByTimeOfDay");
        positive(problems, countsByLight(), "countsByLight");
        problems.throwIfAny();
    }

    private static void positive(Problems problems, Map<?, Long> counts, String path) {
        counts.forEach((k, v) -> problems.require(v > 0, path + "[" + k + "]",
                "must be positive; leave out a key whose count is 0", v));
    }

    /** Returns the area, the periods and observations, then the four patterns in English. */
    @Override
    public String toString() {
        String span = periods().isEmpty() ? "" : ", " + Words.count(periods().size(), "period", "periods") + " "
                + periods().first() + (periods().size() == 1 ? "" : ".." + periods().last());
        return "Patterns " + area() + span + ", " + Words.count(total(), "observation", "observations") + ": "
                + String.join("; ", summary(Locale.ENGLISH));
    }
}
