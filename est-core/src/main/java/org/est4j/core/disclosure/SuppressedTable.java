package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.est4j.core.Problem;
import org.est4j.core.Problems;

/**
 * A {@link CountTable} as it may be published: each cell shown with its true value or suppressed, with the
 * reason where it is known. Made by {@link CountTable#suppress(int)}, which documents the rules, or from what a
 * published table shows by {@link #builder(int)}, which checks that it is safe; it holds no value of a suppressed
 * cell, so it can be handed to any renderer.
 *
 * <p>Render every suppressed cell with the same {@link #MARK}, whatever its reason: the reason is for the EST
 * group's own records (why is this cell hidden?), and printing it, or a mark such as {@code <3} for small counts
 * only, tells readers which suppressed cells are small and so helps them work the small ones out. A table made by
 * {@link #builder(int)} from a published table does not know the reasons: its suppressed cells have none
 * ({@link Cell#reason()} is empty although {@link Cell#isSuppressed()} is true).
 *
 * <p><b>Equality</b> is that of what is published: two tables are equal when they have the same rows and columns
 * (with their hierarchies), the same minimum count, the same shown values and the same suppressed cells. The
 * reasons are not compared: they are the group's records, not part of the table's value, so a table read back
 * from its published form equals the one that was published.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 *
 * @param <R> the type of row key
 * @param <C> the type of column key
 */
public final class SuppressedTable<R, C> {
    /**
     * The mark of a suppressed cell: {@value}, which in Swedish official statistics reads "uppgift ej tillgänglig
     * eller för osäker för att anges". Not "–", which there means zero.
     */
    public static final String MARK = "..";

    /** Why a cell is suppressed. */
    public enum Reason {
        /** The count is from 1 to the minimum count − 1. */
        SMALL_COUNT,
        /** The count is not small, but showing it would let a small count be worked out. */
        COMPLEMENTARY
    }

    /** The state of a suppressed cell whose reason is not known: one read from its published form. */
    private static final byte REASON_UNKNOWN = -1;

    private final Dimension<R> rows;
    private final Dimension<C> columns;
    /** Row-major; -1 for a suppressed cell. */
    private final long[] shown;
    private final byte[] state;
    private final int minimumCount;

    /**
     * Makes a table.
     *
     * @param values the counts, row-major; only those of shown cells are read
     * @param state each cell's state: {@link Suppressor#SHOWN}, {@link Suppressor#SMALL},
     *     {@link Suppressor#COMPLEMENTARY} or {@link #REASON_UNKNOWN}
     */
    SuppressedTable(Dimension<R> rows, Dimension<C> columns, long[] values, byte[] state, int minimumCount) {
        this.rows = rows;
        this.columns = columns;
        this.state = state.clone();
        this.shown = new long[values.length];
        for (int c = 0; c < values.length; c++) {
            shown[c] = state[c] == Suppressor.SHOWN ? values[c] : -1;
        }
        this.minimumCount = minimumCount;
    }

    /**
     * Returns a builder of a table from its published form: its rows and columns, its shown values, which cells are
     * suppressed and the minimum count. This is how a table published elsewhere (read from a document, say) is made
     * again; {@link Builder#build()} refuses a table that could not be published safely.
     *
     * <pre>{@code
     * SuppressedTable<String, String> t = SuppressedTable.<String, String>builder(3)
     *     .column("x").column("y")
     *     .shown(Heading.of("A"), Heading.of("x"), 7).suppressed(Heading.of("A"), Heading.of("y"))
     *     .shown(Heading.of("B"), Heading.of("x"), 9).suppressed(Heading.of("B"), Heading.of("y"))
     *     ...                                            // every cell, totals included
     *     .build();
     * }</pre>
     *
     * <p>The suppressed cells of the table built have no {@link Cell#reason() reason}: a published table does not
     * say, and must not, which suppressed cells are small.
     *
     * @param <R> the type of row key
     * @param <C> the type of column key
     * @param minimumCount the minimum count the table was suppressed for; 1 or more
     * @return a new builder
     */
    public static <R extends Comparable<? super R>, C extends Comparable<? super C>> Builder<R, C> builder(
            int minimumCount) {
        return new Builder<>(minimumCount);
    }

