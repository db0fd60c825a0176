package org.est4j.core.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;

/**
 * The part of the day an observation happened in, as reporters give it when they do not know the exact time,
 * and as picture breakdowns group by. Bands are six hours, in local (Stockholm) time.
 */
public enum TimeOfDay {
    /** 00:00 to 06:00. */
    NIGHT,
    /** 06:00 to 12:00. */
    MORNING,
    /** 12:00 to 18:00. */
    AFTERNOON,
    /** 18:00 to 24:00. */
    EVENING;

    private static final TimeOfDay[] BANDS = values();

    /**
     * Returns the band a local time falls in.
     *
     * @param time a local time
     * @return its band
     */
    public static TimeOfDay of(LocalTime time) {
        return BANDS[requireNonNull(time, "time").getHour() / 6];
    }
}
