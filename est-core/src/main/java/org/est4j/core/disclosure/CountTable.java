package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.est4j.core.Problem;
import org.est4j.core.Problems;

/**
 * A table of counts as a report shows it: rows (such as areas), columns (such as categories), every row and
 * column total, and the grand total; rows and columns may each form a hierarchy whose parents are rolled up
 * from their children (a district from its neighbourhoods, a category group from its categories).
 *
 * <pre>{@code
 * CountTable<AreaId, CategoryId> t = CountTable.<AreaId, CategoryId>builder()
 *     .row(AreaId.of("rimbo/centrum"), AreaId.of("rimbo"))       // centrum lies in Rimbo
 *     .add(AreaId.of("rimbo/centrum"), CategoryId.of("klotter"), 4)
 *     .add(AreaId.of("rimbo"), CategoryId.of("klotter"), 1)          // in Rimbo, in none of its parts
 *     .add(AreaId.of("hallstavik"), CategoryId.of("klotter"), 2)
 *     .build();
 * SuppressedTable<AreaId, CategoryId> published = t.suppress(DisclosurePolicy.forAudience(Audience.PUBLIC));
 * }</pre>
 *
 * <h2>Counts and headings</h2>
 * Each count is given once, at the most specific row and column it belongs to, and {@link Builder#add} adds up
 * counts given twice. The table computes everything else. Its {@link #rows()} and {@link #columns()} are
 * {@link Heading headings}: a {@code KEY} heading for every key (the key with everything under it), an
 * {@code OWN} heading for a key with children where something was counted at the key itself (so that a parent
 * always equals the sum of its children), and the {@code TOTAL} last. Order: roots and siblings sorted by key,
 * each key followed by its subtree and then by its {@code OWN} heading. Keys need only be comparable, so
 * {@code AreaId}, {@code CategoryId} and {@code String} all work.
 *
 * <h2>Relations</h2>
 * Every heading with children equals the sum of its children, in every row and every column: a row total is the
 * sum of the row's cells, a parent area's count the sum of its sub-areas' and its own, the grand total the sum of
 * the row totals. {@link #suppress(int)} protects suppressed cells against exactly these relations.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 *
 * @param <R> the type of row key
 * @param <C> the type of column key
 */
public final class CountTable<R extends Comparable<? super R>, C extends Comparable<? super C>> {
    private final Dimension<R> rows;
    private final Dimension<C> columns;
    /** Row-major: {@code values[row * columns + column]}. */
    private final long[] values;

