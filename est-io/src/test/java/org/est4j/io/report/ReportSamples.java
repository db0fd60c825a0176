package org.est4j.io.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.est4j.core.Decision;
import org.est4j.core.analysis.Candidate;
import org.est4j.core.analysis.Influence;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackReports;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.TrendTestProvider.TrendTest;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;

/**
 * A realistic month of a fictional municipality (Sjövikens kommun, November 2026), built by hand so that the
 * report tests need no scoring module: a hierarchy of three localities and their neighbourhoods, observations of
 * November and the six months before (the police's drug observations for the group only), reporters and weekly
 * rounds, a simple trend test and hotspot detector, an EST-5 scale with Swedish meanings, assessments (some decided
 * by the group), measures, follow-ups, actors and the quarter's focus areas — turned into feedback reports by
 * {@link FeedbackReports}, the way a host makes them.
 */
public final class ReportSamples {
    public static final Period PERIOD = Period.month(2026, 11);
    public static final Instant GENERATED = Instant.parse("2026-12-02T08:30:00Z");
    /**
     * Markup and script in one text: it would end a CSS string and the style sheet, run a script that marks the
     * page, add an element with an event handler, and carries an entity and both quotes.
     */
    public static final String HOSTILE = "\"'; } </style><script>document.documentElement.setAttribute("
            + "'data-pwned','yes')</script><b onmouseover=\"alert(1)\">x</b> &amp; ]]> <!--";
    static final String[] CATEGORIES = {"property-damage", "gathering", "drugs", "disorder-violence", "traffic",
        "littering", "unsafe-place"};

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Map<AreaId, Area> AREAS = new LinkedHashMap<>();
    /** Leaf counts per category, in {@link #CATEGORIES} order, for the current month. */
    private static final Map<AreaId, long[]> LEAVES = new LinkedHashMap<>();
    /** Leaf totals of May to October. */
    private static final Map<AreaId, long[]> HISTORY = new LinkedHashMap<>();

    static {
        area("9999", "Sjövikens kommun", AreaLevel.MUNICIPALITY, null);
        area("9999/sjoviken", "Sjöviken", AreaLevel.LOCALITY, "9999");
        leaf("9999/sjoviken/centrum", "Centrum", "9999/sjoviken", new long[] {9, 11, 6, 4, 3, 5, 2},
                new long[] {22, 25, 27, 24, 30, 31});
        leaf("9999/sjoviken/resecentrum", "Resecentrum", "9999/sjoviken", new long[] {3, 8, 5, 2, 0, 2, 1},
                new long[] {14, 12, 16, 13, 15, 11});
        leaf("9999/sjoviken/norrhojden", "Norrhöjden", "9999/sjoviken", new long[] {6, 4, 2, 3, 2, 1, 3},
                new long[] {15, 18, 14, 16, 19, 17});
        leaf("9999/sjoviken/hamnen", "Hamnen", "9999/sjoviken", new long[] {1, 0, 0, 1, 0, 2, 0},
                new long[] {12, 15, 9, 5, 3, 2});
        leaf("9999/sjoviken/solbacka", "Solbacka", "9999/sjoviken", new long[] {2, 1, 0, 0, 1, 0, 1},
                new long[] {6, 8, 7, 5, 6, 4});
        area("9999/ekby", "Ekby", AreaLevel.LOCALITY, "9999");
        leaf("9999/ekby/centrum", "Ekby centrum", "9999/ekby", new long[] {3, 2, 1, 1, 6, 1, 1},
                new long[] {9, 11, 10, 12, 13, 14});
        leaf("9999/ekby/bjorkangen", "Björkängen", "9999/ekby", new long[] {2, 1, 1, 0, 0, 0, 2},
                new long[] {4, 6, 5, 7, 6, 8});
        leaf("9999/ekby/ekbysjon", "Ekbysjön", "9999/ekby", new long[] {0, 0, 0, 0, 1, 1, 0},
                new long[] {5, 6, 4, 2, 1, 1});
        area("9999/bruksvik", "Bruksvik", AreaLevel.LOCALITY, "9999");
        leaf("9999/bruksvik/centrum", "Bruksviks centrum", "9999/bruksvik", new long[] {4, 1, 0, 1, 5, 2, 0},
                new long[] {10, 11, 9, 12, 11, 10});
        leaf("9999/bruksvik/vaster", "Väster", "9999/bruksvik", new long[] {3, 2, 2, 2, 1, 0, 1},
                new long[] {6, 7, 9, 8, 10, 9});
        leaf("9999/bruksvik/brukshamnen", "Brukshamnen", "9999/bruksvik", new long[] {0, 0, 0, 0, 2, 0, 0},
                new long[] {3, 4, 2, 2, 1, 2});
        area("9999/sjoviken/resecentrum/perrong", "Perrong 2 och väntsalen", AreaLevel.PLACE,
                "9999/sjoviken/resecentrum");
        area("9999/sjoviken/norrhojden/trapphusen", "Trapphusen Smedsvägen", AreaLevel.PLACE,
                "9999/sjoviken/norrhojden");
        area("9999/bruksvik/centrum/hamnplan", "Hamnplanen", AreaLevel.PLACE, "9999/bruksvik/centrum");
    }

