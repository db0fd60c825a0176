package org.est4j.io.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text helpers shared by the importers and loaders: white space, case-insensitive keys and ASCII slugs.
 *
 * <p>Matching of names never folds å, ä and ö: Håbo and Habo are two municipalities.
 */
public final class Text {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Text() {}

    /**
     * Trims a text and makes every run of white space (no-break spaces too) one space.
     *
     * @param text the text
     * @return the tidied text, in Unicode normal form C
     */
    public static String tidy(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /**
     * Returns the key two names are compared by: tidied and in lower case; letters keep their marks.
     *
     * @param text the name
     * @return the key
     */
    public static String key(String text) {
        return tidy(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Returns an ASCII slug: lower case, marks dropped (å → a, é → e), every run of other characters one
     * {@code -}, none at either end. {@code "Misshandel, grov"} gives {@code misshandel-grov}.
     *
     * @param text the text
     * @return the slug, possibly empty
     */
    public static String slug(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String slug = NOT_SLUG.matcher(folded).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    /**
     * Cuts a text for a message.
     *
     * @param text the text
     * @param max the most characters kept
     * @return the text, or its start and an ellipsis
     */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
