package org.est4j.core.store;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
 * adds the dictionaries). Ids and descriptions are kept as UTF-8 bytes, one after another in pages, with a position
 * per row: no object per text. Channels are a dictionary of their own. Anything that does not fit the compact form
 * exactly (a nano part of a second, a point with more than seven decimals) is kept apart, so that {@link #get(int)}
 * gives back an observation {@code equal} to the one appended.
 *
 * <h2>Concurrency</h2>
 * One writer at a time appends (appends are serialised on the store); any number of readers take
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
public final class ObservationStore extends Columns {
    private static final int INITIAL_CAPACITY = 1024;
    private static final int[] NO_CODES = new int[0];
    /** Estimated bytes of a side-map entry (node, boxed key, value object). */
    private static final long SIDE_ENTRY_BYTES = 96;

    private final Dictionary<AreaId> areas = new Dictionary<>();
    private final Dictionary<CategoryId> categories = new Dictionary<>();
    private final Dictionary<ReporterId> reporters = new Dictionary<>();
    private final Dictionary<String> places = new Dictionary<>();
    private final Dictionary<String> channels = new Dictionary<>();
    private final IdIndex index = new IdIndex();
    /** The batch of one that {@link #append(Observation)} encodes into; only touched under the lock. */
    private final ObservationBatch one = ObservationBatch.withCapacity(1);
    /** Where {@link #append(Observation)} learns the row of its batch of one; only touched under the lock. */
    private final int[] rowOfOne = new int[1];
    private final Map<Integer, Integer> nanos = new ConcurrentHashMap<>();
    private final Map<Integer, Instant> reportedApart = new ConcurrentHashMap<>();
    private final Map<Integer, GeoPoint> pointsApart = new ConcurrentHashMap<>();

    private int size;
    private long earliest = Long.MAX_VALUE;
    private long latest = Long.MIN_VALUE;

    private volatile State state = State.EMPTY;

    private ObservationStore() {
        super(INITIAL_CAPACITY);
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
     * Makes room for some more rows, so that appending them grows no column: an importer that knows roughly how many
     * rows are coming saves the copying. A hint only; appends beyond it still grow the store.
     *
     * @param rows the number of rows expected beyond those stored, 0 or more
     * @throws IllegalArgumentException when {@code rows} is negative
     */
    public synchronized void reserve(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, was " + rows);
        }
        ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, (long) size + rows));
        index.reserve(rows);
    }

    /**
     * Appends one observation.
     *
     * @param observation the observation
     * @return its row number
     * @throws org.est4j.core.ValidationException when the store already holds an observation with the same id
     */
    public synchronized int append(Observation observation) {
        requireNonNull(observation, "observation");
        ObservationBatch batch = one; // reused under the lock: an append makes no batch of its own
        batch.clear();
        batch.add(observation);
        write(batch, 0, 1, rowOfOne);
        int row = rowOfOne[0];
        if (row < 0) {
            Problems.of("ObservationStore").add("observation.id", "is already in the store (row " + -(row + 1)
                    + "); ids are unique", observation.id()).throwIfAny();
        }
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
    public int appendAll(Collection<? extends Observation> observations) {
        requireNonNull(observations, "observations");
        List<Observation> list = new ArrayList<>(observations);
        Problems nulls = Problems.of("ObservationStore");
        for (int i = 0; i < list.size(); i++) {
            nulls.require(list.get(i) != null, "observations[" + i + "]", "must not be null", null);
        }
        nulls.throwIfAny();
        ObservationBatch batch = ObservationBatch.withCapacity(list.size());
        for (Observation o : list) {
            batch.add(o);
        }
        return append(batch, "observations");
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

    /**
     * Appends the rows of a batch, in order, all or none. This is the fast way in: no object per row.
     *
     * @param batch the rows; not changed
     * @return the number appended
     * @throws org.est4j.core.ValidationException listing every id that is already stored or occurs twice in the
     *     batch; nothing is appended then
     */
    public int append(ObservationBatch batch) {
        return append(requireNonNull(batch, "batch"), "rows");
    }

    private synchronized int append(ObservationBatch batch, String path) {
        Problems problems = Problems.of("ObservationStore");
        IdIndex inBatch = new IdIndex();
        for (int i = 0; i < batch.size; i++) {
            int stored = index.find(batch.idTexts, batch.ids[i], ids, idTexts);
            if (stored >= 0) {
                problems.add(path + "[" + i + "].id", "is already in the store (row " + stored + "); ids are unique",
                        batch.idText(i));
            } else if (inBatch.addIfAbsent(i, batch.idTexts, batch.ids[i], batch.ids, batch.idTexts) >= 0) {
                problems.add(path + "[" + i + "].id", "occurs earlier in the same batch; ids are unique",
                        batch.idText(i));
            }
        }
        problems.throwIfAny();
        write(batch, 0, batch.size, null);
        return batch.size;
    }

    /**
     * Appends the rows {@code from} to {@code to - 1} of a batch, in order, except those whose id the store already
     * holds (from before, or from an earlier row of the same call), which are skipped and reported. Importers use it
     * to turn a duplicate into a rejected row instead of failing the whole input.
     *
     * @param batch the rows; not changed
     * @param from the first row, 0 or more
     * @param to one past the last row, at most {@code batch.size()}
     * @return per row of the range, the store row it was appended at (0 or more), or {@code -(r + 1)} when it was
     *     skipped because store row {@code r} already holds its id
     */
    public synchronized int[] appendNew(ObservationBatch batch, int from, int to) {
        requireNonNull(batch, "batch");
        Objects.checkFromToIndex(from, to, batch.size);
        int[] duplicates = new int[to - from];
        write(batch, from, to, duplicates);
        return duplicates;
    }

    /**
     * Copies rows of a batch into the columns, mapping its dictionary codes to the store's, and publishes them. With
     * {@code duplicates} null every id is known to be new; otherwise a row whose id is stored is skipped and its
     * stored row noted.
     */
    private void write(ObservationBatch b, int from, int to, int[] duplicates) {
        ensureCapacity(size + (to - from));
        index.reserve(to - from);
        int[] areaMap = codes(b.areas, areas);
        int[] categoryMap = codes(b.categories, categories);
        int[] reporterMap = codes(b.reporters, reporters);
        int[] placeMap = codes(b.places, places);
        int[] channelMap = codes(b.channels, channels);
        boolean sideValues = !b.nanos.isEmpty() || !b.reportedApart.isEmpty() || !b.pointsApart.isEmpty();
        for (int i = from; i < to; i++) {
            int row = size;
            int stored = index.addIfAbsent(row, b.idTexts, b.ids[i], ids, idTexts);
            if (duplicates != null) {
                duplicates[i - from] = stored >= 0 ? -(stored + 1) : row;
                if (stored >= 0) {
                    continue;
                }
            }
            ids[row] = idTexts.copy(b.idTexts, b.ids[i]);
            descriptions[row] = descriptionTexts.copy(b.descriptionTexts, b.descriptions[i]);
            channel[row] = b.channel[i] == Layout.NONE ? Layout.NONE : channelMap[b.channel[i]];
            area[row] = areaMap[b.area[i]];
            category[row] = categoryMap[b.category[i]];
            reporter[row] = b.reporter[i] == Layout.NONE ? Layout.NONE : reporterMap[b.reporter[i]];
            place[row] = b.place[i] == Layout.NONE ? Layout.NONE : placeMap[b.place[i]];
            kind[row] = b.kind[i];
            judgement[row] = b.judgement[i];
            long second = b.occurred[i];
            occurred[row] = second;
            if (second < earliest) {
                earliest = second;
            }
            if (second > latest) {
                latest = second;
            }
            reported[row] = b.reported[i];
            latitude[row] = b.latitude[i];
            longitude[row] = b.longitude[i];
            fix[row] = b.fix[i];
            if (sideValues) {
                Integer nano = b.nanos.get(i);
                if (nano != null) {
                    nanos.put(row, nano);
                }
                Instant r = b.reportedApart.get(i);
                if (r != null) {
                    reportedApart.put(row, r);
                }
                GeoPoint p = b.pointsApart.get(i);
                if (p != null) {
                    pointsApart.put(row, p);
                }
            }
            size++;
        }
        publish();
    }

    /** Maps a batch dictionary's codes to this store's, adding the values it does not have yet. */
    @SuppressWarnings("unchecked")
    private static <T> int[] codes(Dictionary<T> from, Dictionary<T> to) {
        if (from.size() == 0) {
            return NO_CODES;
        }
        int[] map = new int[from.size()];
        Object[] values = from.values();
        for (int i = 0; i < map.length; i++) {
            map[i] = to.code((T) values[i]);
        }
        return map;
    }

    private void publish() {
        state = new State(size, ids, idTexts.pages(), descriptions, descriptionTexts.pages(), channel, area, category, reporter, place, kind, judgement, occurred,
                reported, latitude, longitude, fix, areas.values(), areas.size(), categories.values(), categories.size(),
                reporters.values(), reporters.size(), places.values(), places.size(), channels.values(),
                channels.size(), nanos, reportedApart, pointsApart, earliest, latest);
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
        byte[] text = requireNonNull(id, "id").value().getBytes(StandardCharsets.UTF_8);
        int row = index.find(text, 0, text.length, ids, idTexts);
        return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
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
        long columns = (long) capacity() * (Layout.FIXED_BYTES + 4 /* channel */ + 8 + 8 /* id and description */);
        long dictionaries = areas.estimatedBytes() + categories.estimatedBytes() + reporters.estimatedBytes()
                + places.estimatedBytes() + channels.estimatedBytes();
        long apart = SIDE_ENTRY_BYTES * (nanos.size() + reportedApart.size()) + (SIDE_ENTRY_BYTES + 32) * pointsApart.size();
        long text = idTexts.capacityBytes() + descriptionTexts.capacityBytes() + index.bytes();
        return columns + dictionaries + apart + text;
    }

    /** Returns a summary such as {@code ObservationStore[1000 observations, 12 areas, 39.4 bytes per observation]}. */
    @Override
    public String toString() {
        State s = state;
        return String.format(Locale.ROOT, "ObservationStore[%d observations, %d areas, %d categories, %.1f bytes per "
                + "observation]", s.size, s.areaCount, s.categoryCount, bytesPerObservation());
    }
}
