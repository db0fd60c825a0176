package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
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
import org.junit.jupiter.api.Test;

class CsvAreaHierarchyProviderTest extends EstPluginContract<CsvAreaHierarchyProvider> {

    @Override
    protected Class<AreaHierarchyProvider> kind() {
        return AreaHierarchyProvider.class;
    }

    @Override
    protected CsvAreaHierarchyProvider provider() {
        return new CsvAreaHierarchyProvider();
    }

    @Test
    void readsItsSourceWithTheGivenDelimiterAndEncoding() {
        AreaHierarchyProvider p = EstPlugins.global().get(AreaHierarchyProvider.class, "csv");
        assertThat(p.readsSource()).isTrue();
        byte[] bytes = "id|name|level|parent\nn|Norrtälje|kommun|\n".getBytes(Charset.forName("windows-1252"));
        AreaHierarchy h = p.load(Source.of("a.csv", bytes), PluginConfig.of(Map.of("delimiter", "|",
                "encoding", "windows-1252")));
        assertThat(h.get(AreaId.of("n")).name()).isEqualTo("Norrtälje");
    }

    @Test
    void settingsAndUnreadableSourcesFail() {
        assertThatThrownBy(() -> provider().load(Source.none(), PluginConfig.empty()))
                .isInstanceOf(ImportException.class).hasMessageContaining("none");
        assertThatThrownBy(() -> provider().load(Source.none(), PluginConfig.of(Map.of("separator", ";"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("separator");
    }
}
