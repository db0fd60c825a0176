package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.core.spi.contract.EstPluginContract;
import org.junit.jupiter.api.Test;

class SeMunicipalitiesHierarchyProviderTest extends EstPluginContract<SeMunicipalitiesHierarchyProvider> {

    @Override
    protected Class<AreaHierarchyProvider> kind() {
        return AreaHierarchyProvider.class;
    }

    @Override
    protected SeMunicipalitiesHierarchyProvider provider() {
        return new SeMunicipalitiesHierarchyProvider();
    }

    @Test
    void loadsSwedenWithoutASource() {
        AreaHierarchyProvider p = EstPlugins.global().get(AreaHierarchyProvider.class, "se-municipalities");
        assertThat(p.readsSource()).isFalse();
        AreaHierarchy h = p.load(Source.none(), PluginConfig.empty());
        assertThat(h.areas(AreaLevel.MUNICIPALITY)).hasSize(290);
        assertThat(h.areas(AreaLevel.COUNTY)).hasSize(21);
    }

    @Test
    void keepsTheMunicipalitiesOrCountiesAsked() {
        AreaHierarchy one = provider().load(Source.none(), PluginConfig.of(Map.of("kommun", "0188")));
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.roots()).extracting(Area::name).containsExactly("Norrtälje");
        AreaHierarchy two = provider().load(Source.none(), PluginConfig.of(Map.of("kommun", "Uppsala, 0188")));
        assertThat(two.roots()).extracting(a -> a.id().value()).containsExactly("0188", "0380");
        AreaHierarchy skane = provider().load(Source.none(), PluginConfig.of(Map.of("lan", "Skåne län")));
        assertThat(skane.roots()).extracting(Area::name).containsExactly("Skåne län");
        assertThat(skane.areas(AreaLevel.MUNICIPALITY)).hasSize(33);
    }

    @Test
    void wrongSettingsAreListed() {
        assertThatThrownBy(() -> provider().load(Source.none(), PluginConfig.of(Map.of("kommun", "0188,9999,Atlantis",
                "lan", "01", "region", "x"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path())
                        .containsExactlyInAnyOrder("region", "lan", "kommun", "kommun"));
        assertThatThrownBy(() -> provider().load(Source.none(), PluginConfig.of(Map.of("kommun", "01"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'01' is not a municipality");
    }
}
