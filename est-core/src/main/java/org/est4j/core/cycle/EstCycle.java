package org.est4j.core.cycle;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.est4j.core.Decision;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.analysis.AnnualAnalysis;
import org.est4j.core.analysis.FollowUpAgenda;
import org.est4j.core.analysis.Influence;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.analysis.PrioritisationRule;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.evaluation.EvaluationDesign;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackReports;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.feedback.StatutoryReport;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.HarmWeights;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.FollowUpEvaluatorProvider;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.TrendTestProvider;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.core.time.Period;
import org.threeten.extra.LocalDateRange;

/**
 * The state of one EST group and the answers to each phase's question: what was seen (mapping), what the
 * situation is (pictures and assessments), where to focus (prioritisation), what is done (measures) and whether it
 * worked (follow-ups).
 *
 * <pre>{@code
 * EstCycle cycle = EstCycle.builder(hierarchy).build();      // est-5, threshold model, poisson-exact, wdd …
 * cycle.addActors(actors); cycle.addReporters(reporters); cycle.addRounds(rounds);
 * cycle.record(observations);
 * PictureSet week = cycle.picture(Period.parse("2026-W47"));
 * List<Assessment> grades = cycle.assess(Period.parse("2026-W47"));
 * Prioritisation focus = cycle.prioritise(Period.parse("2026-Q4"), influence);
 * FollowUp f = cycle.followUp(MeasureId.of("m-1"), LocalDate.of(2026, 12, 1), design);
 * FeedbackReport published = cycle.feedback(Audience.PUBLIC, Period.parse("2026-11"));
 * StatutoryReport lag2023_196 = cycle.statutoryReport(2026);
 * }</pre>
 *
 * <p>Everything added is checked against what the cycle already holds, and every unknown reference is reported at
 * once in a {@link org.est4j.core.ValidationException} that names the id: an observation in an area outside the
 * hierarchy, of a category outside the taxonomy, or by a reporter never added; a reporter of an unknown actor; a
 * round expecting an unknown reporter; a measure led by an unknown actor or aimed at an unknown area or category.
 *
 * <p>The statistics come from plugins found in the {@link EstPlugins registry} (est-scoring provides the
 * built-ins); the builder names them by id, so a municipality's own scale or model is used without code changes.
 *
 * <p>Implementation requirements: this class is mutable and thread-safe — a working session over immutable
 * values. Every answer it gives is an immutable value that later changes to the cycle do not affect.
 */
public final class EstCycle {
    private final AreaHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final Scale scale;
    private final AssessmentModelProvider.AssessmentModel model;
    private final FollowUpEvaluatorProvider.Evaluator evaluator;
    private final PictureCompiler compiler;
    private final PrioritisationRule rule;
    private final int assessmentHistory;
    private final Locale locale;

    private final ObservationStore store = ObservationStore.create();
    private final Map<ActorId, Actor> actors = new TreeMap<>();
    private final Map<ReporterId, Reporter> reporters = new TreeMap<>();
    private final Map<Period, ReportingRound> rounds = new TreeMap<>();
    private final Map<MeasureId, Measure> measures = new TreeMap<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final Map<AreaAndPeriod, Assessment> assessments = new LinkedHashMap<>();
    private final Map<Period, PictureSet> pictures = new HashMap<>();

