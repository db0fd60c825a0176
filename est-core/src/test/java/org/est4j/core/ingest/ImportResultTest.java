package org.est4j.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.junit.jupiter.api.Test;

class ImportResultTest {
    private static final String FILE = "events.json";

    private static Observation observation(int n) {
        return Observation.builder().id(ObservationId.of("o-" + n)).source(Source.REPORTER)
                .reporter(ReporterId.of("r-017")).area(AreaId.of("norrtalje/centrum"))
                .occurredAt(Instant.parse("2026-11-20T20:40:00Z")).category(CategoryId.of("property-damage.graffiti"))
                .severity(Severity.MODERATE).build();
    }

    private static Rejection error(long line) {
        return Rejection.builder().source(FILE).line(line).reason("unknown area").build();
    }

    private static Rejection exclusion(long line) {
        return Rejection.builder().source(FILE).line(line).reason("a night summary").excluded(true).build();
    }

    @Test
    void acceptedAndRejectedTogetherAreTheRowsRead() {
        ImportResult result = ImportResult.builder().source(FILE).rowsRead(5)
                .addAccepted(observation(1), observation(4))
                .addRejected(error(2), exclusion(3), error(5))
                .build();

        assertThat(result.source()).isEqualTo(FILE);
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.accepted()).extracting(o -> o.id().toString()).containsExactly("o-1", "o-4");
        assertThat(result.rejected()).extracting(Rejection::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void rejectedRowsSplitIntoExcludedAndErrorsInInputOrder() {
        ImportResult result = ImportResult.builder().source(FILE).rowsRead(5)
                .addRejected(exclusion(1), error(2), exclusion(3), error(4), error(5)).build();

        assertThat(result.excluded()).extracting(Rejection::line).containsExactly(1L, 3L);
        assertThat(result.errors()).extracting(Rejection::line).containsExactly(2L, 4L, 5L);
        assertThat(result.isClean()).isFalse();
    }

    @Test
    void aResultWithOnlyExclusionsIsClean() {
        ImportResult result = ImportResult.builder().source(FILE).rowsRead(3).addAccepted(observation(1))
                .addRejected(exclusion(2), exclusion(3)).build();

        assertThat(result.errors()).isEmpty();
        assertThat(result.isClean()).isTrue();
        assertThat(ImportResult.builder().source(FILE).rowsRead(0).build().isClean()).isTrue();
    }

    @Test
    void aMissingRowIsAValidationErrorThatGivesBothCounts() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ImportResult.builder().source(FILE).rowsRead(6).addAccepted(observation(1), observation(4))
                        .addRejected(error(2), exclusion(3), error(5)).build());

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("rowsRead");
            assertThat(p.message()).contains("accepted (2) + rejected (3)").contains("every row read");
            assertThat(p.value()).isEqualTo("6");
        });
    }

    @Test
    void moreRowsAccountedForThanReadIsAlsoAnError() {
        assertThatThrownBy(() -> ImportResult.builder().source(FILE).rowsRead(1)
                .addAccepted(observation(1)).addRejected(error(2)).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("rowsRead");
        assertThatThrownBy(() -> ImportResult.builder().source(FILE).rowsRead(-1).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("rowsRead");
    }

    @Test
    void aMissingSourceIsReportedWithTheCountMismatch() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ImportResult.builder().rowsRead(2).build());

        assertThat(e.problems()).extracting(Problem::path).containsExactly("source", "rowsRead");
    }

    @Test
    void aNullObservationOrRejectionIsReportedByIndexNotLeftToFailLater() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ImportResult.builder().source(FILE).rowsRead(4).addAccepted(observation(1), null)
                        .addRejected(null, error(4)).build());

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("accepted[1]", "rejected[0]");
    }

    @Test
    void buildsIfAndOnlyIfEveryRowReadIsAccountedFor() {
        qt().withFixedSeed(20261122L).withExamples(200)
                .forAll(integers().between(0, 6), lists().of(booleans().all()).ofSizeBetween(0, 6),
                        integers().between(-1, 1))
                .checkAssert((acceptedCount, excludedFlags, offset) -> {
                    List<Observation> accepted = IntStream.rangeClosed(1, acceptedCount)
                            .mapToObj(ImportResultTest::observation).collect(Collectors.toList());
                    List<Rejection> rejected = new ArrayList<>();
                    for (int i = 0; i < excludedFlags.size(); i++) {
                        rejected.add(excludedFlags.get(i) ? exclusion(100 + i) : error(100 + i));
                    }
                    long read = acceptedCount + rejected.size() + offset;
                    ImportResult.Builder builder = ImportResult.builder().source(FILE).rowsRead(read)
                            .accepted(accepted).rejected(rejected);
                    if (offset != 0) {
                        assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class);
                    } else {
                        ImportResult result = builder.build();
                        assertThat(result.accepted().size() + result.rejected().size()).isEqualTo(result.rowsRead());
                        assertThat(result.excluded().size() + result.errors().size())
                                .isEqualTo(result.rejected().size());
                        assertThat(result.errors()).noneMatch(Rejection::excluded);
                        assertThat(result.excluded()).allMatch(Rejection::excluded);
                        assertThat(result.isClean()).isEqualTo(!excludedFlags.contains(false));
                    }
                });
    }

    @Test
    void listsAreUnmodifiable() {
        ImportResult result = ImportResult.builder().source(FILE).rowsRead(2).addAccepted(observation(1))
                .addRejected(error(2)).build();

        assertThatThrownBy(() -> result.accepted().add(observation(9))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.rejected().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.excluded().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringSummarisesTheCounts() {
        ImportResult result = ImportResult.builder().source(FILE).rowsRead(5)
                .addAccepted(observation(1), observation(4))
                .addRejected(error(2), exclusion(3), error(5)).build();

        assertThat(result).hasToString("events.json: 5 read, 2 accepted, 3 rejected (1 excluded, 2 errors)");
    }
}
