package org.est4j.core.store;

import java.util.Arrays;

/**
 * The fixed-width columns of rows of observations, laid out as {@link Layout} describes, with the ids and
 * descriptions beside them (their bytes in {@link Texts}, a position per row): what {@link ObservationBatch} encodes
 * rows into and {@link ObservationStore} keeps them in, so that the set of columns is declared, sized and grown in
 * one place.
 *
 * <p>Implementation requirements: mutable and not thread-safe; the owner guards it. Resizing replaces every array
 * and never writes an old one, so arrays already handed to a snapshot stay as they were.
 */
abstract class Columns {
    final Texts idTexts = new Texts();
    final Texts descriptionTexts = new Texts();
    long[] ids;
    long[] descriptions;
    int[] channel;
    int[] area;
    int[] category;
    int[] reporter;
    int[] place;
    byte[] kind;
    byte[] judgement;
    long[] occurred;
    int[] reported;
    int[] latitude;
    int[] longitude;
    byte[] fix;

    Columns(int capacity) {
        resize(capacity);
    }

    /** Returns how many rows the columns have room for. */
    final int capacity() {
        return ids.length;
    }

    /** Grows the columns to hold at least {@code needed} rows, by half again at least; rows held are kept. */
    final void ensureCapacity(int needed) {
        if (needed > capacity()) {
            resize((int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, capacity() + (long) (capacity() >> 1) + 1)));
        }
    }

    /** Gives every column the length {@code n} in new arrays, keeping the rows that fit. */
    private void resize(int n) {
        ids = grown(ids, n);
        descriptions = grown(descriptions, n);
        channel = grown(channel, n);
        area = grown(area, n);
        category = grown(category, n);
        reporter = grown(reporter, n);
        place = grown(place, n);
        kind = grown(kind, n);
        judgement = grown(judgement, n);
        occurred = grown(occurred, n);
        reported = grown(reported, n);
        latitude = grown(latitude, n);
        longitude = grown(longitude, n);
        fix = grown(fix, n);
    }

    private static int[] grown(int[] column, int n) {
        return column == null ? new int[n] : Arrays.copyOf(column, n);
    }

    private static long[] grown(long[] column, int n) {
        return column == null ? new long[n] : Arrays.copyOf(column, n);
    }

    private static byte[] grown(byte[] column, int n) {
        return column == null ? new byte[n] : Arrays.copyOf(column, n);
    }
}
