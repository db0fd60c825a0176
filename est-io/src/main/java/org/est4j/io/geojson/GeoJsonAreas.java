package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import org.est4j.core.spi.Source;

/**
 * Reads areas from a GeoJSON (RFC 7946) FeatureCollection, one Feature per area: the hierarchy from the features'
 * properties and the shapes from their geometries (hierarchy provider {@code geojson}, which returns only the
 * hierarchy).
 *
 * <pre>{@code
 * {"type": "FeatureCollection", "features": [
 *   {"type": "Feature", "id": "0188",
 *    "properties": {"name": "Norrtälje", "level": "kommun", "code.kommunkod": "0188"},
 *    "geometry": {"type": "MultiPolygon", "coordinates": [[[[18.1, 59.6], [19.2, 59.6], …]]]}},
 *   {"type": "Feature",
 *    "properties": {"id": "rimbo", "name": "Rimbo", "level": "tatort", "parent": "0188"},
 *    "geometry": {"type": "Polygon", "coordinates": [[[18.33, 59.73], …]]}}
 * ]}
 * }</pre>
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>Each feature is an area. Its id is the {@code id} property, or the feature's own {@code "id"} member when
 *       the property is missing; {@code name} and {@code level} are required (unless
 *       {@link GeoJsonFormat#defaultLevel()} is set); {@code parent} is missing, null or empty for a root.
 *       {@link GeoJsonFormat} renames any of them. Strings and numbers are accepted as values (an id {@code 12} is
 *       {@code "12"}), white space is tidied; other properties are ignored, except {@code code.<key>} properties
 *       and {@link GeoJsonFormat#codeProperties()}, which become external codes.</li>
 *   <li>The geometry is a Polygon or a MultiPolygon, the area's shape; the area's
 *       {@linkplain org.est4j.core.area.Area#point() point} is then a point inside it (JTS's interior point). A Point
 *       geometry gives an area a point and no shape; a null geometry, neither. Other geometry types are problems.
 *       Rings must be closed and have at least 4 positions, positions are [longitude, latitude] within -180..180 and
 *       -90..90 (an altitude is ignored), and shapes must be valid (or are repaired, with
 *       {@code invalid-geometries=repair}). Ring orientation is not checked, as RFC 7946 advises readers.</li>
 *   <li>Features whose {@code kind} property is {@code hotspot} — the hotspots est4j's own export writes beside the
 *       areas — are not areas and are skipped, so that an exported map reads back.</li>
 *   <li>A {@code crs} member that names anything but WGS 84 (RFC 7946 dropped {@code crs}; older files in
 *       SWEREF 99 TM still carry one) is reported with advice to reproject.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * A hierarchy is valid as a whole or not at all, so a file is read whole or refused. Every problem in it — a
 * missing id, a name that is not text, an unknown parent, a broken ring, a self-intersecting polygon — is reported
 * at once (the first 100) in one {@link org.est4j.core.ValidationException}, each
 * with the path of the offending value such as {@code features[3].properties.parent} or
 * {@code features[7].geometry}. Input that cannot be read on — not JSON, not an object, a limit passed (bytes,
 * features, positions, nesting depth, string length) — stops reading with an
 * {@link org.est4j.core.ingest.ImportException} that gives line, column and the limit. Names with markup or
 * script are only text here; est4j's writers escape them.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class GeoJsonAreas {
    /** The hierarchy provider's id, {@code geojson}. */
    public static final String PROVIDER_ID = "geojson";

    private GeoJsonAreas() {}

    /**
     * Reads areas with the default property names and limits.
     *
     * @param source the GeoJSON input, UTF-8
     * @return the hierarchy and shapes
     * @throws org.est4j.core.ValidationException listing every problem, with paths such as
     *     {@code features[3].properties.parent}
     * @throws org.est4j.core.ingest.ImportException when the input cannot be read or passes a limit
     */
    public static GeoAreas read(Source source) {
        return read(source, GeoJsonFormat.defaults());
    }

    /**
     * Reads areas.
     *
     * @param source the GeoJSON input, UTF-8
     * @param format the property names, limits and the handling of invalid shapes
     * @return the hierarchy and shapes
     * @throws org.est4j.core.ValidationException listing every problem, with paths such as
     *     {@code features[3].properties.parent}
     * @throws org.est4j.core.ingest.ImportException when the input cannot be read or passes a limit
     */
    public static GeoAreas read(Source source, GeoJsonFormat format) {
        return FeatureReader.read(requireNonNull(source, "source"), requireNonNull(format, "format"));
    }
}
