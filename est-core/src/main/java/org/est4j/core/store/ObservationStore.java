package org.est4j.core.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;

/**
 * An append-only store of observations, laid out by column so that engines such as the picture compiler can
 * aggregate millions of observations without creating an object per observation.
 *
 * <h2>Layout</h2>
 * Areas, categories, reporters and place names are dictionary-encoded (an {@code int} code per row); source,
 * visibility, time precision, severity and time of day are packed into two bytes; the time is an epoch second
 * ({@code long}) and the report time seconds after it ({@code int}); a point is two {@code int}s of degrees × 10<sup>7</sup>
 * (about a centimetre) and a byte that corrects the last binary digits of computed coordinates. That is 39 bytes an
 * observation in the fixed-width columns ({@link #bytesPerObservation()}
 * adds the dictionaries). Ids, descriptions and channels are kept apart, as is anything that does not fit the
 * compact form exactly (a nano part of a second, a point with more than seven decimals), so that
 * {@link #get(int)} gives back an observation {@code equal} to the one appended.
 *
 * <h2>Concurrency</h2>
 * One writer at a time appends (the append methods are {@code synchronized}); any number of readers take
 * {@link #snapshot() snapshots} without locking. A snapshot is an immutable view of the rows appended before it
 * was taken: the store never changes a row once written, and publishes each append with a single volatile write.
 *
 * <h2>Rules</h2>
 * Ids are unique in a store: an append with an id already stored, or twice in one batch, is rejected as a whole
 * with a {@link org.est4j.core.ValidationException} that lists every duplicate, and nothing of it is stored. The
 * store does not check areas and categories against a hierarchy or a taxonomy: the picture compiler counts those
 * it cannot place as excluded, with the reason.
 *
 * <pre>{@code
 * ObservationStore store = ObservationStore.create();
 * store.append(importResult);              // the accepted observations
 * store.append(observation);
 * StoreSnapshot now = store.snapshot();     // a consistent view, while appends go on
 * now.get(0);                               // an Observation again
 * }</pre>
 *
 * <p>Implementation requirements: this class is thread-safe.
 */
public final class ObservationStore {
    private static final int INITIAL_CAPACITY = 1024;
    /** Estimated bytes of a side-map entry (node, boxed key, value object). */
    private static final long SIDE_ENTRY_BYTES = 96;

    private final Dictionary<AreaId> areas = new Dictionary<>();
    private final Dictionary<CategoryId> categories = new Dictionary<>();
    private final Dictionary<ReporterId> reporters = new Dictionary<>();
    private final Dictionary<String> places = new Dictionary<>();
    private final Dictionary<String> channels = new Dictionary<>();
    private final Map<ObservationId, Integer> rowById = new HashMap<>();
    private final Map<Integer, Integer> nanos = new ConcurrentHashMap<>();
    private final Map<Integer, Instant> reportedApart = new ConcurrentHashMap<>();
    private final Map<Integer, GeoPoint> pointsApart = new ConcurrentHashMap<>();

    private int size;
    private int capacity;
    private ObservationId[] ids;
    private String[] descriptions;
    private int[] channel;
    private int[] area;
    private int[] category;
    private int[] reporter;
    private int[] place;
    private byte[] kind;
    private byte[] judgement;
    private long[] occurred;
    private int[] reported;
    private int[] latitude;
    private int[] longitude;
    private byte[] fix;
    private long earliest = Long.MAX_VALUE;
    private long latest = Long.MIN_VALUE;
    private long textCharacters;

    private volatile State state = State.EMPTY;

    private ObservationStore() {
        allocate(INITIAL_CAPACITY);
    }

    /**
     * Returns a new, empty store.
     *
     * @return the store
     */
    public static ObservationStore create() {
        return new ObservationStore();
    }

    /**
     * Returns a new store holding some observations, in the order given.
     *
     * @param observations the observations, with unique ids
     * @return the store
     * @throws org.est4j.core.ValidationException when an id occurs twice
     */
    public static ObservationStore of(Collection<? extends Observation> observations) {
        ObservationStore store = create();
        store.appendAll(observations);
        return store;
    }

    // ---------------------------------------------------------------------------------------- appending

    /**
     * Appends one observation.
     *
     * @param observation the observation
     * @return its row number
     * @throws org.est4j.core.ValidationException when the store already holds an observation with the same id
     */
    public synchronized int append(Observation observation) {
        requireNonNull(observation, "observation");
        if (rowById.containsKey(observation.id())) {
            Problems.of("ObservationStore").add("observation.id", "is already in the store (row "
                    + rowById.get(observation.id()) + "); ids are unique", observation.id()).throwIfAny();
        }
        int row = write(observation);
        publish();
        return row;
    }

