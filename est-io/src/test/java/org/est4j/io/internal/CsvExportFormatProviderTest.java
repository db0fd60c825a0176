package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.TestAreas;
import org.est4j.io.TestPictures;
import org.est4j.io.csv.Measures;
import org.est4j.io.csv.Observations;
import org.est4j.io.csv.PictureTable;
import org.junit.jupiter.api.Test;

class CsvExportFormatProviderTest extends ExportFormatProviderContract<CsvExportFormatProvider> {

    @Override
    protected CsvExportFormatProvider provider() {
        return new CsvExportFormatProvider();
    }

    @Override
    protected List<Object> samples() {
        return List.of(Observations.of(), Measures.of(), PictureTable.of(TestPictures.pictures(), TestAreas.hierarchy()),
                TestPictures.pictures(), org.est4j.io.report.ReportSamples.report());
    }

    @Test
    void describesItself() {
        CsvExportFormatProvider p = provider();
        assertThat(p.id()).isEqualTo("csv");
        assertThat(p.mediaType()).isEqualTo("text/csv; charset=UTF-8; header=present");
        assertThat(p.fileExtension()).isEqualTo("csv");
        assertThat(p.toString()).isEqualTo("ExportFormatProvider[csv]");
    }

    @Test
    void settingsChooseTheStyle() {
        byte[] sv = write(provider().create(PluginConfig.empty()), Observations.of());
        assertThat(new String(sv, StandardCharsets.UTF_8)).startsWith("\uFEFFid;datum;tid;").endsWith("\r\n");
        byte[] en = write(provider().create(PluginConfig.of(Map.of("language", "en", "delimiter", ",", "bom", "false",
                "line-ending", "lf"))), Observations.of());
        assertThat(new String(en, StandardCharsets.UTF_8)).startsWith("id,date,time,").endsWith("reported\n");
        assertThat(provider().create(PluginConfig.empty()).toString())
                .isEqualTo("csv writer CsvStyle[; BOM CRLF decimal comma sv]");
    }
}
