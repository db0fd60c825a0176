package org.est4j.io.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.est4j.core.Decision;
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
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.threeten.extra.LocalDateRange;

/**
 * A realistic month of a fictional municipality (Sjövikens kommun, November 2026), built by hand so that the
 * report tests need no scoring module: a hierarchy of three localities and their neighbourhoods, pictures whose
 * counts roll up, six months of history, trends, hotspots, coverage, an EST-5 scale with Swedish meanings,
 * assessments (some decided by the group), measures, follow-ups and actors.
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
                .meaning(meaning).build();
    }

    public static PictureSet pictures() {
        return pictures(UnaryOperator.identity());
    }

    /** The pictures, with every free text (hotspot places and reasons, notes) passed through a function. */
    public static PictureSet pictures(UnaryOperator<String> text) {
        AreaHierarchy h = hierarchy();
        PictureSet.Builder set = PictureSet.builder().period(PERIOD);
        for (Area a : h.areas()) {
            if (a.level().equals(AreaLevel.PLACE)) {
                continue;
            }
            long[] counts = new long[CATEGORIES.length];
            long[] history = new long[6];
            for (Map.Entry<AreaId, long[]> leaf : LEAVES.entrySet()) {
                if (leaf.getKey().equals(a.id()) || h.isAncestorOf(a.id(), leaf.getKey())) {
                    for (int c = 0; c < counts.length; c++) {
                        counts[c] += leaf.getValue()[c];
                    }
                    for (int p = 0; p < history.length; p++) {
                        history[p] += HISTORY.get(leaf.getKey())[p];
                    }
                }
            }
            set.addPictures(picture(a, counts, history, LEAVES.containsKey(a.id()), text));
        }
        set.addNotes(text.apply("Trender testas med ett exakt Poissontest mot de sex föregående månaderna."));
        return set.build();
    }

    private static SituationPicture picture(Area a, long[] counts, long[] history, boolean leaf,
            UnaryOperator<String> text) {
        long total = 0;
        SituationPicture.Builder p = SituationPicture.builder().area(a.id()).period(PERIOD);
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                p.putCountsByTopLevel(CategoryId.of(CATEGORIES[c]), counts[c]);
            }
            total += counts[c];
        }
        long baseline = 0;
        Period month = PERIOD;
        TreeMap<Period, Long> past = new TreeMap<>();
        for (int i = history.length - 1; i >= 0; i--) {
            month = month.previous();
            past.put(month, history[i]);
            baseline += history[i];
        }
        p.total(total).ownTotal(leaf ? total : 0).contextTotal(0).timeOfDayUnknown(0).severityScore(total * 2)
                .harmScore(total * 1.5).history(past);
        double exposure = past.keySet().stream().mapToInt(Period::lengthInDays).sum();
        double current = total / 30.0;
        double base = baseline / exposure;
        Trend.Direction direction = current > base * 1.4 && total >= 5 ? Trend.Direction.RISING
                : current < base * 0.6 && baseline >= 5 ? Trend.Direction.FALLING : Trend.Direction.STABLE;
        p.addTrends(Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS).current(total)
                .currentExposureDays(30).baselineTotal(baseline).baselinePeriods(6).baselineExposureDays(exposure)
                .pValue(direction == Trend.Direction.STABLE ? 0.4 : 0.01).direction(direction).testId("poisson-exact")
                .build());
        int expected = a.level().equals(AreaLevel.MUNICIPALITY) ? 40 : a.level().equals(AreaLevel.LOCALITY) ? 14 : 4;
        int answered = a.id().value().startsWith("9999/ekby") ? expected / 2 : expected - expected / 5;
        TreeSet<ReporterId> silent = new TreeSet<>();
        for (int i = 0; i < expected - answered; i++) {
            silent.add(ReporterId.of("r-" + a.id().value().replace('/', '-') + "-" + i));
        }
        p.coverage(Coverage.builder().area(a.id()).expected(expected).answered(answered)
                .nothingToReport(Math.min(answered, 1)).silentReporters(silent).threshold(0.6).build());
        String id = a.id().value();
        if (id.equals("9999") || id.equals("9999/sjoviken") || id.equals("9999/sjoviken/resecentrum")) {
            p.addHotspots(Hotspot.builder().area(AreaId.of("9999/sjoviken/resecentrum/perrong"))
                    .placeName(text.apply("Perrong 2 och väntsalen")).window(LocalDateRange.ofClosed(
                            LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 22)))
                    .method("repeat-location").score(8)
                    .addReasons(text.apply("Återkommande samlingar av ungdomar kvällstid; langning misstänks"))
                    .build());
        }
        if (id.equals("9999") || id.equals("9999/sjoviken") || id.equals("9999/sjoviken/norrhojden")) {
            p.addHotspots(Hotspot.builder().area(AreaId.of("9999/sjoviken/norrhojden/trapphusen"))
                    .window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 6)))
                    .method("manual").score(1)
                    .addReasons(text.apply("Skadegörelse i källargångar och soprum"))
                    .build());
        }
        return p.build();
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

    public static ReportSource source() {
        return source(DisclosurePolicy.forAudience(Audience.PUBLIC));
    }

    /** Every free text of the documents with {@link #HOSTILE} after it; for the group, so that every text is shown. */
    public static ReportSource hostileSource() {
        UnaryOperator<String> text = t -> t + " " + HOSTILE;
        return ReportSource.builder().pictures(pictures(text)).hierarchy(hierarchy(text)).scale(scale())
                .addAllAssessments(assessments(text)).addAllMeasures(measures(text)).addAllFollowUps(followUps(text))
                .addAllActors(actors()).addFocusAreas(AreaId.of("9999/sjoviken/resecentrum"))
                .municipality(text.apply("Sjövikens kommun")).title(text.apply("Lägesrapport"))
                .summary(text.apply("Sammanfattning")).addNotes(text.apply("En anteckning"))
                .source(text.apply("EST-gruppen")).policy(DisclosurePolicy.forAudience(Audience.GROUP)).build();
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
                .addNotes(h).minimumCount(3).source(h).generated(GENERATED).build();
    }

    public static ReportSource source(DisclosurePolicy policy) {
        return ReportSource.builder().pictures(pictures()).hierarchy(hierarchy()).scale(scale())
                .addAllAssessments(assessments()).addAllMeasures(measures()).addAllFollowUps(followUps())
                .addAllActors(actors()).addFocusAreas(AreaId.of("9999/sjoviken/resecentrum"),
                        AreaId.of("9999/sjoviken/norrhojden"), AreaId.of("9999/ekby/centrum"))
                .municipality("Sjövikens kommun")
                .summary("November präglades av fler samlingar av ungdomar vid resecentrum och i centrum, där "
                        + "polisen har förstärkt sin närvaro. I Ekby har färre rapportörer svarat än vanligt, så "
                        + "bilden där är osäkrare. Hamnen och Ekbysjön är lugna nu när säsongen är över.")
                .addNotes("Rapporten bygger på rapportörernas iakttagelser i EST och på polisens händelser.")
                .source("EST-gruppen i Sjövikens kommun").generated(GENERATED).policy(policy).build();
    }
}