    /**
     * Returns the minimum count the table was suppressed for.
     *
     * @return 1 or more
     */
    public int minimumCount() {
        return minimumCount;
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
     * Returns the heading a row adds up into, for indenting a hierarchy.
     *
     * @param row one of {@link #rows()}
     * @return its parent key's heading, the total for a top-level key, empty for the total
     */
    public Optional<Heading<R>> rowParent(Heading<R> row) {
        return rows.parentOf(row, "row");
    }

    /**
     * Returns the heading a column adds up into, for indenting a hierarchy.
     *
     * @param column one of {@link #columns()}
     * @return its parent key's heading, the total for a top-level key, empty for the total
     */
    public Optional<Heading<C>> columnParent(Heading<C> column) {
        return columns.parentOf(column, "column");
    }

    /**
     * Returns a cell.
     *
     * @param row one of {@link #rows()}
     * @param column one of {@link #columns()}
     * @return the cell
     * @throws org.est4j.core.UnknownReferenceException when the row or the column is not in the table
     */
    public Cell<R, C> cell(Heading<R> row, Heading<C> column) {
        int i = rows.indexOf(row, "row");
        int j = columns.indexOf(column, "column");
        return cellAt(i, j);
    }

    /**
     * Returns the cell of a row key and a column key, each with everything under it.
     *
     * @param row a row key
     * @param column a column key
     * @return the cell
     * @throws org.est4j.core.UnknownReferenceException when the row or the column is not in the table
     */
    public Cell<R, C> cell(R row, C column) {
        return cell(Heading.of(requireNonNull(row, "row")), Heading.of(requireNonNull(column, "column")));
    }

    /**
     * Returns the value shown in a cell.
     *
     * @param row one of {@link #rows()}
     * @param column one of {@link #columns()}
     * @return the true count, or empty when the cell is suppressed
     */
    public OptionalLong value(Heading<R> row, Heading<C> column) {
        return cell(row, column).value();
    }

    /**
     * Returns what a report prints in a cell.
     *
     * @param row one of {@link #rows()}
     * @param column one of {@link #columns()}
     * @return the count, or {@link #MARK} when the cell is suppressed
     */
    public String display(Heading<R> row, Heading<C> column) {
        return cell(row, column).display();
    }

    /**
     * Returns every cell, row by row in heading order.
     *
     * @return an unmodifiable list
     */
    public List<Cell<R, C>> cells() {
        List<Cell<R, C>> all = new ArrayList<>(shown.length);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                all.add(cellAt(i, j));
            }
        }
        return List.copyOf(all);
    }

