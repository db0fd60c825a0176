package org.est4j.core.mapping;

import org.est4j.core.Identifier;

/**
 * Identifies one observation (<i>iakttagelse</i>), unique within an observation store.
 *
 * <p>See {@link Identifier} for the accepted form. Implementation requirements: this class is immutable and
 * thread-safe.
 */
public final class ObservationId extends Identifier {
    private static final long serialVersionUID = 1L;

    private ObservationId(String value) {
        super("observation id", value);
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value 1 to 128 letters, digits and {@code . _ : / -}
     * @return the identifier
     * @throws org.est4j.core.ValidationException when the text is not of that form
     */
    public static ObservationId of(String value) {
        return new ObservationId(value);
    }
}
