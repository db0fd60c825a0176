package org.est4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.PeriodCounter;
import org.est4j.core.picture.PeriodCounts;
import org.est4j.core.store.ObservationStore;
import org.est4j.io.csv.CsvIngest;
import org.est4j.io.csv.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small agreement run CI executes: est4j's counts per area, ISO week and category equal DuckDB's. */
class BenchTest {
    @TempDir
    Path dir;

    @Test
    void est4jCountsEqualDuckDbsOnTwentyThousandRows() throws Exception {
        Path file = Generator.write(dir.resolve("obs.csv"), 20_000, 2026);
        ObservationStore store = ObservationStore.create();
        IngestResult result = CsvIngest.create().ingest(file, ImportContext.builder()
                .hierarchy(Generator.hierarchy()).build(), store, 2);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted()).isEqualTo(20_000);
        PeriodCounts counts = PeriodCounter.of(Generator.hierarchy(), Taxonomy.standard(), Generator.FIRST_WEEK,
                Generator.LAST_WEEK).countParallel(store.snapshot(), 2);
        Map<String, Long> est = new HashMap<>();
        long[] estSum = new long[3];
        counts.forEachOwnCount((area, week, category, n) -> {
            est.put(area.value() + "|" + week + "|" + category.value(), n);
            Bench.add(estSum, area.value(), week.toString(), category.value(), n);
        });

        Map<String, Long> duck = new HashMap<>();
        long[] duckSum = new long[3];
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"område\", strftime(datum, '%G-W%V'), kategori, count(*)"
                        + " FROM read_csv('" + file.toAbsolutePath() + "', header=true, columns={'id':'VARCHAR',"
                        + "'datum':'DATE','tid':'VARCHAR','område':'VARCHAR','kategori':'VARCHAR',"
                        + "'allvarlighet':'INTEGER','beskrivning':'VARCHAR','källa':'VARCHAR','lat':'DOUBLE',"
                        + "'lon':'DOUBLE'}) GROUP BY ALL")) {
            while (r.next()) {
                duck.put(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3), r.getLong(4));
                Bench.add(duckSum, r.getString(1), r.getString(2), r.getString(3), r.getLong(4));
            }
        }
        assertThat(est).hasSizeGreaterThan(1_000).isEqualTo(duck);
        assertThat(estSum).isEqualTo(duckSum);
        assertThat(counts.counted()).isEqualTo(20_000);
    }
}
