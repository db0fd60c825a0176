package org.est4j.core.ingest;

import static java.util.Objects.requireNonNull;

import org.est4j.core.EstException;

/**
 * Thrown by an importer in strict mode at the first row it cannot accept, and in any mode when the input as a
 * whole cannot be read on (a limit such as the document size or nesting depth was passed, or the encoding is
 * broken beyond a row). It carries the {@link Rejection} that says where and why.
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public class ImportException extends EstException {
    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /**
     * Creates the exception.
     *
     * @param rejection where and why the import stopped
     * @param cause the underlying failure, may be null
     */
    public ImportException(Rejection rejection, Throwable cause) {
        super("Import stopped at " + requireNonNull(rejection, "rejection"), cause);
        this.rejection = rejection;
    }

    /**
     * Returns where and why the import stopped.
     *
     * @return the rejection, or null after deserialization
     */
    public Rejection rejection() {
        return rejection;
    }
}
