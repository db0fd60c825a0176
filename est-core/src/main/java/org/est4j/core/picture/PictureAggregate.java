package org.est4j.core.picture;

import java.util.Arrays;
import org.est4j.core.mapping.ObservationId;

/**
 * The counts a compilation gathers from a range of rows, per area as recorded (not yet rolled up the hierarchy), in
 * dense arrays. Aggregates of disjoint row ranges {@link #merge(PictureAggregate) merge} into the aggregate of their
 * union: counts add, example ids keep the smallest, the included rows concatenate (their order does not matter:
 * the compiler sorts what it lists). So the work can be split across threads, or machines, and joined.
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; one thread fills one aggregate.
 */
final class PictureAggregate {
    static final int SEVERITIES = 5;
    static final int WEEKDAYS = 7;
    /** Four parts of the day and "unknown". */
    static final int TIMES = 5;
    static final int LIGHTS = 3;
    static final int REASONS = Exclusions.Reason.values().length;

    final int areas;
    final int categories;
    final int histories;
    /** Own counts per area and category as filed: [area * categories + category]. */
    final long[] category;
    final long[] severity;
    final long[] weekday;
    final long[] time;
    final long[] light;
    final long[] severityScore;
    final long[] context;
    /** Own counts per area and history period: [area * histories + period]. */
    final long[] history;
    final long[] excluded = new long[REASONS];
    /** The smallest ids excluded, per reason, sorted. */
    final ObservationId[][] examples = new ObservationId[REASONS][];
    final int[] exampleCount = new int[REASONS];
    /** Rows counted in the period, when ids or hotspots are wanted. */
    int[] rows = new int[0];
    int rowCount;

    PictureAggregate(int areas, int categories, int histories) {
        this.areas = areas;
        this.categories = categories;
        this.histories = histories;
        this.category = new long[areas * categories];
        this.severity = new long[areas * SEVERITIES];
        this.weekday = new long[areas * WEEKDAYS];
        this.time = new long[areas * TIMES];
        this.light = new long[areas * LIGHTS];
        this.severityScore = new long[areas];
        this.context = new long[areas];
        this.history = new long[areas * histories];
        for (int r = 0; r < REASONS; r++) {
            examples[r] = new ObservationId[Exclusions.MAX_EXAMPLES];
        }
    }

    /** Counts an excluded row; its id is made into an object only when it is among the smallest so far. */
    void exclude(int reason, String id) {
        excluded[reason]++;
        int n = exampleCount[reason];
        if (n < examples[reason].length || id.compareTo(examples[reason][n - 1].value()) < 0) {
            offerExample(reason, ObservationId.of(id));
        }
    }

    /** Keeps the id if it is among the smallest of its reason. */
    void offerExample(int reason, ObservationId id) {
        ObservationId[] kept = examples[reason];
        int n = exampleCount[reason];
        if (n == kept.length && id.value().compareTo(kept[n - 1].value()) >= 0) {
            return;
        }
        int at = n == kept.length ? n - 1 : n;
        while (at > 0 && kept[at - 1].value().compareTo(id.value()) > 0) {
            kept[at] = kept[at - 1];
            at--;
        }
        kept[at] = id;
        if (n < kept.length) {
            exampleCount[reason] = n + 1;
        }
    }

    void addRow(int row) {
        if (rowCount == rows.length) {
            rows = Arrays.copyOf(rows, Math.max(16, rowCount * 2));
        }
        rows[rowCount++] = row;
    }

    /**
     * Returns the aggregate of this one's rows and another's, which must be of disjoint rows of the same snapshot
     * compiled for the same period.
     */
    PictureAggregate merge(PictureAggregate other) {
        if (other.areas != areas || other.categories != categories || other.histories != histories) {
            throw new IllegalArgumentException("Aggregates of different compilations cannot be merged");
        }
        PictureAggregate sum = new PictureAggregate(areas, categories, histories);
        add(sum.category, category, other.category);
        add(sum.severity, severity, other.severity);
        add(sum.weekday, weekday, other.weekday);
        add(sum.time, time, other.time);
        add(sum.light, light, other.light);
        add(sum.severityScore, severityScore, other.severityScore);
        add(sum.context, context, other.context);
        add(sum.history, history, other.history);
        add(sum.excluded, excluded, other.excluded);
        for (int r = 0; r < REASONS; r++) {
            for (int i = 0; i < exampleCount[r]; i++) {
                sum.offerExample(r, examples[r][i]);
            }
            for (int i = 0; i < other.exampleCount[r]; i++) {
                sum.offerExample(r, other.examples[r][i]);
            }
        }
        sum.rows = Arrays.copyOf(rows, rowCount + other.rowCount);
        System.arraycopy(other.rows, 0, sum.rows, rowCount, other.rowCount);
        sum.rowCount = rowCount + other.rowCount;
        return sum;
    }

    private static void add(long[] into, long[] a, long[] b) {
        for (int i = 0; i < into.length; i++) {
            into[i] = a[i] + b[i];
        }
    }
}
