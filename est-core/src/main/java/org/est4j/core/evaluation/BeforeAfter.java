package org.est4j.core.evaluation;

import java.io.Serializable;
import org.est4j.core.Problems;

/**
 * The number of crimes (or other events) counted in one area before and after a measure started.
 *
 * <p>Counts are whole, non-negative numbers: the follow-up statistics assume they are Poisson counts. Rates per
 * unit of time or area are formed from them by the statistics, using the lengths and sizes in
 * {@link PlaceCounts}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class BeforeAfter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long before;
    private final long after;

    private BeforeAfter(long before, long after) {
        this.before = before;
        this.after = after;
    }

    /**
     * Returns the counts of one area.
     *
     * @param before the count in the period before the measure, zero or more
     * @param after the count in the period after (or during) the measure, zero or more
     * @return the pair
     * @throws org.est4j.core.ValidationException when a count is negative
     */
    public static BeforeAfter of(long before, long after) {
        Problems.of("BeforeAfter")
                .require(before >= 0, "before", "must be zero or more", before)
                .require(after >= 0, "after", "must be zero or more", after)
                .throwIfAny();
        return new BeforeAfter(before, after);
    }

    /**
     * Returns the count before the measure.
     *
     * @return zero or more
     */
    public long before() {
        return before;
    }

    /**
     * Returns the count after (or during) the measure.
     *
     * @return zero or more
     */
    public long after() {
        return after;
    }

    /**
     * Returns the change, after minus before: negative when crime fell.
     *
     * @return {@code after() - before()}
     */
    public long change() {
        return after - before;
    }

    /**
     * Returns the sum of both counts, which is also the Poisson variance of {@link #change()}.
     *
     * @return {@code before() + after()}
     */
    public long total() {
        return before + after;
    }

    /**
     * Returns the pair with before and after exchanged, as if time ran the other way.
     *
     * @return {@code BeforeAfter.of(after(), before())}
     */
    public BeforeAfter swapped() {
        return new BeforeAfter(after, before);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BeforeAfter && ((BeforeAfter) other).before == before && ((BeforeAfter) other).after == after;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(before) * 31 + Long.hashCode(after);
    }

    /** Returns {@code before → after}, such as {@code 207 → 110}. */
    @Override
    public String toString() {
        return before + " → " + after;
    }
}