    private CountTable(Dimension<R> rows, Dimension<C> columns, long[] values) {
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    /**
     * Returns an empty builder.
     *
     * @param <R> the type of row key
     * @param <C> the type of column key
     * @return a new builder
     */
    public static <R extends Comparable<? super R>, C extends Comparable<? super C>> Builder<R, C> builder() {
        return new Builder<>();
    }

    /**
     * Returns the row headings in order, the total last.
     *
     * @return an unmodifiable list
     */
    public List<Heading<R>> rows() {
        return rows.headings();
    }

    /**
     * Returns the column headings in order, the total last.
     *
     * @return an unmodifiable list
     */
    public List<Heading<C>> columns() {
        return columns.headings();
    }

    /**
     * Returns the count in a cell.
     *
     * @param row one of {@link #rows()}
     * @param column one of {@link #columns()}
     * @return 0 or more
     * @throws org.est4j.core.UnknownReferenceException when the row or the column is not in the table
     */
    public long count(Heading<R> row, Heading<C> column) {
        return values[rows.indexOf(row, "row") * columns.size() + columns.indexOf(column, "column")];
    }

    /**
     * Returns the count of a row key and a column key, each with everything under it.
     *
     * @param row a row key
     * @param column a column key
     * @return 0 or more
     * @throws org.est4j.core.UnknownReferenceException when the row or the column is not in the table
     */
    public long count(R row, C column) {
        return count(Heading.of(requireNonNull(row, "row")), Heading.of(requireNonNull(column, "column")));
    }

    /**
     * Returns a row's total.
     *
     * @param row a row key
     * @return the sum over all columns
     */
    public long rowTotal(R row) {
        return count(Heading.of(requireNonNull(row, "row")), Heading.total());
    }

    /**
     * Returns a column's total.
     *
     * @param column a column key
     * @return the sum over all rows
     */
    public long columnTotal(C column) {
        return count(Heading.total(), Heading.of(requireNonNull(column, "column")));
    }

    /**
     * Returns the grand total.
     *
     * @return the sum of every count given
     */
    public long total() {
        return values[values.length - 1];
    }

    /**
     * Returns the heading a row adds up into.
     *
     * @param row one of {@link #rows()}
     * @return its parent key's heading, the total for a top-level key, empty for the total
     */
    public Optional<Heading<R>> rowParent(Heading<R> row) {
        return rows.parentOf(row, "row");
    }

    /**
     * Returns the heading a column adds up into.
     *
     * @param column one of {@link #columns()}
     * @return its parent key's heading, the total for a top-level key, empty for the total
     */
    public Optional<Heading<C>> columnParent(Heading<C> column) {
        return columns.parentOf(column, "column");
    }

    /**
     * Suppresses small counts for publication, and enough other cells that the small ones cannot be worked out
     * from what is shown.
     *
     * <ol>
     *   <li><b>Small counts</b> ({@link SuppressedTable.Reason#SMALL_COUNT}): every cell from 1 to
     *       {@code minimumCount − 1}, totals and parents included. Zeros are always shown: "nothing" traces no
     *       one.
     *   <li><b>Cost.</b> Complements are chosen by cost: a cell's count, doubled for each level of aggregation
     *       above the cells of two base headings (a parent area is one level above its children, a row total one
     *       level above the row's cells, the grand total highest). So a complement is found in the smallest cells
     *       deep in the hierarchies, and a total, above all one near the top, is the last resort. Cells that are
     *       equal because a heading has a single child (the total and the only root, a district and its only
     *       neighbourhood) are one cell to a reader and are always shown or suppressed together.
     *   <li><b>Totals at the top.</b> The grand total is never chosen as a complement when some safe pattern shows
     *       it, which is exactly when it is not small and is more than the number N of non-zero base cells (a base
     *       cell has a row and a column without children; when the grand total is N, each must be 1, and showing
     *       it gives them all away). Cells equal to it, such as a single root's total, are shown with it. When the
     *       complements chosen below suppress a total just under the grand total (a top-level row's or column's,
     *       a locality's for instance), the choice is made again with those totals kept shown, provided a safe
     *       pattern can show them (checked by suppressing everything else and auditing).
     *   <li><b>Complementary suppression</b> ({@link SuppressedTable.Reason#COMPLEMENTARY}): while a relation of
     *       the table (a row, a column, a parent and its children; see the class comment) holds exactly one
     *       suppressed cell, which anyone could get by subtraction, its cheapest non-zero shown cell is suppressed
     *       too, a part before the total on equal cost, ties broken by heading order. The same is done for a
     *       relation whose total is shown and whose suppressed parts are all 1: they add up to their number, which
     *       gives each away.
     *   <li><b>Audit.</b> The pattern is then attacked as someone would who knows every shown value, every
     *       relation and that suppressed cells are at least 1: by any linear combination of relations (two
     *       suppressed blocks joined by one cell give that cell away although every row and column holds two
     *       suppressed cells) and by propagating bounds through the relations. For every suppressed cell pinned
     *       to one value, one more cell is suppressed: the cheapest non-zero shown cell among the relations
     *       through the pinned cell, or, if they have none, among the relations one suppressed cell further out,
     *       and so on; a cell that also meets another relation with a suppressed cell is preferred, since it closes
     *       a cycle instead of opening a new row to protect. Steps 4 and 5 repeat until the audit pins nothing.
     *   <li><b>Pruning.</b> Every complementary cell the table stays safe without is shown again, the costliest
     *       first (so the totals at the top are tried first, and again after each pass that showed something),
     *       until none can be: each complementary cell left is needed.
     * </ol>
     *
     * <p>The result is deterministic and safe against that attacker; it is a heuristic, not the pattern that hides
     * the least (finding that is NP-hard). A published table must show every suppressed cell with the same mark
     * ({@link SuppressedTable#MARK}): a mark such as {@code <3} for small counts only tells the reader which
     * suppressed cells are small and which are not, which narrows them down again. The attacker does not solve
     * the integer programme for exact bounds: a suppressed cell may be narrowed to a range, not to one value.
     *
     * <p>Cost: each audit is a Gaussian elimination over the suppressed cells that share relations. A table of a
     * report's size (a few hundred cells) takes milliseconds; 650 cells with a quarter of them small (a
     * municipality's places by category in a month), a few tenths of a second; 1 300 cells with a fifth of them
     * small, about a second; 2 500 cells, a few seconds. Split larger tables (one per district) before
     * publishing.
     *
     * @param minimumCount the smallest count shown as it is; 1 suppresses nothing
     * @return the table as it may be published
     * @throws IllegalArgumentException when the minimum count is below 1
     */
    public SuppressedTable<R, C> suppress(int minimumCount) {
        if (minimumCount < 1) {
            throw new IllegalArgumentException("The minimum count must be 1 or more (1 = no suppression), was "
                    + minimumCount);
        }
        byte[] state = new Suppressor(values, relations()).suppress(minimumCount);
        return new SuppressedTable<>(rows, columns, values, state, minimumCount);
    }

    /**
     * Suppresses small counts as a disclosure policy requires: {@code suppress(policy.minimumCount())}.
     *
     * @param policy the policy
     * @return the table as it may be shown to the policy's audience
     */
    public SuppressedTable<R, C> suppress(DisclosurePolicy policy) {
        return suppress(requireNonNull(policy, "policy").minimumCount());
    }

    /**
     * Every relation, as cell indices (row-major, total first): a heading with children equals their sum, along
     * rows and along columns.
     */
    int[][] relations() {
        return Dimension.relations(rows, columns);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CountTable)) {
            return false;
        }
        CountTable<?, ?> that = (CountTable<?, ?>) other;
        return that.rows.equals(rows) && that.columns.equals(columns) && Arrays.equals(that.values, values);
    }

    @Override
    public int hashCode() {
        return (rows.hashCode() * 31 + columns.hashCode()) * 31 + Arrays.hashCode(values);
    }

    /** Returns {@code CountTable 3×2, total 17} and the table, one line per row. */
    @Override
    public String toString() {
        int nc = columns.size();
        return Grid.format("CountTable " + (rows.size() - 1) + "×" + (nc - 1) + ", total " + total(), rows(),
                columns(), (i, j) -> Long.toString(values[i * nc + j]));
    }

    /**
     * Builds a {@link CountTable}; {@link #build()} validates the hierarchies and the counts and reports every
     * problem at once.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe.
     *
     * @param <R> the type of row key
     * @param <C> the type of column key
     */
    public static final class Builder<R extends Comparable<? super R>, C extends Comparable<? super C>> {
        private final Keys<R> rowKeys = new Keys<>();
        private final Keys<C> columnKeys = new Keys<>();
        private final Map<R, Map<C, Long>> counts = new HashMap<>();
        private final Set<Problem> problems = new LinkedHashSet<>();

        Builder() {}

        /**
         * Declares a row, so that it is shown even when nothing was counted in it.
         *
         * @param key the row key
         * @return this builder
         */
        public Builder<R, C> row(R key) {
            rowKeys.add(key);
            return this;
        }

        /**
         * Declares a row under a parent row, which adds up its children and what was counted at itself.
         *
         * @param key the row key
         * @param parent the parent row's key; declared too
         * @return this builder
         */
        public Builder<R, C> row(R key, R parent) {
            rowKeys.add(key, parent, "rows", problems);
            return this;
        }

        /**
         * Declares a column, so that it is shown even when nothing was counted in it.
         *
         * @param key the column key
         * @return this builder
         */
        public Builder<R, C> column(C key) {
            columnKeys.add(key);
            return this;
        }

        /**
         * Declares a column under a parent column, which adds up its children and what was counted at itself.
         *
         * @param key the column key
         * @param parent the parent column's key; declared too
         * @return this builder
         */
        public Builder<R, C> column(C key, C parent) {
            columnKeys.add(key, parent, "columns", problems);
            return this;
        }

        /**
         * Adds a count to a cell, declaring its row and column; counts added to the same cell are summed.
         *
         * @param row the row key: the most specific row the count belongs to
         * @param column the column key: the most specific column the count belongs to
         * @param count 0 or more
         * @return this builder
         */
        public Builder<R, C> add(R row, C column, long count) {
            requireNonNull(row, "row");
            requireNonNull(column, "column");
            rowKeys.all.add(row);
            columnKeys.all.add(column);
            String path = "counts[" + row + ", " + column + "]";
            if (count < 0) {
                problems.add(new Problem(path, "must be 0 or more", Long.toString(count)));
                return this;
            }
            counts.computeIfAbsent(row, r -> new HashMap<>()).merge(column, count, (a, b) -> {
                try {
                    return Math.addExact(a, b);
                } catch (ArithmeticException e) {
                    problems.add(new Problem(path, "adds up to more than " + Long.MAX_VALUE, a + " + " + b));
                    return a;
                }
            });
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws org.est4j.core.ValidationException listing every problem: a key declared under two parents
         *     ({@code rows[key].parent}), parents that go round in a cycle (reported once, on the cycle's smallest
         *     key), a negative count or counts that overflow ({@code counts[row, column]})
         */
        public CountTable<R, C> build() {
            Problems found = Problems.of("CountTable");
            problems.forEach(p -> found.add(p.path(), p.message(), p.value()));
            cycles(rowKeys.all, rowKeys.parents, "rows", found);
            cycles(columnKeys.all, columnKeys.parents, "columns", found);
            found.throwIfAny();

            Set<R> rowsWithOwn = new HashSet<>();
            Set<C> columnsWithOwn = new HashSet<>();
            counts.forEach((r, byColumn) -> byColumn.forEach((c, n) -> {
                if (n > 0) {
                    rowsWithOwn.add(r);
                    columnsWithOwn.add(c);
                }
            }));
            Dimension<R> rows = Dimension.of(rowKeys.all, rowKeys.parents, rowsWithOwn);
            Dimension<C> columns = Dimension.of(columnKeys.all, columnKeys.parents, columnsWithOwn);
            int nc = columns.size();
            long[] values = new long[rows.size() * nc];
            try {
                counts.forEach((r, byColumn) -> byColumn.forEach((c, n) -> {
                    if (n > 0) {
                        for (int i = rows.baseOf(r); i >= 0; i = rows.parent(i)) {
                            for (int j = columns.baseOf(c); j >= 0; j = columns.parent(j)) {
                                values[i * nc + j] = Math.addExact(values[i * nc + j], n);
                            }
                        }
                    }
                }));
            } catch (ArithmeticException e) {
                Problems.of("CountTable").add("counts", "add up to more than " + Long.MAX_VALUE
                        + " in a total", null).throwIfAny();
            }
            return new CountTable<>(rows, columns, values);
        }

        static <K extends Comparable<? super K>> void cycles(Set<K> keys, Map<K, K> parents, String path,
                Problems found) {
            Map<K, Integer> state = new HashMap<>(); // absent: not seen; 1: on the current walk; 2: done
            for (K start : new TreeSet<>(keys)) {
                List<K> walk = new ArrayList<>();
                K k = start;
                while (k != null && !state.containsKey(k)) {
                    state.put(k, 1);
                    walk.add(k);
                    k = parents.get(k);
                }
                if (k != null && state.get(k) == 1) {
                    List<K> cycle = walk.subList(walk.indexOf(k), walk.size());
                    K smallest = new TreeSet<>(cycle).first();
                    int at = cycle.indexOf(smallest);
                    StringJoiner names = new StringJoiner(" → ");
                    for (int i = 0; i <= cycle.size(); i++) {
                        names.add(String.valueOf(cycle.get((at + i) % cycle.size())));
                    }
                    found.add(path + "[" + smallest + "].parent", "goes round in a cycle: " + names
                            + "; a key cannot lie under itself", String.valueOf(parents.get(smallest)));
                }
                walk.forEach(w -> state.put(w, 2));
            }
        }
    }
}