    private ReportSamples() {}

    private static void area(String id, String name, AreaLevel level, String parent) {
        AREAS.put(AreaId.of(id), parent == null ? Area.of(AreaId.of(id), name, level)
                : Area.of(AreaId.of(id), name, level, AreaId.of(parent)));
    }

    private static void leaf(String id, String name, String parent, long[] counts, long[] history) {
        area(id, name, AreaLevel.NEIGHBOURHOOD, parent);
        LEAVES.put(AreaId.of(id), counts);
        HISTORY.put(AreaId.of(id), history);
    }

    public static AreaHierarchy hierarchy() {
        return AreaHierarchy.of(AREAS.values());
    }

    /** The hierarchy with every area renamed, such as to put markup in the names. */
    public static AreaHierarchy hierarchy(UnaryOperator<String> rename) {
        List<Area> renamed = new ArrayList<>();
        AREAS.values().forEach(a -> renamed.add(Area.builder().from(a).name(rename.apply(a.name())).build()));
        return AreaHierarchy.of(renamed);
    }

    public static Scale scale() {
        return Scale.builder().id("est-5").nameSv("EST fem nivåer").nameEn("EST five levels")
                .addLevels(level("1", "Lugnt", "Calm", "#2E7D32", "Inget utöver det vanliga."),
                        level("2", "Stabilt", "Stable", "#9CCC65", "Enstaka händelser som hanteras i ordinarie arbete."),
                        level("3", "Oroligt", "Unsettled", "#FDD835", "Återkommande händelser; riktade insatser behövs."),
                        level("4", "Allvarligt", "Serious", "#FB8C00", "Upprepade allvarliga händelser; samordnade insatser."),
                        level("5", "Akut", "Acute", "#C62828", "Kraftsamling nu."))
                .build();
    }

    private static ScaleLevel level(String code, String sv, String en, String colour, String meaning) {
        return ScaleLevel.builder().code(code).rank(Integer.parseInt(code)).labelSv(sv).labelEn(en).colour(colour)
                .meaningSv(meaning).meaningEn(meaning).build();
    }

    /** The sample's own trend test: rising above 1.4 times the baseline rate, falling below 0.6 times it. */
    private static final TrendTest TREND = (comparison, current, days, baselineTotal, periods, baselineDays) -> {
        Trend.Builder b = Trend.builder().comparison(comparison).current(current).currentExposureDays(days)
                .baselineTotal(baselineTotal).baselinePeriods(periods).baselineExposureDays(baselineDays)
                .testId("sample");
        if (periods == 0 || baselineDays == 0) {
            return b.direction(Trend.Direction.INSUFFICIENT_DATA).build();
        }
        double expected = baselineTotal * days / baselineDays;
        Trend.Direction d = current > expected * 1.4 && current >= 5 ? Trend.Direction.RISING
                : current < expected * 0.6 && baselineTotal >= 5 ? Trend.Direction.FALLING : Trend.Direction.STABLE;
        return b.direction(d).pValue(d == Trend.Direction.STABLE ? 0.4 : 0.01).build();
    };

