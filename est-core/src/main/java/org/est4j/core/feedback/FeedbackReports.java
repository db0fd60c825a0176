package org.est4j.core.feedback;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.analysis.AnnualAnalysis;
import org.est4j.core.analysis.CauseAnalysis;
import org.est4j.core.analysis.MeasureEffect;
import org.est4j.core.analysis.Patterns;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.analysis.TriangleSide;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.Disclosure;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.Redactor;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;

/**
 * Builds {@link FeedbackReport}s and {@link StatutoryReport}s from the state of an EST group, through the
 * policy of each request, following the rules of this package (see its {@code package-info}): only what the
 * audience may see is counted, tables are suppressed by {@link CountTable#suppress(DisclosurePolicy)}, free text
 * is redacted by the policy's {@link Disclosure}, texts written from all the data reach the group only.
 *
 * <pre>{@code
 * FeedbackReports reports = FeedbackReports.builder(compiler).scale(scale).observations(snapshot)
 *         .actors(actors).reporters(reporters).rounds(rounds).assessments(assessments)
 *         .measures(measures).followUps(followUps).build();
 * FeedbackReport march = reports.report(FeedbackRequest.of(Audience.PUBLIC, Period.month(2025, 3)));
 * StatutoryReport year = reports.statutoryReport(FeedbackRequest.of(Audience.PUBLIC, Period.year(2025)));
 * }</pre>
 *
 * <p>{@link org.est4j.core.cycle.EstCycle#feedback(FeedbackRequest)} and
 * {@link org.est4j.core.cycle.EstCycle#statutoryReport(FeedbackRequest)} do this with the cycle's own state and
 * picture compiler, whose trend test and hotspot detectors then work on the observations the audience may see.
 *
 * <h2>Choices made where the method is silent</h2>
 * <ul>
 *   <li>An area's level is the one assessed for the report's period, or else for the latest period inside it (a
 *       monthly report shows the level of its last assessed week).</li>
 *   <li>A measure is in a report when the audience may see it and it is active during the period (started before
 *       its end, not ended before its start; a measure cancelled before it started is left out). Its status is the
 *       one it has now; its latest follow-up is the latest made by the end of the period.</li>
 *   <li>Reporter feedback covers every reporter who reported something the audience may see in the period or was
 *       expected in one of its rounds, and each of their organisations; a reporter who only reported what the
 *       audience may not see is shown with no reports, like a silent one, so that nothing tells the two apart.</li>
 *   <li>Where the policy suppresses small counts, an area's trends are shown only when its count in the period
 *       and all of its history are shown, and a hotspot only when the area's count is shown and the hotspot rests on
 *       at least the minimum count of observations: a trend or a hotspot must not narrow a suppressed cell.</li>
 * </ul>
 *
 * <p>Reports of different periods are protected each on its own, not against each other: a history column and
 * the table of an earlier report may suppress the same totals differently. Publish history from the earlier
 * reports themselves where that matters.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe, provided the picture compiler's trend
 * test and detectors are (as their contracts require).
 */
public final class FeedbackReports {
    private static final int HISTORY_YEARS = 4;

    private final PictureCompiler compiler;
    private final AreaHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final Scale scale;
    private final List<Observation> observations;
    private final Map<ActorId, Actor> actors;
    private final List<Reporter> reporters;
    private final List<ReportingRound> rounds;
    private final Map<AreaId, List<Assessment>> assessments;
    private final List<Measure> measures;
    private final List<FollowUp> followUps;

    private FeedbackReports(Builder b) {
        this.compiler = b.compiler;
        this.hierarchy = b.compiler.hierarchy();
        this.taxonomy = b.compiler.taxonomy();
        this.scale = b.scale;
        this.observations = List.copyOf(b.observations);
        this.actors = new TreeMap<>();
        b.actors.forEach(a -> actors.put(a.id(), a));
        this.reporters = b.reporters.stream().sorted(Comparator.comparing(Reporter::id)).collect(Collectors.toList());
        this.rounds = b.rounds.stream().sorted(Comparator.comparing(ReportingRound::period))
                .collect(Collectors.toList());
        this.assessments = new HashMap<>();
        b.assessments.forEach(a -> assessments.computeIfAbsent(a.area(), x -> new ArrayList<>()).add(a));
        this.measures = b.measures.stream().sorted(Comparator.comparing(Measure::id)).collect(Collectors.toList());
        this.followUps = List.copyOf(b.followUps);
    }

    /**
     * Starts the state of an EST group, whose areas and categories are the compiler's.
     *
     * @param compiler the picture compiler: hierarchy, taxonomy, trend test and hotspot detectors
     * @return a builder
     */
    public static Builder builder(PictureCompiler compiler) {
        return new Builder(requireNonNull(compiler, "compiler"));
    }

