package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;

class GeoJsonStyleTest {

    @Test
    void theDefaultsFollowRfc7946AndGeojsonIo() {
        GeoJsonStyle s = GeoJsonStyle.defaults();
        assertThat(s.precision()).isEqualTo(6);
        assertThat(s.fillOpacity()).isEqualTo(0.6);
        assertThat(s.hotspotColour()).isEqualTo("#B71C1C");
        assertThat(s).isEqualTo(GeoJsonStyle.from(PluginConfig.empty()));
        assertThat(s.toString()).isEqualTo("GeoJsonStyle[precision 6, fill-opacity 0.6, hotspots #B71C1C]");
    }

    @Test
    void settingsAreReadFromAPluginConfig() {
        GeoJsonStyle s = GeoJsonStyle.from(PluginConfig.of(Map.of("precision", "4", "fill-opacity", "0,25",
                "hotspot-colour", "#00ff00")));
        assertThat(s.precision()).isEqualTo(4);
        assertThat(s.fillOpacity()).isEqualTo(0.25);
        assertThat(s.hotspotColour()).isEqualTo("#00FF00");
    }

    @Test
    void wrongSettingsAreRefused() {
        assertThatThrownBy(() -> GeoJsonStyle.from(PluginConfig.of(Map.of("decimals", "4"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> GeoJsonStyle.from(PluginConfig.of(Map.of("precision", "many"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("precision");
        assertThatThrownBy(() -> GeoJsonStyle.from(PluginConfig.of(Map.of("precision", "99999999999"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 to 12");
        assertThatThrownBy(() -> GeoJsonStyle.builder().precision(0).fillOpacity(1.5).hotspotColour("red").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactly("precision", "fillOpacity", "hotspotColour"));
    }
}
