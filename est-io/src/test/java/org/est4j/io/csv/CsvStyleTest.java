package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;

class CsvStyleTest {

    @Test
    void theDefaultsAreWhatSwedishExcelOpens() {
        CsvStyle s = CsvStyle.swedishExcel();
        assertThat(s.delimiter()).isEqualTo(';');
        assertThat(s.byteOrderMark()).isTrue();
        assertThat(s.lineEnding()).isEqualTo(CsvStyle.LineEnding.CRLF);
        assertThat(s.lineEnding().text()).isEqualTo("\r\n");
        assertThat(s.decimalComma()).isTrue();
        assertThat(s.isSwedish()).isTrue();
        assertThat(s).isEqualTo(CsvStyle.builder().build()).isEqualTo(CsvStyle.from(PluginConfig.empty()));
        assertThat(s.toString()).isEqualTo("CsvStyle[; BOM CRLF decimal comma sv]");
    }

    @Test
    void englishExcelHasCommasAndADecimalPoint() {
        CsvStyle s = CsvStyle.englishExcel();
        assertThat(s.delimiter()).isEqualTo(',');
        assertThat(s.decimalComma()).isFalse();
        assertThat(s.isSwedish()).isFalse();
        assertThat(s.byteOrderMark()).isTrue();
    }

    @Test
    void theDecimalCommaFollowsTheLanguageUnlessSet() {
        assertThat(CsvStyle.builder().locale(Locale.ENGLISH).build().decimalComma()).isFalse();
        assertThat(CsvStyle.builder().locale(Locale.ENGLISH).decimalComma(true).build().decimalComma()).isTrue();
        assertThat(CsvStyle.builder().decimalComma(false).build().decimalComma()).isFalse();
    }

    @Test
    void settingsAreReadFromAPluginConfig() {
        CsvStyle s = CsvStyle.from(PluginConfig.of(Map.of("delimiter", "tab", "bom", "false", "line-ending", "lf",
                "language", "en")));
        assertThat(s.delimiter()).isEqualTo('\t');
        assertThat(s.byteOrderMark()).isFalse();
        assertThat(s.lineEnding()).isEqualTo(CsvStyle.LineEnding.LF);
        assertThat(s.isSwedish()).isFalse();
        assertThat(s.decimalComma()).isFalse();
        assertThat(CsvStyle.from(PluginConfig.of(Map.of("language", "en", "decimal-comma", "true", "delimiter", ";")))
                .decimalComma()).isTrue();
        assertThat(CsvStyle.from(PluginConfig.of(Map.of("decimal-comma", "false"))).decimalComma()).isFalse();
    }

    @Test
    void everyWrongSettingIsReportedAtOnce() {
        assertThatThrownBy(() -> CsvStyle.from(PluginConfig.of(Map.of("separator", ";", "bom", "yes",
                "language", "de", "line-ending", "cr"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactlyInAnyOrder("separator", "bom", "language",
                                "line-ending"));
    }

    @Test
    void aDelimiterThatWouldBreakCellsIsRefused() {
        for (char bad : new char[] {'"', '\n', '\r', 'a', '7', '.', '-', '+', '\''}) {
            assertThatThrownBy(() -> CsvStyle.builder().delimiter(bad).build()).as("delimiter %s", bad)
                    .isInstanceOf(ValidationException.class).hasMessageContaining("delimiter");
        }
        assertThatThrownBy(() -> CsvStyle.builder().delimiter(',').build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("decimal-comma=false");
        assertThatThrownBy(() -> CsvStyle.from(PluginConfig.of(Map.of("delimiter", ","))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("decimal comma");
        assertThat(CsvStyle.builder().delimiter(',').decimalComma(false).build().delimiter()).isEqualTo(',');
    }
}
