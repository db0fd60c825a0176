package org.est4j.core.evaluation;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class EvaluationWarningTest {
    private static final EvaluationWarning SMALL = EvaluationWarning.of(EvaluationWarning.SMALL_COUNTS,
            "Antal under 5.", "Counts below 5.");

    @Test
    void holdsCodeAndBothTexts() {
        assertThat(SMALL.code()).isEqualTo("small-counts");
        assertThat(SMALL.textSv()).isEqualTo("Antal under 5.");
        assertThat(SMALL.textEn()).isEqualTo("Counts below 5.");
        assertThat(SMALL).hasToString("[small-counts] Counts below 5.");
    }

    @Test
    void prefixesBothTextsAndKeepsTheCode() {
        EvaluationWarning robbery = SMALL.prefixed("robbery");

        assertThat(robbery.code()).isEqualTo(SMALL.code());
        assertThat(robbery.textSv()).isEqualTo("robbery: Antal under 5.");
        assertThat(robbery.textEn()).isEqualTo("robbery: Counts below 5.");
    }

    @Test
    void theBuiltInCodesAreKebabCase() {
        for (String code : new String[] {EvaluationWarning.SMALL_COUNTS, EvaluationWarning.ZERO_COUNT_CORRECTED,
                EvaluationWarning.NO_EVENTS, EvaluationWarning.BUFFER_NOT_ADJUSTED, EvaluationWarning.NO_REDUCTION,
                EvaluationWarning.WEIGHTS_IGNORED}) {
            assertThat(EvaluationWarning.of(code, "sv", "en").code()).isEqualTo(code);
        }
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThatThrownBy(() -> EvaluationWarning.of("Small Counts", " ", ""))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("code", "textSv", "textEn"));
        assertThatThrownBy(() -> EvaluationWarning.of(null, "sv", "en")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalsByValue() {
        new EqualsTester()
                .addEqualityGroup(SMALL, EvaluationWarning.of("small-counts", "Antal under 5.", "Counts below 5."))
                .addEqualityGroup(SMALL.prefixed("robbery"))
                .addEqualityGroup(EvaluationWarning.of("no-events", "Antal under 5.", "Counts below 5."))
                .testEquals();
    }
}
