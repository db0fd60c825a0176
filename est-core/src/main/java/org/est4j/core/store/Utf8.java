package org.est4j.core.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 as Java's strict decoder reads it (no overlong forms, no surrogates, nothing above U+10FFFF), checked on
 * bytes without decoding them: for importers that hand the store texts as bytes
 * ({@link ObservationBatch#descriptionUtf8}) and must know the bytes are text.
 *
 * <p>Implementation requirements: a holder of static methods; thread-safe.
 */
public final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {}

    /**
     * Tells whether the eight bytes at a position are all ASCII.
     *
     * @param bytes the bytes
     * @param at where the eight start; {@code at + 8} must be within {@code bytes}
     * @return true when no byte has its high bit set
     */
    public static boolean ascii8(byte[] bytes, int at) {
        return ((long) LONGS.get(bytes, at) & HIGH_BITS) == 0;
    }

    /**
     * Checks the character that starts at a byte beyond ASCII.
     *
     * @param bytes the bytes
     * @param at where the character starts
     * @param limit where the bytes end (exclusive)
     * @return where the next character starts, or -1 when the bytes at {@code at} are not a valid character that
     *     ends before {@code limit}
     */
    public static int next(byte[] bytes, int at, int limit) {
        int x = bytes[at] & 0xFF;
        int more;
        int lo = 0x80;
        int hi = 0xBF;
        if (x < 0x80) {
            return at + 1;
        } else if (x >= 0xC2 && x <= 0xDF) {
            more = 1;
        } else if (x >= 0xE0 && x <= 0xEF) {
            more = 2;
            lo = x == 0xE0 ? 0xA0 : 0x80;
            hi = x == 0xED ? 0x9F : 0xBF;
        } else if (x >= 0xF0 && x <= 0xF4) {
            more = 3;
            lo = x == 0xF0 ? 0x90 : 0x80;
            hi = x == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (at + more >= limit) {
            return -1;
        }
        int second = bytes[at + 1] & 0xFF;
        if (second < lo || second > hi) {
            return -1;
        }
        for (int k = 2; k <= more; k++) {
            if ((bytes[at + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return at + more + 1;
    }

    /**
     * Returns the number of UTF-16 characters that bytes decode to, checking them.
     *
     * @param bytes the bytes
     * @param from where to start
     * @param to where to end (exclusive)
     * @return the number of {@code char}s of the decoded text, or -1 when the bytes are not valid UTF-8
     */
    public static int utf16Length(byte[] bytes, int from, int to) {
        int characters = 0;
        int i = from;
        while (i < to) {
            if (i + 8 <= to && ascii8(bytes, i)) {
                characters += 8;
                i += 8;
            } else if (bytes[i] >= 0) {
                characters++;
                i++;
            } else {
                int next = next(bytes, i, to);
                if (next < 0) {
                    return -1;
                }
                characters += next - i == 4 ? 2 : 1; // a character beyond the BMP is two chars
                i = next;
            }
        }
        return characters;
    }
}
