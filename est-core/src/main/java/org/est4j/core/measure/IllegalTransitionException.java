package org.est4j.core.measure;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.EstException;

/**
 * Thrown when a {@link Measure} is asked to move to a status that may not follow its current one, such as from
 * {@link MeasureStatus#DONE done} back to {@link MeasureStatus#ONGOING ongoing}. It carries the measure, both
 * statuses and the statuses that were allowed.
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public class IllegalTransitionException extends EstException {
    private static final long serialVersionUID = 1L;

    private final MeasureId measure;
    private final MeasureStatus from;
    private final MeasureStatus to;

    /**
     * Creates the exception.
     *
     * @param measure the measure asked to move
     * @param from its current status
     * @param to the status asked for, which {@code from} {@linkplain MeasureStatus#canBecome cannot become}
     * @throws IllegalArgumentException when the transition is in fact allowed
     */
    public IllegalTransitionException(MeasureId measure, MeasureStatus from, MeasureStatus to) {
        super(message(measure, from, to));
        this.measure = measure;
        this.from = from;
        this.to = to;
    }

    private static String message(MeasureId measure, MeasureStatus from, MeasureStatus to) {
        requireNonNull(measure, "measure");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (from.canBecome(to)) {
            throw new IllegalArgumentException("A measure may go from " + from + " to " + to
                    + "; this is not an illegal transition");
        }
        String allowed = from.allowedNext().isEmpty() ? "none, " + from + " is final: record further work as a new measure"
                : from.allowedNext().stream().map(Enum::name).collect(Collectors.joining(", "));
        return "Measure " + measure + " cannot go from " + from + " to " + to + "; allowed from " + from + ": " + allowed;
    }

    /**
     * Returns the measure asked to move.
     *
     * @return its id
     */
    public MeasureId measure() {
        return measure;
    }

    /**
     * Returns the measure's status when it was asked to move.
     *
     * @return the current status
     */
    public MeasureStatus from() {
        return from;
    }

    /**
     * Returns the status asked for.
     *
     * @return the status that may not follow {@link #from()}
     */
    public MeasureStatus to() {
        return to;
    }

    /**
     * Returns the statuses that may follow {@link #from()}.
     *
     * @return an unmodifiable set, empty when {@link #from()} is final
     */
    public Set<MeasureStatus> allowed() {
        return from.allowedNext();
    }
}
