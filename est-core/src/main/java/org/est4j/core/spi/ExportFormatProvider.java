package org.est4j.core.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * Makes writers of one output format: JSON, Excel-friendly CSV, GeoJSON, an HTML or PDF situation report, or a
 * host's own layout. Built-ins (est-io): {@code json}, {@code csv}, {@code geojson}, {@code html}, {@code pdf}.
 *
 * <p>A format writes the document types it {@linkplain #documentTypes() declares} — a picture set, an area
 * hierarchy, a list of observations or measures, a feedback report — and refuses others with an
 * {@link org.est4j.core.EstException} that names the types it does write. Output is deterministic: the same
 * document gives the same bytes.
 *
 * @since 0.1
 */
public interface ExportFormatProvider extends EstPlugin {

    /**
     * Returns the media type of the output, such as {@code text/csv; charset=UTF-8}.
     *
     * @return never blank
     */
    String mediaType();

    /**
     * Returns the file extension without the dot, such as {@code csv}.
     *
     * @return never blank
     */
    String fileExtension();

    /**
     * Returns the document types this format writes.
     *
     * @return classes of est-core documents, such as {@code PictureSet.class}
     */
    Set<Class<?>> documentTypes();

    /**
     * Creates a writer.
     *
     * @param config the format's settings (language, delimiter, decimal comma, …), documented by the provider
     * @return a writer; immutable and thread-safe
     */
    Writer create(PluginConfig config);

    /**
     * Writes documents in the format.
     *
     * <p>Implementation requirements: implementations must be immutable and thread-safe.
     */
    @FunctionalInterface
    interface Writer {

        /**
         * Writes a document. The stream is flushed, not closed.
         *
         * @param document one of the provider's document types
         * @param out where to write
         * @throws IOException when writing fails
         * @throws org.est4j.core.EstException when the document is not of a type this format writes
         */
        void write(Object document, OutputStream out) throws IOException;
    }
}
