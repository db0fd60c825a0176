package org.est4j.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Test;

class ObservationBatchTest {
    private static final AreaId AREA = AreaId.of("a1");
    private static final CategoryId CATEGORY = CategoryId.of("skadegorelse");
    private static final long EVENING = LocalDateTime.of(2026, 11, 18, 20, 15).atZone(Period.ZONE).toEpochSecond();

    @Test
    void encodedRowsReadBackAsTheObservationsTheyDescribe() {
        ObservationBatch batch = ObservationBatch.create();
        batch.addRow("obs-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        batch.pointE7(593_293_000, 180_686_000).description("Fönster \"krossat\", igen").placeName("Torget")
                .channel("app").reportedAt(Instant.ofEpochSecond(EVENING + 60));
        batch.addRow("obs-2", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(1),
                Source.REPORTER, Visibility.PUBLIC, ReporterId.of("r-1"));
        ObservationStore store = ObservationStore.create();
        assertThat(store.append(batch)).isEqualTo(2);

        Observation first = store.get(0);
        assertThat(first).isEqualTo(Observation.builder().id(ObservationId.of("obs-1")).source(Source.POLICE)
                .area(AREA).category(CATEGORY).severity(Severity.of(3)).occurredAt(Instant.ofEpochSecond(EVENING))
                .point(GeoPoint.of(59.3293, 18.0686)).description("Fönster \"krossat\", igen").placeName("Torget")
                .channel("app").reportedAt(Instant.ofEpochSecond(EVENING + 60)).build());
        assertThat(store.get(1).reporter()).contains(ReporterId.of("r-1"));
        assertThat(store.get(1).visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void objectsThroughABatchReadBackEqual() {
        List<Observation> list = StoreFixtures.observations(new SplittableRandom(7), 300, "b-");
        ObservationBatch batch = ObservationBatch.create();
        list.forEach(batch::add);
        ObservationStore store = ObservationStore.create();
        store.append(batch);
        assertThat(store.stream()).containsExactlyElementsOf(list);
    }

    @Test
    void rowsBreakingTheObservationRulesAreRefusedAndNotAdded() {
        ObservationBatch batch = ObservationBatch.create();
        assertThatThrownBy(() -> batch.addRow("obs-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT,
                TimeOfDay.MORNING, Severity.of(3), Source.POLICE, Visibility.GROUP, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("timeOfDay")
                .hasMessageContaining("EVENING");
        assertThatThrownBy(() -> batch.addRow("obs-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT,
                TimeOfDay.EVENING, Severity.of(3), Source.REPORTER, Visibility.GROUP, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reporter");
        assertThatThrownBy(() -> batch.addRow("-bad id", AREA, CATEGORY, EVENING, TimePrecision.EXACT,
                TimeOfDay.EVENING, Severity.of(3), Source.POLICE, Visibility.GROUP, null))
                .isInstanceOf(ValidationException.class);
        assertThat(batch.size()).isZero();
        assertThatThrownBy(() -> batch.description("x")).isInstanceOf(IllegalStateException.class);
        batch.addRow("obs-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        assertThatThrownBy(() -> batch.reportedAt(Instant.ofEpochSecond(EVENING - 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reportedAt");
        assertThatThrownBy(() -> batch.pointE7(900_000_001, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> batch.placeName(" ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void nonAsciiIdsAreStoredInNormalFormC() {
        ObservationBatch batch = ObservationBatch.create();
        batch.addRow("ö-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        assertThat(batch.idText(0)).isEqualTo(ObservationId.of("ö-1").value());
    }

    @Test
    void rowsGivenAsBytesEqualRowsGivenAsStrings() {
        byte[] line = "x,obs-7,Fönster krossat,o\u0308-1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ObservationBatch bytes = ObservationBatch.create();
        int area = bytes.areaCode(AREA);
        int category = bytes.categoryCode(CATEGORY);
        bytes.addRow(line, 2, 7, area, category, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        bytes.descriptionUtf8(line, 8, 24);
        int accent = line.length - 5;
        bytes.addRow(line, accent, line.length, area, category, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING,
                Severity.of(3), Source.POLICE, Visibility.GROUP, null);
        ObservationBatch strings = ObservationBatch.create();
        strings.addRow("obs-7", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        strings.description("Fönster krossat");
        strings.addRow("o\u0308-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        assertThat(ObservationStore.of(List.of()).append(bytes)).isEqualTo(2);
        ObservationStore a = ObservationStore.create();
        a.append(bytes);
        ObservationStore b = ObservationStore.create();
        b.append(strings);
        assertThat(a.stream()).containsExactlyElementsOf(b.stream().toList());
        assertThat(a.get(1).id().value()).isEqualTo("\u00f6-1");
    }

    @Test
    void descriptionBytesMustBeUtf8AndNotTooLong() {
        ObservationBatch batch = ObservationBatch.create();
        batch.addRow("obs-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        assertThatThrownBy(() -> batch.descriptionUtf8(new byte[] {'a', (byte) 0xC3}, 0, 2))
                .isInstanceOf(ValidationException.class).hasMessageContaining("UTF-8");
        byte[] long4001 = "å".repeat(Observation.MAX_DESCRIPTION_LENGTH + 1)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> batch.descriptionUtf8(long4001, 0, long4001.length))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 4000");
        batch.descriptionUtf8(long4001, 2, long4001.length);
        ObservationStore store = ObservationStore.create();
        store.append(batch);
        assertThat(store.get(0).description()).isEqualTo("å".repeat(Observation.MAX_DESCRIPTION_LENGTH));
    }

    @Test
    void theBandOfASecondIsStockholmsPartOfTheDay() {
        qt().forAll(longs().between(1_500_000_000L, 1_900_000_000L)).checkAssert(second -> assertThat(
                ObservationBatch.band(second)).isEqualTo(TimeOfDay.of(Instant.ofEpochSecond(second).atZone(Period.ZONE)
                .toLocalTime())));
    }

    @Test
    void clearedBatchesStartAgain() {
        ObservationBatch batch = ObservationBatch.withCapacity(1);
        batch.addRow("x-1", AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                Source.POLICE, Visibility.GROUP, null);
        batch.clear();
        assertThat(batch.size()).isZero();
        assertThat(batch).hasToString("ObservationBatch[0 rows]");
    }

    @Test
    void aBatchUsedAgainAndAgainKeepsNoTextOfItsEarlierRows() {
        ObservationBatch batch = ObservationBatch.withCapacity(1);
        for (int i = 0; i < 10_000; i++) {
            batch.clear();
            batch.addRow("x-" + i, AREA, CATEGORY, EVENING, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.of(3),
                    Source.POLICE, Visibility.GROUP, null);
            batch.description("Beskrivning nummer " + i);
        }
        assertThat(batch.idText(0)).isEqualTo("x-9999");
        assertThat(batch.idTexts.capacityBytes() + batch.descriptionTexts.capacityBytes()).isLessThan(4096);
    }
}