    // ================================================================================== feedback report

    /**
     * Builds the feedback report of a request.
     *
     * @param request the policy, the period and the prioritisations to show
     * @return the report, holding only what the policy allows
     */
    public FeedbackReport report(FeedbackRequest request) {
        Scope s = new Scope(requireNonNull(request, "request"));
        Period period = request.period();
        PictureSet pictures = s.compile(period);
        List<Observation> inPeriod = s.known(period);
        SuppressedTable<AreaId, CategoryId> counts = s.disclosure.suppress(byAreaAndCategory(inPeriod));
        List<Period> before = new ArrayList<>();
        for (int k = compiler.historyPeriods(); k >= 1; k--) {
            before.add(period.plus(-k));
        }
        SuppressedTable<AreaId, Period> history = s.disclosure.suppress(byAreaAndPeriod(s, before));
        List<FocusArea> focus = focusAreas(s, period);
        List<MeasureRow> measureRows = measureRows(s, period);

        FeedbackReport.Builder b = FeedbackReport.builder().policy(s.policy)
                .title(request.title().orElseGet(() -> s.words.reportTitle()))
                .municipality(municipality(request)).period(period).locale(request.locale())
                .scale(Optional.ofNullable(scale)).categories(taxonomy.topLevel())
                .areas(areaRows(s, period, pictures, counts, history, focus))
                .counts(counts).history(history).focusAreas(focus).measures(measureRows)
                .showsReasons(s.showsReasons);
        if (!s.suppresses) {
            b.observations(inPeriod.stream().sorted(Observation.byOccurrence()).map(o -> line(s, o))
                    .collect(Collectors.toList()));
            if (s.policy.audience() == Audience.REPORTERS) {
                b.reporterFeedback(reporterFeedback(s, period, inPeriod, measureRows));
            }
        }
        b.notes(notes(s, period, pictures, true));
        return b.build();
    }

    // ================================================================================== statutory report

    /**
     * Builds the statutory pair of Lag 2023:196 — the lägesbild and the åtgärdsplan — for the year of a request.
     *
     * @param request the policy (the public's, as a rule: both are public records), a year, the prioritisations
     *     and cause analyses of the year
     * @return the report, holding only what the policy allows
     * @throws org.est4j.core.ValidationException when the request's period is not a year
     */
    public StatutoryReport statutoryReport(FeedbackRequest request) {
        requireNonNull(request, "request");
        Period year = request.period();
        Problems.of("statutory report request").require(year.kind() == PeriodKind.YEAR, "period",
                "must be a YEAR: the lägesbild and the åtgärdsplan are annual", year).throwIfAny();
        Scope s = new Scope(request);
        PictureSet pictures = s.compile(year);
        List<Observation> inYear = s.known(year);
        SuppressedTable<AreaId, CategoryId> extent = s.disclosure.suppress(byAreaAndCategory(inYear));
        Set<CategoryId> shownTotals = new LinkedHashSet<>();
        for (Category c : taxonomy.topLevel()) {
            if (!extent.cell(Heading.total(), Heading.of(c.id())).isSuppressed()) {
                shownTotals.add(c.id());
            }
        }
        List<Period> quarters = new ArrayList<>();
        for (Period q = Period.of(PeriodKind.QUARTER, year.startDate()); q.startDate().isBefore(year.endDate());
                q = q.next()) {
            quarters.add(q);
        }
        SuppressedTable<CategoryId, Period> development = linked(s, inYear, o -> Period.of(PeriodKind.QUARTER,
                o.occurredAt()), quarters, shownTotals);
        SuppressedTable<CategoryId, Severity> consequences = linked(s, inYear, Observation::severity,
                List.of(Severity.values()), shownTotals);
        List<Period> earlier = new ArrayList<>();
        for (int k = HISTORY_YEARS; k >= 1; k--) {
            earlier.add(year.plus(-k));
        }
        SuppressedTable<AreaId, Period> history = s.disclosure.suppress(byAreaAndPeriod(s, earlier));
        List<FocusArea> focus = focusAreas(s, year);
        List<AreaRow> areas = areaRows(s, year, pictures, extent, history, focus);
        List<MeasureRow> plan = measureRows(s, year);

        StatutorySituation situation = StatutorySituation.builder().categories(taxonomy.topLevel())
                .extent(extent).development(development).consequences(consequences).history(history).areas(areas)
                .sources(inYear.stream().map(Observation::source).collect(Collectors.toCollection(TreeSet::new)))
                .rounds(roundsIn(year).size()).responseRate(responseRate(year))
                .otherInformation(otherInformation(s, year))
                .analysis(analysis(s, year, areas))
                .focusAreas(focus).causeAnalyses(causeSummaries(s, year)).effects(effects(s, year, plan))
                .build();
        ActionPlan actionPlan = ActionPlan.builder().needs(needs(areas, focus, plan)).measures(plan)
                .actors(actorsOf(plan)).build();
        List<String> notes = new ArrayList<>(notes(s, year, pictures, false));
        if (s.suppresses) {
            notes.add(s.words.linkedTables());
        }
        return StatutoryReport.builder().policy(s.policy)
                .title(request.title().orElseGet(() -> s.words.statutoryTitle(year)))
                .municipality(municipality(request)).year(year).locale(request.locale())
                .scale(Optional.ofNullable(scale)).situation(situation).actionPlan(actionPlan)
                .showsReasons(s.showsReasons).notes(notes).build();
    }

