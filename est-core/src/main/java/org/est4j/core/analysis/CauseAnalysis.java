package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * The cause analysis (<i>orsaksanalys</i>) of a focus area: what the group found on each side of the problem
 * analysis triangle — offender, victim and place, and the handlers, guardians and place managers who could
 * control them — with the observations each finding rests on, the patterns in time computed from the area's
 * pictures, and the group's conclusions about the underlying causes.
 *
 * <pre>{@code
 * CauseAnalysis ca = CauseAnalysis.builder().area(AreaId.of("hagaby")).period(Period.quarter(2026, 4))
 *         .place(SideNotes.of("The underpass is dark and cannot be seen from the road", ObservationId.of("o-1042")))
 *         .manager(SideNotes.of("The housing company has no budget for lighting this year"))
 *         .patterns(CauseAnalysis.patternsOf(weeklyPictures))
 *         .addConclusions("Gatherings in the dark underpass on weekend evenings; lighting and adult presence")
 *         .build();
 * ca.patterns().weekdayText(Locale.ENGLISH);   // "most on Fridays and Saturdays (46 %, 12 of 26)"
 * }</pre>
 *
 * <p>A cause analysis holds the group's own notes and may name what the police know; its {@link #visibility()} is
 * {@link Visibility#GROUP} unless the group widens it.
 *
 * <p>Rules, all checked at once by the builder: area, period and patterns are given; the patterns are of the
 * area; no conclusion is blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CauseAnalysis {
    CauseAnalysis() {}

    /**
     * Returns the focus area analysed.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the period of the analysis, such as the quarter the area was chosen for.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns what was found about the offenders: groups, behaviour, motives.
     *
     * @return {@link SideNotes#empty()} unless set
     */
    @Value.Default
    public SideNotes offender() {
        return SideNotes.empty();
    }

    /**
     * Returns what was found about the victims and targets.
     *
     * @return {@link SideNotes#empty()} unless set
     */
    @Value.Default
    public SideNotes victim() {
        return SideNotes.empty();
    }

    /**
     * Returns what was found about the place.
     *
     * @return {@link SideNotes#empty()} unless set
     */
    @Value.Default
    public SideNotes place() {
        return SideNotes.empty();
    }

    /**
     * Returns what was found about those with influence over the offenders.
     *
     * @return {@link SideNotes#empty()} unless set
     */
    @Value.Default
    public SideNotes handler() {
        return SideNotes.empty();
    }

    /**
     * Returns what was found about those who protect the victims and targets.
     *
     * @return {@link SideNotes#empty()} unless set
     */
    @Value.Default
    public SideNotes guardian() {
        return SideNotes.empty();
    }

    /**
     * Returns what was found about those responsible for the place.
     *
     * @return {@link SideNotes#empty()} unless set
     */
    @Value.Default
    public SideNotes manager() {
        return SideNotes.empty();
    }

    /**
     * Returns the patterns in time of the area's observations.
     *
     * @return never null
     */
    public abstract Patterns patterns();

    /**
     * Returns the group's conclusions about the underlying causes, in the order written.
     *
     * @return possibly empty
     */
    public abstract List<String> conclusions();

    /**
     * Returns who may see the analysis.
     *
     * @return {@link Visibility#GROUP} unless set
     */
    @Value.Default
    public Visibility visibility() {
        return Visibility.GROUP;
    }

    /**
     * Returns the notes of one side of the triangle.
     *
     * @param side the side
     * @return its notes, empty when nothing was noted
     */
    public SideNotes side(TriangleSide side) {
        switch (requireNonNull(side, "side")) {
            case OFFENDER:
                return offender();
            case VICTIM:
                return victim();
            case PLACE:
                return place();
            case HANDLER:
                return handler();
            case GUARDIAN:
                return guardian();
            case MANAGER:
                return manager();
            default:
                throw new AssertionError(side);
        }
    }

    /**
     * Returns every observation linked from any side.
     *
     * @return sorted by id
     */
    public SortedSet<ObservationId> observations() {
        SortedSet<ObservationId> all = new TreeSet<>();
        for (TriangleSide s : TriangleSide.values()) {
            all.addAll(side(s).observations());
        }
        return java.util.Collections.unmodifiableSortedSet(all);
    }

    /**
     * Computes the patterns in time of a focus area's pictures: season, weekday, time of day and darkness.
     *
     * @param pictures pictures of one area, in any order, no two of which share a day
     * @return the patterns
     * @throws org.est4j.core.ValidationException when there is no picture, the pictures are of different areas,
     *     or two of them share a day
     * @see Patterns#of(Collection)
     */
    public static Patterns patternsOf(Collection<SituationPicture> pictures) {
        return Patterns.of(pictures);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CauseAnalysis}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCauseAnalysis.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("CauseAnalysis")
                .requirePresent(area(), "area")
                .requirePresent(period(), "period")
                .requirePresent(patterns(), "patterns")
                .requirePresent(visibility(), "visibility");
        if (area() != null && patterns() != null) {
            problems.require(patterns().area().equals(area()), "patterns.area", "must be the analysed area " + area(),
                    patterns().area());
        }
        for (int i = 0; i < conclusions().size(); i++) {
            problems.require(!conclusions().get(i).isBlank(), "conclusions[" + i + "]", "must not be blank", null);
        }
        problems.throwIfAny();
    }

    /** Returns the area and period, the six sides that hold notes, the patterns and the conclusions, one per line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CauseAnalysis ").append(area()).append(' ').append(period())
                .append(" (").append(visibility()).append(')');
        for (TriangleSide side : TriangleSide.values()) {
            if (!side(side).isEmpty()) {
                s.append("\n  ").append(side.labelEn()).append(": ").append(side(side));
            }
        }
        for (String line : patterns().summary(Locale.ENGLISH)) {
            s.append("\n  ").append(line);
        }
        for (String c : conclusions()) {
            s.append("\n  Conclusion: ").append(c);
        }
        return s.toString();
    }
}