    /** Reporters for every neighbourhood, {@code r-<neighbourhood>-<n>}. */
    public static List<Reporter> reporters() {
        List<Reporter> reporters = new ArrayList<>();
        for (AreaId leaf : LEAVES.keySet()) {
            for (int i = 1; i <= 3; i++) {
                reporters.add(Reporter.of(ReporterId.of("r-" + leaf.value().replace('/', '-') + "-" + i),
                        ActorId.of(i == 1 ? "sjovikshem" : i == 2 ? "trygg" : "faltgruppen"), leaf));
            }
        }
        return reporters;
    }

    /** November's weekly rounds: every reporter expected; in Ekby half answer, elsewhere all but one in five. */
    public static List<ReportingRound> rounds() {
        List<ReportingRound> rounds = new ArrayList<>();
        List<Reporter> reporters = reporters();
        for (Period week = Period.of(PeriodKind.WEEK, PERIOD.startDate()); week.startDate().isBefore(PERIOD.endDate());
                week = week.next()) {
            ReportingRound.Builder round = ReportingRound.builder().period(week)
                    .deadline(week.endDate().atStartOfDay(Period.ZONE).toInstant());
            for (int i = 0; i < reporters.size(); i++) {
                ReporterId r = reporters.get(i).id();
                round.addExpected(r);
                boolean answers = r.value().contains("ekby") ? i % 2 == 0 : i % 5 != 4;
                if (answers) {
                    round.addAnswered(r);
                    if (i % 7 == 3) {
                        round.addNothingToReport(r);
                    }
                }
            }
            rounds.add(round.build());
        }
        return rounds;
    }

    /**
     * The observations: each neighbourhood's November counts by category (drug observations are the police's and
     * seen by the group only; the rest are public) and its totals for May to October, spread over the days; the
     * gatherings at the station name its platform and the damage in Norrhöjden its stairwells, so that the sample's
     * hotspot detector finds both.
     */
    public static List<Observation> observations(UnaryOperator<String> text) {
        List<Observation> all = new ArrayList<>();
        for (Map.Entry<AreaId, long[]> leaf : LEAVES.entrySet()) {
            AreaId area = leaf.getKey();
            List<ReporterId> reporters = reporters().stream().filter(r -> r.areas().contains(area))
                    .map(Reporter::id).collect(Collectors.toList());
            for (int c = 0; c < CATEGORIES.length; c++) {
                for (int i = 0; i < leaf.getValue()[c]; i++) {
                    LocalDate day = PERIOD.startDate().plusDays((i * 7L + c * 3L) % 30);
                    Observation.Builder o = observation(all.size(), area, CATEGORIES[c], day, i, reporters)
                            .description(text.apply("Iakttagelse " + (i + 1) + " i " + AREAS.get(area).name()));
                    if (CATEGORIES[c].equals("drugs")) {
                        o.source(Source.POLICE).reporter(Optional.empty()).visibility(Visibility.GROUP);
                    }
                    if (area.value().endsWith("resecentrum") && CATEGORIES[c].equals("gathering")) {
                        o.placeName(text.apply("Perrong 2 och väntsalen"));
                    } else if (area.value().endsWith("norrhojden") && CATEGORIES[c].equals("property-damage")) {
                        o.placeName(text.apply("Trapphusen Smedsvägen"));
                    }
                    all.add(o.build());
                }
            }
            long[] history = HISTORY.get(area);
            for (int m = 0; m < history.length; m++) {
                Period month = PERIOD.plus(m - history.length);
                for (int i = 0; i < history[m]; i++) {
                    LocalDate day = month.startDate().plusDays((i * 5L) % 28);
                    all.add(observation(all.size(), area, CATEGORIES[i % CATEGORIES.length].equals("drugs")
                            ? "littering" : CATEGORIES[i % CATEGORIES.length], day, i, reporters)
                            .description(text.apply("Tidigare iakttagelse i " + AREAS.get(area).name())).build());
                }
            }
        }
        return all;
    }

    private static Observation.Builder observation(int n, AreaId area, String category, LocalDate day, int i,
            List<ReporterId> reporters) {
        return Observation.builder().id(ObservationId.of(String.format(Locale.ROOT, "o-%05d", n)))
                .source(Source.REPORTER).reporter(reporters.get(i % reporters.size())).area(area)
                .category(CategoryId.of(category)).severity(Severity.of(1 + (i + n) % 4))
                .occurredAtLocal(LocalDateTime.of(day, LocalTime.of(10 + (i * 5 + n) % 13, 0)))
                .visibility(Visibility.PUBLIC);
    }

