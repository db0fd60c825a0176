package org.est4j.core.measure;

import org.est4j.core.Labelled;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a {@link Measure} stands. A measure is planned, then ongoing, then done; a planned or ongoing measure may
 * be cancelled. Done and cancelled are final: work that resumes is a new measure, so that each measure's
 * follow-up stays about one stretch of work.
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>{@link #PLANNED}</td><td>{@link #ONGOING}, {@link #CANCELLED}</td></tr>
 *   <tr><td>{@link #ONGOING}</td><td>{@link #DONE}, {@link #CANCELLED}</td></tr>
 *   <tr><td>{@link #DONE}</td><td>none</td></tr>
 *   <tr><td>{@link #CANCELLED}</td><td>none</td></tr>
 * </table>
 */
public enum MeasureStatus implements Labelled {
    /** Decided but not started (<i>planerad</i>). */
    PLANNED("planerad", "planned"),
    /** Being carried out (<i>pågående</i>). */
    ONGOING("pågående", "ongoing"),
    /** Carried out to its end (<i>genomförd</i>). Final. */
    DONE("genomförd", "done"),
    /** Stopped before its end, or never started (<i>avbruten</i>). Final. */
    CANCELLED("avbruten", "cancelled");

    private final String labelSv;
    private final String labelEn;

    MeasureStatus(String labelSv, String labelEn) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Tells whether a measure of this status may move to another.
     *
     * @param next the status wanted
     * @return true for planned → ongoing, planned → cancelled, ongoing → done and ongoing → cancelled; false for
     *     everything else, staying put included
     */
    public boolean canBecome(MeasureStatus next) {
        requireNonNull(next, "next");
        switch (this) {
            case PLANNED:
                return next == ONGOING || next == CANCELLED;
            case ONGOING:
                return next == DONE || next == CANCELLED;
            case DONE:
            case CANCELLED:
                return false;
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Returns the statuses this one may move to.
     *
     * @return an unmodifiable set in declaration order, empty for a final status
     */
    public Set<MeasureStatus> allowedNext() {
        EnumSet<MeasureStatus> next = EnumSet.noneOf(MeasureStatus.class);
        for (MeasureStatus s : values()) {
            if (canBecome(s)) {
                next.add(s);
            }
        }
        return Collections.unmodifiableSet(next);
    }

    /**
     * Tells whether the status is final: no status may follow it.
     *
     * @return true for {@link #DONE} and {@link #CANCELLED}
     */
    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }

    @Override
    public String labelSv() {
        return labelSv;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

}
