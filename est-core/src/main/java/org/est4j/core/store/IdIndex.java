package org.est4j.core.store;

/**
 * The index of a store's ids: an open-addressing hash table over the id column, so that checking that an id is new
 * costs a probe or two and no object per row. A slot holds the id's hash beside its row, so that a probe compares
 * the bytes of an id only when the hashes agree, and growing the table reads no id again.
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; the store's writer guards it.
 */
final class IdIndex {
    /** Per slot: the hash in the high half, row + 1 in the low half; 0 for an empty slot. */
    private long[] slots = new long[64];
    private int size;

    /**
     * Returns the row whose id has the given bytes, or -1.
     *
     * @param ids where the rows' ids are: their positions in {@code texts}
     */
    int find(byte[] id, int from, int to, long[] ids, Texts texts) {
        int hash = Texts.hash(id, from, to);
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            int row = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && texts.equals(ids[row], id, from, to)) {
                return row;
            }
        }
    }

    /** Returns the row whose id is the text at {@code key} of {@code keys}, or -1. */
    int find(Texts keys, long key, long[] ids, Texts texts) {
        int from = Texts.offset(key);
        return find(keys.page(key), from, from + Texts.length(key), ids, texts);
    }

    /**
     * Adds a row under an id unless a row holds that id already: returns -1 when added, else the row that holds the
     * id. One probe does both. The id is the text at {@code key} of {@code keys}; once added, the caller stores it at
     * {@code ids[row]} before the next call.
     */
    int addIfAbsent(int row, Texts keys, long key, long[] ids, Texts texts) {
        if ((size + 1) * 2L > slots.length) {
            rehash(slots.length * 2);
        }
        byte[] page = keys.page(key);
        int from = Texts.offset(key);
        int to = from + Texts.length(key);
        int hash = Texts.hash(page, from, to);
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = ((long) hash << 32) | (row + 1L);
                size++;
                return -1;
            }
            int other = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && texts.equals(ids[other], page, from, to)) {
                return other;
            }
        }
    }

    /** Makes room for some more rows at once. */
    void reserve(int more) {
        long needed = (size + (long) more) * 2L;
        if (needed > slots.length) {
            rehash((int) Math.min(1 << 30, Long.highestOneBit(needed - 1) << 1));
        }
    }

    int size() {
        return size;
    }

    /** Returns the bytes the table holds. */
    long bytes() {
        return 16L + 8L * slots.length;
    }

    private void rehash(int capacity) {
        long[] bigger = new long[capacity];
        int mask = capacity - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int i = spread((int) (slot >>> 32)) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = slot;
            }
        }
        slots = bigger;
    }

    /**
     * Spreads the high bits of a hash into the low ones, as {@link java.util.HashMap} does, and keeps the low ones:
     * ids that count up (the common case: {@code e1001}, {@code e1002}, …) then land in nearby slots, so that
     * indexing millions of them costs few cache misses.
     */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "IdIndex[" + size + " of " + slots.length + " slots]";
    }
}
