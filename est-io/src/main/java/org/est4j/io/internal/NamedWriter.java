package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import org.est4j.core.spi.ExportFormatProvider.Writer;

/**
 * An export writer with a name for people, such as {@code csv writer CsvStyle[; BOM CRLF decimal comma sv]}, so
 * that a writer reads well in JShell and in logs. Every built-in format's writer is one.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe when the wrapped writer is.
 */
final class NamedWriter implements Writer {
    private final String name;
    private final Writer writer;

    private NamedWriter(String name, Writer writer) {
        this.name = name;
        this.writer = writer;
    }

    static Writer of(String name, Writer writer) {
        return new NamedWriter(requireNonNull(name, "name"), requireNonNull(writer, "writer"));
    }

    @Override
    public void write(Object document, OutputStream out) throws IOException {
        writer.write(document, out);
    }

    @Override
    public String toString() {
        return name;
    }
}
