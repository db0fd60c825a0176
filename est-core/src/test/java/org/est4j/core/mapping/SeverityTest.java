package org.est4j.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.Locale;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityTest {
    @Test
    void ofAndRankAreInverseOnTheScale() {
        qt().forAll(integers().between(Severity.MIN_RANK, Severity.MAX_RANK))
                .checkAssert(rank -> assertThat(Severity.of(rank).rank()).isEqualTo(rank));
    }

    @Test
    void rankOutsideTheScaleIsRejected() {
        qt().forAll(integers().all())
                .assuming(rank -> rank < Severity.MIN_RANK || rank > Severity.MAX_RANK)
                .checkAssert(rank -> assertThat(TestProblems.paths(() -> Severity.of(rank))).containsExactly("rank"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectionNamesTheScale(int rank) {
        ValidationException e = TestProblems.failure(() -> Severity.of(rank));
        assertThat(e).hasMessageContaining("between 1 (minor) and 5 (serious)").hasMessageContaining(Integer.toString(rank));
    }

    @Test
    void naturalOrderIsTheOrderOfTheScale() {
        assertThat(Severity.values()).extracting(Severity::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(Severity.MINOR).isLessThan(Severity.SERIOUS);
    }

    @ParameterizedTest
    @CsvSource({
        "1, MINOR, Ringa, Minor",
        "3, MODERATE, Måttlig, Moderate",
        "5, SERIOUS, Allvarlig, Serious",
    })
    void labels(int rank, Severity severity, String swedish, String english) {
        assertThat(Severity.of(rank)).isEqualTo(severity);
        assertThat(severity.label(Locale.forLanguageTag("sv"))).isEqualTo(swedish);
        assertThat(severity.label(Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void everyLevelHasUniqueLabelsInBothLanguages() {
        assertThat(Arrays.stream(Severity.values()).map(s -> s.label(Locale.forLanguageTag("sv")))).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank());
        assertThat(Arrays.stream(Severity.values()).map(s -> s.label(Locale.ENGLISH))).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank());
    }
}