    private EstCycle(Builder b, EstPlugins plugins) {
        this.hierarchy = b.hierarchy;
        this.taxonomy = b.taxonomy;
        // Through EstPlugins.call: a provider that throws or answers null is named here, not met later elsewhere.
        this.scale = b.scale != null ? b.scale
                : EstPlugins.call(plugins.get(ScaleProvider.class, b.scaleId), "scale()", ScaleProvider::scale);
        this.model = EstPlugins.call(plugins.get(AssessmentModelProvider.class, b.modelId), "create(config)",
                p -> p.create(b.modelConfig));
        this.evaluator = EstPlugins.call(plugins.get(FollowUpEvaluatorProvider.class, b.evaluatorId),
                "create(config)", p -> p.create(PluginConfig.empty()));
        PictureCompiler.Builder compiler = PictureCompiler.builder(hierarchy, taxonomy).harmWeights(b.harmWeights)
                .historyPeriods(b.historyPeriods);
        if (b.trendTestId != null) {
            compiler.trendTest(EstPlugins.call(plugins.get(TrendTestProvider.class, b.trendTestId), "create(config)",
                    p -> p.create(PluginConfig.empty())));
        }
        for (Map.Entry<String, PluginConfig> detector : b.hotspotDetectors.entrySet()) {
            compiler.addHotspotDetector(EstPlugins.call(plugins.get(HotspotDetectorProvider.class, detector.getKey()),
                    "create(config)", p -> p.create(detector.getValue())));
        }
        this.compiler = compiler.build();
        this.rule = b.rule;
        this.assessmentHistory = b.assessmentHistory;
        this.locale = b.locale;
    }

    /**
     * Starts a cycle for the areas of a municipality, with the built-in defaults: the standard taxonomy, scale
     * {@code est-5}, assessment model {@code threshold}, trend test {@code poisson-exact}, hotspot detectors
     * {@code repeat-location} and {@code excess-rate}, follow-up evaluator {@code wdd}, standard harm weights,
     * Swedish reasons.
     *
     * @param hierarchy the areas
     * @return a builder
     */
    public static Builder builder(AreaHierarchy hierarchy) {
        return new Builder(requireNonNull(hierarchy, "hierarchy"));
    }

    // ------------------------------------------------------------------------------------------ mapping

    /**
     * Adds actors: the organisations taking part.
     *
     * @param added the actors; an actor with an id already held replaces it
     */
    public synchronized void addActors(Collection<Actor> added) {
        requireNonNull(added, "added").forEach(a -> actors.put(a.id(), a));
    }

    /**
     * Adds reporters.
     *
     * @param added the reporters
     * @throws org.est4j.core.ValidationException naming every unknown actor and area
     */
    public synchronized void addReporters(Collection<Reporter> added) {
        Problems problems = Problems.of("reporters");
        int i = 0;
        for (Reporter r : requireNonNull(added, "added")) {
            String path = "[" + i++ + "]";
            known(problems, path + ".actor", actors.containsKey(r.actor()), "actor", r.actor());
            r.areas().forEach(area -> knownArea(problems, path + ".areas", area));
        }
        problems.throwIfAny();
        added.forEach(r -> reporters.put(r.id(), r));
    }

    /**
     * Adds reporting rounds, one per period.
     *
     * @param added the rounds; a round for a period already held replaces it (a late answer is a new round value)
     * @throws org.est4j.core.ValidationException naming every unknown reporter
     */
    public synchronized void addRounds(Collection<ReportingRound> added) {
        Problems problems = Problems.of("rounds");
        int i = 0;
        for (ReportingRound round : requireNonNull(added, "added")) {
            String path = "[" + i++ + "].expected";
            round.expected().forEach(r -> known(problems, path, reporters.containsKey(r), "reporter", r));
        }
        problems.throwIfAny();
        added.forEach(round -> rounds.put(round.period(), round));
        pictures.clear();
    }

    /**
     * Records observations.
     *
     * @param observations the observations; all or none are recorded
     * @return the number recorded
     * @throws org.est4j.core.ValidationException naming every unknown area, category and reporter, and every id
     *     already recorded
     */
    public synchronized int record(Collection<Observation> observations) {
        Problems problems = Problems.of("observations");
        int i = 0;
        for (Observation o : requireNonNull(observations, "observations")) {
            String path = "[" + i++ + "]";
            knownArea(problems, path + ".area", o.area());
            known(problems, path + ".category", taxonomy.contains(o.category()), "category", o.category());
            o.reporter().ifPresent(r -> known(problems, path + ".reporter", reporters.containsKey(r), "reporter", r));
            problems.require(!store.contains(o.id()), path + ".id", "is already recorded", o.id());
        }
        problems.throwIfAny();
        int added = store.appendAll(observations);
        pictures.clear();
        return added;
    }

