/**
 * GeoJSON (RFC 7946) and geometry: areas with their shapes read from a FeatureCollection
 * ({@link org.est4j.io.geojson.GeoJsonAreas}, hierarchy provider {@code geojson}), maps written as GeoJSON with areas
 * coloured by their assessed level and hotspots as points ({@link org.est4j.io.geojson.GeoJson}, export format
 * {@code geojson}), and observations placed in the deepest area whose shape covers their point
 * ({@link org.est4j.io.geojson.PointAssigner}).
 *
 * <p><b>Why shapes live here.</b> est-core's {@link org.est4j.core.area.Area} carries an optional point and no
 * geometry, so that est-core needs no geometry library. Shapes are JTS geometries ({@code org.locationtech.jts}, an
 * automatic module), kept beside the hierarchy in {@link org.est4j.io.geojson.AreaGeometries} and paired with it in
 * {@link org.est4j.io.geojson.GeoAreas}. A host on the module path that handles JTS types itself
 * ({@code AreaGeometries.of(Map<AreaId, Geometry>)}) adds {@code requires org.locationtech.jts;}: est-io does not
 * require it transitively, since {@code requires transitive} of an automatic module is discouraged.
 *
 * <p><b>Coordinates</b> are WGS 84 longitude ({@code x}) and latitude ({@code y}) in degrees, as in GeoJSON and in
 * {@link org.est4j.core.area.GeoPoint}; the SRID of a geometry passed in is not looked at, its coordinates must be
 * longitude and latitude. Data in SWEREF 99 TM (EPSG:3006), common in Swedish municipal GIS, must be reprojected
 * first.
 */
@EstStyle
package org.est4j.io.geojson;

import org.est4j.core.EstStyle;
