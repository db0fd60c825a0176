package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.TrendTestProvider.TrendTest;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;

/**
 * Compiles the observations of a period into a {@link PictureSet}: a {@link SituationPicture} for every area of a
 * hierarchy, rolled up the tree, with breakdowns, scores, coverage, trends and hotspots.
 *
 * <pre>{@code
 * PictureCompiler compiler = PictureCompiler.builder(hierarchy, Taxonomy.standard())
 *         .trendTest(EstPlugins.global().get(TrendTestProvider.class, "poisson-exact").create(PluginConfig.empty()))
 *         .addHotspotDetector(EstPlugins.global().get(HotspotDetectorProvider.class, "repeat-location")
 *                 .create(PluginConfig.empty()))
 *         .build();
 * PictureSet week47 = compiler.compile(store, Period.parse("2026-W47"), List.of(round), reporters);
 * }</pre>
 *
 * <h2>What it does</h2>
 * <ul>
 *   <li><b>One pass over the columns.</b> The compiler reads a {@link StoreSnapshot} by column, maps each row's
 *       dictionary codes to the hierarchy's and the taxonomy's dense indices, and adds it to arrays of counts per
 *       area. It makes no object per observation, except the ids behind the figures when
 *       {@linkplain Builder#keepObservationIds(boolean) asked} (the default) and the observations handed to hotspot
 *       detectors when some are configured.</li>
 *   <li><b>Roll-up.</b> An observation counts once in its area and once in every ancestor; observations recorded
 *       on a parent count in the parent only ({@link SituationPicture#ownTotal()}).</li>
 *   <li><b>Nothing dropped silently.</b> Observations outside the period, in areas not in the hierarchy or in
 *       categories not in the taxonomy are counted in the set's {@link Exclusions}, by reason.</li>
 *   <li><b>Time.</b> Days, weekdays and parts of the day are Stockholm's ({@link Period#ZONE}), daylight-saving
 *       days included. Parts of the day and light count only observations whose part of the day is known
 *       ({@link Observation#knownTimeOfDay()}).</li>
 *   <li><b>Darkness</b> is judged at the observation's point, or at the point of the nearest area around it that
 *       has one (its own area first); with neither, the light is {@link Light#UNKNOWN}. An observation known only
 *       to a part of the day is in daylight or darkness when that whole part of the day was, else unknown. Sunrise
 *       and sunset come from commons-suncalc, computed once per day and 0.1° band of latitude, never per
 *       observation, which is exact to about a minute (a few minutes at the polar circle in midwinter).</li>
 *   <li><b>Coverage.</b> With reporting rounds given, every picture gets the coverage of its area: the expected
 *       reporters who cover the area or an area within it. Rounds whose period does not overlap the compiled one
 *       are ignored. Over several rounds (weekly rounds in a monthly picture) a reporter counts as having answered
 *       only when they answered every round that expected them, and as "nothing to report" only when every answer
 *       was that: silence in any round is silence.</li>
 *   <li><b>History and trends.</b> Each picture holds the totals of the {@linkplain Builder#historyPeriods(int)
 *       previous periods} and of the same period last year, counted from the store; periods that begin before the
 *       store's earliest observation are left out, since no data is not zero. With a {@link TrendTest}, each
 *       picture gets a trend against the previous periods (when there are any) and against the same period last
 *       year, on totals and with exposures in days.</li>
 *   <li><b>Hotspots.</b> With {@link HotspotDetector}s, every area with observations in the period that has
 *       sub-areas, or whose observations name a place or carry a point, is examined by each detector in turn, with
 *       the period as the window.</li>
 *   <li><b>Pure and deterministic.</b> The same observations give equal picture sets in whatever order they were
 *       appended; ids are listed in order of occurrence, then id.</li>
 * </ul>
 *
 * <p>The default low-coverage threshold is {@value #DEFAULT_LOW_COVERAGE}: below it, more than two in five of an
 * area's reporters were silent, so that the picture may miss much of what happened, and the picture says so.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe, provided the configured trend test and
 * detectors are (as their contracts require).
 */
public final class PictureCompiler {
    /** The number of previous periods compared with, unless configured. */
    public static final int DEFAULT_HISTORY_PERIODS = 4;
    /** The response rate below which coverage is low, unless configured. */
    public static final double DEFAULT_LOW_COVERAGE = 0.6;
    /** The most previous periods that can be configured (ten years of weeks). */
    public static final int MAX_HISTORY_PERIODS = 530;

    private static final int OUTSIDE = Exclusions.Reason.OUTSIDE_PERIOD.ordinal();
    private static final int NO_AREA = Exclusions.Reason.AREA_NOT_IN_HIERARCHY.ordinal();
    private static final int NO_CATEGORY = Exclusions.Reason.CATEGORY_NOT_IN_TAXONOMY.ordinal();
    private static final int UNKNOWN_TIME = 4;
    private static final Severity[] SEVERITIES = Severity.values();
    private static final DayOfWeek[] WEEKDAYS = DayOfWeek.values();
    private static final TimeOfDay[] TIMES = TimeOfDay.values();
    private static final Light[] LIGHTS = Light.values();

