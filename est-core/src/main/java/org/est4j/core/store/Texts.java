package org.est4j.core.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The texts of one column (ids, descriptions) as UTF-8 bytes, one after another in pages, so that millions of them
 * cost no object each: a text is known by a {@code long} position that packs its page, its offset in the page and
 * its length in bytes; the empty text is position 0.
 *
 * <p>Pages start small and double up to {@value #MAX_PAGE} bytes, so that a batch of one row stays small; a text
 * never straddles two pages.
 *
 * <p>Implementation requirements: mutable and not thread-safe; the owner guards appends. Bytes once written are never
 * written again, and a page array handed out by {@link #pages()} is never changed for the texts it already held, so a
 * reader that got a position from a published state reads the text safely from that state's pages.
 */
final class Texts {
    /** The most bytes one text may have. */
    static final int MAX_BYTES = (1 << 16) - 1;
    private static final int OFFSET_BITS = 20;
    private static final int MAX_PAGE = 1 << OFFSET_BITS;
    private static final int FIRST_PAGE = 256;
    private static final byte[] EMPTY = new byte[0];

    private byte[][] pages = new byte[4][];
    /** The page written now, -1 before the first text. */
    private int page = -1;
    private int used;
    private long capacity;

    /**
     * Appends bytes as a text.
     *
     * @return its position
     */
    long add(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return 0L;
        }
        int offset = room(length);
        System.arraycopy(bytes, from, pages[page], offset, length);
        return position(page, offset, length);
    }

    /** Appends a text, encoded as UTF-8; returns its position. ASCII goes straight into the page. */
    long add(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                return add(bytes, 0, bytes.length);
            }
        }
        if (length == 0) {
            return 0L;
        }
        int offset = room(length);
        byte[] into = pages[page];
        for (int i = 0; i < length; i++) {
            into[offset + i] = (byte) text.charAt(i);
        }
        return position(page, offset, length);
    }

    /** Makes room for a text of some bytes in the page written now; returns where it starts there. */
    private int room(int length) {
        if (length > MAX_BYTES) {
            throw new IllegalArgumentException("a text of " + length + " bytes is longer than " + MAX_BYTES);
        }
        if (page < 0 || used + length > pages[page].length) {
            newPage(length);
        }
        int offset = used;
        used += length;
        return offset;
    }

    /** Appends a text of another column (or of this one); returns its position here. */
    long copy(Texts from, long at) {
        return add(from.page(at), offset(at), offset(at) + length(at));
    }

    private void newPage(int length) {
        int size = page < 0 ? FIRST_PAGE : Math.min(MAX_PAGE, pages[page].length * 2);
        page++;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        if (pages[page] == null || pages[page].length < length) {
            capacity -= pages[page] == null ? 0 : pages[page].length;
            pages[page] = new byte[Math.max(size, length)];
            capacity += pages[page].length;
        }
        used = 0;
    }

    /** Forgets every text, keeping the pages for the next ones; positions handed out before become invalid. */
    void clear() {
        page = -1;
        used = 0;
    }

    /** Returns the pages, for a published state to read texts from. */
    byte[][] pages() {
        return pages;
    }

    /** Returns the bytes the pages hold, used or not. */
    long capacityBytes() {
        return capacity;
    }

    /** Returns the text at a position. */
    String text(long at) {
        return text(pages, at);
    }

    /** Returns the text at a position of some pages. */
    static String text(byte[][] pages, long at) {
        int length = length(at);
        return length == 0 ? "" : new String(pages[pageIndex(at)], offset(at), length, StandardCharsets.UTF_8);
    }

    /** Returns the page that holds the text at a position, which starts there at {@link #offset(long)}. */
    byte[] page(long at) {
        return length(at) == 0 ? EMPTY : pages[pageIndex(at)];
    }

    /** Tells whether the text at a position has the given bytes. */
    boolean equals(long at, byte[] bytes, int from, int to) {
        int length = length(at);
        int offset = offset(at);
        return length == to - from && Arrays.equals(page(at), offset, offset + length, bytes, from, to);
    }

    /** Tells whether the texts at two positions, here and in another column, are equal. */
    boolean equals(long at, Texts other, long otherAt) {
        return equals(at, other.page(otherAt), offset(otherAt), offset(otherAt) + length(otherAt));
    }

    /** Returns the {@link #hash} of the text at a position. */
    int hash(long at) {
        return hash(page(at), offset(at), offset(at) + length(at));
    }

    /**
     * Hashes bytes as {@link String#hashCode()} hashes characters, so that for ASCII texts the two agree and texts
     * that count up ({@code e1001}, {@code e1002}) get hashes that count up too.
     */
    static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + (bytes[i] & 0xFF);
        }
        return h;
    }

    static int length(long at) {
        return (int) (at & MAX_BYTES);
    }

    static int offset(long at) {
        return (int) (at >>> 16) & (MAX_PAGE - 1);
    }

    private static int pageIndex(long at) {
        return (int) (at >>> (16 + OFFSET_BITS));
    }

    private static long position(int page, int offset, int length) {
        return ((long) page << (16 + OFFSET_BITS)) | ((long) offset << 16) | length;
    }

    @Override
    public String toString() {
        return "Texts[" + (page + 1) + " pages, " + capacity + " bytes]";
    }
}
