package org.est4j.core.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.est4j.core.Decision;
import org.est4j.core.analysis.Candidate;
import org.est4j.core.analysis.CauseAnalysis;
import org.est4j.core.analysis.Influence;
import org.est4j.core.analysis.Patterns;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.analysis.SideNotes;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.Category;
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
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.TrendTestProvider.TrendTest;
import org.est4j.core.time.Period;
import org.threeten.extra.LocalDateRange;

/**
 * A small EST group for the feedback tests, random from a seed: a few areas, observations of every visibility
 * with personal data planted in their free text (descriptions, place names, channels), measures of every
 * visibility, assessments with the group's decisions, follow-ups, a prioritisation and cause analyses — every free
 * text a place where personal data may hide. {@link #secrets()} lists every piece of personal data planted, and
 * {@link #reports()} gives a report builder with a trend test and a hotspot detector that quote counts and place
 * names in their reasons.
 */
final class TestCycle {
    static final int YEAR = 2025;
    static final Period MONTH = Period.month(YEAR, 5);
    static final Period YEAR_PERIOD = Period.year(YEAR);
    static final Taxonomy TAXONOMY = Taxonomy.standard();
    static final Scale SCALE = scale();
    static final LocalDate DECIDED = LocalDate.of(YEAR, 5, 20);

    private static final List<String> BEFORE = List.of("", "pnr ", "pnr:", "(", "\"", "Ring ", "tel:", "mobil: ",
            "Kalle, ", "ID=", "den 2025-05-18 ", "kl 14:30 ", "Mejla ", "x-", "[", "\n");
    private static final List<String> AFTER = List.of("", ",", ".", " och", ")", "\n", ":", "!", ". Sedan", " st",
            "?", "\"", " (mobil)", "; ", " 2025-05-18");
    private static final List<String> WORDS = List.of("Ungdomar", "samlades", "vid", "kiosken", "klotter",
            "på", "busskuren", "krossad", "ruta", "mopeder", "i", "parken", "sent", "ikväll", "nedskräpning", "flera",
            "oroliga", "boende", "ringde");
    private static final List<String> PLACES = List.of("Torget", "Kvarnparken", "Resecentrum", "Skolgården",
            "Busskuren vid Norrleden");

    final AreaHierarchy hierarchy;
    final List<Observation> observations = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Reporter> reporters = new ArrayList<>();
    final List<ReportingRound> rounds = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    final List<FollowUp> followUps = new ArrayList<>();
    final List<Prioritisation> prioritisations = new ArrayList<>();
    final List<CauseAnalysis> causeAnalyses = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private final Random random;

    private TestCycle(long seed, int maxObservations, boolean exactly) {
        random = new Random(seed);
        hierarchy = hierarchy();
        List<Area> areas = hierarchy.areas();
        actors.add(Actor.of(ActorId.of("kommunen"), "Kommunen", ActorKind.MUNICIPAL_UNIT));
        actors.add(Actor.of(ActorId.of("bostadsbolaget"), "Bostadsbolaget", ActorKind.HOUSING_COMPANY));
        actors.add(Actor.of(ActorId.of("polisen"), "Polisen", ActorKind.POLICE));
        for (int i = 1; i <= 4; i++) {
            ActorId actor = actors.get(i % actors.size()).id();
            reporters.add(Reporter.of(ReporterId.of("r-" + i), actor, pick(areas).id()));
        }
        observations(areas, exactly ? maxObservations : random.nextInt(maxObservations + 1));
        rounds();
        assessments(areas);
        measures(areas);
        prioritisation(areas);
        causeAnalyses(areas);
    }

    /** A random group from a seed, with up to 60 observations. */
    static TestCycle random(long seed) {
        return new TestCycle(seed, 60, false);
    }

    /** A random group from a seed with exactly so many observations, for tests that need a busy month. */
    static TestCycle busy(long seed, int observations) {
        return new TestCycle(seed, observations, true);
    }

    /** Every piece of personal data planted in the group's free text. */
    List<String> secrets() {
        return List.copyOf(secrets);
    }

    /** A report builder over the whole group, with the test trend test and hotspot detector. */
    FeedbackReports reports() {
        return reports(observations);
    }

