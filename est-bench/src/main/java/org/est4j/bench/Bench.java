package org.est4j.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.LiveCounts;
import org.est4j.core.picture.PeriodCounter;
import org.est4j.core.picture.PeriodCounts;
import org.est4j.core.store.ObservationBatch;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.io.Sources;
import org.est4j.io.csv.CsvIngest;
import org.est4j.io.csv.IngestResult;
import org.est4j.io.csv.ObservationCsv;

/**
 * The one-command comparison: on one generated observation CSV, in one JVM and interleaved over rounds, it times
 * DuckDB (CSV straight to GROUP BY area, ISO week, category; GROUP BY on a loaded table), a plain byte parser, Jackson
 * CSV parse only, the naive object-per-row path, est4j ingest + counts, est4j counts from a loaded store and est4j
 * live appends (one at a time and in batches of 100); checks that est4j's counts equal DuckDB's; prints a table of
 * rows/s, bytes per observation and the ratios the targets are stated in; and writes it all as JSON.
 *
 * <pre>
 * java -Xmx10g -XX:+UseParallelGC -jar est-bench/target/est-bench.jar --rows 10000000
 * </pre>
 *
 * <p>Options: {@code --rows N} (default 10,000,000), {@code --rounds N} (2), {@code --threads N} (all processors),
 * {@code --dir D} (where the CSV is generated and kept, {@code target/bench}), {@code --json F}
 * ({@code <dir>/result.json}), {@code --seed N} (2026), {@code --naive-rows N} (at most 1,000,000: the naive path
 * holds an object per row), {@code --appends N} (at most 1,000,000).
 *
 * <p>Implementation requirements: a command-line program; not for concurrent use.
 */
public final class Bench {
    private final Map<String, String> options;
    private final long rows;
    private final int rounds;
    private final int threads;
    private final Path dir;
    private final AreaHierarchy hierarchy = Generator.hierarchy();
    private final PeriodCounter counter = PeriodCounter.of(hierarchy, Taxonomy.standard(), Generator.FIRST_WEEK,
            Generator.LAST_WEEK);
    private final ImportContext context = ImportContext.builder().hierarchy(hierarchy).build();
    private final Map<String, Result> results = new LinkedHashMap<>();
    private ObservationStore loaded;

