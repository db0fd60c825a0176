package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.core.spi.contract.EstPluginContract;
import org.junit.jupiter.api.Test;

class SeDesoHierarchyProviderTest extends EstPluginContract<SeDesoHierarchyProvider> {

    @Override
    protected Class<AreaHierarchyProvider> kind() {
        return AreaHierarchyProvider.class;
    }

    @Override
    protected SeDesoHierarchyProvider provider() {
        return new SeDesoHierarchyProvider();
    }

    @Test
    void loadsEveryDesoWithoutASource() {
        AreaHierarchyProvider p = EstPlugins.global().get(AreaHierarchyProvider.class, "se-deso");
        assertThat(p.readsSource()).isFalse();
        AreaHierarchy h = p.load(Source.none(), PluginConfig.empty());
        assertThat(h.areas(AreaLevel.DESO)).hasSize(5_984);
        assertThat(h.areas(AreaLevel.REGSO)).hasSize(3_363);
    }

    @Test
    void oneMunicipalityWithItsRegsoAndDeso() {
        AreaHierarchy h = provider().load(Source.none(), PluginConfig.of(Map.of("kommun", "0188")));
        assertThat(h.roots()).extracting(Area::name).containsExactly("Norrtälje");
        assertThat(h.levels()).containsExactly(AreaLevel.MUNICIPALITY, AreaLevel.REGSO, AreaLevel.DESO);
        assertThat(h.areas(AreaLevel.DESO)).allSatisfy(d -> assertThat(d.id().value()).startsWith("0188"));
        assertThat(h.areas(AreaLevel.DESO).size()).isGreaterThan(10);
    }
}
