package org.est4j.io.json.internal;

import static java.util.Objects.requireNonNull;
import static org.est4j.io.json.internal.Values.HEADING_KIND;
import static org.est4j.io.json.internal.Values.INT;
import static org.est4j.io.json.internal.Values.TEXT;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;

/**
 * The codec of a {@link SuppressedTable}: a table of counts as it may be published.
 *
 * <pre>{@code
 * {"minimumCount": 3, "mark": "..",
 *  "rows": [{"kind": "key", "key": "rimbo"}, {"kind": "key", "key": "rimbo/centrum", "parent": "rimbo"},
 *           {"kind": "own", "key": "rimbo"}, {"kind": "total"}],
 *  "columns": [{"kind": "key", "key": "gathering"}, {"kind": "key", "key": "drugs"}, {"kind": "total"}],
 *  "cells": [[4, null, 6], [3, null, 4], [null, null, 2], [4, null, 6]]}
 * }</pre>
 *
 * <p><b>Suppressed cells</b> are {@code null}, and nothing else is written about them: not their value, not the
 * reason they are suppressed (a small count, or a cell that would give one away). A renderer prints each as
 * {@code mark}, the same for every suppressed cell, as {@link SuppressedTable} requires: telling small cells from
 * complementary ones would help a reader narrow the small ones down.
 *
 * <p><b>Reading.</b> A {@link SuppressedTable} can only be made by suppressing a {@link CountTable}
 * ({@link CountTable#suppress(int)}), and a document holds no count of a suppressed cell. So the reader first refuses
 * any shown count from 1 to the minimum count − 1, and cells that do not add up along the rows, the columns and the
 * levels of the headings; then it searches for counts to put in the suppressed cells (the smallest that add up,
 * then guesses of which cells were small and which protected them, improved one cell at a time) such that
 * suppressing that table for the minimum count gives exactly the cells the document shows, with the same numbers,
 * and suppresses exactly the cells it suppresses. So a document cannot publish a small count, nor a pattern that
 * est4j's suppression would not make.
 *
 * <p><b>Limits, on purpose and not.</b> The table read equals the one written in everything published. Suppression
 * reasons are not published, so a suppressed cell's reason is that of the counts the reader found, and the table
 * equals the one written (by {@link SuppressedTable#equals}) only when those agree; always when nothing is
 * suppressed. Suppression is not invertible in general and the search is bounded: for some tables that est4j itself
 * wrote (in this module's tests, 15 to 30 % of random reports with suppressed cells) it finds no such counts, and the
 * document is refused. A host that must read back every report it publishes keeps the report, not its JSON. Doing
 * better needs a way in est-core to make a {@link SuppressedTable} from its published form that audits the pattern
 * instead of re-deriving it.
 *
 * <p>This class is internal and not for public use. Implementation requirements: immutable and thread-safe.
 *
 * @param <R> the row key type
 * @param <C> the column key type
 */
