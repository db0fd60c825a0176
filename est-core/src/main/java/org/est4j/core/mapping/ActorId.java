package org.est4j.core.mapping;

import org.est4j.core.Identifier;

/**
 * Identifies an organisation taking part in the EST work, such as {@code police} or {@code bostadsbolaget}.
 *
 * <p>See {@link Identifier} for the accepted form. Implementation requirements: this class is immutable and
 * thread-safe.
 */
public final class ActorId extends Identifier {
    private static final long serialVersionUID = 1L;

    private ActorId(String value) {
        super("actor id", value);
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value 1 to 128 letters, digits and {@code . _ : / -}
     * @return the identifier
     * @throws org.est4j.core.ValidationException when the text is not of that form
     */
    public static ActorId of(String value) {
        return new ActorId(value);
    }
}
