package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.io.geojson.GeoJsonAreas;
import org.est4j.io.geojson.GeoJsonFormat;

/**
 * Provider {@code geojson}: an area hierarchy from a GeoJSON FeatureCollection, one feature per area with id, name,
 * level and parent properties; see {@link GeoJsonAreas} for the format and {@link GeoJsonFormat#from(PluginConfig)}
 * for the settings ({@code property.id}, {@code property.name}, …). The shapes are read and checked too, but only
 * the hierarchy is returned; {@link GeoJsonAreas#read(Source, GeoJsonFormat)} returns both.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class GeoJsonAreaHierarchyProvider implements AreaHierarchyProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public GeoJsonAreaHierarchyProvider() {
        // stateless
    }

    @Override
    public String id() {
        return GeoJsonAreas.PROVIDER_ID;
    }

    @Override
    public String description() {
        return "Area hierarchy from a GeoJSON FeatureCollection: id, name, level, parent properties; polygon shapes";
    }

    @Override
    public boolean readsSource() {
        return true;
    }

    @Override
    public AreaHierarchy load(Source source, PluginConfig config) {
        requireNonNull(source, "source");
        GeoJsonFormat format = GeoJsonFormat.from(requireNonNull(config, "config"));
        return GeoJsonAreas.read(source, format).hierarchy();
    }

    @Override
    public String toString() {
        return "AreaHierarchyProvider[geojson]";
    }
}
