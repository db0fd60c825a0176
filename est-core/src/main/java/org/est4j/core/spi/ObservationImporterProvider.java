package org.est4j.core.spi;

import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportResult;

/**
 * Makes importers of observations from one input format: a survey tool's CSV export, JSON, the Police events API,
 * Open311 GeoReport v2, or a host's own format. Built-ins (est-io): {@code csv}, {@code json},
 * {@code polisen-events}, {@code open311}.
 *
 * @since 0.1
 */
public interface ObservationImporterProvider extends EstPlugin {

    /**
     * Creates an importer.
     *
     * @param config the importer's settings (header mapping, category table, …), documented by the provider
     * @return an importer; immutable and thread-safe
     * @throws org.est4j.core.ValidationException when the configuration is not valid
     */
    Importer create(PluginConfig config);

    /**
     * Reads observations from one input.
     *
     * <p>Implementation requirements: implementations must be immutable and thread-safe.
     */
    @FunctionalInterface
    interface Importer {

        /**
         * Reads every row of an input and accepts or rejects each, with line, column and reason.
         *
         * @param source the input
         * @param context the hierarchy and taxonomy to check against, and the limits
         * @return the accepted observations and the rejected rows, which together are all rows read
         * @throws org.est4j.core.ingest.ImportException in strict mode at the first bad row, or when the input
         *     cannot be read on (a limit passed, a broken encoding, an I/O failure)
         */
        ImportResult read(Source source, ImportContext context);
    }
}
