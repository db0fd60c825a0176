package org.est4j.core.mapping;

import org.est4j.core.Identifier;

/**
 * Identifies a reporter (<i>rapportör</i>) pseudonymously, such as {@code r-017}; never a name or personal identity number.
 *
 * <p>See {@link Identifier} for the accepted form. Implementation requirements: this class is immutable and
 * thread-safe.
 */
public final class ReporterId extends Identifier {
    private static final long serialVersionUID = 1L;

    private ReporterId(String value) {
        super("reporter id", value);
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value 1 to 128 letters, digits and {@code . _ : / -}
     * @return the identifier
     * @throws org.est4j.core.ValidationException when the text is not of that form
     */
    public static ReporterId of(String value) {
        return new ReporterId(value);
    }
}