    /** A report builder over the group with other observations. */
    FeedbackReports reports(List<Observation> chosen) {
        PictureCompiler compiler = PictureCompiler.builder(hierarchy, TAXONOMY).trendTest(TREND)
                .addHotspotDetector(PLACES_DETECTOR).build();
        return FeedbackReports.builder(compiler).scale(SCALE).observations(chosen).actors(actors)
                .reporters(reporters).rounds(rounds).assessments(assessments).measures(measures)
                .followUps(followUps).build();
    }

    /** A request with the group's prioritisations and cause analyses. */
    FeedbackRequest request(org.est4j.core.disclosure.DisclosurePolicy policy, Period period) {
        return FeedbackRequest.builder().policy(policy).period(period).addAllPrioritisations(prioritisations)
                .addAllCauseAnalyses(causeAnalyses).build();
    }

    // --------------------------------------------------------------------------------------------- building

    private AreaHierarchy hierarchy() {
        List<Area> areas = new ArrayList<>();
        AreaId root = AreaId.of("kommun");
        areas.add(Area.builder().id(root).name("Testkommun").level(AreaLevel.MUNICIPALITY)
                .point(GeoPoint.of(59.3, 18.0)).build());
        int localities = 1 + random.nextInt(3);
        for (int l = 1; l <= localities; l++) {
            AreaId locality = AreaId.of("kommun/ort" + l);
            areas.add(Area.of(locality, "Ort " + l, AreaLevel.LOCALITY, root));
            int parts = random.nextInt(4);
            for (int p = 1; p <= parts; p++) {
                areas.add(Area.builder().id(AreaId.of("kommun/ort" + l + "/del" + p)).name("Del " + l + "." + p)
                        .level(AreaLevel.NEIGHBOURHOOD).parent(locality)
                        .point(GeoPoint.of(59.3 + l * 0.01, 18.0 + p * 0.01)).build());
            }
        }
        return AreaHierarchy.of(areas);
    }

    private void observations(List<Area> areas, int n) {
        List<Category> categories = TAXONOMY.all();
        for (int i = 0; i < n; i++) {
            // Most in the report month, the rest spread over this year and the one before.
            LocalDate date = random.nextInt(3) > 0 ? MONTH.startDate().plusDays(random.nextInt(31))
                    : LocalDate.of(YEAR - random.nextInt(2), 1, 1).plusDays(random.nextInt(365));
            Source source = Source.values()[random.nextInt(Source.values().length)];
            Observation.Builder b = Observation.builder().id(ObservationId.of(String.format(Locale.ROOT, "o-%03d", i)))
                    .source(source).area(pick(areas).id()).category(pick(categories).id())
                    .severity(Severity.of(1 + random.nextInt(5)))
                    .occurredAtLocal(LocalDateTime.of(date, java.time.LocalTime.of(random.nextInt(24), 0)))
                    .visibility(Visibility.values()[random.nextInt(3)]).description(text());
            if (source == Source.REPORTER) {
                b.reporter(pick(reporters).id());
            } else if (random.nextBoolean()) {
                b.channel(random.nextInt(3) == 0 ? "telefon " + secret() : "e-tjänsten");
            }
            if (random.nextInt(3) > 0) {
                b.placeName(random.nextInt(4) == 0 ? pick(PLACES) + " " + secret() : pick(PLACES));
            }
            observations.add(b.build());
        }
    }

    private void rounds() {
        for (Period week = Period.of(org.est4j.core.time.PeriodKind.WEEK, MONTH.startDate());
                week.startDate().isBefore(MONTH.endDate()); week = week.next()) {
            ReportingRound.Builder b = ReportingRound.builder().period(week)
                    .deadline(week.endDate().atStartOfDay(Period.ZONE).toInstant());
            for (Reporter r : reporters) {
                if (r == reporters.get(0) || random.nextInt(4) > 0) {
                    b.addExpected(r.id());
                    int answer = random.nextInt(3);
                    if (answer == 1) {
                        b.addAnswered(r.id());
                    } else if (answer == 2) {
                        b.addAnswered(r.id()).addNothingToReport(r.id());
                    }
                }
            }
            rounds.add(b.build());
        }
    }

