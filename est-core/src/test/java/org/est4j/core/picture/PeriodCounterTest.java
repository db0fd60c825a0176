package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class PeriodCounterTest {
    private static final Period FIRST = Fixtures.WEEK.plus(-4);
    private static final Period LAST = Fixtures.WEEK.plus(1);

    @Test
    void countsEveryObservationInItsAreaPeriodAndCategoryAndEveryAncestor() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            AreaHierarchy hierarchy = Fixtures.hierarchy(random, 12);
            List<Observation> observations = Fixtures.observations(random, hierarchy, Fixtures.WEEK, 300);
            PeriodCounter counter = PeriodCounter.of(hierarchy, Fixtures.TAXONOMY, FIRST, LAST);
            PeriodCounts counts = counter.count(ObservationStore.of(observations).snapshot());

            Map<String, Long> own = new HashMap<>();
            Map<String, Long> rolled = new HashMap<>();
            long outside = 0;
            long noArea = 0;
            long noCategory = 0;
            for (Observation o : observations) {
                Period p = Period.of(FIRST.kind(), o.occurredAt());
                if (p.compareTo(FIRST) < 0 || p.compareTo(LAST) > 0) {
                    outside++;
                } else if (!hierarchy.contains(o.area())) {
                    noArea++;
                } else if (!Fixtures.TAXONOMY.find(o.category()).isPresent()) {
                    noCategory++;
                } else {
                    own.merge(o.area() + "|" + p + "|" + o.category(), 1L, Long::sum);
                    for (AreaId a = o.area(); a != null;
                            a = hierarchy.parent(a).map(x -> x.id()).orElse(null)) {
                        rolled.merge(a + "|" + p + "|" + o.category(), 1L, Long::sum);
                    }
                }
            }
            assertThat(counts.excluded().get(Exclusions.Reason.OUTSIDE_PERIOD)).isEqualTo(outside);
            assertThat(counts.excluded().get(Exclusions.Reason.AREA_NOT_IN_HIERARCHY)).isEqualTo(noArea);
            assertThat(counts.excluded().get(Exclusions.Reason.CATEGORY_NOT_IN_TAXONOMY)).isEqualTo(noCategory);
            assertThat(counts.rows()).isEqualTo(observations.size());
            for (AreaId a : hierarchy.areas().stream().map(x -> x.id()).toArray(AreaId[]::new)) {
                for (Period p : counter.periods()) {
                    long total = 0;
                    for (var c : Fixtures.TAXONOMY.all()) {
                        String key = a + "|" + p + "|" + c.id();
                        assertThat(counts.ownCount(a, p, c.id())).as("seed %d %s", seed, key)
                                .isEqualTo(own.getOrDefault(key, 0L));
                        assertThat(counts.count(a, p, c.id())).as("seed %d %s", seed, key)
                                .isEqualTo(rolled.getOrDefault(key, 0L));
                        total += rolled.getOrDefault(key, 0L);
                    }
                    assertThat(counts.total(a, p)).isEqualTo(total);
                }
            }
        });
    }

    @Test
    void countsOfTwoHalvesMergeIntoTheCountsOfTheWhole() {
        qt().withExamples(30).forAll(longs().all(), integers().between(0, 1000)).checkAssert((seed, cut) -> {
            SplittableRandom random = new SplittableRandom(seed);
            AreaHierarchy hierarchy = Fixtures.hierarchy(random, 10);
            StoreSnapshot s = ObservationStore.of(Fixtures.observations(random, hierarchy, Fixtures.WEEK, 400))
                    .snapshot();
            PeriodCounter counter = PeriodCounter.of(hierarchy, Fixtures.TAXONOMY, FIRST, LAST);
            int at = cut * s.size() / 1000;
            PeriodCounts whole = counter.count(s);
            assertThat(counter.count(s, 0, at).merge(counter.count(s, at, s.size()))).isEqualTo(whole);
            assertThat(counter.count(s, at, s.size()).merge(counter.count(s, 0, at))).isEqualTo(whole);
        });
    }

    @Test
    void countsInParallelAsInOnePass() {
        SplittableRandom random = new SplittableRandom(11);
        AreaHierarchy hierarchy = Fixtures.hierarchy(random, 30);
        StoreSnapshot s = ObservationStore.of(Fixtures.observations(random, hierarchy, Fixtures.WEEK, 150_000))
                .snapshot();
        PeriodCounter counter = PeriodCounter.of(hierarchy, Fixtures.TAXONOMY, FIRST, LAST);
        assertThat(counter.countParallel(s, 3)).isEqualTo(counter.count(s));
        assertThat(counter.countParallel(s, 1)).isEqualTo(counter.count(s));
    }

    @Test
    void refusesRangesOfMixedKindsOrBackwards() {
        AreaHierarchy h = Fixtures.hierarchy(new SplittableRandom(1), 3);
        assertThatThrownBy(() -> PeriodCounter.of(h, Fixtures.TAXONOMY, LAST, FIRST))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must not be before first");
        assertThatThrownBy(() -> PeriodCounter.of(h, Fixtures.TAXONOMY, FIRST, Period.month(2026, 11)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("same kind");
        assertThat(PeriodCounter.of(h, Fixtures.TAXONOMY, FIRST, LAST).periods()).hasSize(6).startsWith(FIRST);
        assertThat(PeriodCounter.of(h, Fixtures.TAXONOMY, FIRST, LAST).toString()).contains("6 periods");
    }
}
