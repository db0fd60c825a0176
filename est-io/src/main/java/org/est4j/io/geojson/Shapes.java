package org.est4j.io.geojson;

import java.util.Locale;
import java.util.Optional;
import org.est4j.core.area.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The geometry rules and conversions the package shares: WGS 84 longitude/latitude, polygons only. */
final class Shapes {
    /** Every geometry est4j makes: floating precision, SRID 4326 (WGS 84). */
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private Shapes() {}

    /** Tells whether a geometry is an area's shape: a Polygon or MultiPolygon. */
    static boolean isPolygonal(Geometry g) {
        return g instanceof Polygon || g instanceof MultiPolygon;
    }

    /**
     * Returns what is wrong with a shape, or empty: not polygonal, empty, coordinates outside WGS 84 longitude and
     * latitude or not finite, or invalid by the OGC rules (with the place of the first error).
     */
    static Optional<String> problem(Geometry g) {
        if (!isPolygonal(g)) {
            return Optional.of("must be a Polygon or MultiPolygon, not a " + g.getGeometryType());
        }
        if (g.isEmpty()) {
            return Optional.of("must not be empty");
        }
        for (Coordinate c : g.getCoordinates()) {
            Optional<String> wrong = coordinateProblem(c.x, c.y);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        IsValidOp op = new IsValidOp(g);
        if (!op.isValid()) {
            TopologyValidationError error = op.getValidationError();
            Coordinate at = error.getCoordinate();
            return Optional.of("is not a valid polygon: " + error.getMessage()
                    + (at == null ? "" : " at " + position(at.x, at.y)));
        }
        return Optional.empty();
    }

    /** Returns what is wrong with a longitude and latitude, or empty. */
    static Optional<String> coordinateProblem(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            return Optional.of("has a coordinate that is not a finite number at " + position(lon, lat));
        }
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            return Optional.of("has a position outside WGS 84 longitude -180..180 and latitude -90..90: "
                    + position(lon, lat) + "; GeoJSON (RFC 7946) positions are [longitude, latitude] in degrees;"
                    + " reproject the data to EPSG:4326, or swap the coordinates if they are [latitude, longitude]");
        }
        return Optional.empty();
    }

    /** Returns a position as {@code [lon, lat]} for messages. */
    static String position(double lon, double lat) {
        return String.format(Locale.ROOT, "[%s, %s]", lon, lat);
    }

    /** Returns a point well inside a polygonal shape, as a GeoPoint. */
    static GeoPoint interiorPoint(Geometry g) {
        Point p = g.getInteriorPoint();
        return GeoPoint.of(p.getY(), p.getX());
    }

    /** Returns a short description such as {@code MultiPolygon (3 polygons, 512 positions)}. */
    static String describe(Geometry g) {
        int parts = g.getNumGeometries();
        return g.getGeometryType() + (g instanceof MultiPolygon ? " (" + parts + (parts == 1 ? " polygon, " : " polygons, ")
                : " (") + g.getNumPoints() + " positions)";
    }
}
