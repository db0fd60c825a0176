package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeTest {
    @Test
    void isDeclaredMostFavourableFirst() {
        assertThat(Change.values()).containsExactly(Change.FALL, Change.NO_CHANGE, Change.RISE, Change.NOT_TESTED);
        assertThat(Change.FALL.labelEn()).isEqualTo("significant fall");
        assertThat(Change.FALL.labelSv()).isEqualTo("signifikant minskning");
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void hasALabelInEachLanguage(Change change) {
        assertThat(change.label(Locale.forLanguageTag("sv-SE"))).isEqualTo(change.labelSv()).isNotBlank();
        assertThat(change.label(Locale.ENGLISH)).isEqualTo(change.labelEn()).isNotBlank();
    }
}
