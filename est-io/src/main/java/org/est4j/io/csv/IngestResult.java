package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.est4j.core.ingest.Rejection;

/**
 * What a {@link CsvIngest} made of an input: the rows read, how many it appended to the store, and every row it
 * rejected with its line, column, reason and raw text. {@code accepted + rejected = rowsRead}, always.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; the list is copied.
 *
 * @param source the input's name
 * @param rowsRead every row read, header and blank lines not counted
 * @param accepted the rows appended to the store, in input order
 * @param rejected the rows rejected, in input order
 */
public record IngestResult(String source, long rowsRead, long accepted, List<Rejection> rejected) {

    /**
     * Checks that every row is counted once.
     *
     * @param source the input's name
     * @param rowsRead every row read
     * @param accepted the rows appended
     * @param rejected the rows rejected
     * @throws IllegalArgumentException when {@code accepted + rejected != rowsRead}
     */
    public IngestResult {
        requireNonNull(source, "source");
        rejected = List.copyOf(requireNonNull(rejected, "rejected"));
        if (accepted < 0 || accepted + rejected.size() != rowsRead) {
            throw new IllegalArgumentException("accepted (" + accepted + ") + rejected (" + rejected.size()
                    + ") must equal the rows read (" + rowsRead + ")");
        }
    }

    /** Returns a summary such as {@code IngestResult[obs.csv: 1000 rows read, 998 accepted, 2 rejected]}. */
    @Override
    public String toString() {
        return "IngestResult[" + source + ": " + rowsRead + " rows read, " + accepted + " accepted, " + rejected.size()
                + " rejected]";
    }
}
