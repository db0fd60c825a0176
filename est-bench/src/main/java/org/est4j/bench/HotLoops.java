package org.est4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.LiveCounts;
import org.est4j.core.picture.PeriodCounter;
import org.est4j.core.picture.PeriodCounts;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.io.csv.CsvIngest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH microbenchmarks of the hot loops, on 200,000 generated rows: the single-threaded CSV ingest, the counting
 * pass over a loaded store, and live appends. Run with
 * {@code java -cp est-bench/target/est-bench.jar org.openjdk.jmh.Main HotLoops}.
 *
 * <p>Implementation requirements: JMH state; not for use outside JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotLoops {
    static final int ROWS = 200_000;

    private Path dir;
    private Path file;
    private final PeriodCounter counter = PeriodCounter.of(Generator.hierarchy(), Taxonomy.standard(),
            Generator.FIRST_WEEK, Generator.LAST_WEEK);
    private final ImportContext context = ImportContext.builder().hierarchy(Generator.hierarchy()).build();
    private StoreSnapshot snapshot;
    private List<Observation> observations;

    /**
     * Generates the file and loads a store.
     *
     * @throws IOException when the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("est4j-jmh");
        file = Generator.write(dir.resolve("obs.csv"), ROWS, 7);
        ObservationStore store = ObservationStore.create();
        CsvIngest.create().ingest(file, context, store, 1);
        snapshot = store.snapshot();
        observations = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            observations.add(snapshot.get(i));
        }
    }

    /**
     * Removes the file.
     *
     * @throws IOException when it cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling("obs.csv.generated"));
        Files.deleteIfExists(dir);
    }

    /**
     * Ingests the file on one thread; the time is per row.
     *
     * @return the store, so that the work is not optimised away
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public ObservationStore ingestPerRow() {
        ObservationStore store = ObservationStore.create();
        CsvIngest.create().ingest(file, context, store, 1);
        return store;
    }

    /**
     * Counts a loaded store on one thread; the time is per row.
     *
     * @return the counts
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public PeriodCounts countPerRow() {
        return counter.count(snapshot);
    }

    /**
     * Live counts that have taken the first half of the rows already, made afresh before each invocation: their
     * count arrays exist, so an append costs what it costs in a running system.
     */
    @State(Scope.Thread)
    public static class Primed {
        LiveCounts live;

        /**
         * Appends the first half of the rows, unmeasured.
         *
         * @param loops the rows and the counter
         */
        @Setup(Level.Invocation)
        public void prime(HotLoops loops) {
            live = loops.counter.live(ObservationStore.create());
            for (Observation o : loops.observations.subList(0, ROWS / 2)) {
                live.append(o);
            }
        }
    }

    /**
     * Appends the second half of the rows one at a time to live counts that hold the first half; the time is per
     * append.
     *
     * @param primed the live counts
     * @return the live counts
     */
    @Benchmark
    @OperationsPerInvocation(ROWS / 2)
    public LiveCounts liveAppend(Primed primed) {
        for (Observation o : observations.subList(ROWS / 2, ROWS)) {
            primed.live.append(o);
        }
        return primed.live;
    }
}