    // ================================================================================== the audience's scope

    /** What one request may use: its policy, its redaction, and the observations its audience may see. */
    private final class Scope {
        final DisclosurePolicy policy;
        final Disclosure disclosure;
        final Words words;
        final Locale locale;
        final boolean suppresses;
        final boolean showsReasons;
        /** Every observation the audience may see, of any time, in the order given. */
        final List<Observation> visible;
        final List<Prioritisation> prioritisations;
        final List<CauseAnalysis> causeAnalyses;
        private StoreSnapshot snapshot;

        Scope(FeedbackRequest request) {
            this.policy = request.policy();
            this.locale = request.locale();
            this.disclosure = Disclosure.of(policy, Redactor.forLocale(locale));
            this.words = new Words(locale);
            this.suppresses = policy.minimumCount() > 1;
            this.showsReasons = !suppresses && policy.clearance() == Visibility.GROUP;
            this.visible = disclosure.visible(observations, Observation::visibility);
            this.prioritisations = request.prioritisations();
            this.causeAnalyses = request.causeAnalyses();
        }

        /** Compiles the pictures of the observations the audience may see. */
        PictureSet compile(Period period) {
            return compiler.compile(snapshot(), period, roundsOverlapping(period), reporters);
        }

        StoreSnapshot snapshot() {
            if (snapshot == null) {
                snapshot = ObservationStore.of(visible).snapshot();
            }
            return snapshot;
        }

        /** The visible observations of a period whose area and category are known. */
        List<Observation> known(Period period) {
            return visible.stream().filter(o -> period.contains(o.occurredAt()) && hierarchy.contains(o.area())
                    && taxonomy.contains(o.category())).collect(Collectors.toList());
        }

        String redact(String text) {
            return disclosure.redact(text);
        }

        List<String> redact(Collection<String> texts) {
            return texts.stream().map(this::redact).collect(Collectors.toList());
        }
    }

    // ================================================================================== tables

    private CountTable<AreaId, CategoryId> byAreaAndCategory(List<Observation> known) {
        CountTable.Builder<AreaId, CategoryId> b = areaRows();
        taxonomy.topLevel().forEach(c -> b.column(c.id()));
        Map<AreaId, Map<CategoryId, Long>> counts = new HashMap<>();
        for (Observation o : known) {
            counts.computeIfAbsent(o.area(), x -> new HashMap<>()).merge(taxonomy.topLevelOf(o.category()).id(), 1L,
                    Long::sum);
        }
        counts.forEach((area, byCategory) -> byCategory.forEach((category, n) -> b.add(area, category, n)));
        return b.build();
    }

    private CountTable<AreaId, Period> byAreaAndPeriod(Scope s, List<Period> periods) {
        CountTable.Builder<AreaId, Period> b = areaRows();
        Optional<LocalDate> earliest = s.visible.stream().map(Observation::occurredDate).min(Comparator.naturalOrder());
        // Periods that end before the earliest observation have no data, which is not zero: leave them out.
        List<Period> kept = periods.stream().filter(p -> earliest.map(e -> e.isBefore(p.endDate())).orElse(false))
                .collect(Collectors.toList());
        kept.forEach(b::column);
        if (!kept.isEmpty()) {
            Period first = kept.get(0);
            Period last = kept.get(kept.size() - 1);
            Map<AreaId, Map<Period, Long>> counts = new HashMap<>();
            for (Observation o : s.visible) {
                LocalDate d = o.occurredDate();
                if (!d.isBefore(first.startDate()) && d.isBefore(last.endDate()) && hierarchy.contains(o.area())
                        && taxonomy.contains(o.category())) {
                    Period p = Period.of(first.kind(), o.occurredAt());
                    if (kept.contains(p)) {
                        counts.computeIfAbsent(o.area(), x -> new HashMap<>()).merge(p, 1L, Long::sum);
                    }
                }
            }
            counts.forEach((area, byPeriod) -> byPeriod.forEach((p, n) -> b.add(area, p, n)));
        }
        return b.build();
    }

