package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.mapping.ObservationId;
import org.immutables.value.Value;

/**
 * What the group found about one {@link TriangleSide side} of the problem triangle: its notes in words and the
 * observations they rest on.
 *
 * <pre>{@code
 * SideNotes place = SideNotes.of("The underpass is dark and cannot be seen from the road",
 *         ObservationId.of("o-1042"), ObservationId.of("o-1077"));
 * }</pre>
 *
 * <p>Notes are about places, situations and behaviour, not about named people: EST works with places. Free text
 * is redacted by the disclosure policy before it leaves the group, but it should not hold a name to begin with.
 *
 * <p>Rules, checked by the builder: no note is blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SideNotes {
    private static final SideNotes EMPTY = builder().build();

    SideNotes() {}

    /**
     * Returns the group's notes, in the order written.
     *
     * @return possibly empty
     */
    public abstract List<String> notes();

    /**
     * Returns the observations the notes rest on.
     *
     * @return sorted by id, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<ObservationId> observations();

    /**
     * Tells whether nothing was noted.
     *
     * @return true when there are neither notes nor observations
     */
    public boolean isEmpty() {
        return notes().isEmpty() && observations().isEmpty();
    }

    /**
     * Returns no notes.
     *
     * @return the empty notes
     */
    public static SideNotes empty() {
        return EMPTY;
    }

    /**
     * Returns one note with the observations it rests on.
     *
     * @param note the note, not blank
     * @param observations the observations
     * @return the notes
     * @throws org.est4j.core.ValidationException when the note is blank
     */
    public static SideNotes of(String note, ObservationId... observations) {
        requireNonNull(note, "note");
        requireNonNull(observations, "observations");
        return builder().addNotes(note).addAllObservations(Arrays.asList(observations)).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SideNotes}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableSideNotes.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("SideNotes");
        for (int i = 0; i < notes().size(); i++) {
            problems.require(!notes().get(i).isBlank(), "notes[" + i + "]", "must not be blank", null);
        }
        problems.throwIfAny();
    }

    /** Returns the notes joined with {@code "; "} and the observations, such as {@code "Dark underpass" [o-1042]}. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "(nothing noted)";
        }
        String text = notes().isEmpty() ? "" : "\"" + String.join("\"; \"", notes()) + "\"";
        return observations().isEmpty() ? text : (text.isEmpty() ? "" : text + " ") + observations();
    }
}
