package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link CountTable} as it may be published: each cell shown with its true value or suppressed, with the
 * reason. Made by {@link CountTable#suppress(int)}, which documents the rules; it holds no value of a suppressed
 * cell, so it can be handed to any renderer.
 *
 * <p>Render every suppressed cell with the same {@link #MARK}, whatever its reason: the reason is for the EST
 * group's own records (why is this cell hidden?), and printing it, or a mark such as {@code <3} for small counts
 * only, tells readers which suppressed cells are small and so helps them work the small ones out.
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

    private final Dimension<R> rows;
    private final Dimension<C> columns;
    /** Row-major; -1 for a suppressed cell. */
    private final long[] shown;
    private final byte[] state;
    private final int minimumCount;

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
     * @return 0 or more
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
        return new Cell<>(rows.heading(i), columns.heading(j), shown[c], reason);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SuppressedTable)) {
            return false;
        }
        SuppressedTable<?, ?> that = (SuppressedTable<?, ?>) other;
        return that.minimumCount == minimumCount && that.rows.equals(rows) && that.columns.equals(columns)
                && Arrays.equals(that.shown, shown) && Arrays.equals(that.state, state);
    }

    @Override
    public int hashCode() {
        return ((rows.hashCode() * 31 + columns.hashCode()) * 31 + Arrays.hashCode(shown)) * 31 + minimumCount;
    }

    /**
     * Returns {@code SuppressedTable 3×2, minimum count 3, 4 suppressed (2 small, 2 complementary)} and the table
     * as it is published, suppressed cells marked {@link #MARK}.
     */
    @Override
    public String toString() {
        int nc = columns.size();
        int small = suppressedCount(Reason.SMALL_COUNT);
        int complementary = suppressedCount(Reason.COMPLEMENTARY);
        String title = "SuppressedTable " + (rows.size() - 1) + "×" + (nc - 1) + ", minimum count " + minimumCount
                + ", " + (small + complementary) + " suppressed (" + small + " small, " + complementary
                + " complementary)";
        return Grid.format(title, rows(), columns(), (i, j) -> {
            long v = shown[i * nc + j];
            return v < 0 ? MARK : Long.toString(v);
        });
    }

    /**
     * One cell of a {@link SuppressedTable}: its row, its column, and its value or why it is suppressed.
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
        private final Reason reason;

        Cell(Heading<R> row, Heading<C> column, long value, Reason reason) {
            this.row = row;
            this.column = column;
            this.value = reason == null ? value : -1;
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
            return reason == null ? OptionalLong.of(value) : OptionalLong.empty();
        }

        /**
         * Tells whether the cell is suppressed.
         *
         * @return true when it is not shown
         */
        public boolean isSuppressed() {
            return reason != null;
        }

        /**
         * Returns why the cell is suppressed; for the group's records, not for publication.
         *
         * @return the reason, or empty when the cell is shown
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
            return reason == null ? Long.toString(value) : MARK;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Cell)) {
                return false;
            }
            Cell<?, ?> that = (Cell<?, ?>) other;
            return that.row.equals(row) && that.column.equals(column) && that.value == value
                    && that.reason == reason;
        }

        @Override
        public int hashCode() {
            return Objects.hash(row, column, value, reason == null ? -1 : reason.ordinal());
        }

        /** Returns {@code Rimbo × klotter = 12} or {@code Rimbo × klotter = .. (SMALL_COUNT)}. */
        @Override
        public String toString() {
            return row + " × " + column + " = " + display() + (reason == null ? "" : " (" + reason + ")");
        }
    }
}