    /**
     * Appends observations, in the order given, all or none.
     *
     * @param observations the observations
     * @return the number appended
     * @throws org.est4j.core.ValidationException listing every id that is already stored or occurs twice in the
     *     batch; nothing is appended then
     */
    public synchronized int appendAll(Collection<? extends Observation> observations) {
        requireNonNull(observations, "observations");
        List<Observation> batch = new ArrayList<>(observations);
        Problems problems = Problems.of("ObservationStore");
        Set<ObservationId> inBatch = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Observation o = batch.get(i);
            if (o == null) {
                problems.add("observations[" + i + "]", "must not be null", null);
                continue;
            }
            Integer stored = rowById.get(o.id());
            problems.require(stored == null, "observations[" + i + "].id",
                    "is already in the store (row " + stored + "); ids are unique", o.id());
            problems.require(stored != null || inBatch.add(o.id()), "observations[" + i + "].id",
                    "occurs earlier in the same batch; ids are unique", o.id());
        }
        problems.throwIfAny();
        ensureCapacity(size + batch.size());
        for (Observation o : batch) {
            write(o);
        }
        publish();
        return batch.size();
    }

    /**
     * Appends the observations an importer accepted, in input order, all or none. Rejected rows stay in the import
     * result; they are not the store's business.
     *
     * @param result what an importer made of an input
     * @return the number appended
     * @throws org.est4j.core.ValidationException listing every duplicate id, as {@link #appendAll(Collection)}
     */
    public int append(ImportResult result) {
        return appendAll(requireNonNull(result, "result").accepted());
    }

    private int write(Observation o) {
        if (size == capacity) {
            ensureCapacity(size + 1);
        }
        int row = size;
        ids[row] = o.id();
        String description = o.description();
        descriptions[row] = description.isEmpty() ? "" : description;
        textCharacters += o.id().value().length() + description.length();
        channel[row] = o.channel().map(channels::code).orElse(Layout.NONE);
        area[row] = areas.code(o.area());
        category[row] = categories.code(o.category());
        reporter[row] = o.reporter().map(reporters::code).orElse(Layout.NONE);
        place[row] = o.placeName().map(places::code).orElse(Layout.NONE);
        kind[row] = Layout.kind(o.source(), o.visibility(), o.timePrecision());
        judgement[row] = Layout.judgement(o.severity(), o.timeOfDay());
        Instant at = o.occurredAt();
        occurred[row] = at.getEpochSecond();
        if (at.getNano() != 0) {
            nanos.put(row, at.getNano());
        }
        earliest = Math.min(earliest, at.getEpochSecond());
        latest = Math.max(latest, at.getEpochSecond());
        reported[row] = o.reportedAt().map(r -> reportedDelta(row, at, r)).orElse(Layout.NONE);
        fix[row] = Layout.EXACT_FIX;
        if (o.point().isPresent()) {
            GeoPoint p = o.point().get();
            int lat = Layout.scaled(p.latitude());
            int lon = Layout.scaled(p.longitude());
            int latSteps = Layout.steps(p.latitude(), lat);
            int lonSteps = Layout.steps(p.longitude(), lon);
            if (latSteps == Layout.APART || lonSteps == Layout.APART) {
                pointsApart.put(row, p);
                latitude[row] = Layout.APART;
                longitude[row] = Layout.APART;
            } else {
                latitude[row] = lat;
                longitude[row] = lon;
                fix[row] = Layout.fix(latSteps, lonSteps);
            }
        } else {
            latitude[row] = Layout.NONE;
            longitude[row] = Layout.NONE;
        }
        rowById.put(o.id(), row);
        size++;
        return row;
    }

    private int reportedDelta(int row, Instant occurredAt, Instant reportedAt) {
        long delta = reportedAt.getEpochSecond() - occurredAt.getEpochSecond();
        if (reportedAt.getNano() == 0 && delta > Layout.APART && delta <= Integer.MAX_VALUE) {
            return (int) delta;
        }
        reportedApart.put(row, reportedAt);
        return Layout.APART;
    }

    private void publish() {
        state = new State(size, ids, descriptions, channel, area, category, reporter, place, kind, judgement, occurred,
                reported, latitude, longitude, fix, areas.values(), areas.size(), categories.values(), categories.size(),
                reporters.values(), reporters.size(), places.values(), places.size(), channels.values(),
                channels.size(), nanos, reportedApart, pointsApart, earliest, latest);
    }

    private void allocate(int n) {
        capacity = n;
        ids = new ObservationId[n];
        descriptions = new String[n];
        channel = new int[n];
        area = new int[n];
        category = new int[n];
        reporter = new int[n];
        place = new int[n];
        kind = new byte[n];
        judgement = new byte[n];
        occurred = new long[n];
        reported = new int[n];
        latitude = new int[n];
        longitude = new int[n];
        fix = new byte[n];
    }

    /** Grows every column to a new, larger array; published snapshots keep the old ones, which are never written. */
    private void ensureCapacity(int needed) {
        if (needed <= capacity) {
            return;
        }
        int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, capacity + (long) (capacity >> 1)));
        capacity = n;
        ids = Arrays.copyOf(ids, n);
        descriptions = Arrays.copyOf(descriptions, n);
        channel = Arrays.copyOf(channel, n);
        area = Arrays.copyOf(area, n);
        category = Arrays.copyOf(category, n);
        reporter = Arrays.copyOf(reporter, n);
        place = Arrays.copyOf(place, n);
        kind = Arrays.copyOf(kind, n);
        judgement = Arrays.copyOf(judgement, n);
        occurred = Arrays.copyOf(occurred, n);
        reported = Arrays.copyOf(reported, n);
        latitude = Arrays.copyOf(latitude, n);
        longitude = Arrays.copyOf(longitude, n);
        fix = Arrays.copyOf(fix, n);
    }

    // ---------------------------------------------------------------------------------------- reading

    /**
     * Returns a consistent, immutable view of every observation appended so far. Taking one costs a volatile read.
     *
     * @return the snapshot
     */
    public StoreSnapshot snapshot() {
        return new StoreSnapshot(state);
    }

    /**
     * Returns the number of observations stored.
     *
     * @return 0 or more
     */
    public int size() {
        return state.size;
    }

    /**
     * Tells whether the store is empty.
     *
     * @return true when nothing has been appended
     */
    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Returns the observation of a row, as appended.
     *
     * @param row 0 to {@code size()-1}
     * @return an observation equal to the one appended
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public Observation get(int row) {
        return snapshot().get(row);
    }

    /**
     * Returns every observation stored now, in append order, as objects. Convenient, but creates an object per
     * observation; engines read the columns of a {@link #snapshot()} instead.
     *
     * @return a stream over a snapshot
     */
    public Stream<Observation> stream() {
        return snapshot().stream();
    }

    /**
     * Returns the row of an observation.
     *
     * @param id the observation's id
     * @return its row, or empty when the store has no such observation
     */
    public synchronized OptionalInt rowOf(ObservationId id) {
        Integer row = rowById.get(requireNonNull(id, "id"));
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /**
     * Returns an observation by id.
     *
     * @param id the observation's id
     * @return the observation, or empty
     */
    public Optional<Observation> find(ObservationId id) {
        OptionalInt row = rowOf(id);
        return row.isPresent() ? Optional.of(get(row.getAsInt())) : Optional.empty();
    }

    /**
     * Tells whether the store holds an observation.
     *
     * @param id the observation's id
     * @return true when an observation with that id has been appended
     */
    public boolean contains(ObservationId id) {
        return rowOf(id).isPresent();
    }

    // ---------------------------------------------------------------------------------------- memory

    /**
     * Estimates the bytes an observation takes in the columns, free text and ids excluded: the fixed-width
     * columns (39 bytes), plus the dictionaries and the values kept apart shared out over the observations. Spare
     * capacity of the arrays is not counted (see {@link #memoryFootprint()}).
     *
     * @return bytes per observation, 0 for an empty store
     */
    public synchronized double bytesPerObservation() {
        if (size == 0) {
            return 0.0;
        }
        long dictionaries = areas.estimatedBytes() + categories.estimatedBytes() + reporters.estimatedBytes()
                + places.estimatedBytes();
        long apart = SIDE_ENTRY_BYTES * (nanos.size() + reportedApart.size()) + (SIDE_ENTRY_BYTES + 32) * pointsApart.size();
        return Layout.FIXED_BYTES + (double) (dictionaries + apart) / size;
    }

    /**
     * Estimates every byte the store holds: the columns at their allocated capacity, the dictionaries, the values
     * kept apart, the ids, descriptions and channels and the index of ids. It is an estimate for a 64-bit JVM with
     * compressed references; the real figure depends on the JVM.
     *
     * @return bytes
     */
    public synchronized long memoryFootprint() {
        long columns = (long) capacity * (Layout.FIXED_BYTES + 4 /* channel */ + 4 + 4 /* id and description refs */);
        long dictionaries = areas.estimatedBytes() + categories.estimatedBytes() + reporters.estimatedBytes()
                + places.estimatedBytes() + channels.estimatedBytes();
        long apart = SIDE_ENTRY_BYTES * (nanos.size() + reportedApart.size()) + (SIDE_ENTRY_BYTES + 32) * pointsApart.size();
        // Per row: an ObservationId with its string (about 56 bytes + characters), a description string when not
        // empty, and an entry of the id index (about 64 bytes).
        long text = size * (56L + 64L) + textCharacters + 40L * nonEmptyDescriptions();
        return columns + dictionaries + apart + text;
    }

    private long nonEmptyDescriptions() {
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (!descriptions[i].isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** Returns a summary such as {@code ObservationStore[1000 observations, 12 areas, 39.4 bytes per observation]}. */
    @Override
    public String toString() {
        State s = state;
        return String.format(Locale.ROOT, "ObservationStore[%d observations, %d areas, %d categories, %.1f bytes per "
                + "observation]", s.size, s.areaCount, s.categoryCount, bytesPerObservation());
    }
}
