package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.core.time.Period;

/**
 * Counts the observations of a store for a whole range of periods of one kind in one pass: per area, period and
 * category, rolled up the area hierarchy. It is the engine behind a picture series (every week of three years at
 * once, say) and behind {@link LiveCounts live} pictures that follow appends.
 *
 * <pre>{@code
 * PeriodCounter counter = PeriodCounter.of(hierarchy, Taxonomy.standard(), Period.parse("2024-W01"),
 *         Period.parse("2026-W52"));
 * PeriodCounts counts = counter.count(store.snapshot());          // one pass, no object per observation
 * PeriodCounts faster = counter.countParallel(store.snapshot(), 2);  // row ranges on two threads, merged
 * counts.count(areaId, Period.parse("2026-W47"), categoryId);     // that area and all within it
 * }</pre>
 *
 * <h2>What it counts</h2>
 * Every row of the snapshot (or of a row range) counts once: in its area, period and category when the area is in
 * the hierarchy, the category in the taxonomy and the time within the range; otherwise under the reason it is left
 * out ({@link Exclusions.Reason}). An observation counts in its own area ({@link PeriodCounts#ownCount}) and in the
 * area and every ancestor ({@link PeriodCounts#count}). Periods are Stockholm's ({@link Period#ZONE}).
 *
 * <h2>Splitting the work</h2>
 * Counts of disjoint row ranges {@linkplain PeriodCounts#merge(PeriodCounts) merge} into the counts of their union,
 * so the rows can be split over threads ({@link #countParallel}) or machines and the parts added up.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PeriodCounter {
    /** The most periods one counter covers (ten years of weeks is 522). */
    public static final int MAX_PERIODS = 4_000;

    static final int OUTSIDE = Exclusions.Reason.OUTSIDE_PERIOD.ordinal();
    static final int NO_AREA = Exclusions.Reason.AREA_NOT_IN_HIERARCHY.ordinal();
    static final int NO_CATEGORY = Exclusions.Reason.CATEGORY_NOT_IN_TAXONOMY.ordinal();
    static final int REASONS = 3;

    private final AreaHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final Period first;
    private final Period last;
    private final List<Period> periods;
    private final List<Category> categories;
    private final Map<CategoryId, Integer> categoryIndex = new HashMap<>();
    final int areaCount;
    final int categoryCount;
    final int[] parent;
    /** The start of every day of the range, and the end of the last: epoch seconds. */
    private final long[] dayStart;
    private final int[] periodOfDay;

    private PeriodCounter(AreaHierarchy hierarchy, Taxonomy taxonomy, Period first, Period last) {
        this.hierarchy = hierarchy;
        this.taxonomy = taxonomy;
        this.first = first;
        this.last = last;
        List<Period> list = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            list.add(p);
        }
        this.periods = Collections.unmodifiableList(list);
        this.categories = taxonomy.all();
        for (int i = 0; i < categories.size(); i++) {
            categoryIndex.put(categories.get(i).id(), i);
        }
        this.areaCount = hierarchy.size();
        this.categoryCount = categories.size();
        this.parent = hierarchy.parentIndices();
        LocalDate start = first.startDate();
        int days = (int) (last.next().startDate().toEpochDay() - start.toEpochDay());
        this.dayStart = new long[days + 1];
        this.periodOfDay = new int[days];
        int p = 0;
        for (int d = 0; d <= days; d++) {
            LocalDate date = start.plusDays(d);
            dayStart[d] = date.atStartOfDay(Period.ZONE).toEpochSecond();
            if (d < days) {
                while (p + 1 < list.size() && !date.isBefore(list.get(p + 1).startDate())) {
                    p++;
                }
                periodOfDay[d] = p;
            }
        }
    }

    /**
     * Returns a counter for the periods from {@code first} to {@code last}, both included.
     *
     * @param hierarchy the areas
     * @param taxonomy the categories
     * @param first the first period
     * @param last the last period, of the same kind, not before {@code first}
     * @return the counter
     * @throws org.est4j.core.ValidationException when the periods are of different kinds, in the wrong order, or more
     *     than {@value #MAX_PERIODS}
     */
    public static PeriodCounter of(AreaHierarchy hierarchy, Taxonomy taxonomy, Period first, Period last) {
        requireNonNull(hierarchy, "hierarchy");
        requireNonNull(taxonomy, "taxonomy");
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        boolean sameKind = first.kind() == last.kind();
        Problems.of("PeriodCounter")
                .require(sameKind, "last", "must be of the same kind as first (" + first.kind() + ")", last)
                .require(!sameKind || first.compareTo(last) <= 0, "last", "must not be before first (" + first + ")",
                        last)
                .require(!sameKind || first.compareTo(last) > 0 || first.plus(MAX_PERIODS).compareTo(last) > 0,
                        "last", "must be at most " + MAX_PERIODS + " periods after first; split the range", last)
                .throwIfAny();
        return new PeriodCounter(hierarchy, taxonomy, first, last);
    }

    /**
     * Returns the areas counted.
     *
     * @return the hierarchy
     */
    public AreaHierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * Returns the categories counted.
     *
     * @return the taxonomy
     */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Returns the periods counted, in order.
     *
     * @return the first to the last period
     */
    public List<Period> periods() {
        return periods;
    }

    List<Category> categories() {
        return categories;
    }

    int categoryIndex(CategoryId id) {
        return categoryIndex.getOrDefault(id, -1);
    }

    int periodIndex(Period period) {
        if (period.kind() != first.kind() || period.compareTo(first) < 0 || period.compareTo(last) > 0) {
            return -1;
        }
        return Collections.binarySearch(periods, period);
    }

    /**
     * Counts every row of a snapshot.
     *
     * @param snapshot the observations
     * @return the counts
     */
    public PeriodCounts count(StoreSnapshot snapshot) {
        return count(snapshot, 0, requireNonNull(snapshot, "snapshot").size());
    }

    /**
     * Counts a range of rows of a snapshot; counts of disjoint ranges merge into the counts of their union.
     *
     * @param snapshot the observations
     * @param from the first row
     * @param to one past the last row
     * @return the counts
     * @throws IndexOutOfBoundsException when the range is not within the snapshot
     */
    public PeriodCounts count(StoreSnapshot snapshot, int from, int to) {
        requireNonNull(snapshot, "snapshot");
        Objects.checkFromToIndex(from, to, snapshot.size());
        Tally tally = new Tally(this, new int[periods.size()][], false);
        tally.add(snapshot, from, to, codes(snapshot));
        tally.rollUp();
        return tally.counts();
    }

    /**
     * Counts every row of a snapshot on several threads, each a range of rows, and merges the parts.
     *
     * @param snapshot the observations
     * @param threads 1 or more; more threads than rows are not started
     * @return the counts, equal to {@link #count(StoreSnapshot)}
     */
    public PeriodCounts countParallel(StoreSnapshot snapshot, int threads) {
        requireNonNull(snapshot, "snapshot");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        int n = snapshot.size();
        int parts = Math.max(1, Math.min(threads, n / 65_536 + 1));
        if (parts == 1) {
            return count(snapshot);
        }
        List<AtomicReference<Object>> results = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            int from = (int) ((long) n * i / parts);
            int to = (int) ((long) n * (i + 1) / parts);
            AtomicReference<Object> result = new AtomicReference<>();
            results.add(result);
            Thread t = new Thread(() -> {
                try {
                    result.set(count(snapshot, from, to));
                } catch (RuntimeException | Error e) {
                    result.set(e);
                }
            }, "est4j-count-" + i);
            workers.add(t);
            t.start();
        }
        PeriodCounts sum = null;
        for (int i = 0; i < parts; i++) {
            try {
                workers.get(i).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while counting", e);
            }
            Object r = results.get(i).get();
            if (r instanceof RuntimeException) {
                throw (RuntimeException) r;
            }
            if (r instanceof Error) {
                throw (Error) r;
            }
            sum = sum == null ? (PeriodCounts) r : sum.merge((PeriodCounts) r);
        }
        return sum;
    }

    /**
     * Returns live counts of a store: they take in what the store holds now, then follow every append made through
     * them (and catch up with appends made to the store directly).
     *
     * @param store the store
     * @return the live counts
     */
    public LiveCounts live(ObservationStore store) {
        return new LiveCounts(this, requireNonNull(store, "store"));
    }

    /** Maps a snapshot's dictionary codes to the hierarchy's and the taxonomy's indices: {areaOf, categoryOf}. */
    int[][] codes(StoreSnapshot snapshot) {
        int[] areaOf = new int[snapshot.areaCodeCount()];
        for (int code = 0; code < areaOf.length; code++) {
            areaOf[code] = hierarchy.indexOf(snapshot.areaOfCode(code));
        }
        int[] categoryOf = new int[snapshot.categoryCodeCount()];
        for (int code = 0; code < categoryOf.length; code++) {
            categoryOf[code] = categoryIndex(snapshot.categoryOfCode(code));
        }
        return new int[][] {areaOf, categoryOf};
    }

    /** Tells whether two counters count the same cells, so that their counts can be merged and compared. */
    boolean sameShape(PeriodCounter other) {
        return this == other || first.equals(other.first) && last.equals(other.last)
                && hierarchy.equals(other.hierarchy) && taxonomy.equals(other.taxonomy);
    }

    /**
     * Adds rows to blocks of counts, one block per period: own counts {@code [area * C + category]}, then the
     * rolled-up counts {@code [A * C + area * C + category]}. Used by a single counting pass and by live counts.
     *
     * <p>Implementation requirements: mutable and not thread-safe.
     */
    static final class Tally {
        final PeriodCounter counter;
        final int[][] blocks;
        /** Whether each row is added to its ancestors at once (live) or all at the end ({@link #rollUp()}). */
        final boolean ancestorsNow;
        final long[] excluded = new long[REASONS];
        long rows;
        /** Whether this tally may write each block; a block shared with published counts is copied first. */
        boolean[] owned;

        Tally(PeriodCounter counter, int[][] blocks, boolean ancestorsNow) {
            this.counter = counter;
            this.blocks = blocks;
            this.ancestorsNow = ancestorsNow;
            this.owned = new boolean[blocks.length];
            java.util.Arrays.fill(owned, true);
        }

        void add(StoreSnapshot s, int from, int to, int[][] codes) {
            int[] areaOf = codes[0];
            int[] categoryOf = codes[1];
            long[] days = counter.dayStart;
            int[] periodOfDay = counter.periodOfDay;
            int lastDay = periodOfDay.length - 1;
            long start = days[0];
            long end = days[days.length - 1];
            int width = counter.categoryCount;
            int half = counter.areaCount * width;
            int[] parent = counter.parent;
            for (int row = from; row < to; row++) {
                long second = s.occurredEpochSecond(row);
                int a = areaOf[s.areaCode(row)];
                int c = categoryOf[s.categoryCode(row)];
                if (second < start || second >= end) {
                    excluded[OUTSIDE]++;
                    continue;
                }
                if (a < 0) {
                    excluded[NO_AREA]++;
                    continue;
                }
                if (c < 0) {
                    excluded[NO_CATEGORY]++;
                    continue;
                }
                int d = (int) Math.min(lastDay, (second - start) / 86_400);
                while (second < days[d]) {
                    d--;
                }
                while (second >= days[d + 1]) {
                    d++;
                }
                int p = periodOfDay[d];
                int[] block = blocks[p];
                if (block == null || !owned[p]) {
                    block = writable(p, half);
                }
                block[a * width + c]++;
                if (ancestorsNow) {
                    for (int x = a; x >= 0; x = parent[x]) {
                        block[half + x * width + c]++;
                    }
                }
            }
            rows += to - from;
        }

        private int[] writable(int p, int half) {
            int[] block = blocks[p];
            block = block == null ? new int[2 * half] : block.clone();
            blocks[p] = block;
            owned[p] = true;
            return block;
        }

        /** Fills the rolled-up half of every block from the own half: pre-order puts parents before children. */
        void rollUp() {
            int width = counter.categoryCount;
            int half = counter.areaCount * width;
            int[] parent = counter.parent;
            for (int[] block : blocks) {
                if (block == null) {
                    continue;
                }
                System.arraycopy(block, 0, block, half, half);
                for (int i = parent.length - 1; i > 0; i--) {
                    int up = parent[i];
                    if (up >= 0) {
                        int from = half + i * width;
                        int into = half + up * width;
                        for (int k = 0; k < width; k++) {
                            block[into + k] += block[from + k];
                        }
                    }
                }
            }
        }

        /** Returns counts of the tally as it is now; blocks are shared, so the tally must copy before writing. */
        PeriodCounts counts() {
            java.util.Arrays.fill(owned, false);
            return new PeriodCounts(counter, blocks.clone(), excluded.clone(), rows);
        }
    }

    /** Returns a summary such as {@code PeriodCounter[2024-W01 to 2026-W52, 157 periods, 5000 areas, 15 categories]}. */
    @Override
    public String toString() {
        return "PeriodCounter[" + first + " to " + last + ", " + periods.size() + " periods, " + areaCount
                + " areas, " + categoryCount + " categories]";
    }
}
