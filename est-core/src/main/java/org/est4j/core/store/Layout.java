package org.est4j.core.store;

import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.time.TimeOfDay;

/**
 * The encodings of the store's columns, in one place.
 *
 * <table>
 *   <caption>Fixed-width columns, 39 bytes an observation</caption>
 *   <tr><th>column</th><th>type</th><th>bytes</th><th>encoding</th></tr>
 *   <tr><td>area</td><td>int</td><td>4</td><td>dictionary code</td></tr>
 *   <tr><td>category</td><td>int</td><td>4</td><td>dictionary code</td></tr>
 *   <tr><td>reporter</td><td>int</td><td>4</td><td>dictionary code, {@link #NONE} when there is none</td></tr>
 *   <tr><td>place name</td><td>int</td><td>4</td><td>dictionary code, {@link #NONE} when there is none</td></tr>
 *   <tr><td>kind</td><td>byte</td><td>1</td><td>source (bits 0–2), visibility (3–4), time precision (5–6)</td></tr>
 *   <tr><td>judgement</td><td>byte</td><td>1</td><td>severity rank − 1 (bits 0–2), time of day (3–4)</td></tr>
 *   <tr><td>occurred</td><td>long</td><td>8</td><td>epoch second; a non-zero nano part is kept apart</td></tr>
 *   <tr><td>reported</td><td>int</td><td>4</td><td>seconds after the occurred second; {@link #NONE} or
 *       {@link #APART} (kept apart: nanos, or too far)</td></tr>
 *   <tr><td>latitude, longitude</td><td>int, int</td><td>8</td><td>degrees × 10<sup>7</sup> (about 1 cm);
 *       {@link #NONE} without a point, {@link #APART} for a point kept apart</td></tr>
 *   <tr><td>point fix</td><td>byte</td><td>1</td><td>per coordinate, the units in the last place (−7 to 7) from
 *       the scaled value read back to the exact double, so that a computed coordinate such as {@code 59.7 + 0.0123}
 *       round-trips; a coordinate further off (more than seven decimals) puts the point apart</td></tr>
 * </table>
 */
final class Layout {
    /** The bytes of the fixed-width columns of one observation. */
    static final int FIXED_BYTES = 4 + 4 + 4 + 4 + 1 + 1 + 8 + 4 + 4 + 4 + 1;
    /** No value (no reporter, place, channel, reported time or point). */
    static final int NONE = Integer.MIN_VALUE;
    /** The value is kept apart, exactly, in a side map. */
    static final int APART = Integer.MIN_VALUE + 1;
    /** Degrees to the int scale of the coordinate columns. */
    static final double E7 = 1e7;

    static final Source[] SOURCES = Source.values();
    static final Visibility[] VISIBILITIES = Visibility.values();
    static final TimePrecision[] PRECISIONS = TimePrecision.values();
    static final Severity[] SEVERITIES = Severity.values();
    static final TimeOfDay[] TIMES_OF_DAY = TimeOfDay.values();

    private Layout() {}

    static byte kind(Source source, Visibility visibility, TimePrecision precision) {
        return (byte) (source.ordinal() | visibility.ordinal() << 3 | precision.ordinal() << 5);
    }

    static byte judgement(Severity severity, TimeOfDay timeOfDay) {
        return (byte) ((severity.rank() - 1) | timeOfDay.ordinal() << 3);
    }

    static int source(byte kind) {
        return kind & 7;
    }

    static int visibility(byte kind) {
        return kind >> 3 & 3;
    }

    static int precision(byte kind) {
        return kind >> 5 & 3;
    }

    static int severityRank(byte judgement) {
        return (judgement & 7) + 1;
    }

    static int timeOfDay(byte judgement) {
        return judgement >> 3 & 3;
    }

    /** The most steps of one unit in the last place that the fix byte records, either way. */
    static final int MAX_STEPS = 7;
    /** The fix byte of a point whose coordinates are both exactly their scaled values. */
    static final byte EXACT_FIX = (byte) 0x88;

    /** Scales a coordinate: degrees × 10<sup>7</sup>, rounded. */
    static int scaled(double degrees) {
        return (int) Math.round(degrees * E7);
    }

    /**
     * Returns how many units in the last place a coordinate lies from its scaled value read back, from
     * {@code -MAX_STEPS} to {@code MAX_STEPS}, or {@link #APART} when it lies further (more than seven decimals).
     */
    static int steps(double degrees, int scaled) {
        double x = scaled / E7;
        int steps = 0;
        while (x < degrees && steps < MAX_STEPS) {
            x = Math.nextUp(x);
            steps++;
        }
        while (x > degrees && steps > -MAX_STEPS) {
            x = Math.nextDown(x);
            steps--;
        }
        return x == degrees ? steps : APART;
    }

    /** Reads a coordinate back from its scaled value and its steps. */
    static double degrees(int scaled, int steps) {
        double x = scaled / E7;
        for (int i = 0; i < steps; i++) {
            x = Math.nextUp(x);
        }
        for (int i = 0; i > steps; i--) {
            x = Math.nextDown(x);
        }
        return x;
    }

    static byte fix(int latitudeSteps, int longitudeSteps) {
        return (byte) ((latitudeSteps + 8) | (longitudeSteps + 8) << 4);
    }

    static int latitudeSteps(byte fix) {
        return (fix & 15) - 8;
    }

    static int longitudeSteps(byte fix) {
        return (fix >> 4 & 15) - 8;
    }
}
