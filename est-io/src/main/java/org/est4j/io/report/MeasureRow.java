package org.est4j.io.report;

import java.util.Optional;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * A measure as a report lists it: what is done, of which kind, where, who leads it and with whom, when, where it
 * stands, and its latest follow-up.
 *
 * <p>Rules, all checked by the builder: title, type, areas, lead, dates and status are not blank; partners, when
 * given, are not blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureRow {
    MeasureRow() {}

    /**
     * Returns what is done, such as {@code "Belysning vid busshållplatsen"}.
     *
     * @return never blank
     */
    public abstract String title();

    /**
     * Returns the kind of measure, such as {@code "Belysning"}.
     *
     * @return never blank
     */
    public abstract String type();

    /**
     * Returns the areas the measure is aimed at, joined for reading.
     *
     * @return never blank
     */
    public abstract String areas();

    /**
     * Returns the actor that leads the measure.
     *
     * @return never blank
     */
    public abstract String lead();

    /**
     * Returns the partners, joined for reading.
     *
     * @return the partners, or empty when there are none
     */
    public abstract Optional<String> partners();

    /**
     * Returns when the measure runs, such as {@code "23 nov. 2026 – 31 jan. 2027"}.
     *
     * @return never blank
     */
    public abstract String dates();

    /**
     * Returns where the measure stands, such as {@code "pågående"}.
     *
     * @return never blank
     */
    public abstract String status();

    /**
     * Returns the latest follow-up.
     *
     * @return the follow-up, or empty when the measure has not been followed up
     */
    public abstract Optional<FollowUpRow> followUp();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasureRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableMeasureRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("MeasureRow");
        Checks.text(p, title(), "title");
        Checks.text(p, type(), "type");
        Checks.text(p, areas(), "areas");
        Checks.text(p, lead(), "lead");
        Checks.text(p, dates(), "dates");
        Checks.text(p, status(), "status");
        partners().ifPresent(v -> p.require(!v.isBlank(), "partners", "must not be blank", v));
        p.throwIfAny();
    }

    /** Returns title, status and follow-up, such as {@code MeasureRow[Belysning vid torget, pågående]}. */
    @Override
    public String toString() {
        return "MeasureRow[" + title() + ", " + status() + followUp().map(f -> ", " + f).orElse("") + "]";
    }
}
