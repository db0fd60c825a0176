package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.core.spi.contract.EstPluginContract;
import org.est4j.io.TestAreas;
import org.est4j.io.geojson.GeoJson;
import org.junit.jupiter.api.Test;

class GeoJsonAreaHierarchyProviderTest extends EstPluginContract<GeoJsonAreaHierarchyProvider> {

    @Override
    protected Class<AreaHierarchyProvider> kind() {
        return AreaHierarchyProvider.class;
    }

    @Override
    protected GeoJsonAreaHierarchyProvider provider() {
        return new GeoJsonAreaHierarchyProvider();
    }

    @Test
    void loadsTheHierarchyOfAnExportedMap() {
        AreaHierarchyProvider p = EstPlugins.global().get(AreaHierarchyProvider.class, "geojson");
        assertThat(p.readsSource()).isTrue();
        byte[] map = GeoJson.writeString(TestAreas.hierarchy()).getBytes(StandardCharsets.UTF_8);
        assertThat(p.load(Source.of("omraden.geojson", map), PluginConfig.empty())).isEqualTo(TestAreas.hierarchy());
        assertThat(provider().toString()).isEqualTo("AreaHierarchyProvider[geojson]");
    }

    @Test
    void settingsRenameTheProperties() {
        byte[] text = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,"
                + "\"properties\":{\"kod\":\"0188\",\"namn\":\"Norrtälje\"}}]}").getBytes(StandardCharsets.UTF_8);
        AreaHierarchy h = provider().load(Source.of("k.geojson", text), PluginConfig.of(Map.of("property.id", "kod",
                "property.name", "namn", "default.level", "kommun", "code.kommunkod", "kod")));
        assertThat(h.get(AreaId.of("0188")).name()).isEqualTo("Norrtälje");
        assertThat(h.get(AreaId.of("0188")).externalCode("kommunkod")).contains("0188");
    }

    @Test
    void settingsAndUnreadableSourcesFail() {
        assertThatThrownBy(() -> provider().load(Source.none(), PluginConfig.empty()))
                .isInstanceOf(ImportException.class).hasMessageContaining("none");
        assertThatThrownBy(() -> provider().load(Source.none(), PluginConfig.of(Map.of("property.identifier", "x"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("property.identifier");
    }
}
