package org.est4j.core.evaluation;

import java.io.Serializable;
import org.est4j.core.Problems;

/**
 * A confidence interval: its level (such as 0.95) and its lower and upper bounds, on the scale of the estimate it
 * belongs to (crimes for the WDD, a ratio for the rate ratio).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class ConfidenceInterval implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double level;
    private final double lower;
    private final double upper;

    private ConfidenceInterval(double level, double lower, double upper) {
        this.level = level;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Returns an interval.
     *
     * @param level the confidence level, strictly between 0 and 1, such as 0.95
     * @param lower the lower bound, finite
     * @param upper the upper bound, finite and not below {@code lower}
     * @return the interval
     * @throws org.est4j.core.ValidationException when a rule is broken
     */
    public static ConfidenceInterval of(double level, double lower, double upper) {
        Problems.of("ConfidenceInterval")
                .require(level > 0 && level < 1, "level", "must be strictly between 0 and 1, such as 0.95", level)
                .require(Double.isFinite(lower), "lower", "must be a finite number", lower)
                .require(Double.isFinite(upper), "upper", "must be a finite number", upper)
                .require(!(lower > upper), "upper", "must not be below the lower bound " + lower, upper)
                .throwIfAny();
        // Adding 0.0 turns -0.0 into 0.0, so that equal intervals are equal values.
        return new ConfidenceInterval(level, lower + 0.0, upper + 0.0);
    }

    /**
     * Returns the confidence level.
     *
     * @return strictly between 0 and 1
     */
    public double level() {
        return level;
    }

    /**
     * Returns the lower bound.
     *
     * @return a finite number
     */
    public double lower() {
        return lower;
    }

    /**
     * Returns the upper bound.
     *
     * @return a finite number, not below {@link #lower()}
     */
    public double upper() {
        return upper;
    }

    /**
     * Tells whether a value lies in the interval, bounds included.
     *
     * @param value the value
     * @return true when {@code lower() <= value <= upper()}
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * Tells whether the interval excludes a value, such as 0 for a difference or 1 for a ratio.
     *
     * @param value the value of no effect
     * @return true when the value lies outside
     */
    public boolean excludes(double value) {
        return !contains(value);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ConfidenceInterval)) {
            return false;
        }
        ConfidenceInterval that = (ConfidenceInterval) other;
        return Double.compare(that.level, level) == 0 && Double.compare(that.lower, lower) == 0
                && Double.compare(that.upper, upper) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(level) * 31 + Double.hashCode(lower)) * 31 + Double.hashCode(upper);
    }

    /** Returns the interval as {@code 95% CI [-195.6, -40.39]}, with at most four significant digits. */
    @Override
    public String toString() {
        return Evaluation.number(level * 100) + "% CI [" + Evaluation.number(lower) + ", " + Evaluation.number(upper) + "]";
    }
}
