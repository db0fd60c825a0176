package org.est4j.core.assessment;

import java.util.regex.Pattern;

/** The form of the short codes of this package (scale ids, level codes, model ids): that of an identifier. */
final class Codes {
    /** Letters, digits and {@code . _ : / -}, starting with a letter or digit, as {@link org.est4j.core.Identifier}. */
    static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/\\-]{0,127}");

    /** The rule in words, for problem messages. */
    static final String RULE = "must be 1 to 128 letters, digits and . _ : / - starting with a letter or digit";

    private Codes() {}

    /** Tells whether a text is a well-formed code; null is not. */
    static boolean isCode(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** Tells whether a text is null (reported elsewhere as missing) or not blank. */
    static boolean nullOrNotBlank(String text) {
        return text == null || !text.isBlank();
    }

    /** Quotes a text for a problem message, keeping null as null. */
    static String quoted(String text) {
        return text == null ? null : "'" + text + "'";
    }
}
