package org.est4j.io;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.est4j.core.spi.Source;

/**
 * The real public data files the tests read as they were published: byte-identical copies of the project's
 * {@code shared/data} in {@code est-io/src/test/data} ({@link SharedDataTest} pins each to the original's SHA-256).
 * The directory comes from the system property {@code est.shared.data}, which est-io's pom sets to that folder;
 * pass {@code -Dest.shared.data=/path/to/shared/data} to test against the originals.
 */
public final class SharedData {
    /** The property naming the directory. */
    public static final String PROPERTY = "est.shared.data";

    private SharedData() {}

    /**
     * Returns a data file.
     *
     * @param name such as {@code polisen-events-2023-03-25.json}
     * @return its path; the test fails with a message saying what to do when the directory or file is missing
     */
    public static Path path(String name) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            fail("The system property " + PROPERTY + " is not set: run the tests through Maven (est-io's pom sets it),"
                    + " or pass -D" + PROPERTY + "=/path/to/shared/data");
        }
        Path directory = Path.of(dir);
        if (!Files.isDirectory(directory)) {
            fail("The shared data directory " + directory.toAbsolutePath().normalize() + " (" + PROPERTY + ") does not"
                    + " exist: the tests read the real files in shared/data beside the repository clone; pass -D"
                    + PROPERTY + "=/path/to/shared/data");
        }
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("The shared data file " + file.toAbsolutePath().normalize() + " is missing");
        }
        return file;
    }

    /**
     * Returns a data file as a source.
     *
     * @param name such as {@code polisen-events-2023-03-25.json}
     * @return the source, named after the file
     */
    public static Source source(String name) {
        return Sources.of(path(name));
    }
}
