package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource({"'Misshandel, grov', misshandel-grov", "Fylleri/LOB, fylleri-lob", "Våld/hot mot tjänsteman,"
            + " vald-hot-mot-tjansteman", "' Övrigt ', ovrigt", "'Kortedala  södra', kortedala-sodra",
            "Café–Élan, cafe-elan", "'--', ''"})
    void slugsAreLowerCaseAscii(String text, String slug) {
        assertThat(Text.slug(text)).isEqualTo(slug == null ? "" : slug);
    }

    @Test
    void tidyMakesWhiteSpaceSingleAndKeysIgnoreCaseButNotMarks() {
        assertThat(Text.tidy("  Kortedala \u00A0 södra\t")).isEqualTo("Kortedala södra");
        assertThat(Text.key("Upplands  VÄSBY")).isEqualTo("upplands väsby");
        assertThat(Text.key("Håbo")).isNotEqualTo(Text.key("Habo"));
        assertThat(Text.tidy("a\u0308")).isEqualTo("ä");
    }

    @Test
    void abbreviateMarksACut() {
        assertThat(Text.abbreviate("abcdef", 3)).isEqualTo("abc…");
        assertThat(Text.abbreviate("abc", 3)).isEqualTo("abc");
    }
}
