package org.est4j.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HorizonTest {

    @Test
    void shortComesBeforeLong() {
        assertThat(Horizon.values()).containsExactly(Horizon.SHORT, Horizon.LONG);
    }

    @ParameterizedTest
    @CsvSource({"SHORT, kortsiktig, short-term", "LONG, långsiktig, long-term"})
    void labels(Horizon horizon, String sv, String en) {
        assertThat(horizon.labelSv()).isEqualTo(sv);
        assertThat(horizon.labelEn()).isEqualTo(en);
        assertThat(horizon.label(Locale.forLanguageTag("sv"))).isEqualTo(sv);
        assertThat(horizon.label(Locale.FRENCH)).isEqualTo(en);
    }
}
