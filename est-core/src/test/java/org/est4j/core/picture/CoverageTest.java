package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.ReporterId;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static Coverage.Builder fiveExpectedThreeAnswered() {
        return Coverage.builder().area(AreaId.of("centrum")).expected(5).answered(3).nothingToReport(1)
                .addSilentReporters(ReporterId.of("r-2"), ReporterId.of("r-1")).threshold(0.6);
    }

    @Test
    void derivesSilenceRateAndLowness() {
        Coverage c = fiveExpectedThreeAnswered().build();

        assertThat(c.silent()).isEqualTo(2);
        assertThat(c.responseRate()).isEqualTo(0.6);
        assertThat(c.isLow()).isFalse();
        assertThat(c.silentReporters()).extracting(ReporterId::value).containsExactly("r-1", "r-2");
        assertThat(c.toString()).isEqualTo("centrum: 5 expected, 3 answered (1 nothing to report), 2 silent, 60 %");
        assertThat(Coverage.builder().from(c).threshold(0.61).build().isLow()).isTrue();
    }

    @Test
    void anAreaNobodyCoversIsLowCoverageNotCalm() {
        Coverage c = Coverage.builder().area(AreaId.of("hamnen")).expected(0).answered(0).nothingToReport(0)
                .threshold(0.6).build();

        assertThat(c.responseRate()).isZero();
        assertThat(c.isLow()).isTrue();
        assertThat(c.toString()).endsWith("— low");
    }

    @Test
    void rejectsCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> Coverage.builder().area(AreaId.of("a")).expected(2).answered(3).nothingToReport(4)
                .threshold(1.5).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .contains("answered", "nothingToReport", "silentReporters", "threshold"));
        assertThatThrownBy(() -> fiveExpectedThreeAnswered().addSilentReporters(ReporterId.of("r-3")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("silentReporters");
        assertThatThrownBy(() -> Coverage.builder().expected(0).answered(0).nothingToReport(0).threshold(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("area");
    }
}