public final class TableCodec<R extends Comparable<? super R>, C extends Comparable<? super C>>
        implements Codec<SuppressedTable<R, C>> {
    /** The properties, in the order written. */
    public static final List<String> PROPERTIES = List.of("minimumCount", "mark", "rows", "columns", "cells");
    /** The properties of a heading, in the order written. */
    public static final List<String> HEADING_PROPERTIES = List.of("kind", "key", "parent");

    private final TextCodec<R> rowKeys;
    private final TextCodec<C> columnKeys;
    private final ObjectCodec<Head<R>> rowHeading;
    private final ObjectCodec<Head<C>> columnHeading;

    /**
     * Creates the codec of tables with keys of two types.
     *
     * @param rowKeys the row keys' codec
     * @param columnKeys the column keys' codec
     */
    public TableCodec(TextCodec<R> rowKeys, TextCodec<C> columnKeys) {
        this.rowKeys = requireNonNull(rowKeys, "rowKeys");
        this.columnKeys = requireNonNull(columnKeys, "columnKeys");
        this.rowHeading = heading(rowKeys);
        this.columnHeading = heading(columnKeys);
    }

    @Override
    public String what() {
        return "a table of counts";
    }

    /** A heading as read: its kind, key and parent key. */
    private static final class Head<K> {
        final Heading.Kind kind;
        final K key;
        final K parent;

        Head(Heading.Kind kind, K key, K parent) {
            this.kind = kind;
            this.key = key;
            this.parent = parent;
        }

        Heading<K> heading() {
            return kind == Heading.Kind.TOTAL ? Heading.total() : kind == Heading.Kind.OWN ? Heading.own(key)
                    : Heading.of(key);
        }
    }

    private static <K> ObjectCodec<Head<K>> heading(TextCodec<K> keys) {
        return new ObjectCodec<>("a table heading", HEADING_PROPERTIES,
                (h, g) -> {
                    throw new UnsupportedOperationException("headings are written by the table");
                },
                f -> {
                    List<Object> parts = new ArrayList<>(List.of(Optional.empty(), Optional.empty(), Optional.empty()));
                    f.require("kind");
                    f.read("kind", HEADING_KIND, k -> parts.set(0, Optional.of(k)));
                    f.read("key", keys, k -> parts.set(1, Optional.of(k)));
                    f.read("parent", keys, k -> parts.set(2, Optional.of(k)));
                    @SuppressWarnings("unchecked")
                    Heading.Kind kind = ((Optional<Heading.Kind>) parts.get(0)).orElse(null);
                    @SuppressWarnings("unchecked")
                    K key = ((Optional<K>) parts.get(1)).orElse(null);
                    @SuppressWarnings("unchecked")
                    K parent = ((Optional<K>) parts.get(2)).orElse(null);
                    if (kind == Heading.Kind.TOTAL && f.has("key")) {
                        f.reading().add(f.path("key"), "must be absent for the total", null);
                    } else if (kind != null && kind != Heading.Kind.TOTAL && !f.has("key")) {
                        f.reading().add(f.path("key"), "is required for a heading of kind " + Values.kebab(kind), null);
                    }
                    if (kind != null && kind != Heading.Kind.KEY && f.has("parent")) {
                        f.reading().add(f.path("parent"), "is given only for a heading of kind key", null);
                    }
                    return f.build(() -> new Head<>(requireNonNull(kind, "kind"), key, parent));
                });
    }

    // ------------------------------------------------------------------------------------------- writing

    @Override
    public void write(SuppressedTable<R, C> table, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("minimumCount", table.minimumCount());
        g.writeStringField("mark", SuppressedTable.MARK);
        writeHeadings(g, "rows", rowKeys, table.rows(), table::rowParent);
        writeHeadings(g, "columns", columnKeys, table.columns(), table::columnParent);
        g.writeArrayFieldStart("cells");
        for (Heading<R> row : table.rows()) {
            g.writeStartArray();
            for (Heading<C> column : table.columns()) {
                OptionalLong value = table.value(row, column);
                if (value.isPresent()) {
                    g.writeNumber(value.getAsLong());
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static <K> void writeHeadings(JsonGenerator g, String name, TextCodec<K> keys, List<Heading<K>> headings,
            java.util.function.Function<Heading<K>, Optional<Heading<K>>> parentOf) throws IOException {
        g.writeArrayFieldStart(name);
        for (Heading<K> h : headings) {
            g.writeStartObject();
            Out.field(g, "kind", HEADING_KIND, h.kind());
            if (h.key().isPresent()) {
                g.writeStringField("key", keys.format(h.key().get()));
            }
            if (h.kind() == Heading.Kind.KEY) {
                Optional<Heading<K>> parent = parentOf.apply(h);
                if (parent.isPresent() && parent.get().kind() == Heading.Kind.KEY) {
                    g.writeStringField("parent", keys.format(parent.get().key().orElseThrow()));
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------------------------------- reading

    @Override
    public SuppressedTable<R, C> convert(JsonNode node, Reading reading, String path) {
        Fields f = Fields.of(reading, node, path, what(), PROPERTIES);
        if (f == null) {
            return null;
        }
        int mark = reading.mark();
        int[] minimum = {0};
        List<Head<R>> rows = new ArrayList<>();
        List<Head<C>> columns = new ArrayList<>();
        f.require("minimumCount");
        f.require("rows");
        f.require("columns");
        f.require("cells");
        f.read("minimumCount", INT, v -> minimum[0] = v);
        if (f.has("minimumCount") && minimum[0] < 1 && reading.problemsSince(mark).isEmpty()) {
            reading.add(f.path("minimumCount"), "must be 1 or more (1 = no suppression)", Integer.toString(minimum[0]));
        }
        f.read("mark", TEXT, m -> {
            if (!m.equals(SuppressedTable.MARK)) {
                reading.add(f.path("mark"), "must be \"" + SuppressedTable.MARK + "\", the mark of every suppressed cell",
                        "\"" + m + "\"");
            }
        });
        f.readList("rows", rowHeading, rows::add);
        f.readList("columns", columnHeading, columns::add);
        if (!reading.problemsSince(mark).isEmpty()) {
            return null;
        }
        int nr = rows.size();
        int nc = columns.size();
        long[] shown = cells(f, nr, nc);
        if (shown == null) {
            return null;
        }
        int[] rowParent = parents(f, "rows", rows);
        int[] columnParent = parents(f, "columns", columns);
        if (rowParent == null || columnParent == null) {
            return null;
        }
        boolean small = false;
        for (int c = 0; c < shown.length; c++) {
            if (shown[c] > 0 && shown[c] < minimum[0]) {
                reading.add(Reading.element(Reading.element(f.path("cells"), c / nc), c % nc), "must be suppressed"
                        + " (null) for the minimum count " + minimum[0] + ": it is a count from 1 to " + (minimum[0] - 1),
                        Long.toString(shown[c]));
                small = true;
            }
        }
        if (small) {
            return null;
        }
        TableFill fill = new TableFill(nr, nc, rowParent, columnParent, shown);
        long[] bounds = fill.lowerBounds();
        if (bounds == null) {
            reading.add(f.path("cells"), "cannot be the published form of a table of counts: the shown cells do not"
                    + " add up along the rows, the columns and the levels of the headings", null);
            return null;
        }
        List<Integer> open = new ArrayList<>();
        for (int c = 0; c < shown.length; c++) {
            if (shown[c] < 0 && bounds[c] < minimum[0]) {
                open.add(c);
            }
        }
        boolean[] aggregate = aggregates(rowParent, columnParent);
        Trial trial = new Trial(reading, f, rows, columns, rowParent, columnParent, shown, minimum[0]);
        int budget = Math.max(MIN_TRIALS, TRIAL_CELLS / Math.max(1, shown.length));
        // The smallest filling first, then one with every open total large; then a search that flips one cell
        // between small and large while that brings the pattern closer, restarting from a random guess when not.
        long[] first = smallest(fill, bounds, shown, minimum[0]);
        int best = trial.score(first);
        if (trial.failed) {
            return null;
        }
        if (trial.found != null) {
            return reading.problemsSince(mark).isEmpty() ? trial.found : null;
        }
        java.util.Random random = new java.util.Random(nr * 31L + nc);
        boolean[] current = new boolean[open.size()];
        for (int k = 0; k < open.size(); k++) {
            current[k] = aggregate[open.get(k)];
        }
        boolean restart = false;
        for (int used = 1; used < budget && !open.isEmpty(); ) {
            if (restart) {
                for (int k = 0; k < open.size(); k++) {
                    current[k] = random.nextDouble() < (aggregate[open.get(k)] ? 0.6 : 0.15);
                }
                best = Integer.MAX_VALUE;
            }
            int score = trial.score(assigned(fill, shown.length, open, current, minimum[0]));
            used++;
            if (trial.failed) {
                return null;
            }
            if (trial.found != null) {
                return reading.problemsSince(mark).isEmpty() ? trial.found : null;
            }
            best = Math.min(best, score);
            restart = true;
            for (int k : order(open, trial.lastMismatch, nc)) {
                if (used++ >= budget) {
                    break;
                }
                current[k] = !current[k];
                score = trial.score(assigned(fill, shown.length, open, current, minimum[0]));
                if (trial.failed) {
                    return null;
                }
                if (trial.found != null) {
                    return reading.problemsSince(mark).isEmpty() ? trial.found : null;
                }
                if (score < best) {
                    best = score;
                    restart = false;
                } else {
                    current[k] = !current[k];
                }
            }
        }
        if (trial.firstMismatch == null) {
            reading.add(f.path("cells"), "cannot be the published form of a table of counts: no counts in the"
                    + " suppressed cells add up along the rows, the columns and the levels of the headings", null);
            return null;
        }
        List<String[]> firstMismatch = trial.firstMismatch;
        for (String[] problem : firstMismatch) {
            reading.add(problem[0], problem[1], problem[2]);
        }
        return null;
    }

    private static final java.util.function.IntFunction<long[]> NO_CAP = n -> {
        long[] cap = new long[n];
        java.util.Arrays.fill(cap, Long.MAX_VALUE);
        return cap;
    };

    /**
     * The filling most likely to give the same pattern back: every suppressed cell a small count (from 1 to the
     * minimum count − 1), so that suppression marks exactly these cells as small and, the pattern being safe,
     * adds nothing. Where the sums forbid that (a suppressed total of suppressed parts), cells are let grow: those
     * the bounds already force up, then suppressed cells from the last (the totals) backwards, until a filling is
     * found.
     */
    private static long[] smallest(TableFill fill, long[] bounds, long[] shown, int minimum) {
        long[] cap = NO_CAP.apply(shown.length);
        int capped = 0;
        for (int c = 0; c < shown.length; c++) {
            if (shown[c] < 0 && bounds[c] < minimum) {
                cap[c] = minimum - 1L;
                capped++;
            }
        }
        for (int round = 0; round <= capped; round++) {
            int[] conflict = fill.conflict(cap);
            if (conflict == null) {
                long[] values = fill.solve(new long[shown.length], cap, 400);
                if (values != null) {
                    return values;
                }
            }
            if (!relax(cap, conflict)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Lets grow the cells most likely to cause a conflict: the crossed cell, else the total of its relation, else its
     * parts; without a conflict (the search ran out), the last capped cell.
     */
    private static boolean relax(long[] cap, int[] conflict) {
        if (conflict != null) {
            if (cap[conflict[0]] != Long.MAX_VALUE) {
                cap[conflict[0]] = Long.MAX_VALUE;
                return true;
            }
            if (cap[conflict[1]] != Long.MAX_VALUE) {
                cap[conflict[1]] = Long.MAX_VALUE;
                return true;
            }
            boolean any = false;
            for (int k = 2; k < conflict.length; k++) {
                any |= cap[conflict[k]] != Long.MAX_VALUE;
                cap[conflict[k]] = Long.MAX_VALUE;
            }
            if (any) {
                return true;
            }
        }
        for (int c = cap.length - 1; c >= 0; c--) {
            if (cap[c] != Long.MAX_VALUE) {
                cap[c] = Long.MAX_VALUE;
                return true;
            }
        }
        return false;
    }

    /** The fewest fillings tried before a pattern of suppressed cells is refused. */
    private static final int MIN_TRIALS = 60;
    /** Cells × fillings tried: a larger table, whose suppression costs more, gets fewer. */
    private static final int TRIAL_CELLS = 60_000;

    /** The open cells to flip, those the last suppression showed although the document suppresses them first. */
    private static List<Integer> order(List<Integer> open, java.util.Set<Integer> under, int nc) {
        List<Integer> first = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int k = 0; k < open.size(); k++) {
            (under.contains(open.get(k)) ? first : rest).add(k);
        }
        first.addAll(rest);
        return first;
    }

    /** A filling with each open cell large (at least the minimum count) or small, as assigned. */
    private static long[] assigned(TableFill fill, int cells, List<Integer> open, boolean[] big, int minimum) {
        long[] floor = new long[cells];
        long[] cap = NO_CAP.apply(cells);
        for (int k = 0; k < open.size(); k++) {
            if (big[k]) {
                floor[open.get(k)] = minimum;
            } else {
                cap[open.get(k)] = minimum - 1L;
            }
        }
        return fill.solve(floor, cap, 2000);
    }

    /** One table being read: suppresses fillings of it and compares the result with the document. */
    private final class Trial {
        final Reading reading;
        final Fields f;
        final List<Head<R>> rows;
        final List<Head<C>> columns;
        final int[] rowParent;
        final int[] columnParent;
        final long[] shown;
        final int minimum;
        SuppressedTable<R, C> found;
        List<String[]> firstMismatch;
        /** The cells, row by row, where the last filling's suppression showed a cell the document suppresses. */
        java.util.Set<Integer> lastMismatch = java.util.Set.of();
        boolean failed;

        Trial(Reading reading, Fields f, List<Head<R>> rows, List<Head<C>> columns, int[] rowParent,
                int[] columnParent, long[] shown, int minimum) {
            this.reading = reading;
            this.f = f;
            this.rows = rows;
            this.columns = columns;
            this.rowParent = rowParent;
            this.columnParent = columnParent;
            this.shown = shown;
            this.minimum = minimum;
        }

        /** The number of cells where suppressing a filling differs from the document; 0 sets {@link #found}. */
        int score(long[] values) {
            if (values == null) {
                return Integer.MAX_VALUE;
            }
            CountTable<R, C> table = countTable(reading, f, rows, columns, rowParent, columnParent, values);
            if (table == null) {
                failed = true;
                return Integer.MAX_VALUE;
            }
            SuppressedTable<R, C> published = table.suppress(minimum);
            List<String[]> mismatch = compare(f, published, table, shown, rows.size(), columns.size(), minimum);
            if (mismatch.isEmpty()) {
                found = published;
            } else if (firstMismatch == null) {
                firstMismatch = mismatch;
            }
            java.util.Set<Integer> under = new java.util.HashSet<>();
            int nc = columns.size();
            for (int c = 0; c < shown.length; c++) {
                if (shown[c] < 0 && published.value(table.rows().get(c / nc), table.columns().get(c % nc)).isPresent()) {
                    under.add(c);
                }
            }
            lastMismatch = under;
            return mismatch.size();
        }
    }

    /** The cells that are the sum of others: in a row or a column whose heading has children. */
    private static boolean[] aggregates(int[] rowParent, int[] columnParent) {
        boolean[] rowBase = base(rowParent);
        boolean[] columnBase = base(columnParent);
        boolean[] aggregate = new boolean[rowParent.length * columnParent.length];
        for (int i = 0; i < rowParent.length; i++) {
            for (int j = 0; j < columnParent.length; j++) {
                aggregate[i * columnParent.length + j] = !rowBase[i] || !columnBase[j];
            }
        }
        return aggregate;
    }

    private CountTable<R, C> countTable(Reading reading, Fields f, List<Head<R>> rows, List<Head<C>> columns,
            int[] rowParent, int[] columnParent, long[] values) {
        int nr = rows.size();
        int nc = columns.size();
        CountTable.Builder<R, C> b = CountTable.builder();
        rows.stream().filter(h -> h.kind == Heading.Kind.KEY)
                .forEach(h -> {
                    if (h.parent == null) {
                        b.row(h.key);
                    } else {
                        b.row(h.key, h.parent);
                    }
                });
        columns.stream().filter(h -> h.kind == Heading.Kind.KEY)
                .forEach(h -> {
                    if (h.parent == null) {
                        b.column(h.key);
                    } else {
                        b.column(h.key, h.parent);
                    }
                });
        boolean[] rowBase = base(rowParent);
        boolean[] columnBase = base(columnParent);
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                long v = values[i * nc + j];
                if (rowBase[i] && columnBase[j] && v > 0 && rows.get(i).key != null && columns.get(j).key != null) {
                    b.add(rows.get(i).key, columns.get(j).key, v);
                }
            }
        }
        CountTable<R, C> table;
        try {
            table = b.build();
        } catch (RuntimeException e) {
            reading.add(f.path("rows"), "do not form a hierarchy: " + e.getMessage(), null);
            return null;
        }
        if (!sameHeadings(reading, f.path("rows"), rows, table.rows())
                || !sameHeadings(reading, f.path("columns"), columns, table.columns())) {
            return null;
        }
        return table;
    }

    /** The cells where a suppression differs from the document: path, message, value. */
    private List<String[]> compare(Fields f, SuppressedTable<R, C> published, CountTable<R, C> table, long[] shown,
            int nr, int nc, int minimum) {
        List<String[]> problems = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                OptionalLong v = published.value(table.rows().get(i), table.columns().get(j));
                long given = shown[i * nc + j];
                String at = Reading.element(Reading.element(f.path("cells"), i), j);
                if (v.isEmpty() && given >= 0) {
                    problems.add(new String[] {at, "is shown, but est4j's suppression for the minimum count " + minimum
                            + " hid it in the tables est4j tried behind the shown cells: est4j reads only a pattern of"
                            + " suppressed cells that its own suppression makes, and could not reproduce this one",
                            Long.toString(given)});
                } else if (v.isPresent() && given < 0) {
                    problems.add(new String[] {at, "is suppressed, but est4j's suppression for the minimum count "
                            + minimum + " showed it in the tables est4j tried behind the shown cells: est4j reads only a"
                            + " pattern of suppressed cells that its own suppression makes, and could not reproduce this"
                            + " one", "null"});
                }
            }
        }
        return problems;
    }


    /** Reads the cells, row by row: -1 for a suppressed cell. */
    private static long[] cells(Fields f, int nr, int nc) {
        Reading reading = f.reading();
        JsonNode cells = f.get("cells");
        String path = f.path("cells");
        if (!cells.isArray() || cells.size() != nr) {
            return reading.fail(path, "must be an array of " + nr + " rows, one per row heading", cells);
        }
        long[] shown = new long[nr * nc];
        boolean ok = true;
        for (int i = 0; i < nr; i++) {
            JsonNode row = cells.get(i);
            String at = Reading.element(path, i);
            if (!row.isArray() || row.size() != nc) {
                reading.fail(at, "must be an array of " + nc + " cells, one per column heading", row);
                ok = false;
                continue;
            }
            for (int j = 0; j < nc; j++) {
                JsonNode cell = row.get(j);
                if (cell.isNull()) {
                    shown[i * nc + j] = -1;
                } else if (cell.isIntegralNumber() && cell.canConvertToLong() && cell.longValue() >= 0
                        && cell.longValue() <= TableFill.MAX_COUNT) {
                    shown[i * nc + j] = cell.longValue();
                } else {
                    reading.fail(Reading.element(at, j), "must be a count (a whole number from 0 to "
                            + TableFill.MAX_COUNT + "), or null for a suppressed cell", cell);
                    ok = false;
                }
            }
        }
        return ok ? shown : null;
    }

    /** The index of each heading's parent heading, -1 for the total; null after recording a problem. */
    private static <K> int[] parents(Fields f, String name, List<Head<K>> headings) {
        Reading reading = f.reading();
        int n = headings.size();
        Map<K, Integer> keyIndex = new HashMap<>();
        int total = -1;
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            Head<K> h = headings.get(i);
            String at = Reading.element(f.path(name), i);
            if (h.kind == Heading.Kind.TOTAL) {
                if (i != n - 1) {
                    reading.add(at, "must be the last heading: the total comes last, once", null);
                    ok = false;
                }
                total = i;
            } else if (h.kind == Heading.Kind.KEY && keyIndex.put(h.key, i) != null) {
                reading.add(at + ".key", "must be unique among the headings of kind key", null);
                ok = false;
            }
        }
        if (total < 0) {
            reading.add(f.path(name), "must end with the total, a heading of kind total", null);
            return null;
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            Head<K> h = headings.get(i);
            String at = Reading.element(f.path(name), i);
            Integer p = h.kind == Heading.Kind.TOTAL ? Integer.valueOf(-1)
                    : h.kind == Heading.Kind.OWN ? keyIndex.get(h.key)
                    : h.parent == null ? Integer.valueOf(total) : keyIndex.get(h.parent);
            if (p == null) {
                reading.add(at + (h.kind == Heading.Kind.OWN ? ".key" : ".parent"), "must be the key of a heading of"
                        + " kind key in the same list", null);
                ok = false;
            } else {
                parent[i] = p;
            }
        }
        return ok ? parent : null;
    }

    private static boolean[] base(int[] parent) {
        boolean[] base = new boolean[parent.length];
        java.util.Arrays.fill(base, true);
        for (int p : parent) {
            if (p >= 0) {
                base[p] = false;
            }
        }
        return base;
    }

    private static <K> boolean sameHeadings(Reading reading, String path, List<Head<K>> given, List<Heading<K>> made) {
        List<Heading<K>> headings = new ArrayList<>();
        given.forEach(h -> headings.add(h.heading()));
        if (headings.equals(made)) {
            return true;
        }
        reading.add(path, "must list the headings as est4j orders them (each key followed by the keys under it and"
                + " then by its own heading, siblings sorted by key, the total last), with an own heading exactly"
                + " where something was counted at a key that has keys under it: " + made, null);
        return false;
    }
}
