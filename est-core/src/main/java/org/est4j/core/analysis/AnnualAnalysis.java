package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.est4j.core.Problems;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * The annual analysis (<i>årsanalys</i>): which of the year's measures were followed by a change — a table of the
 * measures with the effect their follow-ups estimated, and a summary in words ("3 of 5 measures were followed by a
 * significant fall (p &lt; 0.05), 1 by no significant change and 1 by a significant rise"), so that the group
 * learns which measures work better than others.
 *
 * <h2>What goes in ({@link #of(Period, Collection, Collection)})</h2>
 * <ul>
 *   <li>Every measure that ran in the period: not {@linkplain MeasureStatus#PLANNED planned} (it has started),
 *       starting before the period ends and not ending before it starts.</li>
 *   <li>For each, the latest follow-up that has evaluations; without one, the latest follow-up (the group's
 *       judgement without data); without any, none. Of two follow-ups on the same day a decided one wins, then
 *       the one given last. Pass the follow-ups known when the analysis is made; follow-ups of other measures
 *       are ignored.</li>
 * </ul>
 *
 * <h2>The order of the table</h2>
 * Estimates are on different scales per method (crimes for the WDD, a ratio for the before/after rate ratio), so
 * the table is not sorted by estimate. It is sorted most favourable first: by {@link Change} (significant falls,
 * no significant change, significant rises, not tested), then by the primary evaluation's standardised statistic
 * z, lowest (the strongest fall) first, lines without z after those with, then by measure id.
 *
 * <p>"Followed by" is meant: a before/after comparison shows association, not that the measure caused the change.
 *
 * <p>Rules, all checked at once by the builder: the period is given; alpha lies strictly between 0 and 0.5 and
 * every line uses it; no measure appears twice; every measure ran in the period.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualAnalysis {
    /** The significance level used unless another is given, as the follow-up advisor's. */
    public static final double DEFAULT_ALPHA = 0.05;

    private static final Comparator<MeasureEffect> ORDER = Comparator.comparing(MeasureEffect::change)
            .thenComparing((MeasureEffect e) -> e.z().isEmpty())
            .thenComparingDouble(e -> e.z().orElse(0))
            .thenComparing(e -> e.measure().id());

    AnnualAnalysis() {}

    /**
     * Returns the period analysed, usually a year.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the significance level.
     *
     * @return {@link #DEFAULT_ALPHA} unless set
     */
    @Value.Default
    public double alpha() {
        return DEFAULT_ALPHA;
    }

    /**
     * Returns the table: one line per measure, most favourable first.
     *
     * @return the lines, in the documented order
     */
    public abstract List<MeasureEffect> effects();

    /**
     * Returns how many measures were followed by each change.
     *
     * @return a count for every change, falls first, 0 included
     */
    public SortedMap<Change, Long> counts() {
        SortedMap<Change, Long> counts = new TreeMap<>();
        for (Change c : Change.values()) {
            counts.put(c, 0L);
        }
        effects().forEach(e -> counts.merge(e.change(), 1L, Long::sum));
        return java.util.Collections.unmodifiableSortedMap(counts);
    }

    /**
     * Returns the summary in words, such as "3 of 5 measures were followed by a significant fall (p &lt; 0.05), 1 by
     * no significant change and 1 by a significant rise."
     *
     * @param locale the reader's locale: Swedish for {@code sv}, English otherwise
     * @return one sentence
     */
    public String summary(Locale locale) {
        boolean sv = Words.sv(requireNonNull(locale, "locale"));
        int n = effects().size();
        if (n == 0) {
            return sv ? "Ingen insats pågick under " + period().displayName(locale) + "."
                    : "No measure ran in " + period().displayName(locale) + ".";
        }
        Map<Change, Long> counts = counts();
        String alpha = Words.number(alpha(), sv);
        StringBuilder s = new StringBuilder();
        s.append(counts.get(Change.FALL)).append(sv ? " av " + n + (n == 1 ? " insats" : " insatser")
                + " följdes av en signifikant minskning (p < " + alpha + ")"
                : " of " + n + (n == 1 ? " measure was" : " measures were") + " followed by a significant fall (p < "
                        + alpha + ")");
        List<String> others = new ArrayList<>();
        if (counts.get(Change.NO_CHANGE) > 0) {
            others.add(counts.get(Change.NO_CHANGE) + (sv ? " av ingen signifikant förändring"
                    : " by no significant change"));
        }
        if (counts.get(Change.RISE) > 0) {
            others.add(counts.get(Change.RISE) + (sv ? " av en signifikant ökning" : " by a significant rise"));
        }
        if (!others.isEmpty()) {
            s.append(", ").append(Words.join(others, sv));
        }
        long untested = counts.get(Change.NOT_TESTED);
        if (untested > 0) {
            s.append("; ").append(untested).append(sv ? " utvärderades inte med ett statistiskt test"
                    : (untested == 1 ? " was" : " were") + " not evaluated with a statistical test");
        }
        return s.append('.').toString();
    }

    /**
     * Returns the summary in English.
     *
     * @return {@code summary(Locale.ENGLISH)}
     */
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    /**
     * Returns per type of measure how many were followed by a significant fall, such as "Lighting: 2 of 3 followed
     * by a significant fall", types in their natural order.
     *
     * @param locale the reader's locale: Swedish for {@code sv}, English otherwise
     * @return one line per type of measure in the table
     */
    public List<String> byType(Locale locale) {
        boolean sv = Words.sv(requireNonNull(locale, "locale"));
        SortedMap<MeasureType, long[]> byType = new TreeMap<>();
        for (MeasureEffect e : effects()) {
            long[] c = byType.computeIfAbsent(e.measure().type(), t -> new long[2]);
            c[0] += e.change() == Change.FALL ? 1 : 0;
            c[1]++;
        }
        List<String> lines = new ArrayList<>();
        byType.forEach((type, c) -> lines.add(type.label(locale) + ": " + c[0] + (sv ? " av " : " of ") + c[1]
                + (sv ? " följdes av en signifikant minskning" : " followed by a significant fall")));
        return List.copyOf(lines);
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Builds the annual analysis of a period at {@link #DEFAULT_ALPHA}.
     *
     * @param period the period, usually a year
     * @param measures measures; those that did not run in the period are left out
     * @param followUps follow-ups; those of measures not in the table are ignored
     * @return the analysis
     * @throws org.est4j.core.ValidationException when two measures that ran in the period have the same id
     */
    public static AnnualAnalysis of(Period period, Collection<Measure> measures, Collection<FollowUp> followUps) {
        return of(period, measures, followUps, DEFAULT_ALPHA);
    }

    /**
     * Builds the annual analysis of a period at a significance level.
     *
     * @param period the period, usually a year
     * @param measures measures; those that did not run in the period are left out
     * @param followUps follow-ups; those of measures not in the table are ignored
     * @param alpha the significance level, strictly between 0 and 0.5
     * @return the analysis
     * @throws org.est4j.core.ValidationException when two measures that ran in the period have the same id, or
     *     alpha is out of range
     */
    public static AnnualAnalysis of(Period period, Collection<Measure> measures, Collection<FollowUp> followUps,
            double alpha) {
        requireNonNull(period, "period");
        requireNonNull(measures, "measures");
        requireNonNull(followUps, "followUps");
        Map<MeasureId, FollowUp> chosen = new HashMap<>();
        Comparator<FollowUp> better = Comparator.comparing((FollowUp f) -> !f.evaluations().isEmpty())
                .thenComparing(FollowUp::date).thenComparing(FollowUp::isDecided);
        for (FollowUp f : followUps) {
            chosen.merge(f.measure(), f, (old, now) -> better.compare(now, old) >= 0 ? now : old);
        }
        Builder b = builder().period(period).alpha(alpha);
        for (Measure m : measures) {
            if (ranIn(m, period)) {
                b.addEffects(MeasureEffect.builder().measure(m).followUp(Optional.ofNullable(chosen.get(m.id())))
                        .alpha(alpha).build());
            }
        }
        return b.build();
    }

    private static boolean ranIn(Measure m, Period period) {
        return m.status() != MeasureStatus.PLANNED && m.start().isBefore(period.endDate())
                && m.end().map(end -> !end.isBefore(period.startDate())).orElse(true);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnnualAnalysis}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableAnnualAnalysis.Builder {
        Builder() {}
    }

    @Value.Check
    AnnualAnalysis normalise() {
        Problems problems = Problems.of("AnnualAnalysis")
                .requirePresent(period(), "period")
                .require(alpha() > 0 && alpha() < 0.5, "alpha", "must be strictly between 0 and 0.5, such as 0.05",
                        alpha());
        Map<MeasureId, Integer> seen = new HashMap<>();
        for (int i = 0; i < effects().size(); i++) {
            MeasureEffect e = effects().get(i);
            String path = "effects[" + i + "]";
            Integer earlier = seen.putIfAbsent(e.measure().id(), i);
            problems.require(earlier == null, path + ".measure.id", "must be unique; effects[" + earlier
                    + "] is of the same measure", e.measure().id());
            problems.require(e.alpha() == alpha(), path + ".alpha", "must be the analysis's alpha " + alpha(),
                    e.alpha());
            problems.require(period() == null || ranIn(e.measure(), period()), path + ".measure",
                    "must have run in " + period() + ": started, beginning before it ends and not ending before it"
                            + " starts", e.measure());
        }
        problems.throwIfAny();
        List<MeasureEffect> sorted = new ArrayList<>(effects());
        sorted.sort(ORDER);
        return sorted.equals(effects()) ? this : builder().from(this).effects(sorted).build();
    }

    /** Returns the period, the summary and the table, one measure per line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("AnnualAnalysis ").append(period()).append(": ").append(summary());
        for (MeasureEffect e : effects()) {
            s.append("\n  ").append(e);
        }
        return s.toString();
    }
}
