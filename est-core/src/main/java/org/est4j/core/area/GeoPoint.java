package org.est4j.core.area;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Locale;
import org.est4j.core.Problems;

/**
 * A position in WGS 84 degrees (the coordinates of GeoJSON and of the Police events API), such as the centre of
 * an area or the place of an observation.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class GeoPoint implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double latitude;
    private final double longitude;

    private GeoPoint(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /**
     * Returns a point.
     *
     * @param latitude degrees north, -90 to 90
     * @param longitude degrees east, -180 to 180
     * @return the point
     * @throws org.est4j.core.ValidationException when either coordinate is out of range or not a number
     */
    public static GeoPoint of(double latitude, double longitude) {
        Problems.of("GeoPoint")
                .require(latitude >= -90 && latitude <= 90, "latitude", "must be between -90 and 90", latitude)
                .require(longitude >= -180 && longitude <= 180, "longitude", "must be between -180 and 180", longitude)
                .throwIfAny();
        // Adding 0.0 turns -0.0 into 0.0, so that equal positions are equal values.
        return new GeoPoint(latitude + 0.0, longitude + 0.0);
    }

    /**
     * Returns the latitude.
     *
     * @return degrees north
     */
    public double latitude() {
        return latitude;
    }

    /**
     * Returns the longitude.
     *
     * @return degrees east
     */
    public double longitude() {
        return longitude;
    }

    /**
     * Returns the great-circle distance to another point on a sphere of the Earth's mean radius.
     *
     * @param other the other point
     * @return the distance in metres, from 0 to about 20,015 km
     */
    public double distanceMetres(GeoPoint other) {
        requireNonNull(other, "other");
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeoPoint
                && Double.compare(((GeoPoint) other).latitude, latitude) == 0
                && Double.compare(((GeoPoint) other).longitude, longitude) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
    }

    /** Returns {@code latitude,longitude} with six decimals, the form the Police events API uses. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
}