    /**
     * Records the observations an importer accepted; its rejected rows stay in the result for the caller to show.
     *
     * @param result an import result
     * @return the number recorded
     */
    public int record(ImportResult result) {
        return record(requireNonNull(result, "result").accepted());
    }

    // ------------------------------------------------------------------------------------------ picture

    /**
     * Compiles the situational picture of a period: one picture per area, rolled up the hierarchy, with coverage
     * from the period's rounds, trends and hotspots.
     *
     * @param period the period
     * @return the pictures; cached until something is recorded
     */
    public synchronized PictureSet picture(Period period) {
        requireNonNull(period, "period");
        return pictures.computeIfAbsent(period, p -> compiler.compile(store.snapshot(), p, roundsOverlapping(p),
                reporters.values()));
    }

    private List<ReportingRound> roundsOverlapping(Period period) {
        return rounds.values().stream()
                .filter(r -> r.period().startDate().isBefore(period.endDate())
                        && period.startDate().isBefore(r.period().endDate()))
                .collect(Collectors.toList());
    }

    /**
     * Grades every area for a period on the cycle's scale with its assessment model, giving the model the area's
     * pictures of earlier periods of the same kind as history (only periods after the first observation recorded:
     * before it, nothing is known). The suggestions are kept; an earlier override of
     * the same area and period is kept beside the new suggestion.
     *
     * @param period the period
     * @return one assessment per area, in hierarchy order
     */
    public synchronized List<Assessment> assess(Period period) {
        PictureSet current = picture(period);
        List<PictureSet> history = new ArrayList<>();
        // Periods that end before the first observation are not calm, they are unknown: leave them out of the
        // history rather than give the model a run of zeros to measure the current period against.
        java.util.OptionalLong earliest = store.snapshot().earliestEpochSecond();
        for (int k = assessmentHistory; k >= 1; k--) {
            Period earlier = period.plus(-k);
            long end = earlier.endDate().atStartOfDay(Period.ZONE).toEpochSecond();
            if (earliest.isPresent() && end > earliest.getAsLong()) {
                history.add(picture(earlier));
            }
        }
        List<Assessment> result = new ArrayList<>();
        for (SituationPicture p : current.pictures()) {
            List<SituationPicture> earlier = history.stream().flatMap(s -> s.find(p.area()).stream())
                    .collect(Collectors.toList());
            Assessment suggested = model.assess(p, scale, earlier);
            AreaAndPeriod key = new AreaAndPeriod(p.area(), period);
            Assessment previous = assessments.get(key);
            Assessment kept = previous != null && previous.override().isPresent()
                    ? suggested.withOverride(previous.override().get()) : suggested;
            assessments.put(key, kept);
            result.add(kept);
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Records the group's decision on an area's level, beside the model's suggestion.
     *
     * @param area the area
     * @param period the period
     * @param decision the level decided, who decided and why
     * @return the assessment with the override
     * @throws UnknownReferenceException when the area was not assessed for the period
     */
    public synchronized Assessment override(AreaId area, Period period, Decision<ScaleLevel> decision) {
        AreaAndPeriod key = new AreaAndPeriod(requireNonNull(area, "area"), requireNonNull(period, "period"));
        Assessment previous = assessments.get(key);
        if (previous == null) {
            throw new UnknownReferenceException("assessment", area + " " + period, "this cycle; assess the period first");
        }
        Assessment decided = previous.withOverride(requireNonNull(decision, "decision"));
        decided.validateAgainst(scale);
        assessments.put(key, decided);
        return decided;
    }

    /**
     * Returns every assessment made, in the order made.
     *
     * @return an immutable copy
     */
    public synchronized List<Assessment> assessments() {
        return List.copyOf(assessments.values());
    }

    // ------------------------------------------------------------------------------------------ analysis

    /**
     * Ranks the areas the group judged for an analysis period (a quarter or tertial) by need and influence and
     * suggests the focus areas, assessing each reporting period inside it first if that has not been done.
     *
     * @param period the analysis period, such as {@code 2026-Q4}
     * @param roundKind the kind of the periods inside it whose pictures count, such as weeks
     * @param influence the group's judgement of its possibility to influence each candidate area
     * @return the prioritisation
     */
    public synchronized Prioritisation prioritise(Period period, org.est4j.core.time.PeriodKind roundKind,
            Map<AreaId, Decision<Influence>> influence) {
        List<PictureSet> sets = new ArrayList<>();
        for (Period p = Period.of(roundKind, period.startDate()); p.startDate().isBefore(period.endDate()); p = p.next()) {
            if (period.contains(p.startDate())) {
                sets.add(picture(p));
                if (!assessments.containsKey(new AreaAndPeriod(hierarchy.roots().get(0).id(), p))) {
                    assess(p);
                }
            }
        }
        return Prioritisation.fromPictures(period, scale, sets, assessments.values(), influence, rule);
    }

    // ------------------------------------------------------------------------------------------ measures

    /**
     * Adds a measure.
     *
     * @param measure the measure
     * @throws org.est4j.core.ValidationException naming every unknown actor, area and category, or a taken id
     */
    public synchronized void addMeasure(Measure measure) {
        requireNonNull(measure, "measure");
        Problems problems = Problems.of("measure " + measure.id());
        problems.require(!measures.containsKey(measure.id()), "id", "is already a measure of this cycle", measure.id());
        known(problems, "leadActor", actors.containsKey(measure.leadActor()), "actor", measure.leadActor());
        measure.partners().forEach(p -> known(problems, "partners", actors.containsKey(p), "actor", p));
        measure.targetAreas().forEach(a -> knownArea(problems, "targetAreas", a));
        measure.targetCategories().forEach(c -> known(problems, "targetCategories", taxonomy.contains(c),
                "category", c));
        problems.throwIfAny();
        measures.put(measure.id(), measure);
    }

    /**
     * Moves a measure to a new status, if the lifecycle allows it.
     *
     * @param id the measure
     * @param status the new status
     * @param on the day of the change
     * @return the changed measure
     * @throws org.est4j.core.measure.IllegalTransitionException when the lifecycle does not allow it
     */
    public synchronized Measure transition(MeasureId id, MeasureStatus status, LocalDate on) {
        Measure changed = measure(id).transitionTo(status, on);
        measures.put(id, changed);
        return changed;
    }

    /**
     * Returns a measure.
     *
     * @param id its id
     * @return the measure
     * @throws UnknownReferenceException when the cycle has no such measure
     */
    public synchronized Measure measure(MeasureId id) {
        Measure m = measures.get(requireNonNull(id, "id"));
        if (m == null) {
            throw new UnknownReferenceException("measure", id.value(), "this cycle");
        }
        return m;
    }

    /**
     * Returns every measure, by id.
     *
     * @return an immutable copy
     */
    public synchronized List<Measure> measures() {
        return List.copyOf(measures.values());
    }

    /**
     * Lists the measures due for follow-up on a day, longest overdue first.
     *
     * @param date the day
     * @return the agenda
     */
    public synchronized FollowUpAgenda dueFollowUps(LocalDate date) {
        return FollowUpAgenda.of(date, measures.values(), followUps);
    }

    /**
     * Follows up a measure: counts the observations of the design's areas and categories before and after,
     * evaluates them with the cycle's evaluator and keeps the suggestion.
     *
     * @param id the measure
     * @param date the day of the follow-up
     * @param design the treated, control and buffer areas, the categories and the dates, chosen by the group
     * @return the follow-up with its evaluations and suggested outcome
     */
    public synchronized FollowUp followUp(MeasureId id, LocalDate date, EvaluationDesign design) {
        Measure measure = measure(id);
        Problems problems = Problems.of("evaluation design");
        design.treated().forEach(a -> knownArea(problems, "treated", a));
        design.control().forEach(a -> knownArea(problems, "control", a));
        design.buffer().forEach(a -> knownArea(problems, "buffer", a));
        design.categories().forEach(c -> known(problems, "categories", taxonomy.contains(c), "category", c));
        problems.throwIfAny();
        PlaceCounts counts = new DesignCounter(hierarchy, taxonomy, design).count(store.snapshot());
        LocalDateRange evaluated = LocalDateRange.of(design.before().getStart(), design.after().getEnd());
        FollowUp followUp = evaluator.evaluate(measure, date, Optional.of(evaluated), counts, locale);
        followUps.add(followUp);
        return followUp;
    }

    /**
     * Records the group's decision on a measure's latest follow-up.
     *
     * @param id the measure
     * @param decision the outcome decided, who decided and why
     * @return the decided follow-up
     * @throws UnknownReferenceException when the measure has not been followed up
     */
    public synchronized FollowUp decide(MeasureId id, Decision<Outcome> decision) {
        requireNonNull(decision, "decision");
        for (int i = followUps.size() - 1; i >= 0; i--) {
            if (followUps.get(i).measure().equals(id)) {
                FollowUp decided = followUps.get(i).withDecision(decision);
                followUps.set(i, decided);
                return decided;
            }
        }
        throw new UnknownReferenceException("follow-up of measure", id.value(), "this cycle; follow it up first");
    }

    /**
     * Returns every follow-up, in the order made.
     *
     * @return an immutable copy
     */
    public synchronized List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    /**
     * Tells which measures of a period were followed by change: the annual analysis.
     *
     * @param period the period, usually a year
     * @return the analysis
     */
    public synchronized AnnualAnalysis annualAnalysis(Period period) {
        return AnnualAnalysis.of(period, measures.values(), followUps);
    }

    // ------------------------------------------------------------------------------------------ feedback

    /**
     * Builds the feedback report of a period for an audience's default policy (see
     * {@link #feedback(FeedbackRequest)}).
     *
     * @param audience the audience, such as {@link Audience#PUBLIC}
     * @param period the period, such as a month
     * @return the report, holding only what the audience may see
     */
    public FeedbackReport feedback(Audience audience, Period period) {
        return feedback(FeedbackRequest.of(audience, period));
    }

    /**
     * Builds a feedback report (<i>återkoppling</i>) through the request's policy: the areas with their levels,
     * trends, hotspots and coverage, suppressed tables of counts and history, focus areas, measures with their
     * latest follow-up, observation lines and, for reporters, what came of their reports — each as far as the
     * policy allows ({@link org.est4j.core.feedback} states the rules). Counts, trends and hotspots come from the
     * observations the audience may see, compiled with this cycle's trend test and hotspot detectors. When no
     * area has been assessed for the period or a period inside it, the period is {@linkplain #assess(Period)
     * assessed} first and the assessments kept, as {@link #prioritise} does.
     *
     * @param request the policy, the period and the prioritisations whose focus areas to show
     * @return the report
     */
    public synchronized FeedbackReport feedback(FeedbackRequest request) {
        requireNonNull(request, "request");
        assessIfNone(request.period());
        return feedbackReports().report(request);
    }

    /**
     * Builds the public statutory report of a year: the lägesbild and the åtgärdsplan of Lag 2023:196, suppressed
     * and redacted for the public (see {@link #statutoryReport(FeedbackRequest)}).
     *
     * @param year the calendar year
     * @return the report
     */
    public StatutoryReport statutoryReport(int year) {
        return statutoryReport(FeedbackRequest.of(Audience.PUBLIC, Period.year(year)));
    }

    /**
     * Builds the statutory pair of Lag 2023:196 for a year through the request's policy: the lägesbild (mapping of
     * extent and consequences, other information, analysis) and the åtgärdsplan (needs, measures with lead actor,
     * partners, schedule and follow-up), from this cycle's data. The year is assessed first when no area has been
     * assessed for it or a period inside it.
     *
     * @param request the policy, a year, and the year's prioritisations and cause analyses
     * @return the report
     * @throws org.est4j.core.ValidationException when the request's period is not a year
     */
    public synchronized StatutoryReport statutoryReport(FeedbackRequest request) {
        requireNonNull(request, "request");
        if (request.period().kind() == org.est4j.core.time.PeriodKind.YEAR) {
            assessIfNone(request.period());
        }
        return feedbackReports().statutoryReport(request);
    }

    private void assessIfNone(Period period) {
        boolean any = assessments.keySet().stream().anyMatch(k -> period.encloses(k.period));
        if (!any && !hierarchy.isEmpty()) {
            assess(period);
        }
    }

    private FeedbackReports feedbackReports() {
        FeedbackReports.Builder b = FeedbackReports.builder(compiler).scale(scale).observations(store.snapshot())
                .actors(actors.values()).reporters(reporters.values()).rounds(rounds.values())
                .assessments(assessments.values()).measures(measures.values()).followUps(followUps);
        return b.build();
    }

    // ------------------------------------------------------------------------------------------ state

    /**
     * Returns the areas.
     *
     * @return the hierarchy
     */
    public AreaHierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * Returns the categories.
     *
     * @return the taxonomy
     */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Returns the scale areas are graded on.
     *
     * @return the scale
     */
    public Scale scale() {
        return scale;
    }

    /**
     * Returns the observations recorded, as a consistent snapshot.
     *
     * @return the snapshot
     */
    public StoreSnapshot observations() {
        return store.snapshot();
    }

    /**
     * Returns the actors.
     *
     * @return an immutable copy, by id
     */
    public synchronized List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /**
     * Returns the reporters.
     *
     * @return an immutable copy, by id
     */
    public synchronized List<Reporter> reporters() {
        return List.copyOf(reporters.values());
    }

    /**
     * Returns the reporting rounds.
     *
     * @return an immutable copy, by period
     */
    public synchronized List<ReportingRound> rounds() {
        return List.copyOf(rounds.values());
    }

    /** Returns a one-line summary for JShell, such as {@code EstCycle[50 areas, 47 reporters, 52 rounds, …]}. */
    @Override
    public synchronized String toString() {
        return "EstCycle[" + hierarchy.size() + " areas, " + actors.size() + " actors, " + reporters.size()
                + " reporters, " + rounds.size() + " rounds, " + store.size() + " observations, " + measures.size()
                + " measures, " + followUps.size() + " follow-ups; scale " + scale.id() + "]";
    }

    private void knownArea(Problems problems, String path, AreaId area) {
        known(problems, path, hierarchy.contains(area), "area", area);
    }

    private static void known(Problems problems, String path, boolean known, String kind, Object id) {
        problems.require(known, path, "is not a known " + kind + ": add it to the cycle first, or correct the id", id);
    }

    /** The key of an assessment. */
    private static final class AreaAndPeriod {
        private final AreaId area;
        private final Period period;

        AreaAndPeriod(AreaId area, Period period) {
            this.area = area;
            this.period = period;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AreaAndPeriod && ((AreaAndPeriod) other).area.equals(area)
                    && ((AreaAndPeriod) other).period.equals(period);
        }

        @Override
        public int hashCode() {
            return area.hashCode() * 31 + period.hashCode();
        }
    }

    /**
     * Builds an {@link EstCycle}.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final AreaHierarchy hierarchy;
        private Taxonomy taxonomy = Taxonomy.standard();
        private EstPlugins plugins;
        private Scale scale;
        private String scaleId = "est-5";
        private String modelId = "threshold";
        private PluginConfig modelConfig = PluginConfig.empty();
        private String trendTestId = "poisson-exact";
        /** The detectors by id, in the order chosen (which orders the hotspots found). */
        private final Map<String, PluginConfig> hotspotDetectors = new LinkedHashMap<>();
        private String evaluatorId = "wdd";
        private HarmWeights harmWeights = HarmWeights.standard();
        private PrioritisationRule rule = PrioritisationRule.defaults();
        private int historyPeriods = 4;
        private int assessmentHistory = 8;
        private Locale locale = Locale.forLanguageTag("sv");

        private Builder(AreaHierarchy hierarchy) {
            this.hierarchy = hierarchy;
            hotspotDetectors.put("repeat-location", PluginConfig.empty());
            hotspotDetectors.put("excess-rate", PluginConfig.empty());
        }

        /**
         * Sets the categories.
         *
         * @param value the taxonomy; {@link Taxonomy#standard()} by default
         * @return this builder
         */
        public Builder taxonomy(Taxonomy value) {
            this.taxonomy = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the registry plugins are taken from.
         *
         * @param value the registry; {@link EstPlugins#global()} by default
         * @return this builder
         */
        public Builder plugins(EstPlugins value) {
            this.plugins = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the scale by the id of a {@link ScaleProvider}.
         *
         * @param id such as {@code est-5} (the default) or {@code police-area-4}
         * @return this builder
         */
        public Builder scale(String id) {
            this.scaleId = requireNonNull(id, "id");
            this.scale = null;
            return this;
        }

        /**
         * Sets the scale itself.
         *
         * @param value the scale
         * @return this builder
         */
        public Builder scale(Scale value) {
            this.scale = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the assessment model by the id of an {@link AssessmentModelProvider}, with its settings.
         *
         * @param id such as {@code threshold} (the default), {@code weighted-index} or {@code trend-aware}
         * @param config the model's settings
         * @return this builder
         */
        public Builder assessmentModel(String id, PluginConfig config) {
            this.modelId = requireNonNull(id, "id");
            this.modelConfig = requireNonNull(config, "config");
            return this;
        }

        /**
         * Sets the trend test by the id of a {@link TrendTestProvider}.
         *
         * @param id such as {@code poisson-exact} (the default)
         * @return this builder
         */
        public Builder trendTest(String id) {
            this.trendTestId = requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the hotspot detectors by the ids of {@link HotspotDetectorProvider}s.
         *
         * @param ids such as {@code repeat-location}, {@code excess-rate} (the defaults) and {@code gi-star}
         * @return this builder
         */
        public Builder hotspotDetectors(String... ids) {
            hotspotDetectors.clear();
            for (String id : ids) {
                hotspotDetectors.put(requireNonNull(id, "ids[]"), PluginConfig.empty());
            }
            return this;
        }

        /**
         * Gives a hotspot detector its settings, choosing it too when it is not among the detectors yet.
         *
         * @param id the id of a {@link HotspotDetectorProvider}, such as {@code repeat-location}
         * @param config its settings, documented by the provider (such as {@code min-count})
         * @return this builder
         */
        public Builder hotspotDetector(String id, PluginConfig config) {
            hotspotDetectors.put(requireNonNull(id, "id"), requireNonNull(config, "config"));
            return this;
        }

        /**
         * Sets the follow-up evaluator by the id of a {@link FollowUpEvaluatorProvider}.
         *
         * @param id such as {@code wdd} (the default)
         * @return this builder
         */
        public Builder followUpEvaluator(String id) {
            this.evaluatorId = requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the harm weights of the pictures.
         *
         * @param value the weights; {@link HarmWeights#standard()} by default
         * @return this builder
         */
        public Builder harmWeights(HarmWeights value) {
            this.harmWeights = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the rule that ranks areas for focus.
         *
         * @param value the rule; {@link PrioritisationRule#defaults()} by default
         * @return this builder
         */
        public Builder prioritisationRule(PrioritisationRule value) {
            this.rule = requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets how many earlier periods a picture's trend and history look back, and how many earlier pictures an
         * assessment model is given.
         *
         * @param pictureHistory earlier periods in a picture, 4 by default
         * @param modelHistory earlier pictures given to the assessment model, 8 by default
         * @return this builder
         */
        public Builder history(int pictureHistory, int modelHistory) {
            if (pictureHistory < 0 || modelHistory < 0) {
                throw new IllegalArgumentException("history lengths must not be negative");
            }
            this.historyPeriods = pictureHistory;
            this.assessmentHistory = modelHistory;
            return this;
        }

        /**
         * Sets the language of reasons and readings.
         *
         * @param value Swedish ({@code sv}, the default) or any other for English
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the cycle, looking up every plugin named.
         *
         * @return an empty cycle
         * @throws org.est4j.core.plugin.UnknownPluginException when a plugin id is not installed; it lists the known
         */
        public EstCycle build() {
            return new EstCycle(this, plugins != null ? plugins : EstPlugins.global());
        }
    }
}
