package org.est4j.io.internal;

import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provider {@code open311}: observations from Open311 GeoReport v2 service requests; documented in
 * {@link org.est4j.io.open311.Open311}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Open311ImporterProvider implements ObservationImporterProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Open311ImporterProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "open311";
    }

    @Override
    public String description() {
        return "Observations from Open311 GeoReport v2 service requests (requests.json, optional services.json)";
    }

    @Override
    public Importer create(PluginConfig config) {
        return Open311Importer.create(config, null);
    }

    @Override
    public String toString() {
        return "ObservationImporterProvider[open311]";
    }
}