    private Bench(Map<String, String> options) {
        this.options = options;
        this.rows = Long.parseLong(options.getOrDefault("rows", "10000000"));
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        this.threads = Integer.parseInt(options.getOrDefault("threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        this.dir = Path.of(options.getOrDefault("dir", "target/bench"));
    }

    /**
     * Runs the comparison.
     *
     * @param args options, see the class comment
     * @throws Exception when something fails; the message says what
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options are --name value pairs: --rows 1000000 --rounds 2; got "
                        + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        Bench bench = new Bench(options);
        boolean agree = bench.run();
        if (!agree) {
            System.exit(2);
        }
    }

    /** One measured case: the best time over the rounds. */
    static final class Result {
        final String name;
        final long rows;
        double seconds = Double.MAX_VALUE;
        double bytesPerObservation = Double.NaN;
        String note = "";

        Result(String name, long rows) {
            this.name = name;
            this.rows = rows;
        }

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private Result result(String name, long n) {
        return results.computeIfAbsent(name, k -> new Result(name, n));
    }

    private void time(String name, long n, ThrowingRunnable r) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        r.run();
        double s = (System.nanoTime() - t0) / 1e9;
        Result res = result(name, n);
        res.seconds = Math.min(res.seconds, s);
        System.out.printf(Locale.ROOT, "  %-46s %8.3f s  %12.0f rows/s%n", name, s, n / s);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    boolean run() throws Exception {
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        Path file = dir.resolve("observations-" + rows + ".csv");
        System.out.printf(Locale.ROOT, "Generating %d rows (seed %d) into %s …%n", rows, seed, file);
        Generator.write(file, rows, seed);
        long naiveRows = Math.min(rows, Long.parseLong(options.getOrDefault("naive-rows", "1000000")));
        Path naiveFile = Generator.head(file, dir.resolve("observations-head-" + naiveRows + ".csv"), naiveRows);
        int appends = (int) Math.min(rows, Long.parseLong(options.getOrDefault("appends", "1000000")));
        System.out.printf(Locale.ROOT, "%s, %d bytes; %d rounds, %d threads%n", file, Files.size(file), rounds,
                threads);

        Class.forName("org.duckdb.DuckDBDriver");
        String csv = "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header=true, delim=',',"
                + " quote='\"', escape='\"', columns={'id':'VARCHAR','datum':'DATE','tid':'VARCHAR',"
                + "'område':'VARCHAR','kategori':'VARCHAR','allvarlighet':'INTEGER','beskrivning':'VARCHAR',"
                + "'källa':'VARCHAR','lat':'DOUBLE','lon':'DOUBLE'})";
        String groupBy = " GROUP BY ALL";
        String select = "SELECT \"område\" AS area, strftime(datum, '%G-W%V') AS week, kategori AS category,"
                + " count(*) AS n FROM ";
        boolean agree;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement()) {
            sql.execute("SET threads=" + threads);
            for (int round = 1; round <= rounds; round++) {
                System.out.printf(Locale.ROOT, "Round %d of %d%n", round, rounds);
                time("DuckDB: CSV to GROUP BY", rows, () -> {
                    sql.execute("CREATE OR REPLACE TEMP TABLE csv_groups AS " + select + csv + groupBy);
                });
                time("DuckDB: CSV load into a table", rows, () -> {
                    sql.execute("CREATE OR REPLACE TABLE obs AS SELECT * FROM " + csv);
                });
                time("DuckDB: GROUP BY on the loaded table", rows, () -> {
                    sql.execute("CREATE OR REPLACE TEMP TABLE table_groups AS " + select + "obs" + groupBy);
                });
                time("Plain byte parser (1 thread)", rows, () -> new PlainParser().parse(file));
                time("Jackson CSV, parse only (1 thread)", rows, () -> jackson(file));
                time("Naive: importer, an object per row (1 thread)", naiveRows, () -> naive(naiveFile));
                time("est4j: CSV ingest + counts (" + threads + " threads)", rows, () -> {
                    ObservationStore store = ObservationStore.create();
                    ingest(file, store, threads);
                    counter.countParallel(store.snapshot(), threads);
                    loaded = store;
                });
                time("est4j: CSV ingest (1 thread)", rows, () -> ingest(file, ObservationStore.create(), 1));
                StoreSnapshot snapshot = loaded.snapshot();
                time("est4j: counts from a loaded store (" + threads + " threads)", rows,
                        () -> counter.countParallel(snapshot, threads));
                time("est4j: counts from a loaded store (1 thread)", rows, () -> counter.count(snapshot));
                List<Observation> batch = new ArrayList<>(appends);
                for (int i = 0; i < appends; i++) {
                    batch.add(snapshot.get(i));
                }
                time("est4j: live appends, one at a time", appends, () -> {
                    LiveCounts live = counter.live(ObservationStore.create());
                    for (Observation o : batch) {
                        live.append(o);
                    }
                    live.snapshot();
                });
                time("est4j: live appends, in batches of 100", appends, () -> {
                    LiveCounts live = counter.live(ObservationStore.create());
                    ObservationBatch hundred = ObservationBatch.withCapacity(100);
                    for (Observation o : batch) {
                        hundred.add(o);
                        if (hundred.size() == 100) {
                            live.append(hundred);
                            hundred.clear();
                        }
                    }
                    if (hundred.size() > 0) {
                        live.append(hundred);
                    }
                    live.snapshot();
                });
            }
            memory(sql);
            agree = agreement(sql);
        }
        report(agree);
        return agree;
    }

    private void ingest(Path file, ObservationStore store, int n) {
        IngestResult r = CsvIngest.create().ingest(file, context, store, n);
        if (r.accepted() != rows) {
            throw new IllegalStateException("est4j accepted " + r.accepted() + " of " + rows + " rows: "
                    + r.rejected().subList(0, Math.min(3, r.rejected().size())));
        }
    }

    private static long jackson(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long n = 0;
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_ARRAY) {
                    n++;
                }
            }
        }
        return n - 1; // the header
    }

    /** The importer into objects, then a map of counts by area, week and category: an object per row. */
    private Map<String, Long> naive(Path file) {
        ImportResult r = ObservationCsv.importer().read(Sources.of(file), context);
        Map<String, Long> counts = new HashMap<>();
        for (Observation o : r.accepted()) {
            counts.merge(o.area().value() + "|" + Period.of(PeriodKind.WEEK, o.occurredAt()) + "|"
                    + o.category().value(), 1L, Long::sum);
        }
        return counts;
    }

    private void memory(Statement sql) throws SQLException {
        StoreSnapshot s = loaded.snapshot();
        Result ingest = results.get("est4j: CSV ingest + counts (" + threads + " threads)");
        ingest.bytesPerObservation = loaded.bytesPerObservation();
        ingest.note = String.format(Locale.ROOT, "store columns, free text and ids excluded; %.0f B/obs with them"
                + " (estimate)", (double) loaded.memoryFootprint() / s.size());
        results.get("est4j: counts from a loaded store (" + threads + " threads)").bytesPerObservation =
                loaded.bytesPerObservation();
        try (ResultSet r = sql.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
            if (r.next()) {
                Result table = results.get("DuckDB: GROUP BY on the loaded table");
                table.bytesPerObservation = r.getDouble(1) / rows;
                table.note = "DuckDB's memory, all columns (free text too), with the temp result tables";
            }
        }
        // The naive path: the heap an object per row takes.
        System.gc();
        long before = usedHeap();
        ImportResult kept = ObservationCsv.importer().read(Sources.of(dir.resolve("observations-head-"
                + results.get("Naive: importer, an object per row (1 thread)").rows + ".csv")), context);
        System.gc();
        long after = usedHeap();
        Result naive = results.get("Naive: importer, an object per row (1 thread)");
        naive.bytesPerObservation = (double) (after - before) / kept.accepted().size();
        naive.note = "on the first " + kept.accepted().size() + " rows; heap of the Observation objects, text too";
        Result live = results.get("est4j: live appends, one at a time");
        live.note = String.format(Locale.ROOT, "%.0f ns an append with its counts", live.seconds * 1e9 / live.rows);
        Result batched = results.get("est4j: live appends, in batches of 100");
        batched.note = String.format(Locale.ROOT, "%.0f ns an observation with its counts", batched.seconds * 1e9
                / batched.rows);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Compares every non-zero own count of est4j with DuckDB's groups, by a checksum of all cells and totals. */
    private boolean agreement(Statement sql) throws SQLException {
        PeriodCounts counts = counter.countParallel(loaded.snapshot(), threads);
        long[] est = new long[3];
        counts.forEachOwnCount((area, period, category, n) -> add(est, area.value(), period.toString(),
                category.value(), n));
        boolean agree = true;
        for (String table : List.of("csv_groups", "table_groups")) {
            long[] duck = new long[3];
            try (ResultSet r = sql.executeQuery("SELECT area, week, category, n FROM " + table)) {
                while (r.next()) {
                    add(duck, r.getString(1), r.getString(2), r.getString(3), r.getLong(4));
                }
            }
            boolean same = java.util.Arrays.equals(est, duck);
            System.out.printf(Locale.ROOT, "Counts: est4j %d cells, %d observations; DuckDB (%s) %d cells, %d"
                    + " observations: %s%n", est[0], est[1], table, duck[0], duck[1], same ? "EQUAL" : "DIFFERENT");
            agree &= same;
        }
        return agree;
    }

    /** Adds a cell to a checksum: {cells, total, sum of a 64-bit hash of the cell times its count}. */
    static void add(long[] sum, String area, String week, String category, long n) {
        long h = 1125899906842597L;
        for (String s : new String[] {area, week, category}) {
            for (int i = 0; i < s.length(); i++) {
                h = 31 * h + s.charAt(i);
            }
            h = h * 0x9E3779B97F4A7C15L + 0x1F;
        }
        h ^= h >>> 29;
        sum[0]++;
        sum[1] += n;
        sum[2] += h * n;
    }

    private void report(boolean agree) throws IOException {
        String date = LocalDate.now().toString();
        String machine = machine();
        Result duckCsv = results.get("DuckDB: CSV to GROUP BY");
        Result duckTable = results.get("DuckDB: GROUP BY on the loaded table");
        Result plain = results.get("Plain byte parser (1 thread)");
        Result ingest = results.get("est4j: CSV ingest + counts (" + threads + " threads)");
        Result single = results.get("est4j: CSV ingest (1 thread)");
        Result compile = results.get("est4j: counts from a loaded store (" + threads + " threads)");
        Result live = results.get("est4j: live appends, one at a time");
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "| %-48s | %11s | %9s | %13s | %8s | %s |%n", "case", "rows",
                "seconds", "rows/s", "B/obs", "note"));
        table.append("|").append("-".repeat(50)).append("|").append("-".repeat(13)).append("|")
                .append("-".repeat(11)).append("|").append("-".repeat(15)).append("|").append("-".repeat(10))
                .append("|------|\n");
        for (Result r : results.values()) {
            table.append(String.format(Locale.ROOT, "| %-48s | %,11d | %9.3f | %,13.0f | %8s | %s |%n", r.name, r.rows,
                    r.seconds, r.rowsPerSecond(), Double.isNaN(r.bytesPerObservation) ? ""
                            : String.format(Locale.ROOT, "%.1f", r.bytesPerObservation), r.note));
        }
        double[][] targets = {
            {ingest.rowsPerSecond() / duckCsv.rowsPerSecond(), 1.5},
            {compile.rowsPerSecond() / duckTable.rowsPerSecond(), 3.0},
            {ingest.bytesPerObservation, 40.0},
            {single.rowsPerSecond() / plain.rowsPerSecond(), 0.8},
            {live.seconds * 1e9 / live.rows, 1000.0},
        };
        String[] names = {
            "est4j CSV-to-counts / DuckDB CSV-to-GROUP-BY (at least 1.5)",
            "est4j counts from a loaded store / DuckDB GROUP BY on a loaded table (at least 3)",
            "bytes per observation in the store, free text excluded (at most 40)",
            "est4j single-thread ingest / plain byte parser (at least 0.8)",
            "ns per live append with its counts (under 1000)",
        };
        StringBuilder ratios = new StringBuilder();
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"date\": \"").append(date).append("\",\n  \"machine\": \"").append(escape(machine))
                .append("\",\n  \"rows\": ").append(rows).append(",\n  \"rounds\": ").append(rounds)
                .append(",\n  \"threads\": ").append(threads).append(",\n  \"countsAgreeWithDuckDB\": ").append(agree)
                .append(",\n  \"cases\": [\n");
        int i = 0;
        for (Result r : results.values()) {
            json.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"rows\": %d, \"seconds\": %.4f,"
                    + " \"rowsPerSecond\": %.0f, \"bytesPerObservation\": %s, \"note\": \"%s\"}%s%n", escape(r.name),
                    r.rows, r.seconds, r.rowsPerSecond(), Double.isNaN(r.bytesPerObservation) ? "null"
                            : String.format(Locale.ROOT, "%.2f", r.bytesPerObservation), escape(r.note),
                    ++i < results.size() ? "," : ""));
        }
        json.append("  ],\n  \"targets\": [\n");
        for (int t = 0; t < targets.length; t++) {
            boolean met = t == 2 || t == 4 ? targets[t][0] <= targets[t][1] : targets[t][0] >= targets[t][1];
            ratios.append(String.format(Locale.ROOT, "| %-82s | %9.2f | %s |%n", names[t], targets[t][0],
                    met ? "met" : "MISSED"));
            json.append(String.format(Locale.ROOT, "    {\"target\": \"%s\", \"value\": %.3f, \"limit\": %.1f,"
                    + " \"met\": %s}%s%n", escape(names[t]), targets[t][0], targets[t][1], met,
                    t + 1 < targets.length ? "," : ""));
        }
        json.append("  ]\n}\n");
        System.out.println();
        System.out.println("Machine: " + machine + "; date " + date + "; " + rows + " rows, best of " + rounds
                + " rounds, " + threads + " threads");
        System.out.print(table);
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-82s | %9s | %s |%n", "target", "measured", "");
        System.out.println("|" + "-".repeat(84) + "|-----------|--------|");
        System.out.print(ratios);
        System.out.println("Counts agree with DuckDB: " + agree);
        Path out = Path.of(options.getOrDefault("json", dir.resolve("result.json").toString()));
        Files.writeString(out, json.toString(), StandardCharsets.UTF_8);
        System.out.println("Written: " + out);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            cpu = System.getProperty("os.arch");
        }
        return String.format(Locale.ROOT, "%s, %d cores, %s %s, Java %s, max heap %d MB", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
