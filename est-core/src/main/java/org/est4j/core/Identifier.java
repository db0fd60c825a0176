package org.est4j.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The common base of est4j's identifiers ({@code AreaId}, {@code CategoryId}, {@code ReporterId}, …): a short
 * code chosen by the host, compared by value and by kind, printed as itself.
 *
 * <p>An identifier is 1 to 128 characters: letters (å, ä and ö included), digits and {@code . _ : / -}, starting
 * with a letter or digit. The text is kept in Unicode normal form C, so {@code ä} typed as one character or as
 * {@code a} with a combining diaeresis gives the same identifier. It never carries a person's name or identity
 * number; reporters are pseudonymous. Two identifiers are equal when they are of the same class and have the
 * same value; hash codes depend only on the class name and the value, so they are the same in every run.
 *
 * <p>Implementation requirements: subclasses must be final, immutable and thread-safe.
 */
public abstract class Identifier implements Serializable, Comparable<Identifier> {
    private static final long serialVersionUID = 1L;

    /** The longest identifier accepted. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/\\-]*");

    private final String value;

    /**
     * Validates and stores the value.
     *
     * @param kind the kind in words for error messages, such as {@code "area id"}
     * @param value the identifier text; it is stored in Unicode normal form C
     * @throws ValidationException when the text is blank, too long or has characters outside the form
     */
    protected Identifier(String kind, String value) {
        requireNonNull(value, kind);
        if (plainAscii(value)) { // already in normal form C and of the right form: no regex for the common case
            this.value = value;
            return;
        }
        String normal = Normalizer.normalize(value, Normalizer.Form.NFC);
        boolean shortEnough = normal.length() <= MAX_LENGTH;
        boolean wellFormed = FORM.matcher(normal).matches();
        if (!shortEnough || !wellFormed) { // checked first so that valid ids (importers make thousands) cost little
            Problems.of(kind)
                    .require(shortEnough, "", "must be at most " + MAX_LENGTH + " characters", abbreviate(normal))
                    .require(wellFormed, "", "must be letters, digits and . _ : / - starting with a letter or digit",
                            abbreviate(normal))
                    .throwIfAny();
        }
        this.value = normal;
    }

    /** Whether a text is 1 to MAX_LENGTH ASCII letters, digits and . _ : / -, starting with a letter or digit. */
    private static boolean plainAscii(String value) {
        int n = value.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean alnum = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!alnum && (i == 0 || !(c == '.' || c == '_' || c == ':' || c == '/' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? "'" + value + "'" : "'" + value.substring(0, 40) + "…' (" + value.length() + " chars)";
    }

    /**
     * Returns the identifier's text.
     *
     * @return never null or blank
     */
    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((Identifier) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        // The class name, not Class.hashCode(): an identity hash would differ from run to run.
        return getClass().getName().hashCode() * 31 + value.hashCode();
    }

    /**
     * Orders by kind (class name) first, then by value, so that sorted output is deterministic.
     *
     * @param other the identifier to compare with
     * @return negative, zero or positive
     */
    @Override
    public final int compareTo(Identifier other) {
        int byKind = getClass().getName().compareTo(other.getClass().getName());
        return byKind != 0 ? byKind : value.compareTo(other.value);
    }

    /** Returns the value itself, so that identifiers read naturally in JShell and in messages. */
    @Override
    public final String toString() {
        return value;
    }
}