    /** Finds places with at least three observations in the window, and names how many. */
    private static HotspotDetector places(UnaryOperator<String> text) {
        return query -> {
            Map<String, List<Observation>> byPlace = new TreeMap<>();
            query.observations().forEach(o -> o.placeName().ifPresent(p ->
                    byPlace.computeIfAbsent(p, x -> new ArrayList<>()).add(o)));
            List<Hotspot> found = new ArrayList<>();
            byPlace.forEach((place, list) -> {
                if (list.size() >= 3) {
                    found.add(Hotspot.builder().area(list.get(0).area()).placeName(place).window(query.window())
                            .method("sample-places").score(list.size())
                            .observations(list.stream().map(Observation::id).collect(Collectors.toList()))
                            .addReasons(text.apply(list.size() + " iakttagelser på samma plats")).build());
                }
            });
            return found;
        };
    }

    /** The sample's report builder, with every free text (not the area names) passed through a function. */
    public static FeedbackReports reports(UnaryOperator<String> text) {
        return reports(text, UnaryOperator.identity());
    }

    private static FeedbackReports reports(UnaryOperator<String> text, UnaryOperator<String> names) {
        PictureCompiler compiler = PictureCompiler.builder(hierarchy(names), Taxonomy.standard()).trendTest(TREND)
                .historyPeriods(6).addHotspotDetector(places(text)).build();
        return FeedbackReports.builder(compiler).scale(scale()).observations(observations(text)).actors(actors())
                .reporters(reporters()).rounds(rounds()).assessments(assessments(text)).measures(measures(text))
                .followUps(followUps(text)).build();
    }

    /** The sample's report builder. */
    public static FeedbackReports reports() {
        return REPORTS;
    }

    /** The public report in Swedish. */
    public static FeedbackReport report() {
        return report(Audience.PUBLIC, SV);
    }

    /** The report for an audience, in a language. */
    public static FeedbackReport report(Audience audience, Locale locale) {
        return REPORTS.report(request(DisclosurePolicy.forAudience(audience), locale, UnaryOperator.identity()));
    }

    /** The report through a policy, in Swedish. */
    public static FeedbackReport report(DisclosurePolicy policy) {
        return REPORTS.report(request(policy, SV, UnaryOperator.identity()));
    }

    /** Every free text and area name with {@link #HOSTILE} after it; for the group, so that every text is shown. */
    public static FeedbackReport hostileReport() {
        UnaryOperator<String> text = t -> t + " " + HOSTILE;
        return reports(text, text).report(request(DisclosurePolicy.forAudience(Audience.GROUP), SV, text));
    }

    private static FeedbackRequest request(DisclosurePolicy policy, Locale locale, UnaryOperator<String> text) {
        List<AreaId> chosen = List.of(AreaId.of("9999/sjoviken/resecentrum"), AreaId.of("9999/sjoviken/norrhojden"),
                AreaId.of("9999/ekby/centrum"));
        Prioritisation.Builder focus = Prioritisation.builder().period(Period.quarter(2026, 4)).scale(scale())
                .decision(Decision.of(chosen, "operativa gruppen", "Gruppens val", LocalDate.of(2026, 10, 5)));
        PictureSet pictures = PictureCompiler.of(hierarchy(), Taxonomy.standard())
                .compile(ObservationStore.of(observations(UnaryOperator.identity())), PERIOD);
        assessments().stream().filter(a -> chosen.contains(a.area())).forEach(a -> focus.addCandidates(Candidate.of(a,
                Decision.of(Influence.of(4), "operativa gruppen", "Rådighet", LocalDate.of(2026, 10, 5)),
                List.of(pictures.find(a.area()).orElseThrow()))));
        return FeedbackRequest.builder().policy(policy).period(PERIOD).locale(locale)
                .municipality(text.apply("Sjövikens kommun")).addPrioritisations(focus.build()).build();
    }

    /** The group's report (which shows everything) laid out in Swedish, with the time it was made. */
    public static ReportView view() {
        return view(report(Audience.GROUP, SV));
    }

