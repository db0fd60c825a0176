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
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
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
 * <p><b>Reading.</b> The table is made from what the document publishes by {@link SuppressedTable#builder(int)},
 * which refuses it unless it could have been published safely: no shown count from 1 to the minimum count − 1; shown
 * cells that add up along the rows, the columns and the levels of the headings (a heading whose children are all
 * shown equals their sum, and one with suppressed children is at least its shown children plus 1 for each suppressed
 * one); and a pattern from which no suppressed cell can be worked out (by subtraction, by any combination of the
 * sums, or because suppressed cells are at least 1, such as a single suppressed cell in a row). Each problem is
 * reported at its cell, {@code cells[i][j]}. The headings must also come in est4j's order, with an own heading
 * exactly where something was counted at a key that has keys under it.
 *
 * <p>Every table est4j writes is read back equal to the one written ({@link SuppressedTable#equals} compares what is
 * published, not the reasons). The table read does not know why its cells are suppressed, since the document does
 * not say: {@link SuppressedTable.Cell#reason()} is empty for its suppressed cells.
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
        boolean rowsOk = headingsRefer(f, "rows", rows);
        boolean columnsOk = headingsRefer(f, "columns", columns);
        return rowsOk && columnsOk ? table(f, rows, columns, shown, minimum[0]) : null;
    }

    /**
     * Makes the table from what the document publishes; records every problem the builder finds, at its JSON path,
     * and returns null after any.
     */
    private SuppressedTable<R, C> table(Fields f, List<Head<R>> rows, List<Head<C>> columns, long[] shown,
            int minimum) {
        Reading reading = f.reading();
        int nc = columns.size();
        SuppressedTable.Builder<R, C> b = SuppressedTable.builder(minimum);
        declare(rows, b::row, b::row);
        declare(columns, b::column, b::column);
        for (int c = 0; c < shown.length; c++) {
            Heading<R> row = rows.get(c / nc).heading();
            Heading<C> column = columns.get(c % nc).heading();
            if (shown[c] < 0) {
                b.suppressed(row, column);
            } else {
                b.shown(row, column, shown[c]);
            }
        }
        SuppressedTable<R, C> table;
        try {
            table = b.build();
        } catch (ValidationException e) {
            Map<String, String> paths = new HashMap<>();
            paths.put("minimumCount", f.path("minimumCount"));
            paths(f, "rows", rows, paths);
            paths(f, "columns", columns, paths);
            for (int c = 0; c < shown.length; c++) {
                paths.putIfAbsent("cells[" + rows.get(c / nc).heading() + ", " + columns.get(c % nc).heading() + "]",
                        Reading.element(Reading.element(f.path("cells"), c / nc), c % nc));
            }
            for (Problem p : e.problems()) {
                String path = paths.get(p.path());
                reading.add(path != null ? path : f.path(p.path().startsWith("columns") ? "columns" : "rows"),
                        p.message(), p.value());
            }
            return null;
        }
        if (!sameHeadings(reading, f.path("rows"), rows, table.rows())
                || !sameHeadings(reading, f.path("columns"), columns, table.columns())) {
            return null;
        }
        return table;
    }

    /** Declares the keys of the headings of kind key, each under its parent key if it has one. */
    private static <K> void declare(List<Head<K>> headings, java.util.function.Consumer<K> top,
            java.util.function.BiConsumer<K, K> under) {
        for (Head<K> h : headings) {
            if (h.kind == Heading.Kind.KEY) {
                if (h.parent == null) {
                    top.accept(h.key);
                } else {
                    under.accept(h.key, h.parent);
                }
            }
        }
    }

    /** The JSON paths of the problems the builder may report about headings: {@code rows[key].parent}, … */
    private static <K> void paths(Fields f, String name, List<Head<K>> headings, Map<String, String> paths) {
        for (int i = 0; i < headings.size(); i++) {
            Heading<K> h = headings.get(i).heading();
            String at = Reading.element(f.path(name), i);
            if (h.kind() == Heading.Kind.KEY) {
                paths.putIfAbsent(name + "[" + h + "].parent", at + ".parent");
            } else if (h.kind() == Heading.Kind.OWN) {
                paths.putIfAbsent(name + "[" + h + "]", at);
            }
        }
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
                } else if (cell.isIntegralNumber() && cell.canConvertToLong() && cell.longValue() >= 0) {
                    shown[i * nc + j] = cell.longValue();
                } else {
                    reading.fail(Reading.element(at, j), "must be a count (a whole number from 0 to "
                            + Long.MAX_VALUE + "), or null for a suppressed cell", cell);
                    ok = false;
                }
            }
        }
        return ok ? shown : null;
    }

    /** The index of each heading's parent heading, -1 for the total; null after recording a problem. */
    /**
     * Checks that the total comes last, that keys are unique, and that a parent or an own heading names a heading
     * of kind key in the same list; records the problems.
     */
    private static <K> boolean headingsRefer(Fields f, String name, List<Head<K>> headings) {
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
            return false;
        }
        for (int i = 0; i < n; i++) {
            Head<K> h = headings.get(i);
            String at = Reading.element(f.path(name), i);
            K named = h.kind == Heading.Kind.OWN ? h.key : h.kind == Heading.Kind.KEY ? h.parent : null;
            if (named != null && !keyIndex.containsKey(named)) {
                reading.add(at + (h.kind == Heading.Kind.OWN ? ".key" : ".parent"), "must be the key of a heading of"
                        + " kind key in the same list", null);
                ok = false;
            }
        }
        return ok;
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