    private void assessments(List<Area> areas) {
        for (Area a : areas) {
            Period week = Period.week(YEAR, 20 + random.nextInt(2));
            Assessment suggested = Assessment.builder().area(a.id()).period(week).scaleId(SCALE.id())
                    .suggested(SCALE.levelAtRank(1 + random.nextInt(5))).modelId("test")
                    .addReasons("2 observationer, " + text()).build();
            assessments.add(random.nextBoolean() ? suggested : suggested.withOverride(Decision.of(
                    SCALE.levelAtRank(1 + random.nextInt(5)), "Anna " + secret(), "Polisen säger " + text(),
                    week.startDate().plusDays(1))));
        }
    }

    private void measures(List<Area> areas) {
        int n = 1 + random.nextInt(3);
        for (int i = 1; i <= n; i++) {
            MeasureStatus status = random.nextBoolean() ? MeasureStatus.ONGOING : MeasureStatus.PLANNED;
            Measure m = Measure.builder().id(MeasureId.of("m-" + i)).title("Insats " + i + " " + secret())
                    .type(List.of(MeasureType.LIGHTING, MeasureType.CLEANING, MeasureType.CAMERAS).get(random.nextInt(3)))
                    .addTargetAreas(pick(areas).id()).leadActor(actors.get(0).id()).addPartners(actors.get(2).id())
                    .start(LocalDate.of(YEAR, 1 + random.nextInt(5), 1)).horizon(Horizon.SHORT).status(status)
                    .description(text()).visibility(Visibility.values()[random.nextInt(3)]).build();
            measures.add(m);
            if (random.nextBoolean()) {
                FollowUp f = FollowUp.builder().measure(m.id()).date(MONTH.startDate().plusDays(random.nextInt(20)))
                        .suggested(Outcome.CONTINUE).addReasons("Från 6 till 2 observationer " + text()).build();
                followUps.add(random.nextBoolean() ? f : f.withDecision(Decision.of(Outcome.EXTEND,
                        "Per " + secret(), text(), f.date())));
            }
        }
    }

    private void prioritisation(List<Area> areas) {
        Period quarter = Period.quarter(YEAR, 2);
        List<Candidate> candidates = new ArrayList<>();
        for (Area a : areas) {
            if (a == areas.get(0) || random.nextBoolean()) {
                Assessment assessment = Assessment.builder().area(a.id()).period(quarter).scaleId(SCALE.id())
                        .suggested(SCALE.levelAtRank(1 + random.nextInt(5))).modelId("test")
                        .addReasons("3 observationer").build();
                SituationPicture picture = SituationPicture.builder().area(a.id()).period(quarter)
                        .total(random.nextInt(5)).harmScore(random.nextInt(5)).build();
                candidates.add(Candidate.of(assessment, Decision.of(Influence.of(1 + random.nextInt(5)),
                        "operativa gruppen", text(), DECIDED), List.of(picture)));
            }
        }
        prioritisations.add(Prioritisation.of(quarter, SCALE, candidates));
    }

    private void causeAnalyses(List<Area> areas) {
        Area a = pick(areas);
        causeAnalyses.add(CauseAnalysis.builder().area(a.id()).period(Period.quarter(YEAR, 2))
                .patterns(Patterns.builder().area(a.id()).build()).place(SideNotes.of("Mörkt " + text()))
                .addConclusions("Belysning " + text()).visibility(Visibility.values()[random.nextInt(3)]).build());
    }

    // --------------------------------------------------------------------------------------------- text

    /** Free text of a few words, with personal data planted about half the time. */
    private String text() {
        StringBuilder b = new StringBuilder(pick(WORDS));
        int words = random.nextInt(4);
        for (int i = 0; i < words; i++) {
            b.append(' ').append(pick(WORDS));
        }
        if (random.nextBoolean()) {
            b.append(' ').append(pick(BEFORE)).append(secret()).append(pick(AFTER));
        }
        return b.toString();
    }

    /** One piece of personal data, remembered. */
    private String secret() {
        String s;
        switch (random.nextInt(3)) {
            case 0:
                s = identityNumber();
                break;
            case 1:
                s = phoneNumber();
                break;
            default:
                s = List.of("kalle", "anna.berg", "k-a_n+1", "lisa.öberg").get(random.nextInt(4)) + random.nextInt(99)
                        + "@" + List.of("example.se", "mail.example.com", "örebro.se").get(random.nextInt(3));
                break;
        }
        secrets.add(s);
        return s;
    }