    private <C extends Comparable<? super C>> CountTable.Builder<AreaId, C> areaRows() {
        CountTable.Builder<AreaId, C> b = CountTable.builder();
        for (Area a : hierarchy.areas()) {
            if (a.parent().isPresent()) {
                b.row(a.id(), a.parent().get());
            } else {
                b.row(a.id());
            }
        }
        return b;
    }

    /**
     * A table of top-level categories by another breakdown, linked to the extent table by the categories' totals:
     * only categories whose total the extent shows, and whose total this table shows too, are kept (see
     * {@link StatutorySituation}).
     */
    private <C extends Comparable<? super C>> SuppressedTable<CategoryId, C> linked(Scope s, List<Observation> known,
            Function<Observation, C> column, List<C> columns, Set<CategoryId> shownInExtent) {
        Set<CategoryId> keep = new LinkedHashSet<>(shownInExtent);
        while (true) {
            CountTable.Builder<CategoryId, C> b = CountTable.builder();
            keep.forEach(b::row);
            columns.forEach(b::column);
            Map<CategoryId, Map<C, Long>> counts = new HashMap<>();
            for (Observation o : known) {
                CategoryId top = taxonomy.topLevelOf(o.category()).id();
                if (keep.contains(top)) {
                    counts.computeIfAbsent(top, x -> new HashMap<>()).merge(column.apply(o), 1L, Long::sum);
                }
            }
            counts.forEach((category, byColumn) -> byColumn.forEach((c, n) -> b.add(category, c, n)));
            SuppressedTable<CategoryId, C> table = s.disclosure.suppress(b.build());
            Set<CategoryId> hidden = keep.stream()
                    .filter(c -> table.cell(Heading.of(c), Heading.total()).isSuppressed())
                    .collect(Collectors.toSet());
            if (hidden.isEmpty()) {
                return table;
            }
            keep.removeAll(hidden);
        }
    }

    // ================================================================================== areas

    private List<AreaRow> areaRows(Scope s, Period period, PictureSet pictures,
            SuppressedTable<AreaId, CategoryId> counts, SuppressedTable<AreaId, Period> history,
            List<FocusArea> focus) {
        Map<AreaId, List<Hotspot>> hotspots = new HashMap<>();
        Set<Hotspot> seen = new HashSet<>();
        for (SituationPicture p : pictures.pictures()) {
            for (Hotspot h : p.hotspots()) {
                if (seen.add(h)) {
                    hotspots.computeIfAbsent(h.area(), x -> new ArrayList<>()).add(h);
                }
            }
        }
        Set<AreaId> focusIds = focus.stream().map(FocusArea::area).collect(Collectors.toSet());
        List<AreaRow> rows = new ArrayList<>();
        for (Area area : hierarchy.areas()) {
            AreaId id = area.id();
            Optional<SituationPicture> picture = pictures.find(id);
            boolean countShown = !counts.cell(Heading.of(id), Heading.total()).isSuppressed();
            boolean historyShown = history.columns().stream()
                    .noneMatch(c -> history.cell(Heading.of(id), c).isSuppressed());
            AreaRow.Builder b = AreaRow.builder().id(id).name(area.name()).areaLevel(area.level())
                    .depth(hierarchy.depth(id)).parent(area.parent()).point(area.point())
                    .focus(focusIds.contains(id))
                    .lowCoverage(picture.map(SituationPicture::hasLowCoverage).orElse(false));
            assessment(id, period).ifPresent(a -> level(s, b, a));
            if (!s.suppresses || (countShown && historyShown)) {
                picture.flatMap(p -> p.trend(Trend.Comparison.PREVIOUS_PERIODS)).ifPresent(t -> b.trend(t.direction()));
                picture.flatMap(p -> p.trend(Trend.Comparison.SAME_PERIOD_LAST_YEAR))
                        .ifPresent(t -> b.trendLastYear(t.direction()));
            }
            for (Hotspot h : hotspots.getOrDefault(id, List.of())) {
                if (!s.suppresses || (countShown && h.observations().size() >= s.policy.minimumCount())) {
                    b.addHotspots(HotspotRow.builder().area(id).placeName(h.placeName().map(s::redact))
                            .point(h.point()).window(h.window()).method(h.method())
                            .reasons(s.suppresses ? List.of() : s.redact(h.reasons())).build());
                }
            }
            if (s.policy.clearance() != Visibility.PUBLIC) {
                picture.flatMap(SituationPicture::coverage).ifPresent(c -> b.coverage(coverage(s, c)));
            }
            rows.add(b.build());
        }
        return rows;
    }

    private static CoverageRow coverage(Scope s, Coverage c) {
        boolean group = s.policy.clearance() == Visibility.GROUP;
        CoverageRow.Builder b = CoverageRow.builder().expected(c.expected()).answered(c.answered()).low(c.isLow());
        if (group) {
            b.nothingToReport(c.nothingToReport()).silentReporters(c.silentReporters());
        }
        return b.build();
    }

