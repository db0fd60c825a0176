package org.est4j.core.store;

/**
 * The index of a store's ids: an open-addressing hash table of row numbers over the id column, so that checking that
 * an id is new costs a probe or two and no object per row.
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; the store's writer guards it.
 */
final class IdIndex {
    /** Row + 1 per slot, 0 for an empty slot. */
    private int[] slots = new int[1024];
    private int size;

    /** Returns the row holding an id, or -1. */
    int find(String id, String[] ids) {
        int mask = slots.length - 1;
        for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
            int r = slots[i];
            if (r == 0) {
                return -1;
            }
            if (ids[r - 1].equals(id)) {
                return r - 1;
            }
        }
    }

    /** Adds a row whose id is not in the index yet. */
    void add(int row, String[] ids) {
        if ((size + 1) * 2L > slots.length) {
            rehash(slots.length * 2, ids);
        }
        insert(slots, spread(ids[row].hashCode()), row);
        size++;
    }

    /**
     * Adds a row unless its id is in the index already; returns -1 when added, else the row that holds the id. One
     * probe does both.
     */
    int addIfAbsent(int row, String[] ids) {
        if ((size + 1) * 2L > slots.length) {
            rehash(slots.length * 2, ids);
        }
        String id = ids[row];
        int mask = slots.length - 1;
        int i = spread(id.hashCode()) & mask;
        while (true) {
            int r = slots[i];
            if (r == 0) {
                slots[i] = row + 1;
                size++;
                return -1;
            }
            if (ids[r - 1].equals(id)) {
                return r - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Makes room for some more rows at once. */
    void reserve(int more, String[] ids) {
        long needed = (size + (long) more) * 2L;
        if (needed > slots.length) {
            rehash((int) Math.min(1 << 30, Long.highestOneBit(needed - 1) << 1), ids);
        }
    }

    int size() {
        return size;
    }

    /** Returns the bytes the table holds. */
    long bytes() {
        return 16L + 4L * slots.length;
    }

    private void rehash(int capacity, String[] ids) {
        int[] bigger = new int[capacity];
        for (int r : slots) {
            if (r != 0) {
                insert(bigger, spread(ids[r - 1].hashCode()), r - 1);
            }
        }
        slots = bigger;
    }

    private static void insert(int[] table, int hash, int row) {
        int mask = table.length - 1;
        int i = hash & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = row + 1;
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
