package org.est4j.core.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A dictionary of the distinct values of one column: values get dense codes {@code 0, 1, 2, …} in order of first
 * appearance. Only the store's writer calls {@link #code(Object)}; readers see the {@link #values()} array and a size
 * published with a store state, and the writer never changes a slot below a size it has published (a full array
 * is replaced by a larger copy).
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; the store guards it.
 */
final class Dictionary<T> {
    private Object[] values = new Object[16];
    private int size;
    /** Up to this many values are found by a scan; a hash map holds the codes beyond. */
    private static final int SCAN = 8;
    private final Map<T, Integer> codes = new HashMap<>();
    /** The characters of the text forms of the values, for the memory estimate. */
    private long characters;

    /** Returns the code of a value, giving it the next code if it is new. */
    int code(T value) {
        if (size <= SCAN) {
            for (int i = 0; i < size; i++) {
                if (values[i].equals(value)) {
                    return i;
                }
            }
        } else {
            Integer code = codes.get(value);
            if (code != null) {
                return code;
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        if (size == SCAN) {
            for (int i = 0; i < size; i++) {
                @SuppressWarnings("unchecked")
                T v = (T) values[i];
                codes.put(v, i);
            }
        }
        if (size >= SCAN) {
            codes.put(value, size);
        }
        characters += value.toString().length();
        return size++;
    }

    /** Forgets every value, keeping the array; only for a dictionary no published state refers to. */
    void clear() {
        Arrays.fill(values, 0, size, null);
        size = 0;
        codes.clear();
        characters = 0;
    }

    /** Returns the current values array; slots below {@link #size()} never change. */
    Object[] values() {
        return values;
    }

    int size() {
        return size;
    }

    /**
     * Estimates the bytes the dictionary holds: per value an object with a string (about 56 bytes plus one per
     * character), a hash-map entry with a boxed code (about 64 bytes) and a slot of the values array (4 bytes).
     */
    long estimatedBytes() {
        return size * (56L + 64L + 4L) + characters + 4L * (values.length - size);
    }
}
