package org.est4j.core.evaluation;

import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * How the group evaluates a measure: which areas were treated, which serve as control and which as displacement
 * buffer, which categories count, and the dates before and after. From a design and the observations, the counts
 * of a {@link PlaceCounts} follow; the group chooses the design, because only it knows which areas are comparable.
 *
 * <pre>{@code
 * EvaluationDesign design = EvaluationDesign.builder()
 *         .addTreated(AreaId.of("sjoviken/centrum/stationen"))
 *         .addControl(AreaId.of("sjoviken/hamnen"))
 *         .addBuffer(AreaId.of("sjoviken/centrum"))
 *         .before(LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 8)))
 *         .after(LocalDateRange.of(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 11, 9)))
 *         .build();
 * }</pre>
 *
 * <p>Rules, checked by {@link Builder#build()}: at least one treated and one control area; no area in two roles;
 * both date ranges bounded and not empty; the after range starts on or after the before range's end. An area
 * counts with everything below it in the hierarchy; a buffer area's count leaves out the treated areas inside it.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationDesign {
    EvaluationDesign() {}

    /**
     * Returns the areas where the measure was carried out.
     *
     * @return at least one area
     */
    @Value.NaturalOrder
    public abstract SortedSet<AreaId> treated();

    /**
     * Returns the areas that show how things would have gone without the measure.
     *
     * @return at least one area
     */
    @Value.NaturalOrder
    public abstract SortedSet<AreaId> control();

    /**
     * Returns the areas around the treated ones where displacement (or a diffusion of benefits) would show.
     *
     * @return possibly empty: then no displacement is measured
     */
    @Value.NaturalOrder
    public abstract SortedSet<AreaId> buffer();

    /**
     * Returns the categories that count.
     *
     * @return possibly empty: then every category except context categories (planned events) counts
     */
    @Value.NaturalOrder
    public abstract SortedSet<CategoryId> categories();

    /**
     * Returns the dates before the measure.
     *
     * @return a bounded range
     */
    public abstract LocalDateRange before();

    /**
     * Returns the dates after the measure started (or while it ran).
     *
     * @return a bounded range
     */
    public abstract LocalDateRange after();

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EvaluationDesign}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableEvaluationDesign.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("EvaluationDesign")
                .require(!treated().isEmpty(), "treated", "must hold at least one area", null)
                .require(!control().isEmpty(), "control", "must hold at least one area", null);
        for (AreaId area : treated()) {
            problems.require(!control().contains(area), "control", "must not hold a treated area", area)
                    .require(!buffer().contains(area), "buffer", "must not hold a treated area", area);
        }
        for (AreaId area : control()) {
            problems.require(!buffer().contains(area), "buffer", "must not hold a control area", area);
        }
        checkRange(problems, before(), "before");
        checkRange(problems, after(), "after");
        if (before() != null && after() != null && !before().isUnboundedEnd() && !after().isUnboundedStart()) {
            problems.require(!after().getStart().isBefore(before().getEnd()), "after",
                    "must start on or after the end of the before range, " + before().getEnd(), after());
        }
        problems.throwIfAny();
    }

    private static void checkRange(Problems problems, LocalDateRange range, String path) {
        problems.requirePresent(range, path);
        if (range != null) {
            problems.require(!range.isUnboundedStart() && !range.isUnboundedEnd(), path, "must be bounded", range)
                    .require(!range.isEmpty(), path, "must hold at least one day", range);
        }
    }

    /** Returns the roles and dates, such as {@code treated [a] vs control [b], buffer [c]: 2026-01-05/2026-06-08 → …}. */
    @Override
    public String toString() {
        return "treated " + treated() + " vs control " + control() + (buffer().isEmpty() ? "" : ", buffer " + buffer())
                + (categories().isEmpty() ? "" : ", categories " + categories()) + ": " + before() + " → " + after();
    }
}
