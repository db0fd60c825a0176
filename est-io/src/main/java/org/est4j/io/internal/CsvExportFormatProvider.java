package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.csv.CsvExport;
import org.est4j.io.csv.CsvStyle;

/**
 * Export format {@code csv}: observations, measures and situation pictures as CSV for Excel, safe against formula
 * injection; see {@link CsvExport} for the columns and {@link CsvStyle#from(PluginConfig)} for the settings
 * ({@code delimiter}, {@code bom}, {@code line-ending}, {@code language}, {@code decimal-comma}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class CsvExportFormatProvider implements ExportFormatProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public CsvExportFormatProvider() {
        // stateless
    }

    @Override
    public String id() {
        return CsvExport.FORMAT_ID;
    }

    @Override
    public String description() {
        return "CSV for Excel (; UTF-8 BOM, decimal comma, Swedish headers by default): observations, measures,"
                + " pictures";
    }

    @Override
    public String mediaType() {
        return CsvExport.MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public Set<Class<?>> documentTypes() {
        return CsvExport.documentTypes();
    }

    /**
     * Creates a writer in the style the settings give.
     *
     * @param config the settings of {@link CsvStyle#from(PluginConfig)}
     * @return the writer
     * @throws org.est4j.core.ValidationException when a setting is unknown or of the wrong form
     */
    @Override
    public Writer create(PluginConfig config) {
        CsvStyle style = CsvStyle.from(requireNonNull(config, "config"));
        return NamedWriter.of("csv writer " + style, (document, out) -> CsvExport.write(document, out, style));
    }

    @Override
    public String toString() {
        return "ExportFormatProvider[csv]";
    }
}
