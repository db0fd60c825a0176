package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.ReporterId;
import org.junit.jupiter.api.Test;

class CoverageRowTest {
    @Test
    void givesTheResponseRateAndNamesNothingToReportOnlyWhenGiven() {
        CoverageRow group = CoverageRow.builder().expected(10).answered(7).nothingToReport(2).low(false)
                .addSilentReporters(ReporterId.of("r-1")).build();
        assertThat(group.responseRate()).isEqualTo(0.7);
        assertThat(group).hasToString("7 of 10 answered (2 nothing to report), 70 %");
        CoverageRow partners = CoverageRow.builder().expected(10).answered(5).low(true).build();
        assertThat(partners).hasToString("5 of 10 answered, 50 %, low");
        assertThat(CoverageRow.builder().expected(0).answered(0).low(true).build().responseRate()).isZero();
    }

    @Test
    void refusesImpossibleFigures() {
        assertThatThrownBy(() -> CoverageRow.builder().expected(2).answered(3).nothingToReport(4).low(false)
                .addSilentReporters(ReporterId.of("a"), ReporterId.of("b"), ReporterId.of("c")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("answered", "nothingToReport", "silentReporters"));
        assertThatThrownBy(() -> CoverageRow.builder().expected(-1).answered(0).low(false).build())
                .hasMessageContaining("expected");
    }
}
