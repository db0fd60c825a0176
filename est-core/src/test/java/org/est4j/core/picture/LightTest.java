package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LightTest {

    @Test
    void ordersDaylightDarknessUnknownAndSpeaksBothLanguages() {
        assertThat(Light.values()).containsExactly(Light.DAYLIGHT, Light.DARKNESS, Light.UNKNOWN);
        assertThat(Light.DARKNESS.label(Locale.forLanguageTag("sv"))).isEqualTo("Mörker");
        assertThat(Light.DARKNESS.label(Locale.ENGLISH)).isEqualTo("Darkness");
        assertThat(Light.UNKNOWN.label(Locale.GERMAN)).isEqualTo("Unknown");
    }
}
