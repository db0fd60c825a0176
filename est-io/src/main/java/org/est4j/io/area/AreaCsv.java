package org.est4j.io.area;

import static java.util.Objects.requireNonNull;

import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.spi.Source;
import org.est4j.io.csv.CsvFormat;
import org.est4j.io.internal.AreaCsvReader;

/**
 * An area hierarchy kept in a CSV file, one area per row, each naming its parent (provider {@code csv}):
 *
 * <pre>
 * id;name;level;parent;lat;lon;kommunkod
 * 0188;Norrtälje;kommun;;59,7580;18,7049;0188
 * rimbo;Rimbo;tatort;0188;;;
 * rimbo/torget;Torget;plats;rimbo;59,7461;18,3655;
 * </pre>
 *
 * <ul>
 *   <li>The header is required; columns are found by name, ignoring case: {@code id}, {@code name} (or
 *       {@code namn}) and {@code level} ({@code nivå}) are required, {@code parent} ({@code förälder},
 *       {@code överordnad}) is empty for a root, {@code lat} and {@code lon} (decimal point or comma) are optional
 *       and go together. Every other column is an external code, keyed by its header in lower case, such as
 *       {@code kommunkod} or {@code deso}; an empty cell means no code.</li>
 *   <li>Delimiter ({@code ;}, {@code ,} or tab) and encoding (UTF-8 with or without a byte-order mark, or
 *       Windows-1252) are detected unless the {@link CsvFormat} gives them. Rows may come in any order.</li>
 *   <li>Every problem is reported at once, in one {@link org.est4j.core.ValidationException} whose paths name
 *       the line of the file: {@code line[7].level} for a row's own problem, {@code line[12].parent} for a parent
 *       that is not in the file or that makes a cycle, {@code line[9].id} for an id used twice. A row whose parent
 *       row is itself broken is not reported a second time.</li>
 * </ul>
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class AreaCsv {
    /** The provider id, {@code csv}. */
    public static final String PROVIDER_ID = "csv";

    private AreaCsv() {}

    /**
     * Reads a hierarchy, detecting delimiter and encoding.
     *
     * @param source the CSV input
     * @return the hierarchy; empty for an input without rows
     * @throws org.est4j.core.ValidationException listing every problem, with paths such as {@code line[12].parent}
     * @throws org.est4j.core.ingest.ImportException when the input cannot be read, or is larger than the default
     *     limit of {@link CsvFormat#maxBytes()}
     */
    public static AreaHierarchy read(Source source) {
        return read(source, CsvFormat.detect());
    }

    /**
     * Reads a hierarchy.
     *
     * @param source the CSV input
     * @param format delimiter, encoding and limits
     * @return the hierarchy; empty for an input without rows
     * @throws org.est4j.core.ValidationException listing every problem, with paths such as {@code line[12].parent}
     * @throws org.est4j.core.ingest.ImportException when the input cannot be read or passes a limit
     */
    public static AreaHierarchy read(Source source, CsvFormat format) {
        return AreaCsvReader.read(requireNonNull(source, "source"), requireNonNull(format, "format"));
    }
}
