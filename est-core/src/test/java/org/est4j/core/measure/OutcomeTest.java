package org.est4j.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

    @Test
    void theFourOutcomesOfTheMethodInItsOrder() {
        assertThat(Outcome.values()).containsExactly(Outcome.CONTINUE, Outcome.EXTEND, Outcome.REPLACE, Outcome.END);
    }

    @ParameterizedTest
    @CsvSource({"CONTINUE, Fortsätt, Continue", "EXTEND, Utöka, Extend", "REPLACE, Byt ut, Replace",
            "END, Avsluta, End"})
    void labels(Outcome outcome, String sv, String en) {
        assertThat(outcome.labelSv()).isEqualTo(sv);
        assertThat(outcome.labelEn()).isEqualTo(en);
        assertThat(outcome.label(Locale.forLanguageTag("sv-FI"))).isEqualTo(sv);
        assertThat(outcome.label(Locale.ENGLISH)).isEqualTo(en);
    }
}