    /**
     * Returns the suppressed cells, row by row in heading order.
     *
     * @return an unmodifiable list, empty when nothing is suppressed
     */
    public List<Cell<R, C>> suppressedCells() {
        List<Cell<R, C>> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                if (state[i * columns.size() + j] != Suppressor.SHOWN) {
                    all.add(cellAt(i, j));
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * Returns how many cells are suppressed for a reason.
     *
     * @param reason the reason
     * @return 0 or more; 0 for a table made by {@link #builder(int)}, which knows no reasons
     */
    public int suppressedCount(Reason reason) {
        byte wanted = requireNonNull(reason, "reason") == Reason.SMALL_COUNT ? Suppressor.SMALL
                : Suppressor.COMPLEMENTARY;
        int n = 0;
        for (byte s : state) {
            n += s == wanted ? 1 : 0;
        }
        return n;
    }

    private Cell<R, C> cellAt(int i, int j) {
        int c = i * columns.size() + j;
        Reason reason = state[c] == Suppressor.SMALL ? Reason.SMALL_COUNT
                : state[c] == Suppressor.COMPLEMENTARY ? Reason.COMPLEMENTARY : null;
        return new Cell<>(rows.heading(i), columns.heading(j), shown[c], state[c] != Suppressor.SHOWN, reason);
    }

    /**
     * Tells whether another table publishes the same: the same rows and columns with their hierarchies, the same
     * minimum count, the same shown values and the same suppressed cells. Suppression reasons are not compared.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SuppressedTable)) {
            return false;
        }
        SuppressedTable<?, ?> that = (SuppressedTable<?, ?>) other;
        return that.minimumCount == minimumCount && that.rows.equals(rows) && that.columns.equals(columns)
                && Arrays.equals(that.shown, shown);
    }

    @Override
    public int hashCode() {
        return ((rows.hashCode() * 31 + columns.hashCode()) * 31 + Arrays.hashCode(shown)) * 31 + minimumCount;
    }

    /**
     * Returns {@code SuppressedTable 3×2, minimum count 3, 4 suppressed (2 small, 2 complementary)} (or
     * {@code 4 suppressed (reasons not known)} for a table made by {@link #builder(int)}) and the table as it is
     * published, suppressed cells marked {@link #MARK}.
     */
    @Override
    public String toString() {
        int nc = columns.size();
        int small = suppressedCount(Reason.SMALL_COUNT);
        int complementary = suppressedCount(Reason.COMPLEMENTARY);
        int unknown = 0;
        for (byte s : state) {
            unknown += s == REASON_UNKNOWN ? 1 : 0;
        }
        String reasons = unknown == 0 ? small + " small, " + complementary + " complementary"
                : small + complementary == 0 ? "reasons not known"
                : small + " small, " + complementary + " complementary, " + unknown + " without a known reason";
        String title = "SuppressedTable " + (rows.size() - 1) + "×" + (nc - 1) + ", minimum count " + minimumCount
                + ", " + (small + complementary + unknown) + " suppressed (" + reasons + ")";
        return Grid.format(title, rows(), columns(), (i, j) -> {
            long v = shown[i * nc + j];
            return v < 0 ? MARK : Long.toString(v);
        });
    }

    /**
     * One cell of a {@link SuppressedTable}: its row, its column, and its value or, where known, why it is
     * suppressed.
     *
     * <p>Equality, like the table's, is that of what is published: the row, the column, and the value or that the
     * cell is suppressed; not the reason.
     *
     * <p>Implementation requirements: this class is immutable and thread-safe.
     *
     * @param <R> the type of row key
     * @param <C> the type of column key
     */
    public static final class Cell<R, C> {
        private final Heading<R> row;
        private final Heading<C> column;
        private final long value;
        private final boolean suppressed;
        private final Reason reason;

        Cell(Heading<R> row, Heading<C> column, long value, boolean suppressed, Reason reason) {
            this.row = row;
            this.column = column;
            this.value = suppressed ? -1 : value;
            this.suppressed = suppressed;
            this.reason = reason;
        }

        /**
         * Returns the row.
         *
         * @return never null
         */
        public Heading<R> row() {
            return row;
        }

        /**
         * Returns the column.
         *
         * @return never null
         */
        public Heading<C> column() {
            return column;
        }

        /**
         * Returns the value shown.
         *
         * @return the true count, or empty when the cell is suppressed
         */
        public OptionalLong value() {
            return suppressed ? OptionalLong.empty() : OptionalLong.of(value);
        }

        /**
         * Tells whether the cell is suppressed.
         *
         * @return true when it is not shown
         */
        public boolean isSuppressed() {
            return suppressed;
        }

        /**
         * Returns why the cell is suppressed; for the group's records, not for publication.
         *
         * @return the reason; empty when the cell is shown, and also for a suppressed cell of a table made by
         *     {@link SuppressedTable#builder(int)} from its published form, which does not say why
         */
        public Optional<Reason> reason() {
            return Optional.ofNullable(reason);
        }

        /**
         * Returns what a report prints.
         *
         * @return the count, or {@link SuppressedTable#MARK}
         */
        public String display() {
            return suppressed ? MARK : Long.toString(value);
        }

        /** Tells whether another cell has the same row, column and value, or is suppressed too; reasons aside. */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Cell)) {
                return false;
            }
            Cell<?, ?> that = (Cell<?, ?>) other;
            return that.row.equals(row) && that.column.equals(column) && that.value == value;
        }

        @Override
        public int hashCode() {
            return Objects.hash(row, column, value);
        }

        /**
         * Returns {@code Rimbo × klotter = 12}, {@code Rimbo × klotter = .. (SMALL_COUNT)}, or
         * {@code Rimbo × klotter = ..} when the reason is not known.
         */
        @Override
        public String toString() {
            return row + " × " + column + " = " + display() + (reason == null ? "" : " (" + reason + ")");
        }
    }

