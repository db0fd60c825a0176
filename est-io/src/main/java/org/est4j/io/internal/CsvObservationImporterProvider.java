package org.est4j.io.internal;

import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provider {@code csv}: observations from survey-tool and spreadsheet exports, with Swedish default headers;
 * documented in {@link org.est4j.io.csv.ObservationCsv}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class CsvObservationImporterProvider implements ObservationImporterProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public CsvObservationImporterProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "Observations from CSV exports of survey tools and spreadsheets (Swedish headers, ; or , UTF-8 or"
                + " Windows-1252)";
    }

    @Override
    public Importer create(PluginConfig config) {
        return CsvObservationImporter.create(config);
    }

    @Override
    public String toString() {
        return "ObservationImporterProvider[csv]";
    }
}
