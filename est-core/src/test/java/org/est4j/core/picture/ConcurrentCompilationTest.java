package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Many threads appending to one {@link ObservationStore} — every observation offered by two rival threads, singly
 * and in all-or-none batches — while others compile pictures from snapshots: no observation is lost or doubled,
 * every snapshot only grows and holds a prefix of what was appended, and every picture compiled from a snapshot
 * during the appends is the picture of that snapshot's observations compiled alone.
 */
class ConcurrentCompilationTest {
    private static final int WRITERS = 4;
    private static final int COMPILERS = 2;
    private static final int OBSERVATIONS = 4_000;

    @Test
    void noObservationIsLostOrDoubledAndEverySnapshotCompilesConsistently() throws Exception {
        SplittableRandom random = new SplittableRandom(88);
        AreaHierarchy hierarchy = Fixtures.hierarchy(random, 30);
        List<Observation> observations = Fixtures.observations(random, hierarchy, Fixtures.WEEK, OBSERVATIONS);
        PictureCompiler compiler = PictureCompiler.builder(hierarchy, Fixtures.TAXONOMY).build();
        ObservationStore store = ObservationStore.create();
        AtomicInteger appended = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Set<ObservationId> offered = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + COMPILERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int own = w;
                int rival = (w + 1) % WRITERS;
                writers.add(pool.submit(() -> {
                    start.await();
                    SplittableRandom r = new SplittableRandom(own);
                    List<Observation> mine = new ArrayList<>();
                    for (int i = 0; i < observations.size(); i++) {
                        if (i % WRITERS == own || i % WRITERS == rival) {
                            mine.add(observations.get(i));
                        }
                    }
                    for (int i = 0; i < mine.size(); ) {
                        int to = Math.min(mine.size(), i + 1 + r.nextInt(6));
                        List<Observation> batch = mine.subList(i, to);
                        batch.forEach(o -> offered.add(o.id()));
                        try {
                            appended.addAndGet(batch.size() == 1 ? one(store, batch.get(0)) : store.appendAll(batch));
                        } catch (ValidationException duplicate) {
                            // all or none: the batch left nothing behind, so offer its observations one by one
                            refused.incrementAndGet();
                            for (Observation o : batch) {
                                try {
                                    appended.addAndGet(one(store, o));
                                } catch (ValidationException alsoDuplicate) {
                                    refused.incrementAndGet();
                                }
                            }
                        }
                        i = to;
                    }
                    return null;
                }));
            }
            List<Future<Integer>> compilers = new ArrayList<>();
            for (int c = 0; c < COMPILERS; c++) {
                compilers.add(pool.submit(() -> {
                    start.await();
                    int checks = 0;
                    int last = 0;
                    while (checks < 3 || writers.stream().anyMatch(f -> !f.isDone())) {
                        StoreSnapshot snapshot = store.snapshot();
                        int n = snapshot.size();
                        assertThat(n).as("a later snapshot is never smaller").isGreaterThanOrEqualTo(last);
                        last = n;
                        List<Observation> content = snapshot.stream().collect(Collectors.toList());
                        assertThat(content).hasSize(n).doesNotHaveDuplicates();
                        PictureSet during = compiler.compile(snapshot, Fixtures.WEEK);
                        PictureSet alone = compiler.compile(ObservationStore.of(content), Fixtures.WEEK);
                        assertThat(during).as("picture of a %d-row snapshot", n).isEqualTo(alone);
                        assertThat(snapshot.size()).as("a snapshot never grows").isEqualTo(n);
                        checks++;
                    }
                    return checks;
                }));
            }
            start.countDown();
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
            for (Future<Integer> c : compilers) {
                assertThat(c.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Observation> stored = store.stream().collect(Collectors.toList());
        assertThat(offered).hasSize(OBSERVATIONS);
        assertThat(appended.get()).as("appends that succeeded").isEqualTo(OBSERVATIONS);
        assertThat(stored).hasSize(OBSERVATIONS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(observations);
        assertThat(refused.get()).as("the rivals did meet").isPositive();
    }

    private static int one(ObservationStore store, Observation o) {
        store.append(o);
        return 1;
    }
}
