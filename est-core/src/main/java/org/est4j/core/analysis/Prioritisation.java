package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.est4j.core.Decision;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * The prioritisation (<i>prioritering</i>) of a quarter or tertial: which areas have the greatest need and the
 * greatest possibility to influence, ranked by a documented {@link PrioritisationRule}, the top N suggested as
 * focus areas (<i>fokusområden</i>), and — because the group decides — the group's own choice kept beside the
 * suggestion.
 *
 * <pre>{@code
 * Prioritisation p = Prioritisation.of(Period.quarter(2026, 4), est5, List.of(centrum, hagaby, norr, söder));
 * p.ranking();               // ranked candidates with need, influence, priority and reasons
 * p.suggestedFocusAreas();   // the top 3 with a priority above 0
 * Prioritisation decided = p.withDecision(Decision.of(List.of(AreaId.of("centrum"), AreaId.of("söder")),
 *         "lokala BRÅ", "Hagaby is covered by the housing company's own project", LocalDate.of(2026, 12, 20)));
 * decided.focusAreas();      // [centrum, söder], the group's
 * }</pre>
 *
 * <p>How need, priority, ranking and focus areas are computed is documented on {@link PrioritisationRule}; every
 * {@link RankedCandidate} repeats it in words with its own numbers. The ranking is a pure function of the
 * candidates, the scale and the rule: it does not depend on the order the candidates were given in (they are kept
 * sorted by area).
 *
 * <p>Rules, all checked at once by the builder: period and scale are given; there is at least one candidate and no
 * area is a candidate twice; each candidate's assessment is on the scale and, like each of its pictures, belongs
 * to the period — a picture or an assessment belongs to the period its first day lies in, so that a week that
 * straddles two quarters counts in one of them only; the decision names only candidates, each once, and is not
 * dated before the period starts.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Prioritisation {
    private static final Comparator<Row> ORDER = Comparator.comparingLong((Row r) -> -key(r.priority))
            .thenComparingLong(r -> -key(r.need))
            .thenComparingLong(r -> -key(r.influence))
            .thenComparing(r -> r.candidate.area());

    Prioritisation() {}

    /**
     * Returns the period prioritised, such as a quarter or a tertial.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the scale the candidates' assessments are on.
     *
     * @return never null
     */
    public abstract Scale scale();

    /**
     * Returns the rule.
     *
     * @return {@link PrioritisationRule#defaults()} unless set
     */
    @Value.Default
    public PrioritisationRule rule() {
        return PrioritisationRule.defaults();
    }

    /**
     * Returns the candidates, sorted by area.
     *
     * @return at least one candidate
     */
    public abstract List<Candidate> candidates();

    /**
     * Returns the group's choice of focus areas, when it has made one.
     *
     * @return the decision, or empty while the suggestion stands undecided
     */
    public abstract Optional<Decision<List<AreaId>>> decision();

    // ------------------------------------------------------------------------------------------- results

    /**
     * Returns the candidates ranked, highest priority first, with their reasons.
     *
     * @return one ranked candidate per candidate, ranks 1 to n
     */
    @Value.Lazy
    public List<RankedCandidate> ranking() {
        return rank();
    }

    /**
     * Returns the focus areas the rule suggests: the first {@link PrioritisationRule#focusAreas()} of the ranking
     * whose priority is above 0.
     *
     * @return areas in rank order, possibly fewer than N
     */
    @Value.Lazy
    public List<AreaId> suggestedFocusAreas() {
        return ranking().stream().filter(RankedCandidate::suggested).map(RankedCandidate::area)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the focus areas that hold: the group's decision when there is one, else the suggestion.
     *
     * @return areas, in the decision's order or in rank order
     */
    public List<AreaId> focusAreas() {
        return decision().map(Decision::value).orElseGet(this::suggestedFocusAreas);
    }

    /**
     * Tells whether the group has decided the focus areas, whether it followed the suggestion or not.
     *
     * @return true when {@link #decision()} is present
     */
    public boolean isDecided() {
        return decision().isPresent();
    }

    /**
     * Returns the ranked candidate of an area.
     *
     * @param area an area
     * @return its line of the ranking
     * @throws UnknownReferenceException (kind {@code area}) when the area is not a candidate
     */
    public RankedCandidate candidate(AreaId area) {
        requireNonNull(area, "area");
        return ranking().stream().filter(r -> r.area().equals(area)).findFirst()
                .orElseThrow(() -> new UnknownReferenceException("area", area.value(), "prioritisation " + period()
                        + " (candidates: " + candidates().stream().map(c -> c.area().value())
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * Returns this prioritisation with the group's choice of focus areas, replacing an earlier one. The suggestion
     * and the ranking are kept.
     *
     * @param decision the areas the group chose, with who decided, why and when
     * @return a new prioritisation
     * @throws ValidationException when the decision names an area that is not a candidate, names one twice, or is
     *     dated before the period starts
     */
    public Prioritisation withDecision(Decision<List<AreaId>> decision) {
        requireNonNull(decision, "decision");
        return builder().from(this).decision(decision).build();
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Ranks candidates by the default rule.
     *
     * @param period the period prioritised
     * @param scale the scale the assessments are on
     * @param candidates the candidates, in any order
     * @return the prioritisation
     * @throws ValidationException listing every rule broken
     */
    public static Prioritisation of(Period period, Scale scale, Collection<Candidate> candidates) {
        return of(period, scale, candidates, PrioritisationRule.defaults());
    }

    /**
     * Ranks candidates by a rule.
     *
     * @param period the period prioritised
     * @param scale the scale the assessments are on
     * @param candidates the candidates, in any order
     * @param rule the rule
     * @return the prioritisation
     * @throws ValidationException listing every rule broken
     */
    public static Prioritisation of(Period period, Scale scale, Collection<Candidate> candidates,
            PrioritisationRule rule) {
        requireNonNull(period, "period");
        requireNonNull(scale, "scale");
        requireNonNull(candidates, "candidates");
        requireNonNull(rule, "rule");
        return builder().period(period).scale(scale).rule(rule).addAllCandidates(candidates).build();
    }

    /**
     * Ranks the areas the group judged, taking their pictures from compiled picture sets and their level from
     * their assessments: the areas are the keys of {@code influence}; each gets the pictures of every set that
     * belongs to the period, and the latest of its assessments that belongs to the period.
     *
     * @param period the period prioritised, such as a quarter
     * @param scale the scale the assessments are on
     * @param pictureSets compiled picture sets, such as the weeks of the quarter; sets of other periods are ignored
     * @param assessments assessments, of any areas and periods; those of other areas or periods are ignored
     * @param influence the group's judgement of influence per candidate area
     * @param rule the rule
     * @return the prioritisation
     * @throws ValidationException listing every area without a picture or an assessment in the period, two
     *     assessments of one area and period, and every rule {@link #of(Period, Scale, Collection,
     *     PrioritisationRule)} checks
     */
    public static Prioritisation fromPictures(Period period, Scale scale, Collection<PictureSet> pictureSets,
            Collection<Assessment> assessments, Map<AreaId, Decision<Influence>> influence,
            PrioritisationRule rule) {
        requireNonNull(period, "period");
        requireNonNull(scale, "scale");
        requireNonNull(pictureSets, "pictureSets");
        requireNonNull(assessments, "assessments");
        requireNonNull(influence, "influence");
        requireNonNull(rule, "rule");
        Problems problems = Problems.of("Prioritisation of " + period);
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<AreaId, Decision<Influence>> e : new TreeMap<>(influence).entrySet()) {
            AreaId area = e.getKey();
            String path = "influence[" + area + "]";
            List<SituationPicture> pictures = pictureSets.stream()
                    .filter(s -> period.contains(s.period().startDate()))
                    .flatMap(s -> s.find(area).stream()).collect(Collectors.toList());
            List<Assessment> ofArea = assessments.stream()
                    .filter(a -> a.area().equals(area) && period.contains(a.period().startDate()))
                    .sorted(Comparator.comparing(Assessment::period)).collect(Collectors.toList());
            problems.require(!pictures.isEmpty(), path, "has no picture of the area in " + period
                    + "; give a picture set of the period that holds it", area);
            problems.require(!ofArea.isEmpty(), path, "has no assessment of the area in " + period, area);
            for (int i = 1; i < ofArea.size(); i++) {
                problems.require(!ofArea.get(i).period().equals(ofArea.get(i - 1).period()), path,
                        "has two assessments of " + ofArea.get(i).period() + "; give one per area and period", area);
            }
            if (!pictures.isEmpty() && !ofArea.isEmpty()) {
                problems.nested(path, () -> candidates.add(Candidate.of(ofArea.get(ofArea.size() - 1), e.getValue(),
                        pictures)));
            }
        }
        problems.throwIfAny();
        return of(period, scale, candidates, rule);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Prioritisation}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutablePrioritisation.Builder {
        Builder() {}
    }

    @Value.Check
    Prioritisation normalise() {
        Problems problems = Problems.of("Prioritisation")
                .requirePresent(period(), "period")
                .requirePresent(scale(), "scale")
                .requirePresent(rule(), "rule")
                .require(!candidates().isEmpty(), "candidates", "must hold at least one candidate", null);
        Map<AreaId, Integer> seen = new HashMap<>();
        for (int i = 0; i < candidates().size(); i++) {
            Candidate c = candidates().get(i);
            String path = "candidates[" + i + "]";
            Integer earlier = seen.putIfAbsent(c.area(), i);
            problems.require(earlier == null, path + ".area", "must be unique; candidates[" + earlier
                    + "] is of the same area", c.area());
            if (scale() != null) {
                problems.nested(path + ".assessment", () -> c.assessment().validateAgainst(scale()));
            }
            if (period() != null) {
                problems.require(belongs(c.assessment().period()), path + ".assessment.period",
                        "must start within " + period(), c.assessment().period());
                for (int j = 0; j < c.pictures().size(); j++) {
                    Period p = c.pictures().get(j).period();
                    problems.require(belongs(p), path + ".pictures[" + j + "].period", "must start within " + period()
                            + " (" + period().startDate() + " to " + period().endDate().minusDays(1) + ")", p);
                }
            }
        }
        decision().ifPresent(d -> {
            Set<AreaId> chosen = new HashSet<>();
            for (int i = 0; i < d.value().size(); i++) {
                AreaId area = d.value().get(i);
                problems.require(seen.containsKey(area), "decision.value[" + i + "]",
                        "must be a candidate; add the area as a candidate to choose it", area);
                problems.require(chosen.add(area), "decision.value[" + i + "]", "must not repeat an area", area);
            }
            problems.require(period() == null || !d.decidedOn().isBefore(period().startDate()), "decision.decidedOn",
                    "must not be before the period starts (" + (period() == null ? null : period().startDate()) + ")",
                    d.decidedOn());
        });
        problems.throwIfAny();
        List<Candidate> sorted = new ArrayList<>(candidates());
        sorted.sort(Comparator.comparing(Candidate::area));
        // The decided list is copied, so that a list the caller keeps and changes cannot change this value.
        Optional<Decision<List<AreaId>>> copied = decision().map(d -> {
            List<AreaId> copy = List.copyOf(d.value());
            return copy == d.value() ? d : d.withValue(copy);
        });
        boolean same = sorted.equals(candidates()) && (decision().isEmpty() || copied.get() == decision().get());
        return same ? this : builder().from(this).candidates(sorted).decision(copied).build();
    }

    private boolean belongs(Period p) {
        return period().contains(p.startDate());
    }

    // ------------------------------------------------------------------------------------------- the engine

    /** Compares to nine decimal places, so that rounding never decides a tie. */
    private static long key(double x) {
        return Math.round(x * 1e9);
    }

    /** One candidate's figures while ranking. */
    private static final class Row {
        Candidate candidate;
        int levelRank;
        double level;
        Optional<Trend> trend;
        int sign;
        double harmShare;
        double rawNeed;
        double need;
        double influence;
        double priority;
    }

    private List<RankedCandidate> rank() {
        PrioritisationRule rule = rule();
        int size = scale().size();
        double maxHarm = candidates().stream().mapToDouble(Candidate::harm).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (Candidate c : candidates()) {
            Row r = new Row();
            r.candidate = c;
            r.levelRank = c.assessment().level().rank();
            r.level = (double) (r.levelRank - 1) / (size - 1);
            r.trend = c.trend(rule.trendComparison());
            r.sign = r.trend.map(Prioritisation::sign).orElse(0);
            r.harmShare = maxHarm > 0 ? c.harm() / maxHarm : 0.0;
            r.rawNeed = rule.rawNeed(r.level, r.sign, r.harmShare);
            r.need = rule.need(r.level, r.sign, r.harmShare);
            r.influence = c.influence().value().fraction();
            r.priority = rule.priority(r.need, r.influence);
            rows.add(r);
        }
        rows.sort(ORDER);
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean suggested = i < rule.focusAreas() && key(r.priority) > 0;
            Row above = i > 0 && key(rows.get(i - 1).priority) == key(r.priority) ? rows.get(i - 1) : null;
            ranked.add(RankedCandidate.builder().candidate(r.candidate).rank(i + 1).level(r.level).trend(r.trend)
                    .trendSign(r.sign).harmShare(r.harmShare).need(r.need).influence(r.influence)
                    .priority(r.priority).suggested(suggested)
                    .reasons(reasons(r, i + 1, rows.size(), suggested, above, maxHarm, false))
                    .reasonsSv(reasons(r, i + 1, rows.size(), suggested, above, maxHarm, true))
                    .build());
        }
        return List.copyOf(ranked);
    }

    private static int sign(Trend t) {
        return t.direction() == Trend.Direction.RISING ? 1 : t.direction() == Trend.Direction.FALLING ? -1 : 0;
    }

    private List<String> reasons(Row r, int rank, int of, boolean suggested, Row above, double maxHarm, boolean sv) {
        PrioritisationRule rule = rule();
        Decision<Influence> judged = r.candidate.influence();
        String levelLabel = r.candidate.assessment().level().labelSv();
        String inputs = (sv ? "nivå " + r.levelRank + " av " : "level " + r.levelRank + " of ") + scale().size()
                + " (" + levelLabel + "), " + trendWords(r.trend, sv) + ", "
                + (maxHarm > 0 ? (sv ? "skada " + Words.percent(r.harmShare) + " av den högsta"
                        : "harm " + Words.percent(r.harmShare) + " of the highest")
                        : (sv ? "ingen skada registrerad" : "no harm recorded"))
                + (sv ? "; påverkansmöjlighet " + judged.value().score() + " av " + judged.value().outOf()
                        : "; influence " + judged.value())
                + " (" + judged.decidedBy() + ": " + judged.reason() + ")";
        String need = (sv ? "behov " : "need ") + Words.decimal(r.need, sv) + " = max(0, "
                + Words.number(rule.levelWeight(), sv) + (sv ? " × nivå " : " × level ") + Words.decimal(r.level, sv)
                + " + " + Words.number(rule.trendWeight(), sv) + " × trend " + (r.sign > 0 ? "+1" : r.sign < 0 ? "-1" : "0")
                + " + " + Words.number(rule.harmWeight(), sv) + (sv ? " × skada " : " × harm ")
                + Words.decimal(r.harmShare, sv) + ")"
                + (r.rawNeed < 0 ? (sv ? ", under 0 och räknat som 0" : ", below 0 and counted as 0") : "");
        String priority = (sv ? "prioritet " : "priority ") + Words.decimal(r.priority, sv)
                + (sv ? " = behov " : " = need ") + Words.decimal(r.need, sv)
                + (sv ? " × påverkan " : " × influence ") + Words.decimal(r.influence, sv);
        int n = rule.focusAreas();
        String place = (sv ? "plats " + rank + " av " + of + ": " : "rank " + rank + " of " + of + ": ")
                + (suggested ? (sv ? "föreslås som fokusområde (de " + n + " främsta)"
                        : "suggested as a focus area (top " + n + ")")
                : rank <= n ? (sv ? "prioritet 0, föreslås inte" : "priority 0, not suggested")
                : (sv ? "utanför de " + n + " främsta" : "outside the top " + n));
        List<String> reasons = new ArrayList<>(List.of(inputs, need, priority, place));
        if (above != null) {
            String by = key(above.need) != key(r.need) ? (sv ? "behov" : "need")
                    : key(above.influence) != key(r.influence) ? (sv ? "påverkan" : "influence")
                    : (sv ? "områdes-id" : "area id");
            reasons.add(sv ? "samma prioritet som " + above.candidate.area() + "; placeras efter på " + by
                    : "same priority as " + above.candidate.area() + "; placed after it by " + by);
        }
        return reasons;
    }

    private static String trendWords(Optional<Trend> trend, boolean sv) {
        if (trend.isEmpty()) {
            return sv ? "ingen trend" : "no trend";
        }
        Trend t = trend.get();
        String direction;
        switch (t.direction()) {
            case RISING:
                direction = sv ? "ökande" : "rising";
                break;
            case FALLING:
                direction = sv ? "minskande" : "falling";
                break;
            case STABLE:
                direction = sv ? "stabil" : "stable";
                break;
            default:
                return sv ? "för lite data för en trend" : "too little data for a trend";
        }
        String against = t.comparison() == Trend.Comparison.SAME_PERIOD_LAST_YEAR
                ? (sv ? " mot samma period förra året" : " against the same period last year") : "";
        return direction + against + (t.pValue().isPresent() ? " (" + Words.p(t.pValue().getAsDouble(), sv) + ")" : "");
    }

    /**
     * Returns a table of the ranking (rank, area, level, trend, harm share, need, influence, priority; a star marks
     * the suggested focus areas; "-" for no trend or too little data), then the suggested and, when decided, the
     * decided focus areas.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Prioritisation ").append(period()).append(" on ").append(scale().id())
                .append(": ").append(rule());
        s.append(String.format(Locale.ROOT, "\n  %-6s %-28s %-7s %-8s %6s %6s %7s %8s", "rank", "area", "level",
                "trend", "harm", "need", "infl.", "priority"));
        for (RankedCandidate r : ranking()) {
            String trend = r.trend().filter(t -> t.direction() != Trend.Direction.INSUFFICIENT_DATA)
                    .map(t -> t.direction().name().toLowerCase(Locale.ROOT)).orElse("-");
            s.append(String.format(Locale.ROOT, "\n  %-6s %-28s %-7s %-8s %6s %6.2f %7s %8.2f",
                    r.rank() + (r.suggested() ? " *" : ""), r.area(),
                    r.candidate().assessment().level().rank() + " of " + scale().size(), trend,
                    Words.percent(r.harmShare()), r.need(), r.candidate().influence().value(), r.priority()));
        }
        s.append(String.format(Locale.ROOT, "\n  suggested focus areas: %s", suggestedFocusAreas()));
        decision().ifPresent(d -> s.append(String.format(Locale.ROOT, "\n  decided focus areas: %s, by %s on %s: %s",
                d.value(), d.decidedBy(), d.decidedOn(), d.reason())));
        return s.toString();
    }
}
