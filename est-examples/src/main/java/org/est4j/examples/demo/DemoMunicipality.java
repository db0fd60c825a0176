package org.est4j.examples.demo;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.time.Period;

/**
 * A year of EST work in a fictional Swedish municipality, <b>Sjövikens kommun</b>, generated from a seed: the demo
 * data of est4j's main job, the JShell workbench, tests and benchmarks.
 *
 * <pre>{@code
 * DemoMunicipality demo = DemoMunicipality.generate();   // DEFAULT_SEED, DEFAULT_YEAR, scale 1
 * demo.observations().size();                           // 4554
 * demo.locality("Bruksvik");                            // Area[bruksvik Bruksvik (tatort) ⊂ 9999]
 * demo.round(24);                                       // 2025-W24: 47 expected, 36 answered (13 nothing to report), 11 silent
 * demo.observationsIn(DemoMunicipality.HOTSPOT_PLACE);  // what happened at Resecentrum
 * DemoMunicipality small = DemoMunicipality.builder().seed(7).year(2026).scale(0.25).build();
 * }</pre>
 *
 * <h2>The municipality</h2>
 * Modelled on Norrtälje, whose lägesbild is split by its three towns with about fifteen reporters each: a coastal
 * main town, <b>Sjöviken</b> (Centrum with Stora torget, Resecentrum, Köpcentrum Vikenhallen and Stadsparken; Hamnen
 * with Vikbadet; the rental area Norrhöjden with its stairwells, local centre, school and youth centre; Solbacka with
 * Kvarnparken and Solbacka IP), the inland town <b>Ekby</b> (mopeds) and the mill town <b>Bruksvik</b> (A-tractors),
 * in all 36 named places under 10 neighbourhoods, with WGS 84 points in Roslagen north-east of Stockholm. Every
 * name is invented. The kommunkod is {@value #KOMMUNKOD}: SCB's municipality codes are a two-digit county code and
 * two digits, and county 99 does not exist, so the code cannot clash with a real municipality (the real ones run
 * from 0114 to 2584).
 *
 * <h2>The year</h2>
 * The year is an ISO week-based year: 52 (or 53) weekly {@linkplain #rounds() rounds}, each due Tuesday 13:00
 * Stockholm time after its week, as in Norrtälje. 26 {@linkplain #actors() actors} take part; 47
 * {@linkplain #reporters() reporters} from municipal units, schools, the housing companies, the police, the rescue
 * service, shops, the church, the bus company, a security company and the night walkers answer about three rounds
 * in four: some almost always, some seldom, most take a summer holiday, schools fall silent in the summer, one
 * reporter joins in week 10 and one stops after week 30. A reporter who answers without observations is in
 * {@link ReportingRound#nothingToReport()}.
 *
 * <p>The {@linkplain #observations() observations} (about 4,500 at scale 1: some 3,700 from reporters, 550 to 650
 * police events, 200 to 300 citizen reports from the e-service, two safety walks and the year's planned events)
 * follow the rhythms EST analysis looks for:
 * <ul>
 *   <li><b>season</b>: gatherings, disorder, littering, mopeds and vegetation peak in summer and in school holidays;
 *       poor lighting and deserted places in the dark months; Valborg, the last school day, Midsummer, Halloween
 *       and New Year's Eve stand out;</li>
 *   <li><b>week and day</b>: gatherings and violence on Friday and Saturday evenings and nights; graffiti, glass and
 *       litter found on Monday mornings; staff incidents on working days;</li>
 *   <li><b>a hotspot</b> at {@link #HOTSPOT_PLACE Resecentrum}: gatherings and drugs that emerge from week
 *       {@value #HOTSPOT_FROM_WEEK}, peak in spring and fade after the working measure;</li>
 *   <li><b>a measure that works</b>, {@link #WORKING_MEASURE}: lighting and night walkers at the station from week
 *       {@value #WORKING_MEASURE_START_WEEK}, after which gatherings, drugs and disorder there fall to under half,
 *       while in the {@link #WORKING_MEASURE_CONTROL centre of Ekby} and at
 *       {@link #WORKING_MEASURE_BUFFER Stora torget} next door they rise with the summer (no displacement is built
 *       in);</li>
 *   <li><b>a measure that does not</b>, {@link #INEFFECTIVE_MEASURE}: graffiti removal within a day in
 *       {@link #INEFFECTIVE_MEASURE_TARGET Kvarnparken} in weeks {@value #INEFFECTIVE_MEASURE_START_WEEK} to
 *       {@value #INEFFECTIVE_MEASURE_END_WEEK}, after which new graffiti is reported as often as before, as in the
 *       control park.</li>
 * </ul>
 * Police events have {@link Source#POLICE}, visibility {@code GROUP} and the police's terse style, some placed only
 * at the town; observations of the police's own reporters are {@code GROUP} too. The other reporters' observations
 * are {@code PUBLIC}: the municipality publishes its picture in aggregate (a public report counts them, suppresses
 * small counts and never lists one), as municipalities that publish a monthly lägesrapport do. Citizen reports have
 * {@link Source#CITIZEN}, mostly through the e-service and often pinned on its map. Planned events are context
 * ({@code planned-event}, {@link Source#OTHER}, public). Descriptions are Swedish and varied. Silence is not calm
 * here either: July has fewer reports than June and August because reporters are on holiday, not because less
 * happens.
 *
 * <h2>Evaluating the measures</h2>
 * Count the observations of a measure's target categories (by {@link Taxonomy#topLevelOf top-level category}) in its
 * target, control and buffer areas and below them ({@link #observationsIn(AreaId)}), in equal windows before and
 * after the start week: twelve weeks for the working measure, the measure's own twelve weeks for the ineffective one.
 * The tests hold every seed they try to this: for the working measure the target falls below 60 % of its level
 * before while the control does not fall, and the drop relative to the control is significant (a Poisson z on the log
 * of the ratio of ratios below -3) with no significant change at the buffer (|z| below 3); for the ineffective
 * measure there is no significant drop (z above -2.58). Counts are counts, so a rare seed falls outside: 79 of the
 * seeds 1 to 80 met all of it.
 *
 * <p><b>Personal data, on purpose.</b> About 1.5 % of reporters' descriptions and 6 % of citizens' carry personal
 * data — phone numbers, a personal identity number, e-mail addresses, first names — against all guidance, as real
 * free text does, so that the disclosure policy's redaction has something to find. All of it is fictional: phone
 * numbers from 070-174 06 05 – 070-174 06 99, the series PTS reserves for fiction; the test personal identity number
 * 121212-1212 (also as 19121212-1212, 20121212-1212 and 1212121212); addresses at {@code example.com},
 * {@code example.org} and {@code example.net}.
 *
 * <h2>Determinism</h2>
 * The same seed, year and scale give equal objects, on every JVM: randomness comes from {@link java.util.Random},
 * whose algorithm the JDK specifies, with one stream per observer derived from the seed. Generating takes a fraction
 * of a second. Lists are in a documented order: areas in the hierarchy's pre-order, actors and reporters as listed
 * by the municipality, rounds by week, observations by {@link Observation#byOccurrence() occurrence}, ids
 * ({@code o-2025-00001} …) given in that order.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class DemoMunicipality {
    /**
     * The seed of {@link #generate()}. Chosen among forty seeds as one whose year reads like the typical year, so that
     * the demo tells its story plainly: the working measure's drop against the control is clear, Stora torget shows
     * no displacement, and Kvarnparken's graffiti neither falls nor rises against the control park. Other seeds tell
     * the same story with the noise of real counts.
     */
    public static final long DEFAULT_SEED = 2_025_036L;
    /** The ISO week-based year of {@link #generate()}. */
    public static final int DEFAULT_YEAR = 2025;
    /** The municipality's name. */
    public static final String NAME = Geography.MUNICIPALITY_NAME;
    /** The fictional kommunkod, outside SCB's codes (county 99 does not exist). */
    public static final String KOMMUNKOD = Geography.KOMMUNKOD;
    /** The id of the municipality, the root of the {@link #hierarchy()}. */
    public static final AreaId MUNICIPALITY = Geography.ROOT;

    /** Resecentrum in Sjöviken, where gatherings and drugs become a hotspot in spring. */
    public static final AreaId HOTSPOT_PLACE = AreaId.of("sjoviken/centrum/resecentrum");
    /** The ISO week from which the hotspot shows. */
    public static final int HOTSPOT_FROM_WEEK = 15;

    /** Lighting and night walkers at Resecentrum: the measure that works. */
    public static final MeasureId WORKING_MEASURE = MeasureId.of("belysning-resecentrum");
    /** The working measure's target, {@link #HOTSPOT_PLACE}. */
    public static final AreaId WORKING_MEASURE_TARGET = HOTSPOT_PLACE;
    /**
     * Ekby centrum, the centre of a comparable town with its square, bus station and petrol station, without the
     * measure: the control area for the working measure. It is a neighbourhood: count the observations in it and in
     * its places ({@link #observationsIn(AreaId)}).
     */
    public static final AreaId WORKING_MEASURE_CONTROL = AreaId.of("ekby/centrum");
    /** Stora torget, 500 m from the station: the displacement buffer for the working measure (no displacement is built in). */
    public static final AreaId WORKING_MEASURE_BUFFER = AreaId.of("sjoviken/centrum/torget");
    /** The ISO week the working measure starts, on its Monday. */
    public static final int WORKING_MEASURE_START_WEEK = 24;

    /** Graffiti removal within a day in Kvarnparken: the measure that does not work. */
    public static final MeasureId INEFFECTIVE_MEASURE = MeasureId.of("klottersanering-kvarnparken");
    /** Kvarnparken in Solbacka, the ineffective measure's target. */
    public static final AreaId INEFFECTIVE_MEASURE_TARGET = AreaId.of("sjoviken/solbacka/kvarnparken");
    /** Bruksparken in Bruksvik, a park with as much graffiti and no measure: the control for the ineffective one. */
    public static final AreaId INEFFECTIVE_MEASURE_CONTROL = AreaId.of("bruksvik/centrum/bruksparken");
    /** The ISO week the ineffective measure starts, on its Monday. */
    public static final int INEFFECTIVE_MEASURE_START_WEEK = 20;
    /** The ISO week the ineffective measure ends, on its Sunday. */
    public static final int INEFFECTIVE_MEASURE_END_WEEK = 31;

    /** The smallest and largest scale accepted. */
    private static final double MIN_SCALE = 0.01;
    private static final double MAX_SCALE = 20;

    private final long seed;
    private final int year;
    private final double scale;
    private final AreaHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final List<Actor> actors;
    private final List<Reporter> reporters;
    private final List<ReportingRound> rounds;
    private final List<Observation> observations;
    private final List<Measure> measures;

    private DemoMunicipality(long seed, int year, double scale) {
        this.seed = seed;
        this.year = year;
        this.scale = scale;
        Generator.Result result = new Generator(seed, year, scale).run();
        this.hierarchy = Geography.INSTANCE.hierarchy();
        this.taxonomy = Taxonomy.standard();
        this.actors = Cast.ACTORS;
        this.reporters = result.reporters;
        this.rounds = result.rounds;
        this.observations = result.observations;
        this.measures = result.measures;
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Generates the default demo: {@link #DEFAULT_SEED}, {@link #DEFAULT_YEAR}, scale 1.
     *
     * @return the demo municipality
     */
    public static DemoMunicipality generate() {
        return generate(DEFAULT_SEED);
    }

    /**
     * Generates the demo of {@link #DEFAULT_YEAR} at scale 1 from a seed.
     *
     * @param seed any number; the same seed gives an equal municipality
     * @return the demo municipality
     */
    public static DemoMunicipality generate(long seed) {
        return builder().seed(seed).build();
    }

    /**
     * Starts choosing seed, year and size.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Chooses the seed, the year and the size of a demo municipality. Not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private long seed = DEFAULT_SEED;
        private int year = DEFAULT_YEAR;
        private double scale = 1;

        private Builder() {}

        /**
         * Sets the seed.
         *
         * @param seed any number, {@link #DEFAULT_SEED} unless set
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the ISO week-based year: its weeks 1 to 52 (or 53) are generated.
         *
         * @param year 2000 to 2100, {@link #DEFAULT_YEAR} unless set
         * @return this builder
         */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /**
         * Sets the size: the expected number of reporters', police and citizen observations is multiplied by it, so
         * 0.25 gives about a quarter of the default. Geography, reporters, rounds and measures stay the same.
         *
         * @param scale from 0.01 to 20, 1 unless set
         * @return this builder
         */
        public Builder scale(double scale) {
            this.scale = scale;
            return this;
        }

        /**
         * Generates the municipality.
         *
         * @return the demo municipality
         * @throws org.est4j.core.ValidationException when the year or the scale is out of range
         */
        public DemoMunicipality build() {
            Problems.of("DemoMunicipality")
                    .require(year >= 2000 && year <= 2100, "year", "must be from 2000 to 2100", year)
                    .require(scale >= MIN_SCALE && scale <= MAX_SCALE, "scale",
                            "must be from " + MIN_SCALE + " to " + MAX_SCALE + ", such as 0.25 or 1", scale)
                    .throwIfAny();
            return new DemoMunicipality(seed, year, scale);
        }
    }

    // ------------------------------------------------------------------------------------------- the data

    /**
     * Returns the seed it was generated from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the ISO week-based year of the rounds and observations.
     *
     * @return such as 2025, whose week 1 starts on Monday 30 December 2024
     */
    public int year() {
        return year;
    }

    /**
     * Returns the size factor it was generated with.
     *
     * @return 1 for the default size
     */
    public double scale() {
        return scale;
    }

    /**
     * Returns the municipality's name.
     *
     * @return {@value #NAME}
     */
    public String name() {
        return NAME;
    }

    /**
     * Returns the fictional municipality code.
     *
     * @return {@value #KOMMUNKOD}
     */
    public String kommunkod() {
        return KOMMUNKOD;
    }

    /**
     * Returns the areas: the municipality, three localities, ten neighbourhoods and 36 places, each with a point.
     *
     * @return the hierarchy, the same for every seed and year
     */
    public AreaHierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * Returns the categories every observation uses.
     *
     * @return {@link Taxonomy#standard()}
     */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Returns the organisations taking part: municipal units, the police, the rescue service, housing companies,
     * schools, businesses, associations, the church, the bus company, a security company and the night walkers.
     *
     * @return an unmodifiable list, municipal units first
     */
    public List<Actor> actors() {
        return actors;
    }

    /**
     * Returns the trained reporters, about fifteen per locality; ids {@code r-1xx} in Sjöviken, {@code r-2xx} in
     * Ekby and {@code r-3xx} in Bruksvik.
     *
     * @return an unmodifiable list in id order
     */
    public List<Reporter> reporters() {
        return reporters;
    }

    /**
     * Returns the weekly reporting rounds.
     *
     * @return an unmodifiable list, week 1 first
     */
    public List<ReportingRound> rounds() {
        return rounds;
    }

    /**
     * Returns every observation of the year: reporters', police events, citizen reports, safety walks and planned
     * events.
     *
     * @return an unmodifiable list sorted by {@link Observation#byOccurrence()}
     */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * Returns the two measures: {@link #WORKING_MEASURE} (ongoing) and {@link #INEFFECTIVE_MEASURE} (done).
     *
     * @return an unmodifiable list, the working measure first
     */
    public List<Measure> measures() {
        return measures;
    }

    // ------------------------------------------------------------------------------------------- helpers

    /**
     * Returns the weeks of the year, the periods of the rounds.
     *
     * @return an unmodifiable list of 52 or 53 weeks
     */
    public List<Period> weeks() {
        return rounds.stream().map(ReportingRound::period).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the round of a week.
     *
     * @param week the ISO week, 1 to 52 or 53
     * @return the round
     * @throws UnknownReferenceException when the year has no such week
     */
    public ReportingRound round(int week) {
        if (week < 1 || week > rounds.size()) {
            throw new UnknownReferenceException("round", "week " + week, NAME + " " + year + " (weeks 1 to " + rounds.size() + ")");
        }
        return rounds.get(week - 1);
    }

    /**
     * Returns the municipality's area.
     *
     * @return the root of the hierarchy, with kommunkod {@value #KOMMUNKOD}
     */
    public Area municipality() {
        return hierarchy.get(MUNICIPALITY);
    }

    /**
     * Returns the three localities.
     *
     * @return Bruksvik, Ekby and Sjöviken, in id order
     */
    public List<Area> localities() {
        return hierarchy.areas(AreaLevel.LOCALITY);
    }

    /**
     * Returns a locality by name, ignoring case.
     *
     * @param name such as {@code "Sjöviken"}
     * @return the locality
     * @throws UnknownReferenceException when there is none of that name; the message lists the localities
     */
    public Area locality(String name) {
        return byName(localities(), requireNonNull(name, "name"), "locality");
    }

    /**
     * Returns every named place.
     *
     * @return the 36 places, in the hierarchy's order
     */
    public List<Area> places() {
        return hierarchy.areas(AreaLevel.PLACE);
    }

    /**
     * Returns a place by name, ignoring case; every place's name is unique in the municipality.
     *
     * @param name such as {@code "Resecentrum"}, {@code "Stora torget"} or {@code "Ekbybadet"}
     * @return the place
     * @throws UnknownReferenceException when there is none of that name; the message lists the places
     */
    public Area place(String name) {
        return byName(places(), requireNonNull(name, "name"), "place");
    }

    private Area byName(List<Area> areas, String name, String kind) {
        for (Area a : areas) {
            if (a.name().equalsIgnoreCase(name.strip())) {
                return a;
            }
        }
        StringJoiner known = new StringJoiner(", ");
        areas.forEach(a -> known.add(a.name()));
        throw new UnknownReferenceException(kind, name, NAME + " (known: " + known + ")");
    }

    /**
     * Returns the observations in an area or any area below it.
     *
     * @param area an area of the hierarchy
     * @return an unmodifiable list in order of occurrence
     * @throws UnknownReferenceException when the area is not in the hierarchy
     */
    public List<Observation> observationsIn(AreaId area) {
        hierarchy.get(requireNonNull(area, "area"));
        return observations.stream()
                .filter(o -> o.area().equals(area) || hierarchy.isAncestorOf(area, o.area()))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns an actor.
     *
     * @param id the actor's id
     * @return the actor
     * @throws UnknownReferenceException when there is no such actor
     */
    public Actor actor(ActorId id) {
        requireNonNull(id, "id");
        return actors.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownReferenceException("actor", id.value(), NAME));
    }

    /**
     * Returns a reporter.
     *
     * @param id the reporter's id, such as {@code r-101}
     * @return the reporter
     * @throws UnknownReferenceException when there is no such reporter
     */
    public Reporter reporter(ReporterId id) {
        requireNonNull(id, "id");
        return reporters.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownReferenceException("reporter", id.value(), NAME));
    }

    /**
     * Returns a measure.
     *
     * @param id the measure's id
     * @return the measure
     * @throws UnknownReferenceException when there is no such measure
     */
    public Measure measure(MeasureId id) {
        requireNonNull(id, "id");
        return measures.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownReferenceException("measure", id.value(), NAME));
    }

    /**
     * Returns the measure that works: lighting and night walkers at Resecentrum.
     *
     * @return the measure {@link #WORKING_MEASURE}
     */
    public Measure workingMeasure() {
        return measure(WORKING_MEASURE);
    }

    /**
     * Returns the measure that does not work: graffiti removal in Kvarnparken.
     *
     * @return the measure {@link #INEFFECTIVE_MEASURE}
     */
    public Measure ineffectiveMeasure() {
        return measure(INEFFECTIVE_MEASURE);
    }

    // ------------------------------------------------------------------------------------------- Object

    /**
     * Tells whether another object is a demo municipality with the same seed, year and scale and the same data.
     *
     * @param other the object to compare with
     * @return true when equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DemoMunicipality)) {
            return false;
        }
        DemoMunicipality that = (DemoMunicipality) other;
        return seed == that.seed && year == that.year && Double.compare(scale, that.scale) == 0
                && hierarchy.equals(that.hierarchy) && taxonomy.equals(that.taxonomy) && actors.equals(that.actors)
                && reporters.equals(that.reporters) && rounds.equals(that.rounds)
                && observations.equals(that.observations) && measures.equals(that.measures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, year, scale, observations.size(), rounds);
    }

    /**
     * Returns a summary, such as {@code DemoMunicipality[Sjövikens kommun (9999, fictional), 2025-W01…2025-W52,
     * seed 2025036: 50 areas in 3 localities, 26 actors, 47 reporters, 52 rounds answered 74 %, 4554 observations
     * (3699 REPORTER, 262 CITIZEN, 563 POLICE, 13 SAFETY_WALK, 17 OTHER), 2 measures]}.
     */
    @Override
    public String toString() {
        Map<Source, Integer> bySource = new EnumMap<>(Source.class);
        observations.forEach(o -> bySource.merge(o.source(), 1, Integer::sum));
        StringJoiner sources = new StringJoiner(", ", " (", ")");
        bySource.forEach((s, n) -> sources.add(n + " " + s));
        double expected = 0;
        double answered = 0;
        for (ReportingRound r : rounds) {
            expected += r.expected().size();
            answered += r.answered().size();
        }
        List<Period> weeks = new ArrayList<>(weeks());
        return "DemoMunicipality[" + NAME + " (" + KOMMUNKOD + ", fictional), " + weeks.get(0) + "…"
                + Collections.max(weeks) + ", seed " + seed + (scale == 1 ? "" : ", scale " + scale) + ": "
                + hierarchy.size() + " areas in " + localities().size() + " localities, " + actors.size() + " actors, "
                + reporters.size() + " reporters, " + rounds.size() + " rounds answered "
                + String.format(Locale.ROOT, "%.0f %%", 100 * answered / expected) + ", " + observations.size()
                + " observations" + sources + ", " + measures.size() + " measures]";
    }
}
