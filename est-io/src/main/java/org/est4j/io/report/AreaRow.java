package org.est4j.io.report;

import java.util.List;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.disclosure.SuppressedTable;
import org.immutables.value.Value;

/**
 * One area of a report: its name, its depth in the hierarchy (for indentation), its level, its trend, its counts as
 * printed and a small series for its chart.
 *
 * <p>Counts are display strings: a number, or {@link SuppressedTable#MARK} ({@code ..}) for a suppressed cell.
 * {@link #counts()} has one entry per {@linkplain ReportView#categories() category of the report}, in that order
 * (the report checks it), or none: then the area is left out of the table of counts per category (composed views
 * give counts to the top area and the areas just within it, so that the table stays readable on A4).
 *
 * <p>Rules, all checked by the builder: the name and the total are not blank; the depth is not negative; no count
 * and no comment is blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AreaRow {
    AreaRow() {}

    /**
     * Returns the area's name.
     *
     * @return never blank
     */
    public abstract String name();

    /**
     * Returns the depth of the area below the report's top area.
     *
     * @return 0 for the top area, 1 for an area within it, …
     */
    @Value.Default
    public int depth() {
        return 0;
    }

    /**
     * Returns the area's level.
     *
     * @return the level, or empty when the area was not assessed
     */
    public abstract Optional<LevelView> level();

    /**
     * Tells whether the level is only a suggestion that the group has not yet decided.
     *
     * @return false unless set
     */
    @Value.Default
    public boolean levelSuggested() {
        return false;
    }

    /**
     * Returns the trend against the previous periods.
     *
     * @return {@link TrendMark#NONE} unless set
     */
    @Value.Default
    public TrendMark trend() {
        return TrendMark.NONE;
    }

    /**
     * Returns the number of observations, as printed.
     *
     * @return a number or {@code ..}
     */
    public abstract String total();

    /**
     * Returns the counts per category, as printed, in the report's category order.
     *
     * @return numbers or {@code ..}; empty to leave the area out of the table of counts per category
     */
    public abstract List<String> counts();

    /**
     * Returns the series for the area's chart, oldest first, usually ending with the current period.
     *
     * @return points, possibly none
     */
    public abstract List<SeriesPoint> series();

    /**
     * Returns a comment on the area's level, such as the group's reason for it.
     *
     * @return the comment, or empty
     */
    public abstract Optional<String> comment();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AreaRow}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableAreaRow.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("AreaRow");
        Checks.text(p, name(), "name");
        Checks.text(p, total(), "total");
        p.require(depth() >= 0, "depth", "must not be negative", depth());
        Checks.texts(p, counts(), "counts");
        comment().ifPresent(c -> p.require(!c.isBlank(), "comment", "must not be blank", c));
        p.throwIfAny();
    }

    /** Returns the name, level, trend and total, such as {@code AreaRow[Centrum: 3 Oroligt, ↑, 42]}. */
    @Override
    public String toString() {
        return "AreaRow[" + "  ".repeat(depth()) + name() + ": " + level().map(l -> l.code() + " " + l.label())
                .orElse("-") + (levelSuggested() ? " (suggested)" : "") + ", " + trend() + ", " + total() + "]";
    }
}
