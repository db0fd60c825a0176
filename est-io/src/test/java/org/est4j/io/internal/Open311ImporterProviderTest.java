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

class Open311ImporterProviderTest extends EstPluginContract<Open311ImporterProvider> {

    @Override
    protected Class<ObservationImporterProvider> kind() {
        return ObservationImporterProvider.class;
    }

    @Override
    protected Open311ImporterProvider provider() {
        return new Open311ImporterProvider();
    }

    @Test
    void isFoundUnderItsIdAndCreatesImporters() {
        assertThat(EstPlugins.global().get(ObservationImporterProvider.class, "open311"))
                .isInstanceOf(Open311ImporterProvider.class);
        assertThat(provider().create(PluginConfig.of(Map.of("area", "x")))).isInstanceOf(Open311Importer.class);
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("nearest.max-metres", "-3"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nearest.max-metres");
    }
}
