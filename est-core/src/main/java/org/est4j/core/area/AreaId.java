package org.est4j.core.area;

import org.est4j.core.Identifier;

/**
 * Identifies an area of any level — a municipality, a locality, a district, a neighbourhood or a place — within an {@link AreaHierarchy}, such as {@code 0188} (a kommunkod), {@code 0180C1090} (a DeSO code) or {@code norrtalje/centrum}.
 *
 * <p>See {@link Identifier} for the accepted form. Implementation requirements: this class is immutable and
 * thread-safe.
 */
public final class AreaId extends Identifier {
    private static final long serialVersionUID = 1L;

    private AreaId(String value) {
        super("area id", value);
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value 1 to 128 letters, digits and {@code . _ : / -}
     * @return the identifier
     * @throws org.est4j.core.ValidationException when the text is not of that form
     */
    public static AreaId of(String value) {
        return new AreaId(value);
    }
}
