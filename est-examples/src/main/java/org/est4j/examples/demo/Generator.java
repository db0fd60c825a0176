package org.est4j.examples.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;

/**
 * Generates a year of Sjöviken: rounds, observations and measures from the {@link Geography}, the {@link Cast}, the
 * {@link SwedishCalendar} and the rhythms of {@link Kind} and {@link Role}.
 *
 * <h2>The model</h2>
 * Every observer (a reporter, the police, the public) watches some places. On each day, at each place, the
 * observations it makes are a Poisson process whose rate is the product of: the observer's activity and interest in
 * the kind, the place's busyness and its affinity for the kind, the town's character, the kind's season and
 * weekday, the observer's presence on that day and at the kind's hours, and a special factor for the story (the
 * hotspot at the station, the two measures, the graffiti in two parks). Days run from 06:00 to 06:00, so a Friday
 * night belongs to Friday. Each group of observers is scaled to a target count for the year, so that the size is
 * predictable whatever the tables say; reporters' observations are drawn on every day but kept only for the weeks
 * they answered, so silence loses observations exactly as it does in life.
 *
 * <p>Randomness comes from {@link Random}, whose algorithm the JDK specifies, seeded per observer from the seed, so
 * the output is the same on every JVM and one observer's draws do not shift another's; transcendental functions are
 * {@link StrictMath}'s, which are the same everywhere too (those of {@link Math} may differ in the last bit).
 */
final class Generator {
    static final int HOTSPOT_FROM_WEEK = DemoMunicipality.HOTSPOT_FROM_WEEK;
    static final int WORKING_MEASURE_START_WEEK = DemoMunicipality.WORKING_MEASURE_START_WEEK;
    static final int INEFFECTIVE_MEASURE_START_WEEK = DemoMunicipality.INEFFECTIVE_MEASURE_START_WEEK;
    static final int INEFFECTIVE_MEASURE_END_WEEK = DemoMunicipality.INEFFECTIVE_MEASURE_END_WEEK;

    static final AreaId STATION = DemoMunicipality.HOTSPOT_PLACE;
    static final AreaId GRAFFITI_PARK = DemoMunicipality.INEFFECTIVE_MEASURE_TARGET;
    static final AreaId GRAFFITI_CONTROL = DemoMunicipality.INEFFECTIVE_MEASURE_CONTROL;

    private static final double REPORTER_TARGET = 3700;
    private static final double POLICE_TARGET = 560;
    private static final double CITIZEN_TARGET = 260;

    private final long seed;
    private final int year;
    private final double scale;
    private final SwedishCalendar calendar;
    private final List<SwedishCalendar.Day> days;
    private final Geography geo = Geography.INSTANCE;
    private final List<Geography.Place> places;
    private final Geography.Place station;
    /** season[kind][day]: the kind's season and weekday rhythm. */
    private final double[][] season;
    /** placeSeason[placeKind][day]. */
    private final double[][] placeSeason;

    private final List<Draft> drafts = new ArrayList<>();

