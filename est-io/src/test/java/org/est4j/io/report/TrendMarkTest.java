package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TrendMarkTest {

    @Test
    void everyTrendHasAMarkAndAWordInBothLanguages() {
        assertThat(TrendMark.values()).extracting(TrendMark::mark).containsExactly("↑", "↓", "→", "");
        assertThat(TrendMark.RISING.label(Locale.forLanguageTag("sv"))).isEqualTo("ökar");
        assertThat(TrendMark.FALLING.label(Locale.ENGLISH)).isEqualTo("falling");
        for (TrendMark t : TrendMark.values()) {
            assertThat(t.labelSv()).isNotBlank();
            assertThat(t.labelEn()).isNotBlank();
        }
    }
}