    /** The assessment of the period itself, or else of the latest period inside it (the longer one on a tie). */
    private Optional<Assessment> assessment(AreaId area, Period period) {
        return assessments.getOrDefault(area, List.of()).stream()
                .filter(a -> period.encloses(a.period()))
                .max(Comparator.comparing((Assessment a) -> a.period().endDate())
                        .thenComparing(a -> a.period().startDate(), Comparator.reverseOrder()));
    }

    private static void level(Scope s, AreaRow.Builder b, Assessment a) {
        b.level(a.level()).assessedPeriod(a.period()).decided(a.isOverridden())
                .decidedOn(a.override().map(d -> d.decidedOn()));
        if (s.showsReasons) {
            b.suggestedLevel(a.suggested());
            a.override().ifPresent(d -> {
                b.decidedBy(s.redact(d.decidedBy()));
                b.addReasons(s.redact(d.reason()));
            });
            b.addAllReasons(s.redact(a.reasons()));
        }
    }

    // ================================================================================== focus areas

    private List<FocusArea> focusAreas(Scope s, Period period) {
        List<FocusArea> focus = new ArrayList<>();
        // The focus areas chosen are the group's judgement, shown to every audience; the ranking's reasons are not.
        List<Prioritisation> overlapping = s.prioritisations.stream()
                .filter(p -> overlaps(p.period(), period))
                .sorted(Comparator.comparing(Prioritisation::period)).collect(Collectors.toList());
        for (Prioritisation p : overlapping) {
            List<AreaId> areas = p.focusAreas();
            for (int i = 0; i < areas.size(); i++) {
                AreaId area = areas.get(i);
                FocusArea.Builder b = FocusArea.builder().area(area).name(name(area)).period(p.period()).rank(i + 1)
                        .decided(p.isDecided());
                if (s.showsReasons) {
                    p.ranking().stream().filter(r -> r.area().equals(area)).findFirst()
                            .map(r -> r.reasons(s.locale)).ifPresent(r -> b.reasons(s.redact(r)));
                }
                focus.add(b.build());
            }
        }
        return focus;
    }

    // ================================================================================== measures

    private List<MeasureRow> measureRows(Scope s, Period period) {
        List<MeasureRow> rows = new ArrayList<>();
        for (Measure m : measures) {
            boolean active = m.start().isBefore(period.endDate())
                    && m.end().map(e -> !e.isBefore(period.startDate())).orElse(m.status() != MeasureStatus.CANCELLED);
            if (active && s.policy.allows(m.visibility())) {
                rows.add(measureRow(s, m, period));
            }
        }
        return rows;
    }

    private MeasureRow measureRow(Scope s, Measure m, Period period) {
        Map<ActorId, String> partners = new TreeMap<>();
        m.partners().forEach(p -> partners.put(p, actorName(p)));
        MeasureRow.Builder b = MeasureRow.builder().id(m.id()).title(s.redact(m.title())).type(m.type())
                .status(m.status()).horizon(m.horizon()).start(m.start()).end(m.end())
                .targetAreas(m.targetAreas()).targetCategories(m.targetCategories()).leadActor(m.leadActor())
                .leadActorName(actorName(m.leadActor())).partners(partners)
                .description(m.description().map(s::redact)).visibility(m.visibility());
        if (m.status() == MeasureStatus.PLANNED || m.status() == MeasureStatus.ONGOING) {
            b.nextFollowUp(m.nextFollowUpDate(followUps));
        }
        FollowUp latest = null;
        for (FollowUp f : followUps) {
            if (f.measure().equals(m.id()) && f.date().isBefore(period.endDate())
                    && (latest == null || !f.date().isBefore(latest.date()))) {
                latest = f;
            }
        }
        if (latest != null) {
            FollowUpRow.Builder f = FollowUpRow.builder().date(latest.date()).evaluated(latest.evaluated())
                    .suggested(latest.suggested()).decided(latest.decision().map(d -> d.value()));
            if (s.showsReasons) {
                latest.decision().ifPresent(d -> f.addReasons(s.redact(d.reason())));
                f.addAllReasons(s.redact(latest.reasons()));
                latest.evaluations().forEach(e -> f.addReadings(s.redact(e.reading(s.locale))));
            }
            b.latestFollowUp(f.build());
        }
        return b.build();
    }

    private String actorName(ActorId id) {
        Actor a = actors.get(id);
        return a != null ? a.name() : id.value();
    }

