package org.est4j.core.picture;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Tells daylight from darkness for the days of one period, with sunrise and sunset from commons-suncalc (the sun's
 * upper edge at the horizon, with refraction).
 *
 * <p>Solar computations are made once per day and cell, never per observation: a cell is a band of 0.1° of
 * latitude and 5° of longitude. Within a cell the sun's times are those of the cell's middle latitude and longitude,
 * shifted by four minutes per degree of longitude (the Earth turns 1° in 4 minutes); the error that leaves is the
 * change of the times over 0.05° of latitude, under a minute in southern and central Sweden and a few minutes near
 * the polar circle in midwinter, where day length changes fastest. An instant within those minutes of sunrise or
 * sunset may be called the other side of it.
 *
 * <p>A day with both a sunrise and a sunset, only one of them, or neither (midnight sun, polar night) is handled;
 * a day with two sunrises (possible on a few days at the polar circle) is read as its first.
 *
 * <p>Implementation requirements: this class is mutable (a cache) and not thread-safe; use one per thread.
 */
final class Daylight {
    private static final long NONE = Long.MIN_VALUE;
    private static final int UP = 1;
    private static final int DOWN = 2;

    /** Epoch seconds of the starts of the days, and one past the last. */
    private final long[] dayStart;
    /** Epoch seconds of local 00:00, 06:00, 12:00, 18:00 and 24:00 of each day: 5 per day. */
    private final long[] bands;
    private final Map<Long, long[]> cache = new HashMap<>();

    Daylight(long[] dayStart, long[] bands) {
        this.dayStart = dayStart;
        this.bands = bands;
    }

    /**
     * Returns the light at an instant.
     *
     * @param day the day index in the period
     * @param second the epoch second
     */
    Light at(int day, long second, double latitude, double longitude) {
        if (Double.isNaN(latitude)) {
            return Light.UNKNOWN;
        }
        long[] sun = sun(day, latitude, longitude);
        long t = second + shift(latitude, longitude);
        return isUp(sun, t) ? Light.DAYLIGHT : Light.DARKNESS;
    }

    /**
     * Returns the light throughout a part of a day, or {@link Light#UNKNOWN} when the sun rises or sets within it.
     *
     * @param day the day index in the period
     * @param band the ordinal of the part of the day
     */
    Light during(int day, int band, double latitude, double longitude) {
        if (Double.isNaN(latitude)) {
            return Light.UNKNOWN;
        }
        long[] sun = sun(day, latitude, longitude);
        long shift = shift(latitude, longitude);
        long from = bands[day * 5 + band] + shift;
        long to = bands[day * 5 + band + 1] + shift;
        if (within(sun[1], from, to) || within(sun[2], from, to)) {
            return Light.UNKNOWN;
        }
        return isUp(sun, from) ? Light.DAYLIGHT : Light.DARKNESS;
    }

    private static boolean within(long event, long from, long to) {
        return event != NONE && event > from && event < to;
    }

    private static boolean isUp(long[] sun, long t) {
        if (sun[0] == UP) {
            return true;
        }
        if (sun[0] == DOWN) {
            return false;
        }
        long rise = sun[1];
        long set = sun[2];
        if (rise != NONE && set != NONE) {
            return rise < set ? t >= rise && t < set : t < set || t >= rise;
        }
        return rise != NONE ? t >= rise : t < set;
    }

    private static int latCell(double latitude) {
        return (int) Math.floor(latitude * 10);
    }

    private static int lonCell(double longitude) {
        return (int) Math.floor(longitude / 5);
    }

    /** Seconds to add to an instant at a longitude to read it on the clock of the cell's middle longitude. */
    private static long shift(double latitude, double longitude) {
        double middle = (lonCell(longitude) + 0.5) * 5;
        return Math.round((longitude - middle) * 240);
    }

    /** The sun of a day and cell: {flag, rise, set}, flag UP or DOWN for a day without either, else 0. */
    private long[] sun(int day, double latitude, double longitude) {
        int lat = latCell(latitude);
        int lon = lonCell(longitude);
        long key = ((long) day << 32) | ((long) (lat + 1000) << 16) | (lon + 100);
        long[] sun = cache.get(key);
        if (sun == null) {
            sun = compute(day, (lat + 0.5) / 10, (lon + 0.5) * 5);
            cache.put(key, sun);
        }
        return sun;
    }

    private long[] compute(int day, double latitude, double longitude) {
        ZonedDateTime start = Instant.ofEpochSecond(dayStart[day]).atZone(org.est4j.core.time.Period.ZONE);
        SunTimes times = SunTimes.compute().on(start).at(Math.max(-90, Math.min(90, latitude)), longitude)
                .limit(Duration.ofSeconds(dayStart[day + 1] - dayStart[day])).execute();
        int flag = times.isAlwaysUp() ? UP : times.isAlwaysDown() ? DOWN : 0;
        long rise = times.getRise() == null ? NONE : times.getRise().toEpochSecond();
        long set = times.getSet() == null ? NONE : times.getSet().toEpochSecond();
        if (flag == 0 && rise == NONE && set == NONE) {
            flag = DOWN;
        }
        return new long[] {flag, rise, set};
    }
}
