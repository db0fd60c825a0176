package org.est4j.io.internal;

import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provider {@code polisen-events}: observations from the Swedish Police open events API; documented in
 * {@link org.est4j.io.polisen.PolisenEvents}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PolisenEventsImporterProvider implements ObservationImporterProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public PolisenEventsImporterProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "polisen-events";
    }

    @Override
    public String description() {
        return "Observations from the Swedish Police open events API (polisen.se/api/events JSON)";
    }

    @Override
    public Importer create(PluginConfig config) {
        return PolisenEventsImporter.create(config);
    }

    @Override
    public String toString() {
        return "ObservationImporterProvider[polisen-events]";
    }
}
