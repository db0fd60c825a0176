package org.est4j.core.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * The counts that evaluate a place-based measure: before and after in the treated area, in a control area and,
 * optionally, in a displacement buffer around the treated area and in a buffer around the control area.
 *
 * <p>This is the design of Wheeler and Ratcliffe (2018), which also serves the weighted displacement quotient of
 * Bowers and Johnson (2003) (that one uses the control area for the buffer too, and ignores the control buffer).
 * The optional weights turn counts into rates:
 * <ul>
 *   <li>{@linkplain #beforeLength() beforeLength} and {@linkplain #afterLength() afterLength} are the lengths of
 *       the two periods in any one unit (weeks, months, years); with 24 months before and 12 after, the WDD is
 *       a change in crimes per month. Both default to 1, which leaves counts as counts.</li>
 *   <li>{@linkplain #treatedSize() treatedSize} and the other sizes are the areas' sizes in any one unit
 *       (square kilometres, residents); the WDD then compares densities. All default to 1.</li>
 * </ul>
 *
 * <pre>{@code
 * PlaceCounts counts = PlaceCounts.builder()
 *         .crimeType("violent crime")
 *         .treated(BeforeAfter.of(207, 110))
 *         .control(BeforeAfter.of(308, 318))
 *         .buffer(BeforeAfter.of(178, 157))
 *         .controlBuffer(BeforeAfter.of(150, 140))
 *         .build();
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlaceCounts {
    PlaceCounts() {}

    /**
     * Returns the crime type the counts are of, as a label for readings and for harm weights.
     *
     * @return such as {@code "robbery"}, or empty when the counts are of all crime or the type does not matter
     */
    public abstract Optional<String> crimeType();

    /**
     * Returns the counts in the treated area, where the measure was carried out.
     *
     * @return never null
     */
    public abstract BeforeAfter treated();

    /**
     * Returns the counts in the control area, which shows how crime would have changed without the measure.
     *
     * @return never null
     */
    public abstract BeforeAfter control();

    /**
     * Returns the counts in the displacement buffer, the area around the treated area where crime may move to
     * (displacement) or fall too (diffusion of benefits).
     *
     * @return the buffer's counts, or empty when displacement is not measured
     */
    public abstract Optional<BeforeAfter> buffer();

    /**
     * Returns the counts in the buffer around the control area, which shows how the buffer would have changed
     * without the measure. Only the WDD uses it; it requires a {@link #buffer()}.
     *
     * @return the control buffer's counts, or empty
     */
    public abstract Optional<BeforeAfter> controlBuffer();

    /**
     * Returns the length of the period before, in any unit shared with {@link #afterLength()}.
     *
     * @return a positive number, 1 unless given
     */
    @Value.Default
    public double beforeLength() {
        return 1;
    }

    /**
     * Returns the length of the period after, in the unit of {@link #beforeLength()}.
     *
     * @return a positive number, 1 unless given
     */
    @Value.Default
    public double afterLength() {
        return 1;
    }

    /**
     * Returns the size of the treated area, in any unit shared with the other sizes.
     *
     * @return a positive number, 1 unless given
     */
    @Value.Default
    public double treatedSize() {
        return 1;
    }

    /**
     * Returns the size of the control area.
     *
     * @return a positive number, 1 unless given
     */
    @Value.Default
    public double controlSize() {
        return 1;
    }

    /**
     * Returns the size of the displacement buffer.
     *
     * @return a positive number, 1 unless given
     */
    @Value.Default
    public double bufferSize() {
        return 1;
    }

    /**
     * Returns the size of the control area's buffer.
     *
     * @return a positive number, 1 unless given
     */
    @Value.Default
    public double controlBufferSize() {
        return 1;
    }

    /**
     * Tells whether period lengths other than 1 were given, so that results are per unit of time.
     *
     * @return true when either length differs from 1
     */
    public boolean isTimeWeighted() {
        return beforeLength() != 1 || afterLength() != 1;
    }

    /**
     * Tells whether area sizes other than 1 were given, so that results are per unit of area.
     *
     * @return true when any size differs from 1
     */
    public boolean isAreaWeighted() {
        return treatedSize() != 1 || controlSize() != 1 || bufferSize() != 1 || controlBufferSize() != 1;
    }

    /**
     * Returns the same design with before and after exchanged in every area and the period lengths exchanged, as
     * if time ran the other way. Every difference-based statistic changes sign under this.
     *
     * @return the mirrored counts
     */
    public PlaceCounts swapped() {
        Builder swapped = builder();
        swapped.from(this)
                .treated(treated().swapped())
                .control(control().swapped())
                .beforeLength(afterLength())
                .afterLength(beforeLength());
        buffer().ifPresent(b -> swapped.buffer(b.swapped()));
        controlBuffer().ifPresent(b -> swapped.controlBuffer(b.swapped()));
        return swapped.build();
    }

    /**
     * Returns the counts of a treated and a control area, without weights or buffer.
     *
     * @param treated the treated area's counts
     * @param control the control area's counts
     * @return the design
     */
    public static PlaceCounts of(BeforeAfter treated, BeforeAfter control) {
        return builder()
                .treated(Objects.requireNonNull(treated, "treated"))
                .control(Objects.requireNonNull(control, "control"))
                .build();
    }

    /**
     * Returns the counts of a treated and a control area with their buffers, without weights.
     *
     * @param treated the treated area's counts
     * @param control the control area's counts
     * @param buffer the displacement buffer's counts
     * @param controlBuffer the control area's buffer's counts
     * @return the design
     */
    public static PlaceCounts of(BeforeAfter treated, BeforeAfter control, BeforeAfter buffer, BeforeAfter controlBuffer) {
        return builder()
                .treated(Objects.requireNonNull(treated, "treated"))
                .control(Objects.requireNonNull(control, "control"))
                .buffer(Objects.requireNonNull(buffer, "buffer"))
                .controlBuffer(Objects.requireNonNull(controlBuffer, "controlBuffer"))
                .build();
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PlaceCounts}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutablePlaceCounts.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("PlaceCounts")
                .requirePresent(treated(), "treated")
                .requirePresent(control(), "control")
                .require(crimeType().map(t -> !t.isBlank()).orElse(true), "crimeType", "must not be blank",
                        crimeType().orElse(null))
                .require(controlBuffer().isEmpty() || buffer().isPresent(), "controlBuffer",
                        "needs a buffer: give the treated area's buffer too, or leave the control buffer out",
                        controlBuffer().orElse(null))
                .require(positive(beforeLength()), "beforeLength", "must be a positive finite number", beforeLength())
                .require(positive(afterLength()), "afterLength", "must be a positive finite number", afterLength())
                .require(positive(treatedSize()), "treatedSize", "must be a positive finite number", treatedSize())
                .require(positive(controlSize()), "controlSize", "must be a positive finite number", controlSize())
                .require(positive(bufferSize()), "bufferSize", "must be a positive finite number", bufferSize())
                .require(positive(controlBufferSize()), "controlBufferSize", "must be a positive finite number",
                        controlBufferSize())
                .throwIfAny();
    }

    private static boolean positive(double value) {
        return value > 0 && Double.isFinite(value);
    }

    /** Returns a one-line summary such as {@code violent crime: treated 207 → 110, control 308 → 318}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        crimeType().ifPresent(t -> text.append(t).append(": "));
        text.append("treated ").append(treated()).append(", control ").append(control());
        buffer().ifPresent(b -> text.append(", buffer ").append(b));
        controlBuffer().ifPresent(b -> text.append(", control buffer ").append(b));
        if (isTimeWeighted()) {
            text.append(", lengths ").append(beforeLength()).append(" → ").append(afterLength());
        }
        if (isAreaWeighted()) {
            text.append(", sizes ").append(treatedSize()).append('/').append(controlSize()).append('/')
                    .append(bufferSize()).append('/').append(controlBufferSize());
        }
        return text.toString();
    }
}