    /**
     * Builds a {@link SuppressedTable} from its published form; {@link #build()} checks that the table is one that
     * may be published and reports every problem at once. Made by {@link SuppressedTable#builder(int)}.
     *
     * <p>Rows and columns are declared as {@link CountTable.Builder} declares them (a key, or a key under a parent),
     * and by the cells given: a {@link Heading.Kind#KEY} heading declares its key, an {@link Heading.Kind#OWN}
     * heading declares its key and that the key has an own heading. The headings' order is computed as a
     * {@link CountTable}'s. Every cell, totals included, must then be given once, shown or suppressed.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe.
     *
     * @param <R> the type of row key
     * @param <C> the type of column key
     */
    public static final class Builder<R extends Comparable<? super R>, C extends Comparable<? super C>> {
        private final int minimumCount;
        private final Keys<R> rowKeys = new Keys<>();
        private final Set<R> rowsWithOwn = new HashSet<>();
        private final Keys<C> columnKeys = new Keys<>();
        private final Set<C> columnsWithOwn = new HashSet<>();
        /** The cells given: the count shown, or -1 for a suppressed cell. */
        private final Map<Heading<R>, Map<Heading<C>, Long>> cells = new HashMap<>();
        private final Set<Problem> problems = new LinkedHashSet<>();

        Builder(int minimumCount) {
            this.minimumCount = minimumCount;
        }

        /**
         * Declares a row.
         *
         * @param key the row key
         * @return this builder
         */
        public Builder<R, C> row(R key) {
            rowKeys.add(key);
            return this;
        }

        /**
         * Declares a row under a parent row.
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
         * Declares a column.
         *
         * @param key the column key
         * @return this builder
         */
        public Builder<R, C> column(C key) {
            columnKeys.add(key);
            return this;
        }

        /**
         * Declares a column under a parent column.
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
         * Gives a shown cell.
         *
         * @param row the cell's row heading; declares its key
         * @param column the cell's column heading; declares its key
         * @param count the value shown: 0, or at least the minimum count
         * @return this builder
         */
        public Builder<R, C> shown(Heading<R> row, Heading<C> column, long count) {
            requireNonNull(row, "row");
            requireNonNull(column, "column");
            if (count < 0) {
                problems.add(new Problem(path(row, column), "must be 0 or more", Long.toString(count)));
                return this;
            }
            return give(row, column, count);
        }

        /**
         * Gives a suppressed cell.
         *
         * @param row the cell's row heading; declares its key
         * @param column the cell's column heading; declares its key
         * @return this builder
         */
        public Builder<R, C> suppressed(Heading<R> row, Heading<C> column) {
            return give(requireNonNull(row, "row"), requireNonNull(column, "column"), -1);
        }

        private Builder<R, C> give(Heading<R> row, Heading<C> column, long value) {
            declare(row, rowKeys.all, rowsWithOwn);
            declare(column, columnKeys.all, columnsWithOwn);
            Long before = cells.computeIfAbsent(row, r -> new HashMap<>()).putIfAbsent(column, value);
            if (before != null && before != value) {
                problems.add(new Problem(path(row, column), "is given twice, as " + shown(before) + " and as "
                        + shown(value) + "; give each cell once", shown(value)));
            }
            return this;
        }

