package org.est4j.example.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.core.spi.contract.EstPluginContract;
import org.junit.jupiter.api.Test;

class OutlineAreasProviderTest extends EstPluginContract<OutlineAreasProvider> {

    @Override
    protected Class<AreaHierarchyProvider> kind() {
        return AreaHierarchyProvider.class;
    }

    @Override
    protected OutlineAreasProvider provider() {
        return new OutlineAreasProvider();
    }

    private static Source text(String outline) {
        return new Source() {
            @Override
            public String name() {
                return "areas.txt";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(outline.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void readsNamesLevelsAndNestingIntoIds() {
        AreaHierarchy h = provider().load(text("# Sjövikens kommun\n\nSjövikens kommun [kommun]\n  Sjöviken [tätort]\n"
                + "    Centrum [område]\n      Stora torget [plats]\n  Ekby [tätort]\n"), PluginConfig.empty());
        assertThat(h.areas()).extracting(Area::id).extracting(AreaId::value).containsExactly("sjovikens-kommun",
                "sjovikens-kommun/ekby", "sjovikens-kommun/sjoviken", "sjovikens-kommun/sjoviken/centrum",
                "sjovikens-kommun/sjoviken/centrum/stora-torget");
        assertThat(h.get(AreaId.of("sjovikens-kommun/sjoviken/centrum/stora-torget")).level()).isEqualTo(AreaLevel.PLACE);
        assertThat(h.get(AreaId.of("sjovikens-kommun/ekby")).name()).isEqualTo("Ekby");
        assertThat(h.get(AreaId.of("sjovikens-kommun/ekby")).level()).isEqualTo(AreaLevel.LOCALITY);
    }

    @Test
    void reportsEveryBrokenLineWithItsNumber() {
        assertThatThrownBy(() -> provider().load(text("Kommunen [kommun]\n Udda [tätort]\nUtan nivå\n      För djupt"
                + " [plats]\n"), PluginConfig.empty())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 2").hasMessageContaining("line 3").hasMessageContaining("line 4");
        assertThatThrownBy(() -> provider().load(text("A [kommun]\n"), PluginConfig.of(java.util.Map.of("x", "1"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("x: is not a setting");
    }
}
