package org.est4j.io.report;

import java.util.List;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * A hotspot as a report lists it: the place, the area it lies in, the dates it is designated for and why.
 *
 * <p>Rules, all checked by the builder: place, area and window are not blank; no reason is blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HotspotRow {
    HotspotRow() {}

    /**
     * Returns the place, such as {@code "Resecentrum, perrong 2"}.
     *
     * @return never blank
     */
    public abstract String place();

    /**
     * Returns the area the place lies in.
     *
     * @return never blank
     */
    public abstract String area();

    /**
     * Returns the dates the place is designated for, such as {@code "16–29 nov. 2026"}.
     *
     * @return never blank
     */
    public abstract String window();

    /**
     * Returns why the place was designated.
     *
     * @return reasons, possibly none
     */
    public abstract List<String> reasons();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HotspotRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableHotspotRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("HotspotRow");
        Checks.text(p, place(), "place");
        Checks.text(p, area(), "area");
        Checks.text(p, window(), "window");
        Checks.texts(p, reasons(), "reasons");
        p.throwIfAny();
    }

    /** Returns place, area and window, such as {@code HotspotRow[Resecentrum (Centrum) 16–29 nov. 2026]}. */
    @Override
    public String toString() {
        return "HotspotRow[" + place() + " (" + area() + ") " + window() + "]";
    }
}
