package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class PeriodCountsTest {
    private final SplittableRandom random = new SplittableRandom(5);
    private final AreaHierarchy hierarchy = Fixtures.hierarchy(random, 8);
    private final PeriodCounter counter = PeriodCounter.of(hierarchy, Fixtures.TAXONOMY, Fixtures.WEEK.plus(-2),
            Fixtures.WEEK);
    private final ObservationStore store = ObservationStore.of(Fixtures.observations(random, hierarchy,
            Fixtures.WEEK, 200));

    @Test
    void visitsEveryOwnCountOnceAndTheyAddUpToTheRowsCounted() {
        PeriodCounts counts = counter.count(store.snapshot());
        List<Long> seen = new ArrayList<>();
        counts.forEachOwnCount((area, period, category, n) -> {
            assertThat(counts.ownCount(area, period, category)).isEqualTo(n);
            seen.add(n);
        });
        assertThat(seen.stream().mapToLong(Long::longValue).sum()).isEqualTo(counts.counted());
    }

    @Test
    void equalsOnlyCountsOfTheSameCellsAndNumbers() {
        PeriodCounts a = counter.count(store.snapshot());
        PeriodCounts b = counter.count(store.snapshot());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(counter.count(store.snapshot(), 0, 100));
        PeriodCounter other = PeriodCounter.of(hierarchy, Fixtures.TAXONOMY, Fixtures.WEEK.plus(-1), Fixtures.WEEK);
        assertThat(a).isNotEqualTo(other.count(store.snapshot()));
        assertThatThrownBy(() -> a.merge(other.count(store.snapshot()))).isInstanceOf(IllegalArgumentException.class);
        assertThat(a.toString()).contains("200 rows");
    }

    @Test
    void asksOnlyForCellsItCounts() {
        PeriodCounts counts = counter.count(store.snapshot());
        AreaId area = hierarchy.idAt(0);
        CategoryId category = Fixtures.TAXONOMY.all().get(0).id();
        assertThatThrownBy(() -> counts.count(area, Fixtures.WEEK.next(), category))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not among those counted");
        assertThatThrownBy(() -> counts.count(AreaId.of("nowhere"), Fixtures.WEEK, category))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the hierarchy");
        assertThatThrownBy(() -> counts.count(area, Fixtures.WEEK, CategoryId.of("retired")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the taxonomy");
        assertThatThrownBy(() -> counts.total(area, Period.month(2026, 11)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
