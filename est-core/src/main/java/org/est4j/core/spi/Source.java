package org.est4j.core.spi;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where a plugin reads its input from: a named stream that can be opened (once or more), such as an uploaded
 * file, a resource, or a file a host opens. The name appears in error messages ("observations.csv, line 12").
 *
 * <p>est-core does no file or network I/O itself; est-io adds sources for paths.
 *
 * <p>Implementation requirements: implementations must be immutable and thread-safe; {@link #open()} returns a
 * new stream on each call, which the caller closes.
 */
public interface Source {

    /**
     * Returns the name to use in messages, such as a file name.
     *
     * @return never null
     */
    String name();

    /**
     * Opens the input.
     *
     * @return a new stream, positioned at the start
     * @throws IOException when the input cannot be opened
     */
    InputStream open() throws IOException;

    /**
     * Returns the source to pass to a provider that reads none (built-in data); opening it fails.
     *
     * @return the empty source named {@code none}
     */
    static Source none() {
        return new Source() {
            @Override
            public String name() {
                return "none";
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("Source.none() has no content; this provider needs a real source");
            }

            @Override
            public String toString() {
                return "Source[none]";
            }
        };
    }

    /**
     * Returns a source over bytes held in memory.
     *
     * @param name the name for messages
     * @param bytes the content; copied
     * @return the source
     */
    static Source of(String name, byte[] bytes) {
        requireNonNull(name, "name");
        byte[] copy = requireNonNull(bytes, "bytes").clone();
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public String toString() {
                return "Source[" + name + ", " + copy.length + " bytes]";
            }
        };
    }
}
