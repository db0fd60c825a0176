package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.geojson.GeoJson;
import org.est4j.io.geojson.GeoJsonStyle;

/**
 * Export format {@code geojson}: area maps, area hierarchies and hotspots as GeoJSON (RFC 7946), areas coloured by
 * their assessed level; see {@link GeoJson} for the features and {@link GeoJsonStyle#from(PluginConfig)} for the
 * settings ({@code precision}, {@code fill-opacity}, {@code hotspot-colour}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class GeoJsonExportFormatProvider implements ExportFormatProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public GeoJsonExportFormatProvider() {
        // stateless
    }

    @Override
    public String id() {
        return GeoJson.FORMAT_ID;
    }

    @Override
    public String description() {
        return "GeoJSON (RFC 7946) maps: areas coloured by their assessed level, hotspots as points";
    }

    @Override
    public String mediaType() {
        return GeoJson.MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "geojson";
    }

    @Override
    public Set<Class<?>> documentTypes() {
        return GeoJson.documentTypes();
    }

    /**
     * Creates a writer in the style the settings give.
     *
     * @param config the settings of {@link GeoJsonStyle#from(PluginConfig)}
     * @return the writer
     * @throws org.est4j.core.ValidationException when a setting is unknown or of the wrong form
     */
    @Override
    public Writer create(PluginConfig config) {
        GeoJsonStyle style = GeoJsonStyle.from(requireNonNull(config, "config"));
        return NamedWriter.of("geojson writer " + style, (document, out) -> GeoJson.write(document, out, style));
    }

    @Override
    public String toString() {
        return "ExportFormatProvider[geojson]";
    }
}
