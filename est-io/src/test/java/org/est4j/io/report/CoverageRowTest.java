package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class CoverageRowTest {

    @Test
    void holdsTheAnswers() {
        CoverageRow row = CoverageRow.builder().area("Ekby").expected(8).answered(4).nothingToReport(1).rate("50 %")
                .low(true).build();
        assertThat(row).hasToString("CoverageRow[Ekby: 4 of 8, 50 %, low]");
    }

    @Test
    void answeredLiesBetweenNothingToReportAndExpected() {
        assertThatThrownBy(() -> CoverageRow.builder().area("Ekby").expected(3).answered(4).nothingToReport(5)
                .rate("x").build()).isInstanceOf(ValidationException.class).hasMessageContaining("answered")
                .hasMessageContaining("nothingToReport");
    }
}
