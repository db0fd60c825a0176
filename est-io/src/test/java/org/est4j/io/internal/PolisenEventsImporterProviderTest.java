package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.junit.jupiter.api.Test;

class PolisenEventsImporterProviderTest extends EstPluginContract<PolisenEventsImporterProvider> {

    @Override
    protected Class<ObservationImporterProvider> kind() {
        return ObservationImporterProvider.class;
    }

    @Override
    protected PolisenEventsImporterProvider provider() {
        return new PolisenEventsImporterProvider();
    }

    @Test
    void isFoundUnderItsIdAndCreatesImporters() {
        assertThat(EstPlugins.global().get(ObservationImporterProvider.class, "polisen-events"))
                .isInstanceOf(PolisenEventsImporterProvider.class);
        assertThat(provider().create(PluginConfig.empty())).isInstanceOf(PolisenEventsImporter.class);
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("type.brand", "inte ett id!"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("type.brand");
    }
}
