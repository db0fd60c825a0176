package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.core.store.ObservationStore;
import org.est4j.io.internal.CsvObservationImporter;
import org.est4j.io.internal.CsvStoreIngest;

/**
 * Reads an observation CSV ({@link ObservationCsv}: same columns, settings and rules) straight into an
 * {@link ObservationStore}, without an object per row, using several cores on a large file. What it accepts and
 * rejects, and the line, column, reason and raw text of each rejection, are the importer's: rows in the common form
 * (ISO dates, {@code hh:mm} times, plain ids and codes, decimal degrees) are read by a byte parser straight into the
 * store's columns, and every other row is handed to the importer's own row reader, in order.
 *
 * <pre>{@code
 * ObservationStore store = ObservationStore.create();
 * IngestResult result = CsvIngest.create().ingest(Path.of("events.csv"), ImportContext.of(hierarchy), store);
 * result.rejected().forEach(System.out::println);
 * }</pre>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Splitting.</b> A file is cut into chunks of bytes; each is parsed on its own from the first line break in
 *       it, a guess that a line break inside a quoted field can make wrong. The chunks are taken in order, and a
 *       chunk whose guess does not meet the end of the chunk before is parsed again from there, so quoted line
 *       breaks are read right wherever they fall.</li>
 *   <li><b>Ids.</b> An id used by an earlier accepted row of the input is rejected as the importer rejects it. An id
 *       the store held before the ingest is rejected too ("already in the store"), where appending an
 *       {@link org.est4j.core.ingest.ImportResult} would fail the whole input: a large input should not fail on one
 *       row.</li>
 *   <li><b>Appends go on as chunks are read.</b> Rows are appended chunk by chunk, so readers of the store see the
 *       input arrive in order; in strict mode the rows before the first bad one stay appended.</li>
 *   <li><b>Encodings.</b> The fast path reads UTF-8 (detected, or set with {@code encoding}); an input that is not
 *       valid UTF-8, that is UTF-16, larger than the byte limit, or set to another encoding is read by the importer's
 *       own reader from start to end, into the store: the same result, more slowly.</li>
 *   <li><b>Sources other than files</b> are read into memory first, within the byte limit.</li>
 * </ul>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; concurrent ingests into one store
 * interleave their chunks.
 */
public final class CsvIngest {
    private final CsvStoreIngest ingest;

    private CsvIngest(CsvStoreIngest ingest) {
        this.ingest = ingest;
    }

    /**
     * Returns an ingest with the importer's default settings.
     *
     * @return the ingest
     */
    public static CsvIngest create() {
        return of(PluginConfig.empty());
    }

    /**
     * Returns an ingest with the importer's settings ({@link ObservationCsv}).
     *
     * @param config the settings
     * @return the ingest
     * @throws org.est4j.core.ValidationException when a setting is unknown or has a value of the wrong form
     */
    public static CsvIngest of(PluginConfig config) {
        return new CsvIngest(CsvStoreIngest.of(CsvObservationImporter.create(requireNonNull(config, "config"))));
    }

    /**
     * Reads a file into a store on every available processor.
     *
     * @param file the CSV file
     * @param context the hierarchy, taxonomy and limits
     * @param store the store to append to
     * @return what was read, accepted and rejected
     * @throws org.est4j.core.ingest.ImportException when the header lacks a required column, the input cannot be
     *     read or is too large, or in strict mode at the first bad row
     */
    public IngestResult ingest(Path file, ImportContext context, ObservationStore store) {
        return ingest(file, context, store, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads a file into a store on a number of threads; 1 reads it on the calling thread.
     *
     * @param file the CSV file
     * @param context the hierarchy, taxonomy and limits
     * @param store the store to append to
     * @param threads 1 or more
     * @return what was read, accepted and rejected
     * @throws org.est4j.core.ingest.ImportException as {@link #ingest(Path, ImportContext, ObservationStore)}
     */
    public IngestResult ingest(Path file, ImportContext context, ObservationStore store, int threads) {
        return result(ingest.ingest(requireNonNull(file, "file"), requireNonNull(context, "context"),
                requireNonNull(store, "store"), threads));
    }

    /**
     * Reads a source into a store; it is read into memory first, within the context's byte limit.
     *
     * @param source the input
     * @param context the hierarchy, taxonomy and limits
     * @param store the store to append to
     * @param threads 1 or more
     * @return what was read, accepted and rejected
     * @throws org.est4j.core.ingest.ImportException as {@link #ingest(Path, ImportContext, ObservationStore)}
     */
    public IngestResult ingest(Source source, ImportContext context, ObservationStore store, int threads) {
        return result(ingest.ingest(requireNonNull(source, "source"), requireNonNull(context, "context"),
                requireNonNull(store, "store"), threads));
    }

    private static IngestResult result(CsvStoreIngest.Outcome o) {
        return new IngestResult(o.source, o.rowsRead, o.accepted, o.rejected);
    }

    /** Returns {@code CsvIngest[…importer settings…]}. */
    @Override
    public String toString() {
        return "CsvIngest";
    }
}
