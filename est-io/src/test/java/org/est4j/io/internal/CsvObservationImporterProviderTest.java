package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.est4j.io.Sources;
import org.est4j.io.TestAreas;
import org.junit.jupiter.api.Test;

class CsvObservationImporterProviderTest extends EstPluginContract<CsvObservationImporterProvider> {

    @Override
    protected Class<ObservationImporterProvider> kind() {
        return ObservationImporterProvider.class;
    }

    @Override
    protected CsvObservationImporterProvider provider() {
        return new CsvObservationImporterProvider();
    }

    @Test
    void theRegistryHandsOutAWorkingImporterUnderItsId() {
        ObservationImporterProvider found = EstPlugins.global().get(ObservationImporterProvider.class, "csv");
        assertThat(found).isInstanceOf(CsvObservationImporterProvider.class);
        assertThat(found.create(PluginConfig.empty())
                .read(Sources.of("a.csv", "område;kategori;allvarlighet;rapportör;datum\nrimbo;drugs;1;r;2026-11-18\n"),
                        TestAreas.context()).accepted()).hasSize(1);
        assertThat(found.toString()).isEqualTo("ObservationImporterProvider[csv]");
    }

    @Test
    void createChecksTheSettings() {
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("kolumn", "x"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("kolumn");
    }
}
