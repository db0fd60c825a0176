package org.est4j.io.csv;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record of a CSV input as {@link CsvReader} read it: its fields, the physical line it starts on, its raw text,
 * and the first problem found in it, if any (a quote never closed, text after a closing quote, a field longer than
 * the limit, bytes not valid in the encoding). A record with a problem still has all its fields, as far as they
 * could be read, so that the caller can report the row and go on.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CsvRecord {
    CsvRecord() {}

    /**
     * Returns the physical line the record starts on, from 1 (the header is usually line 1). A record with line
     * breaks inside quoted fields spans several lines.
     *
     * @return the line
     */
    public abstract long line();

    /**
     * Returns the fields in order, unquoted: doubled quotes made single, line breaks inside quoted fields as
     * {@code \n}. A field longer than the limit is cut to it.
     *
     * @return an unmodifiable list, at least one field
     */
    public abstract List<String> fields();

    /**
     * Returns the record as it stood in the input, without its line break, cut to
     * {@value org.est4j.core.ingest.Rejection#MAX_RAW_LENGTH} characters and marked when longer.
     *
     * @return the raw text
     */
    public abstract String raw();

    /**
     * Returns the first problem found in the record, in words that say what to change.
     *
     * @return the problem, or empty for a well-formed record
     */
    public abstract Optional<String> problem();

    /**
     * Returns the column (from 1) the {@link #problem()} is in.
     *
     * @return the column, or 0 when there is no problem
     */
    @Value.Default
    public int problemColumn() {
        return 0;
    }

    /**
     * Returns the number of fields.
     *
     * @return at least 1
     */
    public int size() {
        return fields().size();
    }

    /**
     * Returns a field by column number, as people count columns.
     *
     * @param column from 1
     * @return the field, or empty when the record has fewer columns
     */
    public String field(int column) {
        return column >= 1 && column <= fields().size() ? fields().get(column - 1) : "";
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder extends ImmutableCsvRecord.Builder {
        Builder() {}
    }

    /** Returns a summary such as {@code CsvRecord[line 3, 9 fields]} or {@code …, problem in column 4: …]}. */
    @Override
    public String toString() {
        return "CsvRecord[line " + line() + ", " + size() + (size() == 1 ? " field" : " fields")
                + problem().map(p -> ", problem in column " + problemColumn() + ": " + p).orElse("") + "]";
    }
}
