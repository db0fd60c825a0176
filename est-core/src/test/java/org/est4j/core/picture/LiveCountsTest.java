package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.mapping.Observation;
import org.est4j.core.store.ObservationBatch;
import org.est4j.core.store.ObservationStore;
import org.junit.jupiter.api.Test;

class LiveCountsTest {

    @Test
    void countsAfterEachAppendEqualABatchCountOfTheStore() {
        qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            AreaHierarchy hierarchy = Fixtures.hierarchy(random, 10);
            List<Observation> observations = Fixtures.observations(random, hierarchy, Fixtures.WEEK, 120);
            PeriodCounter counter = PeriodCounter.of(hierarchy, Fixtures.TAXONOMY, Fixtures.WEEK.plus(-3),
                    Fixtures.WEEK.plus(1));
            ObservationStore store = ObservationStore.of(observations.subList(0, 20));
            LiveCounts live = counter.live(store);
            List<PeriodCounts> published = new ArrayList<>();
            for (int i = 20; i < observations.size(); i++) {
                if (i % 3 == 0) {
                    store.append(observations.get(i)); // directly: taken in at the next call
                } else if (i % 7 == 0) {
                    live.append(ObservationBatch.of(observations.get(i)));
                } else {
                    live.append(observations.get(i));
                }
                if (i % 10 == 0) {
                    PeriodCounts now = live.snapshot();
                    assertThat(now).as("seed %d after %d", seed, i).isEqualTo(counter.count(store.snapshot()));
                    published.add(now);
                }
            }
            assertThat(live.snapshot()).isEqualTo(counter.count(store.snapshot()));
            // Published snapshots never change: each still equals the batch count of its prefix of rows.
            for (PeriodCounts p : published) {
                assertThat(p).isEqualTo(counter.count(store.snapshot(), 0, (int) p.rows()));
            }
        });
    }

    @Test
    void readersSeeConsistentCountsWhileWritersAppendNothingLostOrDoubled() throws Exception {
        SplittableRandom random = new SplittableRandom(99);
        AreaHierarchy hierarchy = Fixtures.hierarchy(random, 20);
        List<Observation> observations = Fixtures.observations(random, hierarchy, Fixtures.WEEK, 8_000);
        PeriodCounter counter = PeriodCounter.of(hierarchy, Fixtures.TAXONOMY, Fixtures.WEEK.plus(-6),
                Fixtures.WEEK.plus(1));
        ObservationStore store = ObservationStore.create();
        LiveCounts live = counter.live(store);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // The writers wait for the reader, so that its snapshots are taken while they append.
            CountDownLatch readerStarted = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int from = w * 4_000;
                writers.add(pool.submit(() -> {
                    readerStarted.await();
                    for (int i = from; i < from + 4_000; i++) {
                        live.append(observations.get(i));
                    }
                    return null;
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                readerStarted.countDown();
                int checked = 0;
                do {
                    PeriodCounts now = live.snapshot();
                    // The rows a snapshot covers are a prefix of the store; counting that prefix gives the same.
                    assertThat(now).isEqualTo(counter.count(store.snapshot(), 0, (int) now.rows()));
                    checked++;
                } while (!writers.stream().allMatch(Future::isDone));
                return checked;
            });
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        PeriodCounts end = live.snapshot();
        assertThat(end.rows()).isEqualTo(8_000);
        assertThat(end).isEqualTo(counter.count(store.snapshot()));
        assertThat(live.rows()).isEqualTo(8_000);
        assertThat(live.toString()).contains("8000 rows");
    }
}