    /** A valid personnummer or samordningsnummer, in one of its written forms. */
    private String identityNumber() {
        LocalDate date = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 90));
        boolean coordination = random.nextInt(5) == 0;
        String nine = String.format(Locale.ROOT, "%02d%02d%02d%03d", date.getYear() % 100, date.getMonthValue(),
                date.getDayOfMonth() + (coordination ? 60 : 0), random.nextInt(1000));
        String ten = nine + luhn(nine);
        String six = ten.substring(0, 6);
        String four = ten.substring(6);
        String eight = (date.getYear() / 100) + six;
        List<String> forms = List.of(six + "-" + four, six + four, eight + four, eight + "-" + four, six + " " + four);
        return forms.get(random.nextInt(forms.size()));
    }

    static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** A Swedish phone number, mobile or Stockholm, national or international. */
    private String phoneNumber() {
        String subscriber = (1 + random.nextInt(9)) + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        String grouped = subscriber.substring(0, 3) + " " + subscriber.substring(3, 5) + " " + subscriber.substring(5);
        String area = random.nextBoolean() ? "070" : "08";
        List<String> forms = List.of(area + "-" + grouped, area + subscriber, "+46 " + area.substring(1) + " " + grouped,
                "070-174 06 " + (10 + random.nextInt(90)));
        return forms.get(random.nextInt(forms.size()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static Scale scale() {
        Scale.Builder b = Scale.builder().id("test-5").nameSv("Testskala").nameEn("Test scale");
        String[] sv = {"Lugnt", "Stabilt", "Oroligt", "Allvarligt", "Akut"};
        String[] en = {"Calm", "Stable", "Unsettled", "Serious", "Acute"};
        for (int rank = 1; rank <= 5; rank++) {
            b.addLevels(ScaleLevel.builder().code(Integer.toString(rank)).rank(rank).labelSv(sv[rank - 1])
                    .labelEn(en[rank - 1]).colour("#00000" + rank).meaningSv(en[rank - 1] + ".").meaningEn(en[rank - 1] + ".").build());
        }
        return b.build();
    }

    // --------------------------------------------------------------------------------------------- plugins

    /** Rising when the current count is more than one and a half times the baseline mean, falling below half. */
    static final TrendTest TREND = (comparison, current, days, baselineTotal, periods, baselineDays) -> {
        Trend.Builder b = Trend.builder().comparison(comparison).current(current).currentExposureDays(days)
                .baselineTotal(baselineTotal).baselinePeriods(periods).baselineExposureDays(baselineDays)
                .testId("test");
        if (periods == 0 || baselineDays == 0) {
            return b.direction(Trend.Direction.INSUFFICIENT_DATA).build();
        }
        double expected = baselineTotal * days / baselineDays;
        Trend.Direction d = current > expected * 1.5 && current > expected ? Trend.Direction.RISING
                : current < expected * 0.5 ? Trend.Direction.FALLING : Trend.Direction.STABLE;
        return b.direction(d).pValue(d == Trend.Direction.STABLE ? 0.5 : 0.01).build();
    };

    /** A hotspot at every named place with two or more observations, whose reasons quote the count and the place. */
    static final HotspotDetector PLACES_DETECTOR = query -> {
        Map<String, List<Observation>> byPlace = new TreeMap<>();
        for (Observation o : query.observations()) {
            o.placeName().ifPresent(p -> byPlace.computeIfAbsent(p, x -> new ArrayList<>()).add(o));
        }
        List<Hotspot> found = new ArrayList<>();
        byPlace.forEach((place, list) -> {
            if (list.size() >= 2) {
                LocalDateRange window = query.window();
                found.add(Hotspot.builder().area(list.get(0).area()).placeName(place).window(window)
                        .method("test-places").score(list.size())
                        .observations(list.stream().map(Observation::id).distinct()
                                .collect(java.util.stream.Collectors.toList()))
                        .addReasons(list.size() + " observationer vid " + place).build());
            }
        });
        return found;
    };

    /** Returns {@code TestCycle[8 areas, 42 observations, …]}. */
    @Override
    public String toString() {
        return "TestCycle[" + hierarchy.size() + " areas, " + observations.size() + " observations, "
                + measures.size() + " measures]";
    }

    static Instant at(LocalDate date) {
        return date.atStartOfDay(Period.ZONE).toInstant();
    }
}
