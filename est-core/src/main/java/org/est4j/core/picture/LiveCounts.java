package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.est4j.core.mapping.Observation;
import org.est4j.core.store.ObservationBatch;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;

/**
 * Counts that follow a store as observations arrive: an append through {@link #append(Observation)} stores the
 * observation and adds it to its area, every ancestor and its period, all at once; {@link #snapshot()} hands out
 * immutable {@link PeriodCounts} that never change afterwards, while appends go on. Rows appended to the store
 * directly are taken in at the next append or snapshot, so the counts always cover every row the store held when
 * the call was made.
 *
 * <pre>{@code
 * LiveCounts live = counter.live(store);
 * live.append(observation);                  // stored and counted
 * PeriodCounts now = live.snapshot();        // consistent: equal to counter.count(store.snapshot()) at that moment
 * }</pre>
 *
 * <p>Cost: an append updates a handful of cells (own, and rolled up to each ancestor); a snapshot costs a copy of
 * one reference per period. Counts are kept per period in blocks; the first append to a block after a snapshot
 * copies that block, so a published snapshot is never written.
 *
 * <p>Implementation requirements: this class is thread-safe; appends and snapshots are serialised on it.
 */
public final class LiveCounts {
    private final PeriodCounter counter;
    private final ObservationStore store;
    private final PeriodCounter.Tally tally;
    private int seen;
    private int[] areaOf = new int[0];
    private int[] categoryOf = new int[0];

    LiveCounts(PeriodCounter counter, ObservationStore store) {
        this.counter = counter;
        this.store = store;
        this.tally = new PeriodCounter.Tally(counter, new int[counter.periods().size()][], true);
        catchUp();
    }

    /**
     * Appends an observation to the store and counts it.
     *
     * @param observation the observation
     * @return its row in the store
     * @throws org.est4j.core.ValidationException when the store already holds its id
     */
    public synchronized int append(Observation observation) {
        int row = store.append(observation);
        catchUp();
        return row;
    }

    /**
     * Appends a batch to the store, all or none, and counts it.
     *
     * @param batch the rows
     * @return the number appended
     * @throws org.est4j.core.ValidationException when an id is already stored or occurs twice
     */
    public synchronized int append(ObservationBatch batch) {
        int n = store.append(batch);
        catchUp();
        return n;
    }

    /**
     * Returns the counts of every row the store holds now.
     *
     * @return immutable counts
     */
    public synchronized PeriodCounts snapshot() {
        catchUp();
        return tally.counts();
    }

    /**
     * Returns the number of rows counted so far.
     *
     * @return the rows of the store taken in
     */
    public synchronized int rows() {
        return seen;
    }

    private void catchUp() {
        StoreSnapshot s = store.snapshot();
        if (s.size() == seen) {
            return;
        }
        if (s.areaCodeCount() > areaOf.length) {
            int old = areaOf.length;
            areaOf = Arrays.copyOf(areaOf, s.areaCodeCount());
            for (int code = old; code < areaOf.length; code++) {
                areaOf[code] = counter.hierarchy().indexOf(s.areaOfCode(code));
            }
        }
        if (s.categoryCodeCount() > categoryOf.length) {
            int old = categoryOf.length;
            categoryOf = Arrays.copyOf(categoryOf, s.categoryCodeCount());
            for (int code = old; code < categoryOf.length; code++) {
                categoryOf[code] = counter.categoryIndex(s.categoryOfCode(code));
            }
        }
        tally.add(s, seen, s.size(), new int[][] {areaOf, categoryOf});
        seen = s.size();
    }

    /** Returns a summary such as {@code LiveCounts[1200 rows, PeriodCounter[…]]}. */
    @Override
    public synchronized String toString() {
        return "LiveCounts[" + seen + " rows, " + requireNonNull(counter) + "]";
    }
}