    private final AreaHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final HarmWeights harmWeights;
    private final int historyPeriods;
    private final double lowCoverageThreshold;
    private final TrendTest trendTest;
    private final List<HotspotDetector> detectors;
    private final boolean keepObservationIds;

    /** The taxonomy's categories in display order; their positions are the category indices. */
    private final List<Category> categories;
    private final Map<CategoryId, Integer> categoryIndex = new HashMap<>();
    private final int[] topOf;
    private final boolean[] isContext;
    private final double[] weight;
    private final int[] parent;
    private final int[] end;
    private final double[] refLat;
    private final double[] refLon;

    private PictureCompiler(Builder b) {
        this.hierarchy = b.hierarchy;
        this.taxonomy = b.taxonomy;
        this.harmWeights = b.harmWeights;
        this.historyPeriods = b.historyPeriods;
        this.lowCoverageThreshold = b.lowCoverageThreshold;
        this.trendTest = b.trendTest;
        this.detectors = List.copyOf(b.detectors);
        this.keepObservationIds = b.keepObservationIds;
        this.categories = taxonomy.all();
        int c = categories.size();
        this.topOf = new int[c];
        this.isContext = new boolean[c];
        this.weight = new double[c];
        for (int i = 0; i < c; i++) {
            categoryIndex.put(categories.get(i).id(), i);
        }
        for (int i = 0; i < c; i++) {
            Category category = categories.get(i);
            topOf[i] = category.parent().map(categoryIndex::get).orElse(i);
            isContext[i] = category.context();
            weight[i] = isContext[i] ? 0.0 : harmWeights.weight(category);
        }
        int a = hierarchy.size();
        this.parent = hierarchy.parentIndices();
        this.end = new int[a];
        this.refLat = new double[a];
        this.refLon = new double[a];
        for (int i = 0; i < a; i++) {
            end[i] = hierarchy.subtreeEnd(i);
            Optional<org.est4j.core.area.GeoPoint> point = hierarchy.areaAt(i).point();
            if (point.isPresent()) {
                refLat[i] = point.get().latitude();
                refLon[i] = point.get().longitude();
            } else if (parent[i] >= 0) {
                refLat[i] = refLat[parent[i]];
                refLon[i] = refLon[parent[i]];
            } else {
                refLat[i] = Double.NaN;
                refLon[i] = Double.NaN;
            }
        }
    }

    // ---------------------------------------------------------------------------------------- creation

    /**
     * Returns a compiler with the defaults: {@link HarmWeights#standard()}, {@value #DEFAULT_HISTORY_PERIODS}
     * previous periods, low coverage below {@value #DEFAULT_LOW_COVERAGE}, ids kept, no trend test and no hotspot
     * detectors.
     *
     * @param hierarchy the areas
     * @param taxonomy the categories
     * @return the compiler
     */
    public static PictureCompiler of(AreaHierarchy hierarchy, Taxonomy taxonomy) {
        return builder(hierarchy, taxonomy).build();
    }

