package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;

class GeoJsonFormatTest {

    @Test
    void theDefaultsReadWhatEst4jWrites() {
        GeoJsonFormat f = GeoJsonFormat.defaults();
        assertThat(f.idProperty()).isEqualTo("id");
        assertThat(f.nameProperty()).isEqualTo("name");
        assertThat(f.levelProperty()).isEqualTo("level");
        assertThat(f.parentProperty()).isEqualTo("parent");
        assertThat(f.codeProperties()).isEmpty();
        assertThat(f.defaultLevel()).isEmpty();
        assertThat(f.repairInvalidGeometries()).isFalse();
        assertThat(f.maxBytes()).isEqualTo(256L * 1024 * 1024);
        assertThat(f.maxFeatures()).isEqualTo(100_000);
        assertThat(f.maxPositions()).isEqualTo(5_000_000);
        assertThat(f).isEqualTo(GeoJsonFormat.from(PluginConfig.empty()));
        assertThat(f.toString()).startsWith("GeoJsonFormat[id id, name name, level level, parent parent, maxBytes");
    }

    @Test
    void settingsAreReadFromAPluginConfig() {
        Map<String, String> m = new TreeMap<>();
        m.put("property.id", "deso");
        m.put("property.name", "Namn");
        m.put("property.level", "Nivå");
        m.put("property.parent", "kommun");
        m.put("code.deso", "deso");
        m.put("code.kommunkod", "kommun");
        m.put("default.level", "DeSO");
        m.put("invalid-geometries", "repair");
        m.put("max-bytes", "1_000_000");
        m.put("max-features", "6000");
        m.put("max-positions", "2000000");
        GeoJsonFormat f = GeoJsonFormat.from(PluginConfig.of(m));
        assertThat(f.idProperty()).isEqualTo("deso");
        assertThat(f.nameProperty()).isEqualTo("Namn");
        assertThat(f.levelProperty()).isEqualTo("Nivå");
        assertThat(f.parentProperty()).isEqualTo("kommun");
        assertThat(f.codeProperties()).containsExactly(Map.entry("deso", "deso"), Map.entry("kommunkod", "kommun"));
        assertThat(f.defaultLevel()).contains(AreaLevel.DESO);
        assertThat(f.repairInvalidGeometries()).isTrue();
        assertThat(f.maxBytes()).isEqualTo(1_000_000);
        assertThat(f.maxFeatures()).isEqualTo(6000);
        assertThat(f.maxPositions()).isEqualTo(2_000_000);
        assertThat(f.toString()).contains("codes {deso=deso, kommunkod=kommun}", "default level deso",
                "repair invalid geometries");
    }

    @Test
    void everyWrongSettingIsReportedAtOnce() {
        Map<String, String> m = new TreeMap<>();
        m.put("property.identifier", "x");
        m.put("default.level", "1 nivå");
        m.put("invalid-geometries", "ignore");
        m.put("max-bytes", "-1");
        m.put("max-features", "many");
        m.put("code.deso", " ");
        assertThatThrownBy(() -> GeoJsonFormat.from(PluginConfig.of(m)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).contains("property.identifier", "default.level",
                                "invalid-geometries", "max-bytes", "max-features"));
        assertThatThrownBy(() -> GeoJsonFormat.from(PluginConfig.of(Map.of("code.deso", " "))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("codeProperties[deso]");
        assertThatThrownBy(() -> GeoJsonFormat.builder().idProperty(" ").maxFeatures(0).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactly("idProperty", "maxFeatures"));
    }
}