        private static <K> void declare(Heading<K> heading, Set<K> keys, Set<K> withOwn) {
            heading.key().ifPresent(keys::add);
            if (heading.kind() == Heading.Kind.OWN) {
                withOwn.add(heading.key().orElseThrow());
            }
        }

        private static String shown(long value) {
            return value < 0 ? "suppressed" : Long.toString(value);
        }

        private static String path(Heading<?> row, Heading<?> column) {
            return "cells[" + row + ", " + column + "]";
        }

        /**
         * Builds the table, after checking that it may be published as it is.
         *
         * <ul>
         *   <li>The structure: the minimum count is 1 or more ({@code minimumCount}); a key has one parent
         *       ({@code rows[key].parent}) and parents go round in no cycle; an own heading belongs to a key with
         *       keys under it and counts something ({@code rows[key (own)]}); every cell is given once ({@code cells[row, column]},
         *       each heading as its {@code toString()} prints it, such as {@code cells[Rimbo (own), Total]}).
         *   <li>No small count is shown: no shown count from 1 to the minimum count − 1.
         *   <li>The shown cells add up: a heading whose children are all shown equals their sum; a shown heading
         *       with suppressed children is at least the sum of its shown children plus 1 for each suppressed one
         *       (zeros are always shown, so a suppressed cell is at least 1); and bounds propagated through every
         *       relation leave each suppressed cell some value.
         *   <li>The pattern is safe: the attacker {@link CountTable#suppress(int)} defends against (any linear
         *       combination of the relations, and bounds from suppressed cells being at least 1), knowing only the
         *       shown values, pins no suppressed cell to one value. A relation with exactly one suppressed cell,
         *       which subtraction gives away, is the simplest case.
         * </ul>
         * Every table {@link CountTable#suppress(int)} makes passes, and the table built from it equals it.
         *
         * @return the table; its suppressed cells have no known reason
         * @throws org.est4j.core.ValidationException listing every problem, the counts and the pattern checked only
         *     once the structure is sound, and the pattern only once the shown cells add up
         */
        public SuppressedTable<R, C> build() {
            Problems found = Problems.of("SuppressedTable");
            if (minimumCount < 1) {
                found.add("minimumCount", "must be 1 or more (1 = no suppression)", minimumCount);
            }
            problems.forEach(p -> found.add(p.path(), p.message(), p.value()));
            CountTable.Builder.cycles(rowKeys.all, rowKeys.parents, "rows", found);
            CountTable.Builder.cycles(columnKeys.all, columnKeys.parents, "columns", found);
            ownWithoutChildren(rowsWithOwn, rowKeys.parents, "rows", found);
            ownWithoutChildren(columnsWithOwn, columnKeys.parents, "columns", found);
            found.throwIfAny();

            Dimension<R> rows = Dimension.of(rowKeys.all, rowKeys.parents, rowsWithOwn);
            Dimension<C> columns = Dimension.of(columnKeys.all, columnKeys.parents, columnsWithOwn);
            int nc = columns.size();
            long[] shown = new long[rows.size() * nc];
            byte[] state = new byte[shown.length];
            boolean[] suppressed = new boolean[shown.length];
            for (int i = 0; i < rows.size(); i++) {
                Map<Heading<C>, Long> row = cells.getOrDefault(rows.heading(i), Map.of());
                for (int j = 0; j < nc; j++) {
                    Long v = row.get(columns.heading(j));
                    int c = i * nc + j;
                    if (v == null) {
                        found.add(path(rows.heading(i), columns.heading(j)), "is missing: give every cell of the"
                                + " table, totals included, as shown or suppressed", null);
                    } else if (v < 0) {
                        suppressed[c] = true;
                        state[c] = REASON_UNKNOWN;
                    } else {
                        shown[c] = v;
                    }
                }
            }
            found.throwIfAny();

            for (int c = 0; c < shown.length; c++) {
                if (!suppressed[c] && shown[c] > 0 && shown[c] < minimumCount) {
                    found.add(path(rows.heading(c / nc), columns.heading(c % nc)), "is a count from 1 to "
                            + (minimumCount - 1) + ", which the minimum count " + minimumCount
                            + " requires suppressed", shown[c]);
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                emptyOwn(rows.heading(i), (i + 1) * nc - 1, shown, suppressed, "rows", found);
            }
            int totalRow = (rows.size() - 1) * nc;
            for (int j = 0; j < nc; j++) {
                emptyOwn(columns.heading(j), totalRow + j, shown, suppressed, "columns", found);
            }
            int[][] relations = Dimension.relations(rows, columns);
            boolean addsUp = true;
            for (int[] relation : relations) {
                addsUp &= addsUp(relation, shown, suppressed, rows, columns, found);
            }
            if (addsUp) {
                TableAuditor auditor = new TableAuditor(shown, relations);
                int[] contradicted = auditor.contradicted(suppressed);
                for (int c : contradicted) {
                    found.add(path(rows.heading(c / nc), columns.heading(c % nc)), "is suppressed, but no count of 1"
                            + " or more fits it: the shown cells around it do not add up", null);
                }
                if (contradicted.length == 0) {
                    for (int c : auditor.audit(suppressed).disclosed()) {
                        found.add(path(rows.heading(c / nc), columns.heading(c % nc)), "is suppressed, but can be"
                                + " worked out from the shown cells and the sums along the rows, the columns and"
                                + " the levels of the headings (a suppressed cell being at least 1): suppress more"
                                + " cells so that it cannot", null);
                    }
                }
            }
            found.throwIfAny();
            return new SuppressedTable<>(rows, columns, shown, state, minimumCount);
        }

        /** Checks one relation's shown cells; records a problem and returns false when they cannot add up. */
        private static boolean addsUp(int[] relation, long[] shown, boolean[] suppressed, Dimension<?> rows,
                Dimension<?> columns, Problems found) {
            int total = relation[0];
            if (suppressed[total]) {
                return true;
            }
            int nc = columns.size();
            long parts = 0;
            int hidden = 0;
            for (int k = 1; k < relation.length; k++) {
                if (suppressed[relation[k]]) {
                    hidden++;
                } else {
                    parts = saturatedAdd(parts, shown[relation[k]]);
                }
            }
            String under = relation[1] / nc == total / nc ? "columns" : "rows";
            String at = path(rows.heading(total / nc), columns.heading(total % nc));
            if (hidden == 0 && shown[total] != parts) {
                found.add(at, "is not the sum of the " + under + " under it, which add up to " + parts
                        + ": a heading with children equals their sum", shown[total]);
                return false;
            }
            long least = saturatedAdd(parts, hidden);
            if (hidden > 0 && shown[total] < least) {
                found.add(at, "is less than the " + under + " under it: the shown ones add up to " + parts
                        + ", and each of the " + hidden + " suppressed is at least 1", shown[total]);
                return false;
            }
            return true;
        }

        /** An own heading is there only where something was counted at the key itself: its total is not 0. */
        private static void emptyOwn(Heading<?> heading, int total, long[] shown, boolean[] suppressed, String path,
                Problems found) {
            if (heading.kind() == Heading.Kind.OWN && !suppressed[total] && shown[total] == 0) {
                found.add(path + "[" + heading + "]", "counts nothing (its total is 0); an own heading is there only"
                        + " where something was counted at the key itself", null);
            }
        }

        private static long saturatedAdd(long a, long b) {
            long s = a + b;
            return ((a ^ s) & (b ^ s)) < 0 ? Long.MAX_VALUE : s;
        }

        private static <K extends Comparable<? super K>> void ownWithoutChildren(Set<K> withOwn, Map<K, K> parents,
                String path, Problems found) {
            Set<K> withChildren = new HashSet<>(parents.values());
            for (K key : new TreeSet<>(withOwn)) {
                if (!withChildren.contains(key)) {
                    found.add(path + "[" + Heading.own(key) + "]", "is the own heading of a key with no " + path
                            + " under it; only a key with children has one", null);
                }
            }
        }
    }
}