    Generator(long seed, int year, double scale) {
        this.seed = seed;
        this.year = year;
        this.scale = scale;
        this.calendar = SwedishCalendar.of(year);
        this.days = calendar.days();
        this.places = geo.places();
        this.station = geo.place(STATION);
        Kind[] kinds = Kind.values();
        this.season = new double[kinds.length][days.size()];
        for (Kind k : kinds) {
            for (int d = 0; d < days.size(); d++) {
                SwedishCalendar.Day day = days.get(d);
                season[k.ordinal()][d] = k.season(day) * k.week().weight(day.dayOfWeek());
            }
        }
        Geography.PlaceKind[] pks = Geography.PlaceKind.values();
        this.placeSeason = new double[pks.length][days.size()];
        for (Geography.PlaceKind pk : pks) {
            for (int d = 0; d < days.size(); d++) {
                placeSeason[pk.ordinal()][d] = pk.season(days.get(d));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- result

    /** What one run produces. */
    static final class Result {
        final List<Reporter> reporters;
        final List<ReportingRound> rounds;
        final List<Observation> observations;
        final List<Measure> measures;

        Result(List<Reporter> reporters, List<ReportingRound> rounds, List<Observation> observations, List<Measure> measures) {
            this.reporters = reporters;
            this.rounds = rounds;
            this.observations = observations;
            this.measures = measures;
        }
    }

    Result run() {
        int weeks = calendar.weeks();
        List<Cast.ReporterSpec> specs = Cast.REPORTERS;

        // 1. Who answers which round.
        boolean[][] answers = new boolean[specs.size()][weeks + 1];
        for (int i = 0; i < specs.size(); i++) {
            answers[i] = answers(specs.get(i), new Random(mix(seed, 1_000 + i)), weeks);
        }

        // 2. Observers and their daily rates.
        List<Observer> reporters = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Cast.ReporterSpec spec = specs.get(i);
            reporters.add(new Observer(i, spec.role, spec.activity, placesOf(spec.areas), spec, answers[i]));
        }
        Observer police = new Observer(900, Role.POLICE_EVENTS, 1.0, places, null, null);
        Observer citizens = new Observer(901, Role.CITIZENS, 1.0, places, null, null);

        double reporterRaw = 0;
        for (Observer o : reporters) {
            reporterRaw += o.expected();
        }
        double reporterFactor = REPORTER_TARGET * scale / reporterRaw;
        for (Observer o : reporters) {
            draw(o, reporterFactor);
        }
        draw(police, POLICE_TARGET * scale / police.expected());
        draw(citizens, CITIZEN_TARGET * scale / citizens.expected());
        safetyWalks();
        plannedEvents();

        // 3. Ids in order of occurrence, then the observations.
        drafts.sort(Comparator.comparing((Draft d) -> d.occurredAt).thenComparingInt(d -> d.source.ordinal())
                .thenComparingInt(d -> d.observer).thenComparingInt(d -> d.sequence));
        List<Observation> observations = new ArrayList<>(drafts.size());
        boolean[][] reportedIn = new boolean[specs.size()][weeks + 1];
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            observations.add(d.builder.id(ObservationId.of(String.format(Locale.ROOT, "o-%d-%05d", year, i + 1))).build());
            if (d.source == Source.REPORTER) {
                reportedIn[d.observer][d.week] = true;
            }
        }
        observations.sort(Observation.byOccurrence());

        // 4. Rounds: who was expected, who answered, who had nothing to report.
        List<ReportingRound> rounds = new ArrayList<>(weeks);
        for (int w = 1; w <= weeks; w++) {
            ReportingRound.Builder round = ReportingRound.builder().period(Period.week(year, w))
                    .deadlineAt(calendar.monday(w).plusDays(8).atTime(13, 0));
            for (int i = 0; i < specs.size(); i++) {
                Cast.ReporterSpec spec = specs.get(i);
                if (!spec.expectedIn(w)) {
                    continue;
                }
                round.addExpected(spec.id);
                if (answers[i][w]) {
                    round.addAnswered(spec.id);
                    if (!reportedIn[i][w]) {
                        round.addNothingToReport(spec.id);
                    }
                }
            }
            rounds.add(round.build());
        }

        List<Reporter> reporterList = new ArrayList<>();
        for (Cast.ReporterSpec spec : specs) {
            reporterList.add(Reporter.builder().id(spec.id).actor(spec.actor).addAllAreas(spec.areas).unit(spec.unit)
                    .active(spec.untilWeek >= weeks).build());
        }
        return new Result(List.copyOf(reporterList), List.copyOf(rounds), List.copyOf(observations), measures());
    }

    // ------------------------------------------------------------------------------------------- answers

    /** Which weeks a reporter answers: their reliability, a summer holiday, the Christmas weeks, school holidays. */
    private boolean[] answers(Cast.ReporterSpec spec, Random random, int weeks) {
        boolean[] answered = new boolean[weeks + 1];
        int vacationStart = 27 + random.nextInt(5);
        boolean takesVacation = spec.reliability.vacation && random.nextDouble() < 0.7;
        for (int w = 1; w <= weeks; w++) {
            double p = spec.reliability.answers;
            if (takesVacation && w >= vacationStart && w < vacationStart + 3) {
                p = 0.03;
            }
            if (w == 1 || w >= 52) {
                p *= 0.7;
            }
            if (spec.role == Role.SCHOOL && SwedishCalendar.isSummerHoliday(calendar.monday(w).plusDays(2))) {
                p = 0.05;
            }
            // Draw for every week, expected or not, so that joining later does not shift the other weeks' draws.
            boolean answers = random.nextDouble() < p;
            answered[w] = answers && spec.expectedIn(w);
        }
        return answered;
    }

    // ------------------------------------------------------------------------------------------- rates

    private List<Geography.Place> placesOf(List<AreaId> areas) {
        List<Geography.Place> list = new ArrayList<>();
        for (Geography.Place p : places) {
            for (AreaId a : areas) {
                if (p.id.equals(a) || geo.hierarchy().isAncestorOf(a, p.id)) {
                    list.add(p);
                    break;
                }
            }
        }
        return list;
    }

    /** Hotspot strength at the station on a day: none before week 14, full from week 18, gone after week 46. */
    private static double hotspotLatent(int dayIndex) {
        double week = dayIndex / 7.0 + 1;
        if (week < HOTSPOT_FROM_WEEK - 1) {
            return 0;
        }
        if (week < HOTSPOT_FROM_WEEK + 3) {
            return (week - (HOTSPOT_FROM_WEEK - 1)) / 4.0;
        }
        if (week < 38) {
            return 1;
        }
        return Math.max(0, (46 - week) / 8.0);
    }

    /** How much more of a kind the hotspot brings, relative to the station's ordinary level. */
    private static double hotspotBoost(Kind kind) {
        switch (kind) {
            case GATHERING:
                return 3.0;
            case DRUG_DEALING:
                return 5.0;
            case DRUG_USE:
            case DRUG_PARAPHERNALIA:
                return 4.0;
            case DISORDER:
                return 2.0;
            case THREAT:
            case HARASSMENT:
                return 1.5;
            case ASSAULT:
            case ROBBERY:
            case LITTERING:
                return 1.0;
            default:
                return 0;
        }
    }

    private boolean workingMeasureActive(int dayIndex) {
        return dayIndex / 7 + 1 >= WORKING_MEASURE_START_WEEK;
    }

    /** Whether the story puts a special factor on a place. */
    private boolean isStoried(Geography.Place place) {
        return place == station || place.id.equals(GRAFFITI_PARK) || place.id.equals(GRAFFITI_CONTROL);
    }

    /** The story's factor on a kind at a place on a day. */
    private double special(Geography.Place place, Kind kind, int dayIndex) {
        if (place == station) {
            boolean after = workingMeasureActive(dayIndex);
            if (kind == Kind.LIGHTING) {
                return after ? 0.25 : 2.0;
            }
            double boost = hotspotBoost(kind);
            if (boost > 0) {
                // Lighting, night walkers and presence take most of the hotspot away and some of the ordinary level.
                double ordinary = after && kind != Kind.LITTERING ? 0.55 : 1.0;
                return ordinary + hotspotLatent(dayIndex) * boost * (after ? 0.08 : 1.0);
            }
            return 1;
        }
        if (kind == Kind.GRAFFITI && (place.id.equals(GRAFFITI_PARK) || place.id.equals(GRAFFITI_CONTROL))) {
            // The skatepark wall in Kvarnparken and the stage in Bruksparken draw taggers all year; removing the
            // graffiti within a day does not stop new tags.
            return 15.0;
        }
        return 1;
    }

    /** One observer: a reporter, the police or the public. */
    private final class Observer {
        final int index;
        final Role role;
        final Cast.ReporterSpec spec;
        final boolean[] answered;
        final List<Geography.Place> watched;
        /** base[place][kind]: everything in the rate that does not depend on the day. */
        final double[][] base;
        /** rate[place][day]: the expected number of observations, before scaling. */
        final double[][] rate;
        /** Hour weights per kind over the social day, index 0 = 06:00. */
        final double[][] hours;
        private final Geography.Place[] placeArray;
        private final boolean[] storied;

        Observer(int index, Role role, double activity, List<Geography.Place> watched, Cast.ReporterSpec spec,
                boolean[] answered) {
            this.index = index;
            this.role = role;
            this.spec = spec;
            this.answered = answered;
            this.watched = watched;
            this.placeArray = watched.toArray(new Geography.Place[0]);
            this.storied = new boolean[placeArray.length];
            Kind[] kinds = Kind.values();
            this.hours = new double[kinds.length][24];
            double[] presence = new double[kinds.length];
            for (Kind k : kinds) {
                double total = 0;
                double seen = 0;
                for (int e = 0; e < 24; e++) {
                    int clock = (e + 6) % 24;
                    double w = k.hours().weight(clock);
                    total += w;
                    hours[k.ordinal()][e] = w * role.hour(clock);
                    seen += hours[k.ordinal()][e];
                }
                presence[k.ordinal()] = seen / total;
            }
            double[] roleDay = new double[days.size()];
            for (int d = 0; d < days.size(); d++) {
                roleDay[d] = role.day(days.get(d));
            }
            this.base = new double[placeArray.length][kinds.length];
            this.rate = new double[placeArray.length][days.size()];
            for (int p = 0; p < placeArray.length; p++) {
                Geography.Place place = placeArray[p];
                storied[p] = isStoried(place);
                for (Kind k : Kind.DRAWN) {
                    base[p][k.ordinal()] = activity * role.activity() * role.interest(k) * presence[k.ordinal()]
                            * place.intensity * place.kind.affinity(k) * place.locality().intensity * place.locality().boost(k);
                }
                double[] ps = placeSeason[place.kind.ordinal()];
                double[] r = rate[p];
                for (Kind k : Kind.DRAWN) {
                    double b = base[p][k.ordinal()];
                    double[] s = season[k.ordinal()];
                    for (int d = 0; d < r.length; d++) {
                        r[d] += b * s[d] * (storied[p] ? special(place, k, d) : 1);
                    }
                }
                for (int d = 0; d < r.length; d++) {
                    r[d] *= roleDay[d] * ps[d];
                }
            }
        }

        double kindRate(int p, Kind k, int d) {
            double b = base[p][k.ordinal()];
            return b * season[k.ordinal()][d] * (storied[p] ? special(placeArray[p], k, d) : 1);
        }

        boolean keeps(int dayIndex) {
            return answered == null || answered[dayIndex / 7 + 1];
        }

        /** The expected number of observations kept in the year, before scaling. */
        double expected() {
            double sum = 0;
            for (int d = 0; d < days.size(); d++) {
                if (!keeps(d)) {
                    continue;
                }
                for (double[] r : rate) {
                    sum += r[d];
                }
            }
            return sum;
        }

        Source source() {
            return role == Role.POLICE_EVENTS ? Source.POLICE : role == Role.CITIZENS ? Source.CITIZEN : Source.REPORTER;
        }
    }

    // ------------------------------------------------------------------------------------------- drawing

    private void draw(Observer o, double factor) {
        Random random = new Random(mix(seed, o.index));
        // The words have a stream of their own, so that editing the texts never changes what happens.
        Random words = new Random(mix(seed, 10_000 + o.index));
        Kind[] kinds = Kind.DRAWN;
        double[] weights = new double[kinds.length];
        int sequence = 0;
        for (int d = 0; d < days.size(); d++) {
            for (int p = 0; p < o.watched.size(); p++) {
                double lambda = o.rate[p][d] * factor;
                if (lambda <= 0) {
                    continue;
                }
                int n = poisson(lambda, random);
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < kinds.length; k++) {
                        weights[k] = o.kindRate(p, kinds[k], d);
                    }
                    Kind kind = kinds[choose(weights, random)];
                    int e = choose(o.hours[kind.ordinal()], random);
                    Draft draft = observation(o, o.watched.get(p), kind, d, e, random, words, sequence++);
                    // Drawn on every day, kept only when the reporter answered: silence loses what was seen.
                    if (o.keeps(d)) {
                        drafts.add(draft);
                    }
                }
            }
        }
    }

    private Draft observation(Observer o, Geography.Place place, Kind kind, int dayIndex, int socialHour, Random random,
            Random words, int sequence) {
        SwedishCalendar.Day day = days.get(dayIndex);
        int clock = (socialHour + 6) % 24;
        LocalDate date = day.date();
        if (socialHour + 6 >= 24) {
            // After midnight: the next day, except that Sunday night stays in its week, at the week's start.
            date = day.dayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(6) : date.plusDays(1);
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(clock, random.nextInt(12) * 5));
        Source source = o.source();
        TimePrecision precision = precision(source, kind, random);

        Observation.Builder b = Observation.builder().source(source).category(kind.category());
        if (source == Source.REPORTER) {
            b.reporter(o.spec.id).channel(random.nextDouble() < 0.75 ? "app" : "webbformulär");
        } else if (source == Source.POLICE) {
            b.channel("polisen");
        } else {
            double c = random.nextDouble();
            b.channel(c < 0.8 ? "e-tjänst" : c < 0.95 ? "telefon" : "e-post");
        }

        // Where: the place, sometimes only the neighbourhood (or, for police events, the town).
        String at = place.at;
        double level = random.nextDouble();
        boolean pinned;
        if (source == Source.POLICE && level < 0.4) {
            b.area(place.locality().id);
            at = random.nextBoolean() ? "i centrala " + place.locality().name : "i " + place.locality().name;
            b.point(place.locality().centre());
            pinned = false;
        } else if (source != Source.POLICE && level < (source == Source.CITIZEN ? 0.15 : 0.08)) {
            b.area(place.hood.id);
            at = "i " + place.hood.name;
            pinned = false;
        } else {
            b.area(place.id);
            if (!place.spots.isEmpty() && random.nextDouble() < 0.4) {
                b.placeName(place.spots.get(random.nextInt(place.spots.size())));
            } else {
                b.placeName(place.name);
            }
            double pinShare = source == Source.REPORTER ? 0.35 : source == Source.CITIZEN ? 0.7 : 0.6;
            pinned = random.nextDouble() < pinShare;
        }
        if (pinned) {
            b.point(Geography.jitter(place.point, source == Source.POLICE ? 30 : 60, random));
        }

        // When.
        Instant occurredAt;
        switch (precision) {
            case EXACT:
                b.occurredAtLocal(local);
                occurredAt = local.atZone(Period.ZONE).toInstant();
                break;
            case PART_OF_DAY:
                TimeOfDay band = TimeOfDay.of(local.toLocalTime());
                b.occurredOn(local.toLocalDate(), band);
                occurredAt = local.toLocalDate().atTime(band.ordinal() * 6 + 3, 0).atZone(Period.ZONE).toInstant();
                break;
            default:
                b.occurredOn(local.toLocalDate());
                occurredAt = local.toLocalDate().atTime(LocalTime.NOON).atZone(Period.ZONE).toInstant();
        }

        // What, how serious, in whose words.
        boolean hot = place == station && hotspotLatent(dayIndex) > 0.3 && !workingMeasureActive(dayIndex)
                && (kind == Kind.GATHERING || kind == Kind.DRUG_DEALING || kind == Kind.DRUG_USE
                        || kind == Kind.DRUG_PARAPHERNALIA);
        b.severity(severity(kind, hot, random));
        Texts.Voice voice = source == Source.POLICE ? Texts.Voice.POLICE
                : source == Source.CITIZEN ? Texts.Voice.CITIZEN : Texts.Voice.REPORTER;
        String text = hot && voice == Texts.Voice.REPORTER && words.nextDouble() < 0.6
                ? Texts.hotspot(kind, o.role, at, local, precision, words)
                : Texts.describe(kind, voice, o.role, at, place.kind, place.locality().name, local, precision, words);
        double personal = source == Source.CITIZEN ? 0.06 : source == Source.REPORTER ? 0.015 : 0;
        if (words.nextDouble() < personal) {
            text = text + " " + Texts.personalData(voice, words);
        }
        b.description(text);

        // Who may see it, and when it came in.
        if (source == Source.REPORTER) {
            // The municipality publishes its reporters' picture in aggregate; the police's own stay in the group.
            b.visibility(o.spec.actor.equals(Cast.POLISEN) ? Visibility.GROUP : Visibility.PUBLIC);
        }
        int week = dayIndex / 7 + 1;
        Instant reportedAt;
        if (source == Source.REPORTER) {
            Instant deadline = calendar.monday(week).plusDays(8).atTime(13, 0).atZone(Period.ZONE).toInstant();
            Instant batch = calendar.monday(week).plusDays(7).atTime(7, 0).atZone(Period.ZONE).toInstant();
            Instant soon = occurredAt.plus(Duration.ofMinutes(5 + random.nextInt(20 * 60)));
            reportedAt = random.nextDouble() < 0.55 && soon.isBefore(deadline)
                    ? soon : batch.plus(Duration.ofMinutes(random.nextInt(30 * 60)));
        } else if (source == Source.POLICE) {
            reportedAt = occurredAt.plus(Duration.ofMinutes(20 + random.nextInt(8 * 60)));
        } else {
            reportedAt = occurredAt.plus(Duration.ofMinutes(60 + random.nextInt(72 * 60)));
        }
        b.reportedAt(reportedAt);
        return new Draft(b, occurredAt, source, o.index, sequence, week);
    }

    private static TimePrecision precision(Source source, Kind kind, Random random) {
        double r = random.nextDouble();
        if (source == Source.POLICE) {
            return TimePrecision.EXACT;
        }
        if (source == Source.CITIZEN) {
            return r < 0.4 ? TimePrecision.EXACT : r < 0.75 ? TimePrecision.PART_OF_DAY : TimePrecision.DATE;
        }
        boolean found = kind == Kind.LIGHTING || kind == Kind.SIGHTLINES || kind == Kind.VEGETATION
                || kind == Kind.DESERTED || kind == Kind.LITTERING || kind == Kind.GRAFFITI;
        if (found) {
            return r < 0.35 ? TimePrecision.EXACT : r < 0.55 ? TimePrecision.PART_OF_DAY : TimePrecision.DATE;
        }
        return r < 0.7 ? TimePrecision.EXACT : r < 0.92 ? TimePrecision.PART_OF_DAY : TimePrecision.DATE;
    }

    private static Severity severity(Kind kind, boolean hotspot, Random random) {
        int[] w = kind.severityWeights();
        double[] weights = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            weights[i] = w[i];
        }
        int rank = choose(weights, random) + 1;
        if (hotspot && rank < 5 && random.nextBoolean()) {
            rank++;
        }
        return Severity.of(rank);
    }

    // ------------------------------------------------------------------------------------------- fixed events

    /**
     * Two safety walks (<i>trygghetsvandringar</i>): Björkängen in Ekby in late March and Norrhöjden in Sjöviken in
     * October, each an evening walk with residents that marks a handful of unsafe spots.
     */
    private void safetyWalks() {
        Random random = new Random(mix(seed, 902));
        LocalDate ekby = LocalDate.of(year, 3, 24).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        walk(ekby, random, new Object[][] {
            {"ekby/bjorkangen/gangvagen", Kind.LIGHTING}, {"ekby/bjorkangen/gangvagen", Kind.VEGETATION},
            {"ekby/bjorkangen/trapphusen", Kind.LIGHTING}, {"ekby/bjorkangen/lekplatsen", Kind.LITTERING},
            {"ekby/bjorkangen/lekplatsen", Kind.SIGHTLINES}});
        LocalDate norrhojden = LocalDate.of(year, 10, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        walk(norrhojden, random, new Object[][] {
            {"sjoviken/norrhojden/gangtunneln", Kind.LIGHTING}, {"sjoviken/norrhojden/gangtunneln", Kind.DESERTED},
            {"sjoviken/norrhojden/gangtunneln", Kind.GRAFFITI}, {"sjoviken/norrhojden/skolgarden", Kind.LIGHTING},
            {"sjoviken/norrhojden/trapphusen", Kind.LIGHTING}, {"sjoviken/norrhojden/lokalcentrum", Kind.LITTERING},
            {"sjoviken/norrhojden/fritidsgarden", Kind.VEGETATION}, {"sjoviken/norrhojden/fritidsgarden", Kind.SIGHTLINES}});
    }

    private void walk(LocalDate date, Random random, Object[][] stops) {
        int dayIndex = (int) (date.toEpochDay() - calendar.firstDay().toEpochDay());
        if (dayIndex < 0 || dayIndex >= days.size()) {
            return;
        }
        LocalDateTime time = date.atTime(18, 0);
        Instant reported = date.atTime(21, 30).atZone(Period.ZONE).toInstant();
        int sequence = 0;
        for (Object[] stop : stops) {
            Geography.Place place = geo.place(AreaId.of((String) stop[0]));
            Kind kind = (Kind) stop[1];
            time = time.plusMinutes(5 + random.nextInt(3) * 5);
            Observation.Builder b = Observation.builder().source(Source.SAFETY_WALK).channel("trygghetsvandring")
                    .area(place.id).placeName(place.name).point(Geography.jitter(place.point, 25, random))
                    .occurredAtLocal(time).category(kind.category())
                    .severity(severity(kind, false, random))
                    .description(Texts.describe(kind, Texts.Voice.SAFETY_WALK, Role.CITIZENS, place.at, place.kind,
                            place.locality().name, time, TimePrecision.EXACT, random))
                    .reportedAt(reported);
            drafts.add(new Draft(b, time.atZone(Period.ZONE).toInstant(), Source.SAFETY_WALK, 902, sequence++,
                    dayIndex / 7 + 1));
        }
    }

    /**
     * Planned events (<i>arrangemang</i>), entered by the safety coordinator as context: Valborg, the last school
     * day, Midsummer, the towns' summer days, höstlov, Halloween, a derby, New Year's Eve. Public, since they are.
     */
    private void plannedEvents() {
        int sequence = 0;
        LocalDate lastSchoolDay = SwedishCalendar.lastSchoolDay(year);
        LocalDate midsummer = SwedishCalendar.midsummerEve(year);
        Object[][] events = {
            {LocalDate.of(year, 4, 30), 19, "sjoviken/centrum/stadsparken",
                "Valborgsfirande med brasa i Stadsparken, ett par tusen besökare väntas."},
            {LocalDate.of(year, 4, 30), 20, "ekby/ekbysjon/badplatsen", "Valborgsbrasa vid Ekbybadet."},
            {LocalDate.of(year, 4, 30), 19, "bruksvik/centrum/bruksparken", "Valborgsfirande i Bruksparken."},
            {LocalDate.of(year, 5, 17).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), 15,
                "sjoviken/solbacka/idrottsplatsen", "Derby Sjövikens IF – Bruksviks BK på Solbacka IP."},
            {lastSchoolDay, 10, "sjoviken/centrum/torget",
                "Skolavslutning. Erfarenhetsmässigt samlas många ungdomar på torget under kvällen."},
            {lastSchoolDay, 10, "ekby/centrum/torget", "Skolavslutning i Ekby."},
            {lastSchoolDay, 10, "bruksvik/centrum/torget", "Skolavslutning i Bruksvik."},
            {midsummer, 13, "sjoviken/centrum/stadsparken", "Midsommarfirande med dans kring stången i Stadsparken."},
            {midsummer, 13, "ekby/centrum/kyrkparken", "Midsommarfirande i Kyrkparken."},
            {LocalDate.of(year, 7, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), 10,
                "bruksvik/centrum/torget", "Bruksviks marknad på torget, många besökare från andra orter."},
            {LocalDate.of(year, 8, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)), 16,
                "sjoviken/hamnen/gasthamnen", "Sjöviksdagarna fredag–lördag med marknad och konserter i hamnen."},
            {LocalDate.of(year, 8, 25).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), 11,
                "ekby/centrum/torget", "Ekbydagen på torget."},
            {LocalDate.of(year, 9, 13).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), 15,
                "bruksvik/hamnen/hamnplan", "Returderby Bruksviks BK – Sjövikens IF; matchen spelas på bruksplanen."},
            {calendar.monday(44), 14, "sjoviken/norrhojden/fritidsgarden",
                "Höstlov: fritidsgårdarna har längre öppettider hela veckan."},
            {LocalDate.of(year, 10, 31), 17, "sjoviken/norrhojden/trapphusen",
                "Halloween. Erfarenhetsmässigt äggkastning och smällare i bostadsområdena."},
            {LocalDate.of(year, 12, 13), 18, "sjoviken/centrum/torget", "Luciatåg på Stora torget."},
            // Week 1 may begin in the old year, so its New Year's Eve may be in this year's weeks.
            {LocalDate.of(year - 1, 12, 31), 23, "sjoviken/hamnen/gasthamnen", "Nyårsfirande med fyrverkeri i hamnen."},
            {LocalDate.of(year, 12, 31), 23, "sjoviken/hamnen/gasthamnen", "Nyårsfirande med fyrverkeri i hamnen."},
        };
        for (Object[] e : events) {
            LocalDate date = (LocalDate) e[0];
            int dayIndex = (int) (date.toEpochDay() - calendar.firstDay().toEpochDay());
            if (dayIndex < 0 || dayIndex >= days.size()) {
                continue;
            }
            Geography.Place place = geo.place(AreaId.of((String) e[2]));
            LocalDateTime time = date.atTime((Integer) e[1], 0);
            Observation.Builder b = Observation.builder().source(Source.OTHER).channel("trygghetssamordnaren")
                    .area(place.id).placeName(place.name).point(place.point).occurredAtLocal(time)
                    .category(Kind.PLANNED_EVENT.category()).severity(Severity.MINOR).description((String) e[3])
                    .visibility(Visibility.PUBLIC);
            drafts.add(new Draft(b, time.atZone(Period.ZONE).toInstant(), Source.OTHER, 903, sequence++, dayIndex / 7 + 1));
        }
    }

    // ------------------------------------------------------------------------------------------- measures

    private List<Measure> measures() {
        Measure working = Measure.builder()
                .id(DemoMunicipality.WORKING_MEASURE)
                .title("Belysning och nattvandring vid resecentrum")
                .type(MeasureType.LIGHTING)
                .addTargetAreas(STATION)
                .addTargetCategories(CategoryId.of("gathering"), CategoryId.of("drugs"), CategoryId.of("disorder-violence"))
                .leadActor(Cast.TRYGG)
                .addPartners(Cast.GATA_PARK, Cast.NATTVANDRARNA, Cast.POLISEN, Cast.KUSTBUSSARNA, Cast.FALTGRUPPEN,
                        Cast.BEVAKNING)
                .start(calendar.monday(WORKING_MEASURE_START_WEEK))
                .horizon(Horizon.LONG)
                .status(MeasureStatus.ONGOING)
                .description("Ny LED-belysning vid cykelparkeringen och i gångvägen mot Norrleden, buskaget bakom "
                        + "väntsalen röjt. Nattvandrare fredag och lördag 21–01 och polisen prioriterar platsen "
                        + "helgkvällar. Fältgruppen finns på plats två kvällar i veckan.")
                .visibility(Visibility.PUBLIC)
                .build();
        Measure ineffective = Measure.builder()
                .id(DemoMunicipality.INEFFECTIVE_MEASURE)
                .title("Klottersanering inom 24 timmar i Kvarnparken")
                .type(MeasureType.GRAFFITI_REMOVAL)
                .addTargetAreas(GRAFFITI_PARK)
                .addTargetCategories(CategoryId.of("property-damage.graffiti"))
                .leadActor(Cast.GATA_PARK)
                .addPartners(Cast.NORRVIK, Cast.SOLBACKASKOLAN)
                .start(calendar.monday(INEFFECTIVE_MEASURE_START_WEEK))
                .end(calendar.monday(INEFFECTIVE_MEASURE_END_WEEK).plusDays(6))
                .horizon(Horizon.SHORT)
                .status(MeasureStatus.DONE)
                .description("Allt klotter i parken och på skateparkens mur saneras inom ett dygn efter anmälan. "
                        + "Beslutad som kortsiktig insats och förlängd vecka för vecka över sommaren.")
                .visibility(Visibility.PARTNERS)
                .followUpEvery(java.time.Period.ofWeeks(2))
                .build();
        return List.of(working, ineffective);
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** One observation before its id: ids are given in order of occurrence once all are drawn. */
    private static final class Draft {
        final Observation.Builder builder;
        final Instant occurredAt;
        final Source source;
        final int observer;
        final int sequence;
        final int week;

        Draft(Observation.Builder builder, Instant occurredAt, Source source, int observer, int sequence, int week) {
            this.builder = builder;
            this.occurredAt = occurredAt;
            this.source = source;
            this.observer = observer;
            this.sequence = sequence;
            this.week = week;
        }
    }

    /** SplitMix64's finaliser: a well-spread seed for each stream from the one seed. */
    static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Knuth's method, fine for the small means here; a normal approximation above 30. */
    static int poisson(double lambda, Random random) {
        if (lambda > 30) {
            return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
        }
        double limit = StrictMath.exp(-lambda);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    static int choose(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
