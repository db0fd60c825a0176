package org.est4j.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.junit.jupiter.api.Test;

class ObservationStoreTest {

    @Test
    void givesBackEveryObservationEqualToTheOneAppended() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            List<Observation> observations = StoreFixtures.observations(new SplittableRandom(seed), 200, "o-");
            ObservationStore store = ObservationStore.create();
            store.appendAll(observations.subList(0, 120));
            observations.subList(120, 200).forEach(store::append);

            assertThat(store.size()).isEqualTo(200);
            for (int i = 0; i < 200; i++) {
                assertThat(store.get(i)).as("seed %d, row %d", seed, i).isEqualTo(observations.get(i));
            }
            assertThat(store.stream().collect(Collectors.toList())).isEqualTo(observations);
        });
    }

    @Test
    void reservingRoomChangesNothingStored() {
        List<Observation> observations = StoreFixtures.observations(new SplittableRandom(5), 300, "r-");
        ObservationStore store = ObservationStore.create();
        store.appendAll(observations.subList(0, 100));
        store.reserve(100_000);
        long reserved = store.memoryFootprint();
        store.appendAll(observations.subList(100, 300));
        assertThat(store.memoryFootprint() - reserved).as("no column grew").isLessThan(100_000);
        assertThat(store.stream()).containsExactlyElementsOf(observations);
        assertThat(store.find(observations.get(42).id())).contains(observations.get(42));
        assertThatThrownBy(() -> store.reserve(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDuplicateIdsAndStoresNothingOfABatchThatHasOne() {
        SplittableRandom random = new SplittableRandom(1);
        ObservationStore store = ObservationStore.create();
        Observation first = StoreFixtures.observation(random, "o-1");
        store.append(first);

        assertThatThrownBy(() -> store.append(StoreFixtures.observation(random, "o-1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already in the store (row 0)");
        List<Observation> batch = List.of(StoreFixtures.observation(random, "o-2"),
                StoreFixtures.observation(random, "o-1"), StoreFixtures.observation(random, "o-3"),
                StoreFixtures.observation(random, "o-3"));
        assertThatThrownBy(() -> store.appendAll(batch)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("observations[1].id").hasMessageContaining("observations[3].id");
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.contains(ObservationId.of("o-2"))).isFalse();
        assertThat(store.get(0)).isEqualTo(first);
    }

    @Test
    void appendNewSkipsAndReportsIdsAlreadyStoredOrEarlierInTheRange() {
        SplittableRandom random = new SplittableRandom(3);
        ObservationStore store = ObservationStore.create();
        store.append(StoreFixtures.observation(random, "o-1"));
        ObservationBatch batch = ObservationBatch.create();
        for (String id : List.of("o-0", "o-2", "o-1", "o-3", "o-2", "o-4")) {
            batch.add(StoreFixtures.observation(random, id));
        }

        int[] duplicates = store.appendNew(batch, 1, 5);

        assertThat(duplicates).containsExactly(1, -1, 2, -2);
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.rowOf(ObservationId.of("o-3"))).hasValue(2);
        assertThat(store.contains(ObservationId.of("o-0"))).isFalse();
        assertThat(store.contains(ObservationId.of("o-4"))).isFalse();
        assertThat(store.snapshot().idText(1)).isEqualTo("o-2");
    }

    @Test
    void appendsTheAcceptedObservationsOfAnImport() {
        List<Observation> accepted = StoreFixtures.observations(new SplittableRandom(2), 3, "i-");
        ImportResult result = ImportResult.builder().source("test.csv").rowsRead(4).addAllAccepted(accepted)
                .addRejected(Rejection.builder().source("test.csv").line(3).reason("bad date").raw("x").build()).build();
        ObservationStore store = ObservationStore.create();

        assertThat(store.append(result)).isEqualTo(3);
        assertThat(store.rowOf(ObservationId.of("i-2"))).hasValue(2);
        assertThat(store.find(ObservationId.of("i-1"))).contains(accepted.get(1));
        assertThat(store.find(ObservationId.of("nope"))).isEmpty();
        assertThat(ObservationStore.of(accepted).stream().collect(Collectors.toList())).isEqualTo(accepted);
    }

    @Test
    void takesAtMostFortyBytesAnObservationBesidesFreeTextAndIds() {
        // A region's shape: 500 areas, 15 categories, three-quarters with points (parsed from six decimals). The
        // dictionaries' share falls with size: at issue 7's 10 million rows and 5,000 areas it is under 0.1 byte.
        SplittableRandom random = new SplittableRandom(3);
        ObservationStore store = ObservationStore.create();
        List<Observation> batch = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 200_000; i++) {
            Observation.Builder b = Observation.builder().id(ObservationId.of("o" + i)).source(Source.CITIZEN)
                    .area(AreaId.of("deso-" + random.nextInt(500))).category(CategoryId.of("c" + random.nextInt(15)))
                    .severity(Severity.of(1 + random.nextInt(5)))
                    .occurredAt(start.plusSeconds(random.nextLong(3L * 365 * 86_400)))
                    .description("Text, \"quoted\" " + i);
            if (random.nextInt(4) > 0) {
                // As parsed from text with six decimals, as importers do.
                b.point(GeoPoint.of((55_000_000 + random.nextInt(14_000_000)) / 1e6,
                        (11_000_000 + random.nextInt(13_000_000)) / 1e6));
            }
            batch.add(b.build());
        }
        store.appendAll(batch);

        assertThat(store.bytesPerObservation()).isBetween(39.0, 40.0);
        // With the ids and descriptions (about 24 bytes of UTF-8 each here), their positions and the id index.
        assertThat(store.memoryFootprint()).isBetween(80L * 200_000, 160L * 200_000);
        assertThat(store.toString()).startsWith("ObservationStore[200000 observations, 500 areas, 15 categories");
    }

    @Test
    void snapshotsStayConsistentWhileAnotherThreadAppends() throws Exception {
        List<Observation> observations = StoreFixtures.observations(new SplittableRandom(4), 20_000, "c-");
        ObservationStore store = ObservationStore.create();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < observations.size(); i += 1 + i % 7) {
                    int to = Math.min(observations.size(), i + 1 + i % 7);
                    if (to - i == 1) {
                        store.append(observations.get(i));
                    } else {
                        store.appendAll(observations.subList(i, to));
                    }
                }
            });
            Future<Integer> reader = pool.submit(() -> {
                int checks = 0;
                int last = 0;
                while (!writer.isDone() || checks == 0) {
                    StoreSnapshot snapshot = store.snapshot();
                    int n = snapshot.size();
                    assertThat(n).isGreaterThanOrEqualTo(last);
                    last = n;
                    if (n > 0) {
                        int row = (checks * 7919) % n;
                        assertThat(snapshot.get(row)).isEqualTo(observations.get(row));
                        assertThat(snapshot.get(n - 1)).isEqualTo(observations.get(n - 1));
                    }
                    assertThat(snapshot.stream().skip(Math.max(0, n - 50)).collect(Collectors.toList()))
                            .isEqualTo(observations.subList(Math.max(0, n - 50), n));
                    assertThat(snapshot.size()).as("a snapshot never grows").isEqualTo(n);
                    checks++;
                }
                return checks;
            });
            writer.get(30, TimeUnit.SECONDS);
            assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.stream().collect(Collectors.toList())).containsExactlyElementsOf(observations);
    }
}
