package org.est4j.core.measure;

import org.est4j.core.Identifier;

/**
 * Identifies a {@link Measure}, such as {@code 2026-047} or {@code belysning-torget}; follow-ups refer to it.
 *
 * <p>See {@link Identifier} for the accepted form. Implementation requirements: this class is immutable and
 * thread-safe.
 */
public final class MeasureId extends Identifier {
    private static final long serialVersionUID = 1L;

    private MeasureId(String value) {
        super("measure id", value);
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value 1 to 128 letters, digits and {@code . _ : / -}
     * @return the identifier
     * @throws org.est4j.core.ValidationException when the text is not of that form
     */
    public static MeasureId of(String value) {
        return new MeasureId(value);
    }
}