    /**
     * Starts configuring a compiler.
     *
     * @param hierarchy the areas to compile a picture for, each
     * @param taxonomy the categories observations are filed under
     * @return a builder with the defaults of {@link #of(AreaHierarchy, Taxonomy)}
     */
    public static Builder builder(AreaHierarchy hierarchy, Taxonomy taxonomy) {
        return new Builder(requireNonNull(hierarchy, "hierarchy"), requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * Configures a {@link PictureCompiler}; {@link #build()} validates the settings and reports all problems.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final AreaHierarchy hierarchy;
        private final Taxonomy taxonomy;
        private HarmWeights harmWeights = HarmWeights.standard();
        private int historyPeriods = DEFAULT_HISTORY_PERIODS;
        private double lowCoverageThreshold = DEFAULT_LOW_COVERAGE;
        private TrendTest trendTest;
        private final List<HotspotDetector> detectors = new ArrayList<>();
        private boolean keepObservationIds = true;

        private Builder(AreaHierarchy hierarchy, Taxonomy taxonomy) {
            this.hierarchy = hierarchy;
            this.taxonomy = taxonomy;
        }

        /**
         * Sets the harm weights of the harm-weighted score.
         *
         * @param weights the weights
         * @return this builder
         */
        public Builder harmWeights(HarmWeights weights) {
            this.harmWeights = requireNonNull(weights, "weights");
            return this;
        }

        /**
         * Sets how many previous periods the history holds and the trend compares with.
         *
         * @param periods 0 (no comparison with previous periods) to {@value #MAX_HISTORY_PERIODS}
         * @return this builder
         */
        public Builder historyPeriods(int periods) {
            this.historyPeriods = periods;
            return this;
        }

        /**
         * Sets the response rate below which an area's coverage is low and its picture says so.
         *
         * @param threshold 0 to 1
         * @return this builder
         */
        public Builder lowCoverageThreshold(double threshold) {
            this.lowCoverageThreshold = threshold;
            return this;
        }

        /**
         * Sets the test of trends; without one, pictures have no trends (but still their history).
         *
         * @param test the test, such as the {@code poisson-exact} provider's
         * @return this builder
         */
        public Builder trendTest(TrendTest test) {
            this.trendTest = requireNonNull(test, "test");
            return this;
        }

        /**
         * Adds a hotspot detector; detectors run in the order added.
         *
         * @param detector the detector
         * @return this builder
         */
        public Builder addHotspotDetector(HotspotDetector detector) {
            detectors.add(requireNonNull(detector, "detector"));
            return this;
        }

        /**
         * Sets whether pictures list the ids behind their figures. Without them compiling is faster and pictures
         * are smaller.
         *
         * @param keep true (the default) to keep them
         * @return this builder
         */
        public Builder keepObservationIds(boolean keep) {
            this.keepObservationIds = keep;
            return this;
        }

        /**
         * Builds the compiler.
         *
         * @return the compiler
         * @throws org.est4j.core.ValidationException when a setting is out of range
         */
        public PictureCompiler build() {
            Problems.of("PictureCompiler")
                    .require(historyPeriods >= 0 && historyPeriods <= MAX_HISTORY_PERIODS, "historyPeriods",
                            "must be from 0 to " + MAX_HISTORY_PERIODS, historyPeriods)
                    .require(lowCoverageThreshold >= 0 && lowCoverageThreshold <= 1, "lowCoverageThreshold",
                            "must be from 0 to 1", lowCoverageThreshold)
                    .throwIfAny();
            return new PictureCompiler(this);
        }
    }

    // ---------------------------------------------------------------------------------------- accessors

    /**
     * Returns the areas compiled.
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
     * Returns the harm weights.
     *
     * @return the weights
     */
    public HarmWeights harmWeights() {
        return harmWeights;
    }

    /**
     * Returns how many previous periods are compared with.
     *
     * @return 0 or more
     */
    public int historyPeriods() {
        return historyPeriods;
    }

    /**
     * Returns the low-coverage threshold.
     *
     * @return 0 to 1
     */
    public double lowCoverageThreshold() {
        return lowCoverageThreshold;
    }

    /**
     * Returns the trend test.
     *
     * @return the test, or empty
     */
    public Optional<TrendTest> trendTest() {
        return Optional.ofNullable(trendTest);
    }

    /**
     * Returns the hotspot detectors, in the order they run.
     *
     * @return an unmodifiable list
     */
    public List<HotspotDetector> hotspotDetectors() {
        return detectors;
    }

    /**
     * Tells whether pictures list the ids behind their figures.
     *
     * @return true by default
     */
    public boolean keepsObservationIds() {
        return keepObservationIds;
    }

    // ---------------------------------------------------------------------------------------- compiling

    /**
     * Compiles the observations stored now, without coverage.
     *
     * @param store the store; a snapshot is taken
     * @param period the period
     * @return a picture for every area
     */
    public PictureSet compile(ObservationStore store, Period period) {
        return compile(requireNonNull(store, "store").snapshot(), period, List.of(), List.of());
    }

    /**
     * Compiles the observations stored now, with the coverage of one round.
     *
     * @param store the store; a snapshot is taken
     * @param period the period
     * @param round the reporting round of the period
     * @param reporters the reporters, for the areas each covers
     * @return a picture for every area
     * @throws org.est4j.core.ValidationException when two reporters have the same id
     */
    public PictureSet compile(ObservationStore store, Period period, ReportingRound round,
            Collection<Reporter> reporters) {
        return compile(requireNonNull(store, "store").snapshot(), period, List.of(requireNonNull(round, "round")),
                reporters);
    }

    /**
     * Compiles the observations of a snapshot, without coverage.
     *
     * @param snapshot the observations
     * @param period the period
     * @return a picture for every area
     */
    public PictureSet compile(StoreSnapshot snapshot, Period period) {
        return compile(snapshot, period, List.of(), List.of());
    }

    /**
     * Compiles the observations of a snapshot, with the coverage of the rounds that overlap the period.
     *
     * @param snapshot the observations
     * @param period the period
     * @param rounds the reporting rounds; those not overlapping the period are ignored (and noted); none for no
     *     coverage
     * @param reporters the reporters, for the areas each covers
     * @return a picture for every area
     * @throws org.est4j.core.ValidationException when two reporters have the same id
     */
    public PictureSet compile(StoreSnapshot snapshot, Period period, Collection<ReportingRound> rounds,
            Collection<Reporter> reporters) {
        requireNonNull(snapshot, "snapshot");
        requireNonNull(period, "period");
        requireNonNull(rounds, "rounds");
        requireNonNull(reporters, "reporters");
        Plan plan = plan(snapshot, period);
        return finish(plan, aggregate(plan, snapshot, 0, snapshot.size()), snapshot, rounds, reporters);
    }

    /** Compiles a row range into an aggregate; package-private for the merge tests and later parallel work. */
    PictureAggregate aggregate(StoreSnapshot snapshot, Period period, int from, int to) {
        return aggregate(plan(snapshot, period), snapshot, from, to);
    }

    /** Finishes an aggregate of rows of a snapshot into a picture set. */
    PictureSet finish(StoreSnapshot snapshot, Period period, PictureAggregate aggregate) {
        return finish(plan(snapshot, period), aggregate, snapshot, List.of(), List.of());
    }

    // ---------------------------------------------------------------------------------------- plan

    /** What one compilation needs to know before reading rows: days, history periods, code mappings. */
    private static final class Plan {
        Period period;
        long start;
        long end;
        long[] dayStart;
        long[] bands;
        int[] weekday;
        int[] areaOf;
        int[] categoryOf;
        Period[] history;
        long[] historyStart;
        long[] historyEnd;
        int[] previousSlots;
        int lastYearSlot = -1;
        boolean wantRows;
        Optional<LocalDate> dataBegins;

        int day(long second) {
            int d = (int) Math.min(dayStart.length - 2, Math.max(0, (second - start) / 86_400));
            while (d > 0 && second < dayStart[d]) {
                d--;
            }
            while (second >= dayStart[d + 1]) {
                d++;
            }
            return d;
        }

        int historySlot(long second) {
            int lo = 0;
            int hi = history.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (second < historyStart[mid]) {
                    hi = mid - 1;
                } else if (second >= historyEnd[mid]) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
    }

    private Plan plan(StoreSnapshot snapshot, Period period) {
        Plan plan = new Plan();
        plan.period = period;
        int days = period.lengthInDays();
        plan.dayStart = new long[days + 1];
        plan.bands = new long[days * 5];
        plan.weekday = new int[days];
        LocalDate first = period.startDate();
        for (int d = 0; d <= days; d++) {
            LocalDate date = first.plusDays(d);
            plan.dayStart[d] = date.atStartOfDay(Period.ZONE).toEpochSecond();
            if (d < days) {
                plan.weekday[d] = date.getDayOfWeek().ordinal();
                for (int k = 0; k < 4; k++) {
                    plan.bands[d * 5 + k] = k == 0 ? plan.dayStart[d]
                            : date.atTime(LocalTime.of(6 * k, 0)).atZone(Period.ZONE).toEpochSecond();
                }
                plan.bands[d * 5 + 4] = date.plusDays(1).atStartOfDay(Period.ZONE).toEpochSecond();
            }
        }
        plan.start = plan.dayStart[0];
        plan.end = plan.dayStart[days];
        plan.areaOf = new int[snapshot.areaCodeCount()];
        for (int code = 0; code < plan.areaOf.length; code++) {
            plan.areaOf[code] = hierarchy.indexOf(snapshot.areaOfCode(code));
        }
        plan.categoryOf = new int[snapshot.categoryCodeCount()];
        for (int code = 0; code < plan.categoryOf.length; code++) {
            plan.categoryOf[code] = categoryIndex.getOrDefault(snapshot.categoryOfCode(code), -1);
        }
        plan.dataBegins = snapshot.earliestEpochSecond().isPresent()
                ? Optional.of(LocalDate.ofInstant(java.time.Instant.ofEpochSecond(
                        snapshot.earliestEpochSecond().getAsLong()), Period.ZONE))
                : Optional.empty();
        // History: the previous periods and the same period last year that the data covers, distinct and sorted.
        TreeMap<Period, Boolean> history = new TreeMap<>();
        List<Period> previous = new ArrayList<>();
        for (int k = historyPeriods; k >= 1; k--) {
            Period p = period.plus(-k);
            if (covered(plan, p)) {
                history.put(p, Boolean.TRUE);
                previous.add(p);
            }
        }
        Period lastYear = period.sameLastYear();
        boolean lastYearCovered = covered(plan, lastYear);
        if (lastYearCovered) {
            history.put(lastYear, Boolean.TRUE);
        }
        plan.history = history.keySet().toArray(new Period[0]);
        plan.historyStart = new long[plan.history.length];
        plan.historyEnd = new long[plan.history.length];
        for (int h = 0; h < plan.history.length; h++) {
            plan.historyStart[h] = plan.history[h].interval().getStart().getEpochSecond();
            plan.historyEnd[h] = plan.history[h].interval().getEnd().getEpochSecond();
        }
        List<Period> sorted = Arrays.asList(plan.history);
        plan.previousSlots = previous.stream().mapToInt(sorted::indexOf).toArray();
        plan.lastYearSlot = lastYearCovered ? sorted.indexOf(lastYear) : -1;
        plan.wantRows = keepObservationIds || !detectors.isEmpty();
        return plan;
    }

    /** A history period counts only when the data began on or before its first day: no data is not zero. */
    private static boolean covered(Plan plan, Period p) {
        return plan.dataBegins.isPresent() && !plan.dataBegins.get().isAfter(p.startDate());
    }

    // ---------------------------------------------------------------------------------------- the pass

    private PictureAggregate aggregate(Plan plan, StoreSnapshot s, int from, int to) {
        int categoryCount = categories.size();
        int histories = plan.history.length;
        PictureAggregate agg = new PictureAggregate(hierarchy.size(), categoryCount, histories);
        Daylight daylight = new Daylight(plan.dayStart, plan.bands);
        int[] areaOf = plan.areaOf;
        int[] categoryOf = plan.categoryOf;
        long start = plan.start;
        long end = plan.end;
        for (int row = from; row < to; row++) {
            long second = s.occurredEpochSecond(row);
            int a = areaOf[s.areaCode(row)];
            int c = categoryOf[s.categoryCode(row)];
            if (second < start || second >= end) {
                agg.exclude(OUTSIDE, s.idText(row));
                if (histories > 0 && a >= 0 && c >= 0) {
                    int h = plan.historySlot(second);
                    if (h >= 0) {
                        agg.history[a * histories + h]++;
                    }
                }
                continue;
            }
            if (a < 0) {
                agg.exclude(NO_AREA, s.idText(row));
                continue;
            }
            if (c < 0) {
                agg.exclude(NO_CATEGORY, s.idText(row));
                continue;
            }
            agg.category[a * categoryCount + c]++;
            int rank = s.severityRank(row);
            agg.severity[a * PictureAggregate.SEVERITIES + rank - 1]++;
            if (isContext[c]) {
                agg.context[a]++;
            } else {
                agg.severityScore[a] += rank;
            }
            int day = plan.day(second);
            agg.weekday[a * PictureAggregate.WEEKDAYS + plan.weekday[day]]++;
            TimePrecision precision = s.timePrecision(row);
            Light light;
            if (precision == TimePrecision.DATE) {
                agg.time[a * PictureAggregate.TIMES + UNKNOWN_TIME]++;
                light = Light.UNKNOWN;
            } else {
                int band = s.timeOfDay(row).ordinal();
                agg.time[a * PictureAggregate.TIMES + band]++;
                boolean own = s.hasPoint(row);
                double lat = own ? s.latitude(row) : refLat[a];
                double lon = own ? s.longitude(row) : refLon[a];
                light = precision == TimePrecision.EXACT ? daylight.at(day, second, lat, lon)
                        : daylight.during(day, band, lat, lon);
            }
            agg.light[a * PictureAggregate.LIGHTS + light.ordinal()]++;
            if (plan.wantRows) {
                agg.addRow(row);
            }
        }
        return agg;
    }

    // ---------------------------------------------------------------------------------------- finishing

    private PictureSet finish(Plan plan, PictureAggregate agg, StoreSnapshot s, Collection<ReportingRound> rounds,
            Collection<Reporter> reporters) {
        int areas = hierarchy.size();
        int cats = categories.size();
        int histories = plan.history.length;
        long[] own = new long[areas];
        for (int a = 0; a < areas; a++) {
            long sum = 0;
            for (int c = 0; c < cats; c++) {
                sum += agg.category[a * cats + c];
            }
            own[a] = sum;
        }
        long[] category = rollUp(agg.category, cats);
        long[] severity = rollUp(agg.severity, PictureAggregate.SEVERITIES);
        long[] weekday = rollUp(agg.weekday, PictureAggregate.WEEKDAYS);
        long[] time = rollUp(agg.time, PictureAggregate.TIMES);
        long[] light = rollUp(agg.light, PictureAggregate.LIGHTS);
        long[] severityScore = rollUp(agg.severityScore, 1);
        long[] context = rollUp(agg.context, 1);
        long[] history = rollUp(agg.history, histories);

        List<String> setNotes = new ArrayList<>();
        Coverages coverages = coverages(plan.period, rounds, reporters, setNotes);
        historyNotes(plan, setNotes);
        if (trendTest == null) {
            setNotes.add("No trend test configured: the pictures have no trends.");
        }
        if (detectors.isEmpty()) {
            setNotes.add("No hotspot detector configured: the pictures have no hotspots.");
        }

        Rows rows = plan.wantRows ? new Rows(agg, s, plan) : null;
        List<SituationPicture> pictures = new ArrayList<>(areas);
        long[] top = new long[cats];
        for (int a = 0; a < areas; a++) {
            AreaId id = hierarchy.idAt(a);
            SituationPicture.Builder b = SituationPicture.builder().area(id).period(plan.period).ownTotal(own[a]);
            Arrays.fill(top, 0);
            long total = 0;
            double harm = 0;
            for (int c = 0; c < cats; c++) {
                long n = category[a * cats + c];
                total += n;
                top[topOf[c]] += n;
                harm += n * weight[c];
            }
            b.total(total).contextTotal(context[a]).severityScore(severityScore[a]).harmScore(harm);
            for (int c = 0; c < cats; c++) {
                if (top[c] > 0 && topOf[c] == c) {
                    b.putCountsByTopLevel(categories.get(c).id(), top[c]);
                }
            }
            for (int c = 0; c < cats; c++) {
                long n = category[a * cats + c];
                if (n > 0) {
                    b.putCountsByCategory(categories.get(c).id(), n);
                }
            }
            for (int k = 0; k < PictureAggregate.SEVERITIES; k++) {
                long n = severity[a * PictureAggregate.SEVERITIES + k];
                if (n > 0) {
                    b.putCountsBySeverity(SEVERITIES[k], n);
                }
            }
            for (int k = 0; k < PictureAggregate.WEEKDAYS; k++) {
                long n = weekday[a * PictureAggregate.WEEKDAYS + k];
                if (n > 0) {
                    b.putCountsByWeekday(WEEKDAYS[k], n);
                }
            }
            for (int k = 0; k < TIMES.length; k++) {
                long n = time[a * PictureAggregate.TIMES + k];
                if (n > 0) {
                    b.putCountsByTimeOfDay(TIMES[k], n);
                }
            }
            b.timeOfDayUnknown(time[a * PictureAggregate.TIMES + UNKNOWN_TIME]);
            for (int k = 0; k < PictureAggregate.LIGHTS; k++) {
                long n = light[a * PictureAggregate.LIGHTS + k];
                if (n > 0) {
                    b.putCountsByLight(LIGHTS[k], n);
                }
            }
            for (int h = 0; h < histories; h++) {
                b.putHistory(plan.history[h], history[a * histories + h]);
            }
            if (trendTest != null) {
                trends(plan, total, history, a, b);
            }
            if (coverages != null) {
                Coverage coverage = coverages.of(a);
                b.coverage(coverage);
                if (coverage.expected() == 0) {
                    b.addNotes("No reporter in the round covers this area, so nothing is known from reporters here."
                            + " Silence is not calm.");
                } else if (coverage.isLow()) {
                    b.addNotes(String.format(Locale.ROOT, "Low coverage: %d of %d reporters answered (%.0f %%), "
                            + "below the %.0f %% threshold. Silence is not calm: few reports may mean few eyes, not"
                            + " a calm area.", coverage.answered(), coverage.expected(),
                            coverage.responseRate() * 100, lowCoverageThreshold * 100));
                }
            }
            if (keepObservationIds && total > 0) {
                rows.ids(a, category, top, b);
            }
            if (!detectors.isEmpty() && total > 0 && rows.examinable(a)) {
                b.addAllHotspots(rows.hotspots(a, category));
            }
            pictures.add(b.build());
        }
        return PictureSet.builder().period(plan.period).addAllPictures(pictures).exclusions(exclusions(agg))
                .addAllNotes(setNotes).build();
    }

    /** Adds every area's block of counts into each ancestor's: pre-order puts parents before children. */
    private long[] rollUp(long[] own, int width) {
        long[] total = own.clone();
        for (int i = parent.length - 1; i > 0; i--) {
            int p = parent[i];
            if (p >= 0) {
                for (int k = 0; k < width; k++) {
                    total[p * width + k] += total[i * width + k];
                }
            }
        }
        return total;
    }

    private void historyNotes(Plan plan, List<String> notes) {
        String begins = plan.dataBegins.map(d -> "the data begins " + d).orElse("there is no data");
        if (historyPeriods > 0 && plan.previousSlots.length < historyPeriods) {
            notes.add("History and trends compare with " + plan.previousSlots.length + " of " + historyPeriods
                    + " previous periods: " + begins + ".");
        }
        if (plan.lastYearSlot < 0) {
            notes.add("No comparison with the same period last year (" + plan.period.sameLastYear() + "): " + begins
                    + ".");
        }
    }

    private void trends(Plan plan, long total, long[] history, int a, SituationPicture.Builder b) {
        int histories = plan.history.length;
        double exposure = plan.period.lengthInDays();
        if (historyPeriods > 0) {
            long baseline = 0;
            double baselineDays = 0;
            for (int slot : plan.previousSlots) {
                baseline += history[a * histories + slot];
                baselineDays += plan.history[slot].lengthInDays();
            }
            b.addTrends(checked(trendTest.test(Trend.Comparison.PREVIOUS_PERIODS, total, exposure, baseline,
                    plan.previousSlots.length, baselineDays), Trend.Comparison.PREVIOUS_PERIODS, total));
        }
        int slot = plan.lastYearSlot;
        long lastYear = slot < 0 ? 0 : history[a * histories + slot];
        b.addTrends(checked(trendTest.test(Trend.Comparison.SAME_PERIOD_LAST_YEAR, total, exposure, lastYear,
                slot < 0 ? 0 : 1, slot < 0 ? 0 : plan.history[slot].lengthInDays()),
                Trend.Comparison.SAME_PERIOD_LAST_YEAR, total));
    }

    private static Trend checked(Trend trend, Trend.Comparison comparison, long current) {
        Problems.of("TrendTest result")
                .requirePresent(trend, "trend")
                .require(trend == null || trend.comparison() == comparison, "comparison",
                        "must be the comparison asked for (" + comparison + ")", trend == null ? null : trend.comparison())
                .require(trend == null || trend.current() == current, "current",
                        "must be the count passed to the test (" + current + ")", trend == null ? null : trend.current())
                .throwIfAny();
        return trend;
    }

    private static Exclusions exclusions(PictureAggregate agg) {
        Exclusions.Builder b = Exclusions.builder();
        for (Exclusions.Reason reason : Exclusions.Reason.values()) {
            int r = reason.ordinal();
            if (agg.excluded[r] > 0) {
                b.putCounts(reason, agg.excluded[r]);
                b.putExamples(reason, List.of(Arrays.copyOf(agg.examples[r], agg.exampleCount[r])));
            }
        }
        return b.build();
    }

    // ---------------------------------------------------------------------------------------- coverage

    /** Coverage per area, for the rounds of a period. */
    private final class Coverages {
        final int[] expected = new int[hierarchy.size()];
        final int[] answered = new int[hierarchy.size()];
        final int[] nothing = new int[hierarchy.size()];
        final List<SortedSet<ReporterId>> silent = new ArrayList<>(Collections.nCopies(hierarchy.size(), null));

        Coverage of(int a) {
            SortedSet<ReporterId> quiet = silent.get(a);
            return Coverage.builder().area(hierarchy.idAt(a)).expected(expected[a]).answered(answered[a])
                    .nothingToReport(nothing[a]).silentReporters(quiet == null ? Collections.emptySortedSet() : quiet)
                    .threshold(lowCoverageThreshold).build();
        }
    }

    private Coverages coverages(Period period, Collection<ReportingRound> rounds, Collection<Reporter> reporters,
            List<String> notes) {
        Map<ReporterId, Reporter> byId = new HashMap<>();
        Problems problems = Problems.of("PictureCompiler.compile");
        int i = 0;
        for (Reporter r : reporters) {
            requireNonNull(r, "reporters[" + i + "]");
            problems.require(byId.putIfAbsent(r.id(), r) == null, "reporters[" + i + "].id",
                    "must be unique among the reporters given", r.id());
            i++;
        }
        problems.throwIfAny();
        if (rounds.isEmpty()) {
            notes.add("No reporting round given: coverage is unknown, and a quiet area may only be an unwatched one.");
            return null;
        }
        // Per reporter: rounds expecting them, rounds they answered, rounds they had nothing to report.
        TreeMap<ReporterId, int[]> status = new TreeMap<>();
        SortedSet<Period> ignored = new TreeSet<>();
        for (ReportingRound round : rounds) {
            requireNonNull(round, "rounds[]");
            if (!round.period().dates().overlaps(period.dates())) {
                ignored.add(round.period());
                continue;
            }
            for (ReporterId r : round.expected()) {
                int[] st = status.computeIfAbsent(r, k -> new int[3]);
                st[0]++;
                if (round.answered().contains(r)) {
                    st[1]++;
                }
                if (round.nothingToReport().contains(r)) {
                    st[2]++;
                }
            }
        }
        if (!ignored.isEmpty()) {
            notes.add("Reporting rounds that do not overlap " + period + " were ignored: " + join(ignored) + ".");
        }
        Coverages cov = new Coverages();
        int[] stamp = new int[hierarchy.size()];
        Arrays.fill(stamp, -1);
        SortedSet<ReporterId> unknown = new TreeSet<>();
        SortedMap<AreaId, SortedSet<ReporterId>> unplaced = new TreeMap<>();
        int k = 0;
        for (Map.Entry<ReporterId, int[]> e : status.entrySet()) {
            ReporterId id = e.getKey();
            int[] st = e.getValue();
            boolean didAnswer = st[1] == st[0];
            boolean nothingOnly = didAnswer && st[2] == st[0];
            Reporter reporter = byId.get(id);
            if (reporter == null) {
                unknown.add(id);
                continue;
            }
            for (AreaId area : reporter.areas()) {
                int at = hierarchy.indexOf(area);
                if (at < 0) {
                    unplaced.computeIfAbsent(area, x -> new TreeSet<>()).add(id);
                    continue;
                }
                for (int a = at; a >= 0 && stamp[a] != k; a = parent[a]) {
                    stamp[a] = k;
                    cov.expected[a]++;
                    if (didAnswer) {
                        cov.answered[a]++;
                        if (nothingOnly) {
                            cov.nothing[a]++;
                        }
                    } else {
                        if (cov.silent.get(a) == null) {
                            cov.silent.set(a, new TreeSet<>());
                        }
                        cov.silent.get(a).add(id);
                    }
                }
            }
            k++;
        }
        if (!unknown.isEmpty()) {
            notes.add("Expected reporters who are not among the reporters given count in no area (their areas are "
                    + "unknown): " + join(unknown) + ".");
        }
        if (!unplaced.isEmpty()) {
            notes.add("Reporters cover areas that are not in the hierarchy, which count nowhere: "
                    + unplaced.entrySet().stream().map(e -> e.getKey() + " (" + join(e.getValue()) + ")")
                            .collect(Collectors.joining(", ")) + ".");
        }
        return cov;
    }

    private static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------- ids and hotspots

    /**
     * The rows counted in the period, bucketed by area and ranked in order of occurrence, then id, for the lists of
     * ids and for hotspots. Ranking by the time column first keeps the sort on primitive arrays; the id decides only
     * ties.
     */
    private final class Rows {
        final StoreSnapshot s;
        final Plan plan;
        /** Rows by area index (in pre-order), so a subtree's rows are one range. */
        final int[] byArea;
        /** The start of each area's rows in {@link #byArea}, and one past the end. */
        final int[] offset;
        /** The category index of each position. */
        final int[] categoryAt;
        /** The rank of each position in order of occurrence, then id; and the position of each rank. */
        final int[] rank;
        final int[] positionOfRank;
        /** The id and the category index of each rank. */
        final ObservationId[] idAtRank;
        final int[] categoryAtRank;
        /** Whether an area's own rows name a place or carry a point. */
        final boolean[] placed;
        Observation[] objects;

        Rows(PictureAggregate agg, StoreSnapshot s, Plan plan) {
            this.s = s;
            this.plan = plan;
            int m = agg.rowCount;
            int areas = hierarchy.size();
            offset = new int[areas + 1];
            int[] areaOfRow = new int[m];
            for (int i = 0; i < m; i++) {
                areaOfRow[i] = plan.areaOf[s.areaCode(agg.rows[i])];
                offset[areaOfRow[i] + 1]++;
            }
            for (int a = 0; a < areas; a++) {
                offset[a + 1] += offset[a];
            }
            int[] fill = Arrays.copyOf(offset, areas);
            byArea = new int[m];
            categoryAt = new int[m];
            placed = new boolean[areas];
            for (int i = 0; i < m; i++) {
                int row = agg.rows[i];
                int at = fill[areaOfRow[i]]++;
                byArea[at] = row;
                categoryAt[at] = plan.categoryOf[s.categoryCode(row)];
                if (s.placeCode(row) != StoreSnapshot.NO_CODE || s.hasPoint(row)) {
                    placed[areaOfRow[i]] = true;
                }
            }
            // Sort by (second, position) as packed longs, then put each run of one second in order of nano, id.
            long[] keys = new long[m];
            for (int i = 0; i < m; i++) {
                keys[i] = (s.occurredEpochSecond(byArea[i]) - plan.start) << 31 | i;
            }
            Arrays.sort(keys);
            positionOfRank = new int[m];
            for (int r = 0; r < m; r++) {
                positionOfRank[r] = (int) (keys[r] & Integer.MAX_VALUE);
            }
            for (int r = 0; r < m; ) {
                int run = r + 1;
                while (run < m && keys[run] >>> 31 == keys[r] >>> 31) {
                    run++;
                }
                if (run - r > 1) {
                    int[] tied = Arrays.copyOfRange(positionOfRank, r, run);
                    IntSort.sort(tied, (x, y) -> {
                        int c = Integer.compare(s.occurredAt(byArea[x]).getNano(), s.occurredAt(byArea[y]).getNano());
                        return c != 0 ? c : s.idText(byArea[x]).compareTo(s.idText(byArea[y]));
                    });
                    System.arraycopy(tied, 0, positionOfRank, r, tied.length);
                }
                r = run;
            }
            rank = new int[m];
            idAtRank = new ObservationId[m];
            categoryAtRank = new int[m];
            for (int r = 0; r < m; r++) {
                int position = positionOfRank[r];
                rank[position] = r;
                idAtRank[r] = s.id(byArea[position]);
                categoryAtRank[r] = categoryAt[position];
            }
        }

        /** The ranks of an area's subtree's rows, ascending: in order of occurrence, then id. */
        int[] subtreeRanks(int a) {
            int[] ranks = Arrays.copyOfRange(rank, offset[a], offset[end[a]]);
            Arrays.sort(ranks);
            return ranks;
        }

        void ids(int a, long[] counts, long[] top, SituationPicture.Builder b) {
            int cats = categories.size();
            List<List<ObservationId>> lists = new ArrayList<>(Collections.nCopies(cats, null));
            for (int c = 0; c < cats; c++) {
                long n = topOf[c] == c ? top[c] : counts[a * cats + c];
                if (n > 0) {
                    lists.set(c, new ArrayList<>((int) n));
                }
            }
            for (int r : subtreeRanks(a)) {
                int c = categoryAtRank[r];
                ObservationId id = idAtRank[r];
                lists.get(c).add(id);
                if (topOf[c] != c) {
                    lists.get(topOf[c]).add(id);
                }
            }
            Map<CategoryId, List<ObservationId>> ordered = new LinkedHashMap<>();
            for (int c = 0; c < cats; c++) {
                if (lists.get(c) != null) {
                    ordered.put(categories.get(c).id(), lists.get(c));
                }
            }
            b.putAllObservationIds(ordered);
        }

        boolean examinable(int a) {
            if (end[a] > a + 1) {
                return true;
            }
            return placed[a];
        }

        List<Hotspot> hotspots(int a, long[] counts) {
            if (objects == null) {
                objects = new Observation[byArea.length];
            }
            int[] ranks = subtreeRanks(a);
            List<Observation> observations = new ArrayList<>(ranks.length);
            for (int r : ranks) {
                int p = positionOfRank[r];
                if (objects[p] == null) {
                    objects[p] = s.get(byArea[p]);
                }
                observations.add(objects[p]);
            }
            int cats = categories.size();
            Map<AreaId, Long> children = new LinkedHashMap<>();
            for (int c = a + 1; c < end[a]; c = end[c]) {
                long total = 0;
                for (int k = 0; k < cats; k++) {
                    total += counts[c * cats + k];
                }
                children.put(hierarchy.idAt(c), total);
            }
            HotspotQuery query = HotspotQuery.builder().hierarchy(hierarchy).area(hierarchy.idAt(a))
                    .window(plan.period.dates()).addAllObservations(observations).putAllChildTotals(children).build();
            List<Hotspot> found = new ArrayList<>();
            for (HotspotDetector detector : detectors) {
                found.addAll(requireNonNull(detector.detect(query), "a hotspot detector returned null"));
            }
            return found;
        }
    }

    /** Returns the settings, such as {@code PictureCompiler[52 areas, 38 categories, history 4, …]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PictureCompiler[%d areas, %d categories, history %d, low coverage below "
                        + "%.0f %%, %s, %d hotspot detectors, ids %s]", hierarchy.size(), categories.size(),
                historyPeriods, lowCoverageThreshold * 100, trendTest == null ? "no trend test" : "trend test",
                detectors.size(), keepObservationIds ? "kept" : "not kept");
    }
}
