package org.est4j.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.Observation;

/**
 * Collects what an importer made of each row, so that every row read is counted once: accepted, excluded or
 * rejected. In strict mode the first error (not an exclusion) throws an {@link ImportException}.
 *
 * <p>Implementation requirements: mutable and not thread-safe; one per import.
 */
public final class Rows {
    private final String source;
    private final boolean strict;
    private final List<Observation> accepted = new ArrayList<>();
    private final Consumer<Observation> onAccept;
    private long acceptedCount;
    private final List<Rejection> rejected = new ArrayList<>();

    /**
     * Starts collecting.
     *
     * @param source the name of the input
     * @param strict whether the first error stops the import
     */
    public Rows(String source, boolean strict) {
        this(source, strict, null);
    }

    /**
     * Starts counting, handing each accepted observation on instead of keeping it ({@link #result()} then lists
     * none).
     *
     * @param source the name of the input
     * @param strict whether the first error stops the import
     * @param onAccept receives every accepted observation, in input order; null to keep them
     */
    public Rows(String source, boolean strict, Consumer<Observation> onAccept) {
        this.source = source;
        this.strict = strict;
        this.onAccept = onAccept;
    }

    /**
     * Returns the name of the input.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Counts an accepted row.
     *
     * @param observation what the row became
     */
    public void accept(Observation observation) {
        if (onAccept == null) {
            accepted.add(observation);
        } else {
            onAccept.accept(observation);
        }
        acceptedCount++;
    }

    /**
     * Counts rows accepted elsewhere, such as straight into a store.
     *
     * @param n the number of rows
     */
    public void acceptedElsewhere(long n) {
        acceptedCount += n;
    }

    /**
     * Returns the rows rejected so far.
     *
     * @return the rejections, in input order
     */
    public List<Rejection> rejected() {
        return java.util.Collections.unmodifiableList(rejected);
    }

    /**
     * Returns the number of rows accepted so far.
     *
     * @return 0 or more
     */
    public long acceptedCount() {
        return acceptedCount;
    }

    /**
     * Counts a rejected or excluded row.
     *
     * @param rejection where and why
     * @throws ImportException in strict mode, for a rejection that is not an exclusion
     */
    public void reject(Rejection rejection) {
        if (strict && !rejection.excluded()) {
            throw new ImportException(rejection, null);
        }
        rejected.add(rejection);
    }

    /**
     * Returns the number of rows counted so far.
     *
     * @return accepted plus rejected
     */
    public long count() {
        return acceptedCount + rejected.size();
    }

    /**
     * Returns the result.
     *
     * @return every row counted
     */
    public ImportResult result() {
        return ImportResult.builder().source(source).rowsRead(count()).accepted(accepted).rejected(rejected).build();
    }
}
