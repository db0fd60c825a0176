package org.est4j.io.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import org.est4j.core.Problems;

/**
 * Limits on the JSON est4j reads, so that a hostile or broken input cannot exhaust memory or stack: Jackson's
 * {@link StreamReadConstraints}, with defaults chosen for est4j's documents.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>256 MiB</td><td>about 400,000 observations, pretty-printed; a
 *       municipality's year is far less</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>est4j's documents nest 4 to 8 levels; only evaluations
 *       whose breakdowns hold breakdowns go deeper, two levels per step</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>100,000 characters</td><td>the longest text est4j keeps is a
 *       4,000-character description</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>1,000 characters</td><td>property names and external-code keys are
 *       short</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100 characters</td><td>a {@code double} needs at most 24</td></tr>
 * </table>
 *
 * <p>An input beyond a limit is rejected with a problem that names the limit. Raise a limit with the
 * {@code withX} methods and {@link EstJson#mapper(JsonLimits)} or {@link EstJson#read(DocumentKind,
 * java.io.InputStream, JsonLimits)} when a genuine document needs it.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class JsonLimits {
    /** The default {@link #maxDocumentLength()}: 256 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
    /** The default {@link #maxNestingDepth()}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default {@link #maxStringLength()}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** The default {@link #maxNameLength()}. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
    /** The default {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNameLength;
    private final int maxNumberLength;

    private JsonLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNameLength,
            int maxNumberLength) {
        Problems.of("JsonLimits")
                .require(maxDocumentLength > 0, "maxDocumentLength", "must be positive", maxDocumentLength)
                .require(maxNestingDepth >= 8, "maxNestingDepth", "must be 8 or more: est4j's own documents nest that deep",
                        maxNestingDepth)
                .require(maxStringLength > 0, "maxStringLength", "must be positive", maxStringLength)
                .require(maxNameLength > 0, "maxNameLength", "must be positive", maxNameLength)
                .require(maxNumberLength >= 24, "maxNumberLength", "must be 24 or more: a double can need 24 characters",
                        maxNumberLength)
                .throwIfAny();
        this.maxDocumentLength = maxDocumentLength;
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxNameLength = maxNameLength;
        this.maxNumberLength = maxNumberLength;
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults in the table above
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the longest input read, in bytes (or characters for text input).
     *
     * @return positive
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Returns the deepest nesting of arrays and objects read.
     *
     * @return 8 or more
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the longest string value read, in characters.
     *
     * @return positive
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the longest property name read, in characters.
     *
     * @return positive
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * Returns the longest number read, in characters.
     *
     * @return 24 or more
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Returns these limits with another maximum document length.
     *
     * @param length positive, in bytes (or characters for text input)
     * @return new limits
     * @throws org.est4j.core.ValidationException when the value is not positive
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(length, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength);
    }

    /**
     * Returns these limits with another maximum nesting depth.
     *
     * @param depth 8 or more
     * @return new limits
     * @throws org.est4j.core.ValidationException when the value is below 8
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(maxDocumentLength, depth, maxStringLength, maxNameLength, maxNumberLength);
    }

    /**
     * Returns these limits with another maximum string length.
     *
     * @param length positive, in characters
     * @return new limits
     * @throws org.est4j.core.ValidationException when the value is not positive
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, length, maxNameLength, maxNumberLength);
    }

    /**
     * Returns these limits with another maximum property name length.
     *
     * @param length positive, in characters
     * @return new limits
     * @throws org.est4j.core.ValidationException when the value is not positive
     */
    public JsonLimits withMaxNameLength(int length) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, length, maxNumberLength);
    }

    /**
     * Returns these limits with another maximum number length.
     *
     * @param length 24 or more, in characters
     * @return new limits
     * @throws org.est4j.core.ValidationException when the value is below 24
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, length);
    }

    /**
     * Returns these limits as Jackson's constraints, for a host that builds its own {@code JsonFactory}.
     *
     * @return the constraints; the token count stays unlimited
     */
    public StreamReadConstraints toStreamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentLength)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxNameLength)
                .maxNumberLength(maxNumberLength)
                .build();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof JsonLimits)) {
            return false;
        }
        JsonLimits that = (JsonLimits) other;
        return maxDocumentLength == that.maxDocumentLength && maxNestingDepth == that.maxNestingDepth
                && maxStringLength == that.maxStringLength && maxNameLength == that.maxNameLength
                && maxNumberLength == that.maxNumberLength;
    }

    @Override
    public int hashCode() {
        return (((Long.hashCode(maxDocumentLength) * 31 + maxNestingDepth) * 31 + maxStringLength) * 31
                + maxNameLength) * 31 + maxNumberLength;
    }

    /** Returns the limits, such as {@code JsonLimits[document 268435456, depth 64, string 100000, name 1000, number 100]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "JsonLimits[document %d, depth %d, string %d, name %d, number %d]",
                maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength);
    }
}
