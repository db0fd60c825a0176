package org.est4j.core.mapping;

import org.est4j.core.Identifier;

/**
 * Identifies a category of observations in a {@link Taxonomy}, such as {@code property-damage} or {@code property-damage.graffiti}.
 *
 * <p>See {@link Identifier} for the accepted form. Implementation requirements: this class is immutable and
 * thread-safe.
 */
public final class CategoryId extends Identifier {
    private static final long serialVersionUID = 1L;

    private CategoryId(String value) {
        super("category id", value);
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value 1 to 128 letters, digits and {@code . _ : / -}
     * @return the identifier
     * @throws org.est4j.core.ValidationException when the text is not of that form
     */
    public static CategoryId of(String value) {
        return new CategoryId(value);
    }
}
