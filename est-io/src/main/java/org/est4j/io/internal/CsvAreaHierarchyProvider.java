package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.io.csv.CsvFormat;

/**
 * Provider {@code csv}: an area hierarchy from a CSV file with the columns id, name, level, parent (and optionally
 * lat, lon and external codes); see {@link org.est4j.io.area.AreaCsv}. Settings: {@code delimiter} ({@code ;},
 * {@code ,}, {@code tab}) and {@code encoding} (such as {@code windows-1252}), both detected by default.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class CsvAreaHierarchyProvider implements AreaHierarchyProvider {
    private static final Set<String> KEYS = Set.of("delimiter", "encoding");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public CsvAreaHierarchyProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "Area hierarchy from CSV: id, name, level, parent, optional lat/lon and external codes";
    }

    @Override
    public boolean readsSource() {
        return true;
    }

    @Override
    public AreaHierarchy load(Source source, PluginConfig config) {
        requireNonNull(source, "source");
        Settings s = new Settings("csv area hierarchy settings", requireNonNull(config, "config")).allow(KEYS, Set.of());
        CsvFormat.Builder format = CsvFormat.builder();
        s.delimiter("delimiter").ifPresent(format::delimiter);
        s.charset("encoding").ifPresent(format::charset);
        s.check();
        return AreaCsvReader.read(source, format.build());
    }

    @Override
    public String toString() {
        return "AreaHierarchyProvider[csv]";
    }
}
