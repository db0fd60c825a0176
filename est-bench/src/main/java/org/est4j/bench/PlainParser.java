package org.est4j.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The baseline: a plain, single-threaded byte parser of the generated CSV that counts rows per area, ISO week and
 * category in a dense array, with none of est4j's checks, rules or row accounting. It is the speed a hand-written
 * loop reaches; est4j's single-threaded ingest is measured against it.
 *
 * <p>Implementation requirements: this class is not thread-safe; one parse per instance.
 */
final class PlainParser {
    private static final int AREAS = 8192;
    private static final int CATEGORIES = 16;

    private final long firstDay = Generator.FIRST_WEEK.startDate().toEpochDay();
    private final int weeks = (int) ((Generator.LAST_WEEK.next().startDate().toEpochDay() - firstDay) / 7);
    private final int[] counts = new int[weeks * AREAS * CATEGORIES];
    private final Codes areas = new Codes();
    private final Codes categories = new Codes();
    private long rows;

    /** Parses a file; returns the rows counted. */
    long parse(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] buf = new byte[16 << 20];
            int have = 0;
            long pos = 0;
            boolean header = true;
            while (true) {
                int n = ch.read(ByteBuffer.wrap(buf, have, buf.length - have), pos);
                boolean eof = n < 0;
                if (n > 0) {
                    pos += n;
                    have += n;
                }
                int at = 0;
                if (header) {
                    while (at < have && buf[at] != '\n') {
                        at++;
                    }
                    at++;
                    header = false;
                }
                while (true) {
                    int end = record(buf, at, have, eof);
                    if (end < 0) {
                        break;
                    }
                    at = end;
                }
                System.arraycopy(buf, at, buf, 0, have - at);
                have -= at;
                if (eof) {
                    return rows;
                }
                if (have == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
        }
    }

    private final int[] start = new int[16];
    private final int[] stop = new int[16];

    private int record(byte[] b, int at, int limit, boolean eof) {
        if (at >= limit) {
            return -1;
        }
        int p = at;
        int f = 0;
        while (true) {
            int s = p;
            if (p < limit && b[p] == '"') {
                p++;
                while (true) {
                    if (p >= limit) {
                        return -1;
                    }
                    if (b[p] == '"') {
                        if (p + 1 < limit && b[p + 1] == '"') {
                            p += 2;
                            continue;
                        }
                        if (p + 1 >= limit && !eof) {
                            return -1;
                        }
                        p++;
                        break;
                    }
                    p++;
                }
            } else {
                while (p < limit && b[p] != ',' && b[p] != '\n') {
                    p++;
                }
            }
            if (p >= limit && !eof) {
                return -1;
            }
            if (f < start.length) {
                start[f] = s;
                stop[f] = p;
            }
            f++;
            if (p < limit && b[p] == ',') {
                p++;
                continue;
            }
            break;
        }
        count(b);
        return p + 1;
    }

    private void count(byte[] b) {
        int d = start[1];
        int year = (b[d] - '0') * 1000 + (b[d + 1] - '0') * 100 + (b[d + 2] - '0') * 10 + (b[d + 3] - '0');
        int month = (b[d + 5] - '0') * 10 + (b[d + 6] - '0');
        int day = (b[d + 8] - '0') * 10 + (b[d + 9] - '0');
        int week = (int) ((LocalDate.of(year, month, day).toEpochDay() - firstDay) / 7);
        int area = areas.code(b, start[3], stop[3]);
        int category = categories.code(b, start[4], stop[4]);
        counts[(week * AREAS + area) * CATEGORIES + category]++;
        rows++;
    }

    /** Dense codes for byte strings, in order of first appearance. */
    static final class Codes {
        private byte[][] keys = new byte[1 << 14][];
        private int[] values = new int[1 << 14];
        private int size;

        int code(byte[] b, int s, int e) {
            int h = 1;
            for (int i = s; i < e; i++) {
                h = 31 * h + b[i];
            }
            int mask = keys.length - 1;
            for (int i = (h ^ h >>> 16) & mask; ; i = (i + 1) & mask) {
                byte[] k = keys[i];
                if (k == null) {
                    keys[i] = Arrays.copyOfRange(b, s, e);
                    values[i] = size;
                    return size++;
                }
                if (Arrays.equals(k, 0, k.length, b, s, e)) {
                    return values[i];
                }
            }
        }
    }
}
