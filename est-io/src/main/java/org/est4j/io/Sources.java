package org.est4j.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.est4j.core.spi.Source;

/**
 * Makes {@link Source sources} of files and text, which est-core cannot (it does no file I/O).
 *
 * <pre>{@code
 * Source events = Sources.of(Path.of("polisen-events.json"));      // named "polisen-events.json" in messages
 * Source csv = Sources.of("test.csv", "id;datum;område\n1;2026-11-18;Centrum\n");
 * }</pre>
 *
 * <p>Implementation requirements: this class is stateless and thread-safe; every source it returns is immutable
 * and thread-safe, and opens a new stream on each call.
 */
public final class Sources {
    private Sources() {}

    /**
     * Returns a source that reads a file. Its name, used in messages, is the file's name without its directory;
     * the file is opened, and must exist, only when the source is opened.
     *
     * @param path the file
     * @return the source
     */
    public static Source of(Path path) {
        requireNonNull(path, "path");
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public String toString() {
                return "Source[" + path + "]";
            }
        };
    }

    /**
     * Returns a source over text, encoded as UTF-8 without a byte-order mark.
     *
     * @param name the name for messages, such as {@code test.csv}
     * @param text the content
     * @return the source
     */
    public static Source of(String name, String text) {
        requireNonNull(name, "name");
        return Source.of(name, requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }
}