    /** A report's view with the time it was made, as a host sets it. */
    public static ReportView view(FeedbackReport report) {
        return ReportView.builder().from(ReportView.of(report)).generated(GENERATED).build();
    }

    public static List<Assessment> assessments() {
        return assessments(UnaryOperator.identity());
    }

    public static List<Assessment> assessments(UnaryOperator<String> text) {
        Scale s = scale();
        List<Assessment> list = new ArrayList<>();
        String[][] grades = {
            {"9999", "3"}, {"9999/sjoviken", "3"}, {"9999/sjoviken/centrum", "4"},
            {"9999/sjoviken/resecentrum", "3"}, {"9999/sjoviken/norrhojden", "3"}, {"9999/sjoviken/hamnen", "1"},
            {"9999/sjoviken/solbacka", "2"}, {"9999/ekby", "2"}, {"9999/ekby/centrum", "3"},
            {"9999/ekby/bjorkangen", "2"}, {"9999/ekby/ekbysjon", "1"}, {"9999/bruksvik", "2"},
            {"9999/bruksvik/centrum", "3"}, {"9999/bruksvik/vaster", "2"}, {"9999/bruksvik/brukshamnen", "1"}};
        for (String[] g : grades) {
            Assessment a = Assessment.builder().area(AreaId.of(g[0])).period(PERIOD).scaleId("est-5")
                    .suggested(s.level(g[1])).modelId("threshold")
                    .addReasons(text.apply("Antalet iakttagelser jämfört med de sex föregående månaderna")).build();
            if (g[0].equals("9999/sjoviken/resecentrum")) {
                a = a.withOverride(Decision.of(s.level("4"), "operativa gruppen",
                        text.apply("Polisen bekräftar narkotikaförsäljning vid perrongerna"), LocalDate.of(2026, 12, 1)));
            } else if (!g[0].startsWith("9999/bruksvik")) {
                a = a.withOverride(Decision.of(a.suggested(), "operativa gruppen",
                        text.apply("Gruppen står bakom bedömningen"), LocalDate.of(2026, 12, 1)));
            }
            list.add(a);
        }
        return list;
    }

    public static List<Actor> actors() {
        return List.of(Actor.of(ActorId.of("trygg"), "Trygghetssamordnaren", ActorKind.MUNICIPAL_UNIT),
                Actor.of(ActorId.of("polisen"), "Polisen, lokalpolisområde Sjöviken", ActorKind.POLICE),
                Actor.of(ActorId.of("sjovikshem"), "AB Sjövikshem", ActorKind.HOUSING_COMPANY),
                Actor.of(ActorId.of("tekniska"), "Tekniska förvaltningen", ActorKind.MUNICIPAL_UNIT),
                Actor.of(ActorId.of("faltgruppen"), "Fältgruppen", ActorKind.MUNICIPAL_UNIT));
    }

    public static List<Measure> measures() {
        return measures(UnaryOperator.identity());
    }

