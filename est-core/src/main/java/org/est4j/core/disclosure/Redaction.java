package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The result of redacting one text: the redacted text and how many items of each {@link PersonalDataKind} were
 * replaced. It never holds the values that were found, so it may be logged and kept with the report.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Redaction {
    private static final PersonalDataKind[] KINDS = PersonalDataKind.values();
    private static final int SHOWN_CHARS = 60;

    private final String text;
    private final int[] counts;

    private Redaction(String text, int[] counts) {
        this.text = text;
        this.counts = counts;
    }

    /**
     * Returns a redaction that found nothing: the text as it is.
     *
     * @param text the text
     * @return a redaction whose {@link #text()} is the text and whose counts are all zero
     */
    public static Redaction unchanged(String text) {
        return new Redaction(requireNonNull(text, "text"), new int[KINDS.length]);
    }

    /** Creates a redaction; {@code counts} is indexed by ordinal and taken over, not copied. */
    static Redaction of(String text, int[] counts) {
        return new Redaction(text, counts);
    }

    /**
     * Returns the redacted text: each item found is replaced by its kind's token.
     *
     * @return never null
     */
    public String text() {
        return text;
    }

    /**
     * Returns how many items of a kind were replaced.
     *
     * @param kind the kind
     * @return 0 or more
     */
    public int count(PersonalDataKind kind) {
        return counts[requireNonNull(kind, "kind").ordinal()];
    }

    /**
     * Returns the kinds found and how many of each.
     *
     * @return an unmodifiable map in the order of {@link PersonalDataKind}, holding only kinds found at least once
     */
    public Map<PersonalDataKind, Integer> counts() {
        Map<PersonalDataKind, Integer> found = new EnumMap<>(PersonalDataKind.class);
        for (PersonalDataKind kind : KINDS) {
            if (counts[kind.ordinal()] > 0) {
                found.put(kind, counts[kind.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * Returns how many items were replaced in all.
     *
     * @return 0 or more
     */
    public int total() {
        return Arrays.stream(counts).sum();
    }

    /**
     * Tells whether anything was replaced.
     *
     * @return true when {@link #total()} is above 0
     */
    public boolean found() {
        return total() > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Redaction && ((Redaction) other).text.equals(text)
                && Arrays.equals(((Redaction) other).counts, counts);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(counts);
    }

    /**
     * Returns {@code Redaction[IDENTITY_NUMBER=1, PHONE_NUMBER=2: "the text…"]}, the text cut after 60 characters,
     * or {@code Redaction[nothing found: "…"]}.
     */
    @Override
    public String toString() {
        StringJoiner found = new StringJoiner(", ");
        counts().forEach((kind, n) -> found.add(kind + "=" + n));
        String shown = text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
        return "Redaction[" + (found.length() == 0 ? "nothing found" : found.toString()) + ": \"" + shown + "\"]";
    }
}
