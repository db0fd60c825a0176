package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.mapping.Taxonomy;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void detectsEverythingByDefaultWithTheImportDefaults() {
        CsvFormat f = CsvFormat.detect();
        assertThat(f.delimiter()).isEmpty();
        assertThat(f.charset()).isEmpty();
        ImportContext defaults = ImportContext.of(AreaHierarchy.empty(), Taxonomy.standard());
        assertThat(f.maxFieldLength()).isEqualTo(defaults.maxFieldLength()).isEqualTo(CsvFormat.DEFAULT_MAX_FIELD_LENGTH);
        assertThat(f.maxBytes()).isEqualTo(defaults.maxBytes()).isEqualTo(CsvFormat.DEFAULT_MAX_BYTES);
        assertThat(f).hasToString("CsvFormat[delimiter detected, charset detected, maxFieldLength 10000, maxBytes "
                + CsvFormat.DEFAULT_MAX_BYTES + "]");
    }

    @Test
    void takesTheLimitsOfAnImport() {
        ImportContext context = ImportContext.builder().hierarchy(AreaHierarchy.empty()).maxFieldLength(12)
                .maxBytes(3456).build();
        CsvFormat f = CsvFormat.detect(context);
        assertThat(f.maxFieldLength()).isEqualTo(12);
        assertThat(f.maxBytes()).isEqualTo(3456);
    }

    @Test
    void reportsEveryWrongAttributeAtOnce() {
        assertThatThrownBy(() -> CsvFormat.builder().delimiter('"').maxFieldLength(0).maxBytes(-1).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(p -> p.path()).containsExactly("delimiter", "maxFieldLength", "maxBytes"));
    }

    @Test
    void printsATabByName() {
        CsvFormat f = CsvFormat.builder().delimiter('\t').charset(StandardCharsets.UTF_8).build();
        assertThat(f.toString()).startsWith("CsvFormat[delimiter tab, charset UTF-8,");
        assertThat(CsvFormat.builder().from(f).build()).isEqualTo(f);
    }
}