    private static Map<ActorId, String> actorsOf(List<MeasureRow> plan) {
        Map<ActorId, String> all = new TreeMap<>();
        for (MeasureRow m : plan) {
            all.put(m.leadActor(), m.leadActorName());
            all.putAll(m.partners());
        }
        return all;
    }

    // ================================================================================== observation lines

    private static ObservationLine line(Scope s, Observation o) {
        return ObservationLine.builder().id(o.id()).date(o.occurredDate()).timeOfDay(o.knownTimeOfDay())
                .area(o.area()).placeName(o.placeName().map(s::redact)).category(o.category())
                .severity(o.severity()).source(o.source())
                .reporter(s.policy.clearance() == Visibility.GROUP ? o.reporter() : Optional.empty())
                .channel(o.channel().map(s::redact)).visibility(o.visibility()).text(s.redact(o.description()))
                .build();
    }

    // ================================================================================== reporters

    private List<ReporterFeedback> reporterFeedback(Scope s, Period period, List<Observation> inPeriod,
            List<MeasureRow> shown) {
        Map<ReporterId, List<Observation>> byReporter = new TreeMap<>();
        for (Observation o : inPeriod) {
            o.reporter().ifPresent(r -> byReporter.computeIfAbsent(r, x -> new ArrayList<>()).add(o));
        }
        Set<ReporterId> expected = new TreeSet<>();
        roundsOverlapping(period).forEach(r -> expected.addAll(r.expected()));
        List<ReporterFeedback> sections = new ArrayList<>();
        Map<ActorId, List<Observation>> byActor = new TreeMap<>();
        for (Reporter r : reporters) {
            if (byReporter.containsKey(r.id()) || expected.contains(r.id())) {
                List<Observation> own = byReporter.getOrDefault(r.id(), List.of());
                sections.add(section(s, ReporterFeedback.builder().kind(ReporterFeedback.Kind.REPORTER)
                        .reporter(r.id()).actor(r.actor()).actorName(actorName(r.actor())), own, shown));
                byActor.computeIfAbsent(r.actor(), x -> new ArrayList<>()).addAll(own);
            }
        }
        byActor.forEach((actor, own) -> sections.add(section(s, ReporterFeedback.builder()
                .kind(ReporterFeedback.Kind.ORGANISATION).actor(actor).actorName(actorName(actor)), own, shown)));
        return sections;
    }

    private ReporterFeedback section(Scope s, ReporterFeedback.Builder b, List<Observation> own,
            List<MeasureRow> shown) {
        CountTable.Builder<AreaId, CategoryId> t = CountTable.builder();
        Set<AreaId> areas = new TreeSet<>(Comparator.comparingInt(hierarchy::indexOf));
        for (Observation o : own) {
            t.add(o.area(), taxonomy.topLevelOf(o.category()).id(), 1);
            areas.add(o.area());
        }
        List<MeasureId> related = shown.stream()
                .filter(m -> m.targetAreas().stream().anyMatch(target -> areas.stream().anyMatch(a -> related(target, a))))
                .map(MeasureRow::id).collect(Collectors.toList());
        return b.reports(s.disclosure.suppress(t.build())).areas(new ArrayList<>(areas)).measures(related).build();
    }

    /** Tells whether a measure's target area is the area, lies around it or within it. */
    private boolean related(AreaId target, AreaId area) {
        return target.equals(area) || (hierarchy.contains(target) && hierarchy.contains(area)
                && (hierarchy.isAncestorOf(target, area) || hierarchy.isAncestorOf(area, target)));
    }

    // ================================================================================== statutory parts

    private List<ReportingRound> roundsIn(Period year) {
        return rounds.stream().filter(r -> year.encloses(r.period())).collect(Collectors.toList());
    }

