package org.est4j.core.picture;

/** Sorts {@code int}s by a comparator without boxing: a stable merge sort. */
final class IntSort {
    /** Compares two ints. */
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {}

    /** Sorts the array in place, stably. */
    static void sort(int[] a, IntComparator c) {
        int n = a.length;
        if (n < 2) {
            return;
        }
        int[] src = a;
        int[] dst = new int[n];
        for (int i = 0; i < n; i += 32) {
            insertion(src, i, Math.min(n, i + 32), c);
        }
        for (int width = 32; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = c.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, n);
        }
    }

    private static void insertion(int[] a, int from, int to, IntComparator c) {
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && c.compare(a[j], x) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
