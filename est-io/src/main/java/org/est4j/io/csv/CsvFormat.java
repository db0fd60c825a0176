package org.est4j.io.csv;

import java.nio.charset.Charset;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.ingest.ImportContext;
import org.immutables.value.Value;

/**
 * How to read a CSV input: the delimiter and the character encoding (each detected unless given), and the limits
 * that stop hostile input.
 *
 * <p><b>Detection.</b> Without a {@link #delimiter()}, the reader takes whichever of {@code ;}, {@code ,} and tab
 * occurs most often outside quotes in the first line that is not blank (the header); on a tie {@code ;} wins, then
 * {@code ,}; a line without any gives {@code ,}. Without a {@link #charset()}, a byte-order mark decides (UTF-8,
 * UTF-16LE, UTF-16BE); else input that is valid UTF-8 throughout is UTF-8, and anything else is Windows-1252 (what
 * Excel writes on a Swedish Windows), which maps every byte.
 *
 * <pre>{@code
 * CsvFormat auto = CsvFormat.detect();
 * CsvFormat excel = CsvFormat.builder().delimiter(';').charset(Charset.forName("windows-1252")).build();
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CsvFormat {
    /** The longest field by default, in characters: that of {@link ImportContext#maxFieldLength()}. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;
    /** The largest input by default, in bytes (2 GiB): that of {@link ImportContext#maxBytes()}. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    CsvFormat() {}

    /**
     * Returns the delimiter between fields.
     *
     * @return the delimiter, or empty to detect it from the header line
     */
    public abstract Optional<Character> delimiter();

    /**
     * Returns the character encoding.
     *
     * @return the encoding, or empty to detect it
     */
    public abstract Optional<Charset> charset();

    /**
     * Returns the longest field accepted, in characters. A longer field is cut to this length and its record
     * carries a {@linkplain CsvRecord#problem() problem}; reading goes on after it.
     *
     * @return {@value #DEFAULT_MAX_FIELD_LENGTH} by default
     */
    @Value.Default
    public int maxFieldLength() {
        return DEFAULT_MAX_FIELD_LENGTH;
    }

    /**
     * Returns the largest input read, in bytes; past it the reader stops with an
     * {@link org.est4j.core.ingest.ImportException}.
     *
     * @return 2 GiB by default
     */
    @Value.Default
    public long maxBytes() {
        return DEFAULT_MAX_BYTES;
    }

    /**
     * Returns the format that detects delimiter and encoding, with the default limits.
     *
     * @return the format
     */
    public static CsvFormat detect() {
        return builder().build();
    }

    /**
     * Returns the format that detects delimiter and encoding, with the limits of an import.
     *
     * @param context the import's limits ({@link ImportContext#maxFieldLength()}, {@link ImportContext#maxBytes()})
     * @return the format
     */
    public static CsvFormat detect(ImportContext context) {
        java.util.Objects.requireNonNull(context, "context");
        return builder().maxFieldLength(context.maxFieldLength()).maxBytes(context.maxBytes()).build();
    }

    /**
     * Returns an empty builder: detection and default limits unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CsvFormat}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCsvFormat.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Character d = delimiter().orElse(null);
        Problems.of("CsvFormat")
                .require(d == null || (d != '"' && d != '\r' && d != '\n'), "delimiter",
                        "must not be a quote or a line break; use ; , or a tab", d == null ? null : printable(d))
                .require(maxFieldLength() > 0, "maxFieldLength", "must be positive", maxFieldLength())
                .require(maxBytes() > 0, "maxBytes", "must be positive", maxBytes())
                .throwIfAny();
    }

    static String printable(char c) {
        return c == '\t' ? "tab" : c == '\r' ? "CR" : c == '\n' ? "LF" : String.valueOf(c);
    }

    /** Returns a summary such as {@code CsvFormat[delimiter ;, charset detected, maxFieldLength 10000, maxBytes …]}. */
    @Override
    public String toString() {
        return "CsvFormat[delimiter " + delimiter().map(CsvFormat::printable).orElse("detected") + ", charset "
                + charset().map(Charset::name).orElse("detected") + ", maxFieldLength " + maxFieldLength()
                + ", maxBytes " + maxBytes() + "]";
    }
}
