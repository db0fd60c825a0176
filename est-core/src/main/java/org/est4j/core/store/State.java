package org.est4j.core.store;

import java.time.Instant;
import java.util.Map;
import org.est4j.core.area.GeoPoint;

/**
 * One published state of a store: the first {@link #size} rows of its columns. The arrays may be longer and may be
 * shared with later states, but no slot below {@code size} is ever written again, so a state is an immutable view.
 * The side maps are concurrent and only ever gain entries, for rows at or above the size of every state published
 * before the entry was added.
 */
final class State {
    static final State EMPTY = new State(0, new long[0], new byte[0][], new long[0], new byte[0][], new int[0],
            new int[0], new int[0], new int[0], new int[0], new byte[0], new byte[0], new long[0], new int[0],
            new int[0], new int[0], new byte[0], new Object[0], 0, new Object[0], 0, new Object[0], 0, new Object[0], 0,
            new Object[0], 0, Map.of(), Map.of(), Map.of(), Long.MAX_VALUE, Long.MIN_VALUE);

    final int size;
    /** Per row, where its id is in {@link #idPages} ({@link Texts}). */
    final long[] ids;
    final byte[][] idPages;
    /** Per row, where its description is in {@link #descriptionPages}. */
    final long[] descriptions;
    final byte[][] descriptionPages;
    final int[] channel;
    final int[] area;
    final int[] category;
    final int[] reporter;
    final int[] place;
    final byte[] kind;
    final byte[] judgement;
    final long[] occurred;
    final int[] reported;
    final int[] latitude;
    final int[] longitude;
    final byte[] fix;
    final Object[] areaValues;
    final int areaCount;
    final Object[] categoryValues;
    final int categoryCount;
    final Object[] reporterValues;
    final int reporterCount;
    final Object[] placeValues;
    final int placeCount;
    final Object[] channelValues;
    final int channelCount;
    final Map<Integer, Integer> nanos;
    final Map<Integer, Instant> reportedApart;
    final Map<Integer, GeoPoint> pointsApart;
    final long earliest;
    final long latest;

    State(int size, long[] ids, byte[][] idPages, long[] descriptions, byte[][] descriptionPages, int[] channel,
            int[] area, int[] category, int[] reporter, int[] place, byte[] kind, byte[] judgement, long[] occurred, int[] reported,
            int[] latitude, int[] longitude, byte[] fix, Object[] areaValues, int areaCount, Object[] categoryValues,
            int categoryCount, Object[] reporterValues, int reporterCount, Object[] placeValues, int placeCount,
            Object[] channelValues, int channelCount, Map<Integer, Integer> nanos, Map<Integer, Instant> reportedApart,
            Map<Integer, GeoPoint> pointsApart, long earliest, long latest) {
        this.size = size;
        this.ids = ids;
        this.idPages = idPages;
        this.descriptions = descriptions;
        this.descriptionPages = descriptionPages;
        this.channel = channel;
        this.area = area;
        this.category = category;
        this.reporter = reporter;
        this.place = place;
        this.kind = kind;
        this.judgement = judgement;
        this.occurred = occurred;
        this.reported = reported;
        this.latitude = latitude;
        this.longitude = longitude;
        this.fix = fix;
        this.areaValues = areaValues;
        this.areaCount = areaCount;
        this.categoryValues = categoryValues;
        this.categoryCount = categoryCount;
        this.reporterValues = reporterValues;
        this.reporterCount = reporterCount;
        this.placeValues = placeValues;
        this.placeCount = placeCount;
        this.channelValues = channelValues;
        this.channelCount = channelCount;
        this.nanos = nanos;
        this.reportedApart = reportedApart;
        this.pointsApart = pointsApart;
        this.earliest = earliest;
        this.latest = latest;
    }
}
