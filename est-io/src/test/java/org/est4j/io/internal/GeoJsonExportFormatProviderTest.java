package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.TestAreas;
import org.est4j.io.TestPictures;
import org.est4j.io.geojson.AreaGeometries;
import org.est4j.io.geojson.AreaMap;
import org.est4j.io.geojson.GeoAreas;
import org.junit.jupiter.api.Test;

class GeoJsonExportFormatProviderTest extends ExportFormatProviderContract<GeoJsonExportFormatProvider> {

    @Override
    protected GeoJsonExportFormatProvider provider() {
        return new GeoJsonExportFormatProvider();
    }

    @Override
    protected List<Object> samples() {
        AreaHierarchy h = TestAreas.hierarchy();
        return List.of(AreaMap.builder().hierarchy(h).pictures(TestPictures.pictures())
                        .addAllAssessments(TestPictures.assessments()).build(),
                GeoAreas.of(h, AreaGeometries.empty()), h, TestPictures.pictures(),
                org.est4j.io.report.ReportSamples.report());
    }

    @Test
    void describesItself() {
        GeoJsonExportFormatProvider p = provider();
        assertThat(p.id()).isEqualTo("geojson");
        assertThat(p.mediaType()).isEqualTo("application/geo+json");
        assertThat(p.fileExtension()).isEqualTo("geojson");
        assertThat(p.toString()).isEqualTo("ExportFormatProvider[geojson]");
    }

    @Test
    void settingsChooseTheStyle() {
        String text = new String(write(provider().create(PluginConfig.of(Map.of("precision", "2",
                "hotspot-colour", "#123abc"))), TestPictures.pictures()), StandardCharsets.UTF_8);
        assertThat(text).contains("[18.7,59.76]").contains("\"marker-color\":\"#123ABC\"");
        assertThat(provider().create(PluginConfig.empty()).toString()).startsWith("geojson writer GeoJsonStyle[");
    }
}
