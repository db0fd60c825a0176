package org.est4j.io.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;

/**
 * Thrown when an est4j JSON document declares a {@code "version"} whose major number this est4j does not read:
 * it reads {@code 1.x}, every minor version of format 1 (properties added by a later minor version are skipped).
 * A document of version {@code 2.0} needs an est4j that reads format 2.
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public final class UnsupportedVersionException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final String version;

    /**
     * Creates the exception.
     *
     * @param version the version the document declares, such as {@code "2.0"}
     * @param problems the problems, among them the version's (path {@code version})
     */
    public UnsupportedVersionException(String version, List<Problem> problems) {
        super("est4j JSON", problems);
        this.version = requireNonNull(version, "version");
    }

    /**
     * Returns the version the document declares.
     *
     * @return such as {@code "2.0"}
     */
    public String version() {
        return version;
    }

    /**
     * Returns the versions this est4j reads.
     *
     * @return {@code "1.x"}
     */
    public String supported() {
        return EstJson.MAJOR + ".x";
    }
}
