package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.time.Period;

/**
 * Observation counts per area, period and category over a range of periods, as a {@link PeriodCounter} or
 * {@link LiveCounts} made them: own counts (observations recorded on the area itself) and counts rolled up the area
 * hierarchy (the area and every area within it), and the rows left out, by reason.
 *
 * <p>Counts of disjoint sets of rows {@linkplain #merge(PeriodCounts) merge} into the counts of their union, so
 * that the work can be split and joined. Two counts are {@code equal} when they count the same cells (same
 * periods, hierarchy and taxonomy) with the same numbers and the same rows.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PeriodCounts {
    private final PeriodCounter counter;
    /** Per period: own counts then rolled-up counts, as {@link PeriodCounter.Tally} lays them out; null is zeros. */
    private final int[][] blocks;
    private final long[] excluded;
    private final long rows;

    PeriodCounts(PeriodCounter counter, int[][] blocks, long[] excluded, long rows) {
        this.counter = counter;
        this.blocks = blocks;
        this.excluded = excluded;
        this.rows = rows;
    }

    /**
     * Returns the periods counted, in order.
     *
     * @return the periods
     */
    public List<Period> periods() {
        return counter.periods();
    }

    /**
     * Returns the areas counted.
     *
     * @return the hierarchy
     */
    public AreaHierarchy hierarchy() {
        return counter.hierarchy();
    }

    /**
     * Returns the number of rows read: counted plus left out.
     *
     * @return 0 or more
     */
    public long rows() {
        return rows;
    }

    /**
     * Returns the number of rows counted in some area, period and category.
     *
     * @return {@link #rows()} minus the rows left out
     */
    public long counted() {
        return rows - excluded[0] - excluded[1] - excluded[2];
    }

    /**
     * Returns the rows left out, by reason: outside the periods, area not in the hierarchy, category not in the
     * taxonomy. Every reason is present, with 0 when none.
     *
     * @return the counts, in the order of {@link Exclusions.Reason}
     */
    public Map<Exclusions.Reason, Long> excluded() {
        Map<Exclusions.Reason, Long> map = new EnumMap<>(Exclusions.Reason.class);
        for (Exclusions.Reason r : Exclusions.Reason.values()) {
            map.put(r, excluded[r.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the observations of an area and every area within it, in a period and category.
     *
     * @param area an area of the hierarchy
     * @param period a period of the range
     * @param category a category of the taxonomy
     * @return 0 or more
     * @throws IllegalArgumentException when the area, period or category is not counted here
     */
    public long count(AreaId area, Period period, CategoryId category) {
        return cell(area, period, category, true);
    }

    /**
     * Returns the observations recorded on an area itself (not on an area within it), in a period and category.
     *
     * @param area an area of the hierarchy
     * @param period a period of the range
     * @param category a category of the taxonomy
     * @return 0 or more
     * @throws IllegalArgumentException when the area, period or category is not counted here
     */
    public long ownCount(AreaId area, Period period, CategoryId category) {
        return cell(area, period, category, false);
    }

    /**
     * Returns the observations of an area and every area within it in a period, all categories.
     *
     * @param area an area of the hierarchy
     * @param period a period of the range
     * @return 0 or more
     * @throws IllegalArgumentException when the area or period is not counted here
     */
    public long total(AreaId area, Period period) {
        int[] block = blocks[periodIndex(period)];
        int a = areaIndex(area);
        if (block == null) {
            return 0;
        }
        int width = counter.categoryCount;
        int at = counter.areaCount * width + a * width;
        long sum = 0;
        for (int k = 0; k < width; k++) {
            sum += block[at + k];
        }
        return sum;
    }

    private long cell(AreaId area, Period period, CategoryId category, boolean rolledUp) {
        int[] block = blocks[periodIndex(period)];
        int a = areaIndex(area);
        int c = counter.categoryIndex(requireNonNull(category, "category"));
        if (c < 0) {
            throw new IllegalArgumentException("The category " + category + " is not in the taxonomy counted");
        }
        if (block == null) {
            return 0;
        }
        int width = counter.categoryCount;
        return block[(rolledUp ? counter.areaCount * width : 0) + a * width + c];
    }

    private int periodIndex(Period period) {
        int p = counter.periodIndex(requireNonNull(period, "period"));
        if (p < 0) {
            throw new IllegalArgumentException("The period " + period + " is not among those counted ("
                    + periods().get(0) + " to " + periods().get(periods().size() - 1) + ")");
        }
        return p;
    }

    private int areaIndex(AreaId area) {
        int a = counter.hierarchy().indexOf(requireNonNull(area, "area"));
        if (a < 0) {
            throw new IllegalArgumentException("The area " + area + " is not in the hierarchy counted");
        }
        return a;
    }

    /** Receives one cell of counts. */
    @FunctionalInterface
    public interface CellVisitor {
        /**
         * Receives a cell.
         *
         * @param area the area
         * @param period the period
         * @param category the category
         * @param count more than 0
         */
        void visit(AreaId area, Period period, CategoryId category, long count);
    }

    /**
     * Visits every own count that is not 0, by period, then area in the hierarchy's order, then category in the
     * taxonomy's order.
     *
     * @param visitor receives each cell
     */
    public void forEachOwnCount(CellVisitor visitor) {
        requireNonNull(visitor, "visitor");
        int width = counter.categoryCount;
        for (int p = 0; p < blocks.length; p++) {
            int[] block = blocks[p];
            if (block == null) {
                continue;
            }
            Period period = periods().get(p);
            for (int a = 0; a < counter.areaCount; a++) {
                for (int c = 0; c < width; c++) {
                    int n = block[a * width + c];
                    if (n != 0) {
                        visitor.visit(counter.hierarchy().idAt(a), period, counter.categories().get(c).id(), n);
                    }
                }
            }
        }
    }

    /**
     * Returns the counts of these rows and another's, which must be disjoint rows counted with the same periods,
     * hierarchy and taxonomy.
     *
     * @param other the other counts
     * @return the sum
     * @throws IllegalArgumentException when the other counts count other cells
     */
    public PeriodCounts merge(PeriodCounts other) {
        requireNonNull(other, "other");
        if (!counter.sameShape(other.counter)) {
            throw new IllegalArgumentException("Counts of different periods, hierarchies or taxonomies cannot be"
                    + " merged: " + counter + " and " + other.counter);
        }
        int[][] sum = new int[blocks.length][];
        for (int p = 0; p < blocks.length; p++) {
            int[] a = blocks[p];
            int[] b = other.blocks[p];
            if (a == null || b == null) {
                sum[p] = a == null ? b : a;
            } else {
                int[] s = new int[a.length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = a[i] + b[i];
                }
                sum[p] = s;
            }
        }
        long[] ex = new long[excluded.length];
        for (int r = 0; r < ex.length; r++) {
            ex[r] = excluded[r] + other.excluded[r];
        }
        return new PeriodCounts(counter, sum, ex, rows + other.rows);
    }

    /**
     * Tells whether another object is counts of the same cells with the same numbers and rows.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PeriodCounts)) {
            return false;
        }
        PeriodCounts other = (PeriodCounts) o;
        if (rows != other.rows || !Arrays.equals(excluded, other.excluded) || !counter.sameShape(other.counter)) {
            return false;
        }
        for (int p = 0; p < blocks.length; p++) {
            if (!sameBlock(blocks[p], other.blocks[p])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBlock(int[] a, int[] b) {
        if (a == null || b == null) {
            int[] x = a == null ? b : a;
            if (x != null) {
                for (int v : x) {
                    if (v != 0) {
                        return false;
                    }
                }
            }
            return true;
        }
        return Arrays.equals(a, b);
    }

    /**
     * Returns a hash of the rows, the rows left out and the counted total.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Long.hashCode(rows) * 31 + Arrays.hashCode(excluded);
    }

    /** Returns a summary such as {@code PeriodCounts[2024-W01 to 2026-W52, 1000000 rows, 999000 counted]}. */
    @Override
    public String toString() {
        return "PeriodCounts[" + periods().get(0) + " to " + periods().get(periods().size() - 1) + ", " + rows
                + " rows, " + counted() + " counted, excluded " + excluded() + "]";
    }
}
