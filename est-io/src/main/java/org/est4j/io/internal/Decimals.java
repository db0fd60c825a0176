package org.est4j.io.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes {@code double}s as plain decimal text (never an exponent, never {@code -0}) that is the same on every JDK:
 * the digits come from the exact binary value through {@link BigDecimal}, not from {@link Double#toString(double)},
 * whose output changed between JDK 17 and 19.
 */
public final class Decimals {
    /** Significant digits that always read back to the same {@code double}. */
    private static final int MAX_SIGNIFICANT = 17;

    private Decimals() {}

    /**
     * Returns the fewest significant digits that read back to the same value: {@code 59.758}, {@code 0.1},
     * {@code 18}.
     *
     * @param value a finite number
     * @return plain decimal text with a point, such as {@code -73.5}
     * @throws IllegalArgumentException when the value is not finite
     */
    public static String shortest(double value) {
        finite(value);
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < MAX_SIGNIFICANT; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return plain(rounded);
            }
        }
        return plain(exact.round(new MathContext(MAX_SIGNIFICANT, RoundingMode.HALF_EVEN)));
    }

    /**
     * Returns a value rounded half up to at most some decimals, trailing zeros left out: {@code 12.5} for 12.499999
     * with 2 decimals is {@code 12.5}, 3.0 is {@code 3}.
     *
     * @param value a finite number
     * @param decimals 0 or more
     * @return plain decimal text with a point
     * @throws IllegalArgumentException when the value is not finite
     */
    public static String rounded(double value, int decimals) {
        finite(value);
        return plain(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Only finite numbers are written, not " + value);
        }
    }
}
