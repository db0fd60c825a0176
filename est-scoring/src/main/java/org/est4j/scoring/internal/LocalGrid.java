package org.est4j.scoring.internal;

import java.util.Collection;
import org.est4j.core.area.GeoPoint;

/**
 * A square grid laid over a set of points: an equirectangular projection around the points' middle latitude (good
 * to well under a percent over the few kilometres of a municipality's areas), with its origin at the south-west
 * corner of the points' bounding box, so that the grid depends only on the set of points, not on their order.
 *
 * <pre>
 *   x = R · cos(φm) · (λ − λmin)        y = R · (φ − φmin)        R = 6 371 008.8 m (the Earth's mean radius)
 *   column = floor(x / cell)            row = floor(y / cell)
 * </pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
final class LocalGrid {
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final double minLat;
    private final double minLon;
    private final double metresPerDegreeLat;
    private final double metresPerDegreeLon;
    private final double cell;
    private final int columns;
    private final int rows;

    private LocalGrid(double minLat, double minLon, double midLat, double cell, int columns, int rows) {
        this.minLat = minLat;
        this.minLon = minLon;
        this.metresPerDegreeLat = Math.toRadians(1) * EARTH_RADIUS_METRES;
        this.metresPerDegreeLon = metresPerDegreeLat * Math.cos(Math.toRadians(midLat));
        this.cell = cell;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Lays a grid over some points.
     *
     * @param points at least one point
     * @param cell the side of a cell in metres, positive
     * @return the grid, just large enough to hold every point
     */
    static LocalGrid over(Collection<GeoPoint> points, double cell) {
        double minLat = points.stream().mapToDouble(GeoPoint::latitude).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(GeoPoint::latitude).max().orElseThrow();
        double minLon = points.stream().mapToDouble(GeoPoint::longitude).min().orElseThrow();
        double maxLon = points.stream().mapToDouble(GeoPoint::longitude).max().orElseThrow();
        LocalGrid probe = new LocalGrid(minLat, minLon, (minLat + maxLat) / 2, cell, 0, 0);
        long columns = (long) Math.floor(probe.x(maxLon) / cell) + 1;
        long rows = (long) Math.floor(probe.y(maxLat) / cell) + 1;
        return new LocalGrid(minLat, minLon, (minLat + maxLat) / 2, cell, (int) Math.min(Integer.MAX_VALUE, columns),
                (int) Math.min(Integer.MAX_VALUE, rows));
    }

    private double x(double lon) {
        return (lon - minLon) * metresPerDegreeLon;
    }

    private double y(double lat) {
        return (lat - minLat) * metresPerDegreeLat;
    }

    int column(GeoPoint p) {
        return (int) Math.min(columns - 1L, (long) Math.floor(x(p.longitude()) / cell));
    }

    int row(GeoPoint p) {
        return (int) Math.min(rows - 1L, (long) Math.floor(y(p.latitude()) / cell));
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** The number of cells, which may exceed an int for a huge grid. */
    long size() {
        return (long) columns * rows;
    }

    /** The centre of a cell. */
    GeoPoint centre(int column, int row) {
        double lat = minLat + (row + 0.5) * cell / metresPerDegreeLat;
        double lon = minLon + (column + 0.5) * cell / metresPerDegreeLon;
        return GeoPoint.of(Math.min(90, lat), lon > 180 ? lon - 360 : lon);
    }
}
