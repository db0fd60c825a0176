package org.est4j.core.spi;

import org.est4j.core.area.AreaHierarchy;

/**
 * Loads an area hierarchy: from a file a host supplies (JSON, CSV with parent/child columns, GeoJSON) or from data
 * the provider ships (Swedish counties and municipalities, DeSO/RegSO). Built-ins (est-io): {@code json},
 * {@code csv}, {@code geojson}, {@code se-municipalities}, {@code se-deso}.
 *
 * @since 0.1
 */
public interface AreaHierarchyProvider extends EstPlugin {

    /**
     * Tells whether {@link #load(Source, PluginConfig)} reads its source, or ships its areas and ignores it.
     *
     * @return true for file formats, false for built-in data
     */
    boolean readsSource();

    /**
     * Loads the hierarchy.
     *
     * @param source the input; ignored (pass {@link Source#none()}) when {@link #readsSource()} is false
     * @param config the loader's settings, documented by the provider (such as a municipality code to keep)
     * @return the hierarchy
     * @throws org.est4j.core.ValidationException when the areas do not form a valid hierarchy (every problem listed)
     * @throws org.est4j.core.ingest.ImportException when the input cannot be read
     */
    AreaHierarchy load(Source source, PluginConfig config);
}
