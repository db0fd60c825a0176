package org.est4j.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails with {@link TooLargeException} once more than a limit were read, so
 * that no importer reads past {@link org.est4j.core.ingest.ImportContext#maxBytes()}.
 *
 * <p>Implementation requirements: mutable and not thread-safe, like the stream it wraps.
 */
public final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    /**
     * Wraps a stream.
     *
     * @param in the stream
     * @param limit the most bytes that may be read
     */
    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }

    /** Thrown when the input is larger than the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLargeException(long limit) {
            super("The input is larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        /**
         * Returns the limit that was passed.
         *
         * @return the most bytes allowed
         */
        public long limit() {
            return limit;
        }
    }
}