    private OptionalDouble responseRate(Period year) {
        long expected = 0;
        long answered = 0;
        for (ReportingRound r : roundsIn(year)) {
            expected += r.expected().size();
            answered += r.answered().size();
        }
        return expected == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) answered / expected);
    }

    private List<String> otherInformation(Scope s, Period year) {
        List<String> info = new ArrayList<>();
        OptionalDouble rate = responseRate(year);
        info.add(rate.isPresent() ? s.words.rounds(roundsIn(year).size(), rate.getAsDouble()) : s.words.noRounds());
        return info;
    }

    private List<String> analysis(Scope s, Period year, List<AreaRow> areas) {
        List<String> sentences = new ArrayList<>();
        List<String> rising = new ArrayList<>();
        List<String> falling = new ArrayList<>();
        for (AreaRow a : areas) {
            Optional<Trend.Direction> t = a.trendLastYear().or(a::trend);
            if (t.isPresent() && t.get() == Trend.Direction.RISING) {
                rising.add(a.name());
            } else if (t.isPresent() && t.get() == Trend.Direction.FALLING) {
                falling.add(a.name());
            }
        }
        if (!rising.isEmpty()) {
            sentences.add(s.words.trend(true, rising));
        }
        if (!falling.isEmpty()) {
            sentences.add(s.words.trend(false, falling));
        }
        if (scale != null && scale.size() >= 2) {
            int threshold = scale.highest().rank() - 1;
            List<String> concern = areas.stream().filter(a -> a.level().map(l -> l.rank() >= threshold).orElse(false))
                    .map(a -> s.words.level(a.name(), a.level().get().code(), a.level().get().label(s.locale)))
                    .collect(Collectors.toList());
            if (!concern.isEmpty()) {
                sentences.add(s.words.concern(concern));
            }
        }
        if (!s.suppresses) {
            // Patterns quote counts: only where nothing is suppressed, and from the visible observations alone.
            PictureCompiler plain = PictureCompiler.builder(hierarchy, taxonomy).keepObservationIds(false).build();
            StoreSnapshot snapshot = s.snapshot();
            List<PictureSet> months = new ArrayList<>();
            for (Month m : Month.values()) {
                months.add(plain.compile(snapshot, Period.month(year.startDate().getYear(), m.getValue())));
            }
            for (Area root : hierarchy.roots()) {
                List<SituationPicture> pictures = months.stream().map(set -> set.picture(root.id()))
                        .collect(Collectors.toList());
                Patterns.of(pictures).summary(s.locale).forEach(sentence -> sentences.add(s.redact(sentence)));
            }
        }
        return sentences;
    }

    private List<CauseSummary> causeSummaries(Scope s, Period year) {
        return s.causeAnalyses.stream()
                .filter(c -> overlaps(c.period(), year) && s.policy.allows(c.visibility()))
                .sorted(Comparator.comparing(CauseAnalysis::period).thenComparing(CauseAnalysis::area))
                .map(c -> {
                    CauseSummary.Builder b = CauseSummary.builder().area(c.area()).period(c.period())
                            .visibility(c.visibility()).conclusions(s.redact(c.conclusions()));
                    for (TriangleSide side : TriangleSide.values()) {
                        List<String> notes = c.side(side).notes();
                        if (!notes.isEmpty()) {
                            b.putSides(side, s.redact(notes));
                        }
                    }
                    return b.build();
                }).collect(Collectors.toList());
    }

    private List<MeasureEffectRow> effects(Scope s, Period year, List<MeasureRow> plan) {
        Set<MeasureId> inPlan = plan.stream().map(MeasureRow::id).collect(Collectors.toSet());
        List<Measure> planMeasures = measures.stream().filter(m -> inPlan.contains(m.id()))
                .collect(Collectors.toList());
        AnnualAnalysis annual = AnnualAnalysis.of(year, planMeasures, followUps);
        List<MeasureEffectRow> rows = new ArrayList<>();
        for (MeasureEffect e : annual.effects()) {
            if (!inPlan.contains(e.measure().id())) {
                continue;
            }
            MeasureEffectRow.Builder b = MeasureEffectRow.builder().measure(e.measure().id())
                    .title(s.redact(e.measure().title())).change(e.change()).suggested(e.suggested())
                    .decided(e.decided());
            if (s.showsReasons) {
                b.method(e.method()).estimate(e.estimate())
                        .reading(e.primary().map(p -> s.redact(p.reading(s.locale))));
            }
            rows.add(b.build());
        }
        rows.sort(Comparator.comparing(MeasureEffectRow::measure));
        return rows;
    }

    private List<AreaNeed> needs(List<AreaRow> areas, List<FocusArea> focus, List<MeasureRow> plan) {
        Set<AreaId> focusIds = focus.stream().map(FocusArea::area).collect(Collectors.toSet());
        int threshold = scale == null ? Integer.MAX_VALUE : scale.highest().rank() - 1;
        List<AreaNeed> needs = new ArrayList<>();
        for (AreaRow a : areas) {
            boolean high = a.level().map(l -> l.rank() >= threshold).orElse(false);
            if (high || focusIds.contains(a.id())) {
                needs.add(AreaNeed.builder().area(a.id()).name(a.name()).level(a.level())
                        .focus(focusIds.contains(a.id()))
                        .measures(plan.stream().filter(m -> m.targetAreas().stream()
                                .anyMatch(t -> related(t, a.id()))).map(MeasureRow::id).collect(Collectors.toList()))
                        .build());
            }
        }
        return needs;
    }

    // ================================================================================== notes and names

    private List<String> notes(Scope s, Period period, PictureSet pictures, boolean withHistory) {
        List<String> notes = new ArrayList<>();
        if (s.policy.clearance() != Visibility.GROUP) {
            notes.add(s.words.onlyVisible());
        }
        if (s.policy.redactPersonalData()) {
            notes.add(s.words.redacted());
        }
        if (s.suppresses) {
            notes.add(s.words.suppressed(s.policy.minimumCount()));
        }
        if (!s.showsReasons) {
            notes.add(s.words.noReasons());
        }
        if (withHistory) {
            notes.add(s.words.history());
        }
        List<String> low = pictures.pictures().stream().filter(SituationPicture::hasLowCoverage)
                .map(p -> name(p.area())).collect(Collectors.toList());
        if (!low.isEmpty()) {
            notes.add(s.words.lowCoverage(low));
        }
        long excluded = s.visible.stream().filter(o -> period.contains(o.occurredAt())
                && !(hierarchy.contains(o.area()) && taxonomy.contains(o.category()))).count();
        if (excluded > 0) {
            notes.add(s.words.excluded(excluded, !s.suppresses));
        }
        return notes;
    }

    private String municipality(FeedbackRequest request) {
        return request.municipality().orElseGet(() -> hierarchy.roots().isEmpty() ? "EST"
                : hierarchy.roots().stream().map(Area::name).collect(Collectors.joining(", ")));
    }

    private String name(AreaId id) {
        return hierarchy.find(id).map(Area::name).orElse(id.value());
    }

    private List<ReportingRound> roundsOverlapping(Period period) {
        return rounds.stream().filter(r -> overlaps(r.period(), period)).collect(Collectors.toList());
    }

    private static boolean overlaps(Period a, Period b) {
        return a.startDate().isBefore(b.endDate()) && b.startDate().isBefore(a.endDate());
    }

    /** Returns {@code FeedbackReports[50 areas, 4500 observations, 12 measures]}. */
    @Override
    public String toString() {
        return "FeedbackReports[" + hierarchy.size() + " areas, " + observations.size() + " observations, "
                + measures.size() + " measures]";
    }

    /**
     * Builds {@link FeedbackReports}: the state of an EST group, copied.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final PictureCompiler compiler;
        private Scale scale;
        private final List<Observation> observations = new ArrayList<>();
        private final List<Actor> actors = new ArrayList<>();
        private final List<Reporter> reporters = new ArrayList<>();
        private final List<ReportingRound> rounds = new ArrayList<>();
        private final List<Assessment> assessments = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();
        private final List<FollowUp> followUps = new ArrayList<>();

        private Builder(PictureCompiler compiler) {
            this.compiler = compiler;
        }

        /**
         * Sets the scale the areas are graded on.
         *
         * @param value the scale
         * @return this builder
         */
        public Builder scale(Scale value) {
            this.scale = requireNonNull(value, "value");
            return this;
        }

        /**
         * Adds observations, of every visibility: the reports filter them.
         *
         * @param values the observations
         * @return this builder
         */
        public Builder observations(Collection<Observation> values) {
            observations.addAll(requireNonNull(values, "values"));
            return this;
        }

        /**
         * Adds the observations of a snapshot.
         *
         * @param snapshot the snapshot
         * @return this builder
         */
        public Builder observations(StoreSnapshot snapshot) {
            requireNonNull(snapshot, "snapshot").stream().forEach(observations::add);
            return this;
        }

        /**
         * Adds actors, whose names the reports give.
         *
         * @param values the actors
         * @return this builder
         */
        public Builder actors(Collection<Actor> values) {
            actors.addAll(requireNonNull(values, "values"));
            return this;
        }

        /**
         * Adds reporters, for coverage and reporter feedback.
         *
         * @param values the reporters
         * @return this builder
         */
        public Builder reporters(Collection<Reporter> values) {
            reporters.addAll(requireNonNull(values, "values"));
            return this;
        }

        /**
         * Adds reporting rounds, for coverage.
         *
         * @param values the rounds
         * @return this builder
         */
        public Builder rounds(Collection<ReportingRound> values) {
            rounds.addAll(requireNonNull(values, "values"));
            return this;
        }

        /**
         * Adds assessments, for the areas' levels.
         *
         * @param values the assessments
         * @return this builder
         */
        public Builder assessments(Collection<Assessment> values) {
            assessments.addAll(requireNonNull(values, "values"));
            return this;
        }

        /**
         * Adds measures, of every visibility: the reports filter them.
         *
         * @param values the measures
         * @return this builder
         */
        public Builder measures(Collection<Measure> values) {
            measures.addAll(requireNonNull(values, "values"));
            return this;
        }

        /**
         * Adds follow-ups.
         *
         * @param values the follow-ups, in the order made
         * @return this builder
         */
        public Builder followUps(Collection<FollowUp> values) {
            followUps.addAll(requireNonNull(values, "values"));
            return this;
        }

        /**
         * Builds the state.
         *
         * @return the report builder's state
         */
        public FeedbackReports build() {
            return new FeedbackReports(this);
        }
    }
}
