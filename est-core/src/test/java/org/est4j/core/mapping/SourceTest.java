package org.est4j.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTest {
    @ParameterizedTest
    @CsvSource({
        "REPORTER, Rapportör, Reporter",
        "CITIZEN, Allmänheten, Citizen",
        "POLICE, Polisen, Police",
        "SAFETY_WALK, Trygghetsvandring, Safety walk",
        "OTHER, Övrigt, Other",
    })
    void labels(Source source, String swedish, String english) {
        assertThat(source.label(Locale.forLanguageTag("sv-SE"))).isEqualTo(swedish);
        assertThat(source.label(Locale.UK)).isEqualTo(english);
        assertThat(source.label(Locale.FRENCH)).isEqualTo(english);
    }

    @Test
    void everySourceIsLabelledAndLabelsAreUnique() {
        assertThat(Source.values()).hasSize(5);
        assertThat(Arrays.stream(Source.values()).map(s -> s.label(Locale.ENGLISH)).collect(Collectors.toSet())).hasSize(5);
    }

    @Test
    void rejectsNullLocale() {
        assertThatNullPointerException().isThrownBy(() -> Source.CITIZEN.label(null)).withMessage("locale");
    }
}