    public static List<Measure> measures(UnaryOperator<String> text) {
        return List.of(
                Measure.builder().id(MeasureId.of("2026-041")).title(text.apply("Ökad polisnärvaro vid resecentrum"))
                        .type(MeasureType.POLICE_PRESENCE).addTargetAreas(AreaId.of("9999/sjoviken/resecentrum"))
                        .leadActor(ActorId.of("polisen")).addPartners(ActorId.of("trygg"))
                        .start(LocalDate.of(2026, 10, 12)).end(LocalDate.of(2026, 12, 20)).horizon(Horizon.SHORT)
                        .status(MeasureStatus.ONGOING).visibility(Visibility.PUBLIC).build(),
                Measure.builder().id(MeasureId.of("2026-044")).title(text.apply("Belysning i gångtunneln och vid perrong 2"))
                        .type(MeasureType.LIGHTING).addTargetAreas(AreaId.of("9999/sjoviken/resecentrum"),
                                AreaId.of("9999/sjoviken/centrum"))
                        .leadActor(ActorId.of("tekniska")).addPartners(ActorId.of("sjovikshem"))
                        .start(LocalDate.of(2026, 11, 2)).end(LocalDate.of(2026, 11, 27)).horizon(Horizon.SHORT)
                        .status(MeasureStatus.DONE).visibility(Visibility.PUBLIC).build(),
                Measure.builder().id(MeasureId.of("2026-047")).title(text.apply("Fältgruppen kvällstid i Norrhöjden"))
                        .type(MeasureType.FIELD_WORKERS).addTargetAreas(AreaId.of("9999/sjoviken/norrhojden"))
                        .leadActor(ActorId.of("faltgruppen")).addPartners(ActorId.of("sjovikshem"), ActorId.of("trygg"))
                        .start(LocalDate.of(2026, 11, 16)).horizon(Horizon.LONG)
                        .status(MeasureStatus.ONGOING).visibility(Visibility.PUBLIC).build(),
                Measure.builder().id(MeasureId.of("2026-049")).title(text.apply("Klotterplanering med bostadsbolaget"))
                        .type(MeasureType.GRAFFITI_REMOVAL).addTargetAreas(AreaId.of("9999/bruksvik/vaster"))
                        .leadActor(ActorId.of("sjovikshem"))
                        .start(LocalDate.of(2026, 12, 7)).horizon(Horizon.SHORT).visibility(Visibility.PUBLIC).build(),
                Measure.builder().id(MeasureId.of("2026-050")).title(text.apply("Spaning mot langning (intern)"))
                        .type(MeasureType.POLICE_PRESENCE).addTargetAreas(AreaId.of("9999/sjoviken/centrum"))
                        .leadActor(ActorId.of("polisen"))
                        .start(LocalDate.of(2026, 11, 20)).horizon(Horizon.SHORT).status(MeasureStatus.ONGOING)
                        .build());
    }

    public static List<FollowUp> followUps() {
        return followUps(UnaryOperator.identity());
    }

    public static List<FollowUp> followUps(UnaryOperator<String> text) {
        return List.of(
                FollowUp.builder().measure(MeasureId.of("2026-041")).date(LocalDate.of(2026, 11, 11))
                        .suggested(Outcome.CONTINUE).addReasons(text.apply("För tidigt att se effekt")).build(),
                FollowUp.builder().measure(MeasureId.of("2026-041")).date(LocalDate.of(2026, 11, 25))
                        .suggested(Outcome.CONTINUE).addReasons(text.apply("Anmälningarna vid perrongerna minskade från 9 till 5"))
                        .build().withDecision(Decision.of(Outcome.EXTEND, "operativa gruppen",
                                text.apply("Förläng över jul och nyår, då resandet ökar"), LocalDate.of(2026, 11, 25))),
                FollowUp.builder().measure(MeasureId.of("2026-044")).date(LocalDate.of(2026, 11, 30))
                        .suggested(Outcome.END).addReasons(text.apply("Belysningen är på plats")).build());
    }

    /** A view built by hand with {@link #HOSTILE} in every text it has. */
    public static ReportView hostileView() {
        String h = "Text " + HOSTILE;
        LevelView level = LevelView.builder().code("3").label(h).colour("#FDD835").meaning(h).build();
        return ReportView.builder().language("sv").title(h).municipality(h).periodLabel(h).audienceLabel(h).summary(h)
                .addKeyFigures(KeyFigure.of(h, h)).addLegend(level).scaleName(h).addCategories(h, h)
                .addAreas(AreaRow.builder().name(h).level(level).levelSuggested(true).trend(TrendMark.RISING)
                        .total(h).addCounts(h, "..").addSeries(SeriesPoint.of(h, 3), SeriesPoint.suppressed(h))
                        .comment(h).build())
                .addAreas(AreaRow.builder().name(h).depth(1).total("..").addCounts("1", "2").build())
                .addHotspots(HotspotRow.builder().place(h).area(h).window(h).addReasons(h, h).build())
                .addCoverage(CoverageRow.builder().area(h).expected(4).answered(1).rate(h).low(true).build())
                .addFocusAreas(h)
                .addMeasures(MeasureRow.builder().title(h).type(h).areas(h).lead(h).partners(h).dates(h).status(h)
                        .followUp(FollowUpRow.builder().date(h).outcome(Outcome.REPLACE).reading(h).build()).build())
                .addNotes(h).source(h).generated(GENERATED).build();
    }

    /** The sample's report builder; built once, last, after everything it uses. */
    private static final FeedbackReports REPORTS = reports(UnaryOperator.identity());
}
