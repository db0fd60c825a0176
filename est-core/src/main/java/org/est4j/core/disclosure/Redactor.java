package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.est4j.core.disclosure.PersonalDataScanner.Found;

/**
 * Replaces personal data in free text with tokens such as {@code [personnummer]}, {@code [telefon]} and
 * {@code [e-post]}, so that an observation's description can leave the EST group.
 *
 * <pre>{@code
 * Redactor.swedish().redact("Ring Kalle 070-123 45 67, pnr 19121212-1212, kalle@example.se").text();
 * // "Ring Kalle [telefon], pnr [personnummer], [e-post]"
 * }</pre>
 *
 * <h2>What is found</h2>
 * <ul>
 *   <li><b>Identity numbers</b> ({@link PersonalDataKind#IDENTITY_NUMBER}): Swedish <i>personnummer</i> and
 *       <i>samordningsnummer</i> (day + 60) written {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN} (100 years or
 *       older), {@code YYMMDDNNNN}, {@code YYYYMMDDNNNN} or {@code YYYYMMDD-NNNN}, whose date is valid (a
 *       12-digit form in the 1800s, 1900s or 2000s; a 10-digit form in any century) and whose check digit passes
 *       the Luhn test on the 10-digit form. The dash may be any Unicode hyphen or dash or the minus sign, with
 *       one space before or after it; {@code YYMMDD NNNN} and {@code YYYYMMDD NNNN} with one space are found too.
 *   <li><b>Possible identity numbers</b> ({@link PersonalDataKind#POSSIBLE_IDENTITY_NUMBER}): the same forms
 *       without whitespace, with a valid date but a check digit that does not match. A personnummer typed with
 *       one wrong digit still points at one person; redacting it costs the occasional order number or compact
 *       time stamp ({@code 202611181430}), which is the better mistake. Two exceptions keep false alarms down: a
 *       form with a space must pass the Luhn test ("{@code 261118 1430}" is more often a date and a time), and a
 *       10-digit run starting with 0 and another digit is left to the phone rule (it is most often a mobile
 *       number), as is a run of 10 or 12 digits right after a {@code +} ({@code +4611010000}).
 *   <li><b>Phone numbers</b> ({@link PersonalDataKind#PHONE_NUMBER}): national Swedish numbers, a 0 and 8 to 10
 *       digits in all, written in one run ({@code 0701234567}) or in groups separated by one space or a dash
 *       (a dash with spaces around it only after the area code: {@code 019 - 12 34 56}) ({@code 070-123 45 67}, {@code 08-123 456 78}, {@code 0152-123 45}, {@code (08) 123 456 78}); a first
 *       group of two digits must be {@code 08} (the only two-digit area code) and the number after the area code
 *       does not start with 0. Numbers with {@code +46} or {@code 0046} ({@code +46 70 123 45 67},
 *       {@code +46 (0)70-123 45 67}) and other international numbers, {@code +} or {@code 00}, a country code and
 *       8 to 15 digits in all. A phone number never starts right after a digit, nor after a digit and one of
 *       {@code - . / , : +}, so dates (2026-01-08), times (08:30), years, amounts (150 000 kr) and counts
 *       (12 st) stay; neither are opening hours {@code 0800-1700} and dates {@code 08-12-2026}. When one more
 *       group of digits follows a number after one space or dash, the longest reading that is a valid number is
 *       taken, so the group may be redacted with it.
 *   <li><b>E-mail addresses</b> ({@link PersonalDataKind#EMAIL_ADDRESS}): a local part of letters, digits and
 *       {@code . _ % + -}, an {@code @}, and two or more domain labels of which the last contains a letter
 *       (Unicode letters included). Letters glued to the front of an address are part of its local part and are
 *       redacted with it; addresses glued to each other are redacted as one.
 * </ul>
 *
 * <h2>Where it is found</h2>
 * Anywhere: at the start or end of the text, between words, after or before any punctuation, and glued to
 * letters ({@code pnr:199001011234,} and {@code tel0701234567}). A run of digits glued to further digits is a
 * different, longer number and is not taken apart: {@code 1199001011234} is not an identity number. Only ASCII
 * digits are read.
 *
 * <h2>What is not found</h2>
 * Names (no rule tells a name from a place or a word: <i>Rosa</i>, <i>Hagalund</i>), street addresses, car
 * registration numbers, social-media handles, addresses written to dodge robots ({@code kalle (at) example.se}),
 * numbers written with digits of other scripts, and phone numbers split in unusual ways. Free text that may hold
 * them must be read by a person before it is published; redaction lowers that risk, it does not remove it.
 *
 * <h2>Guarantees</h2>
 * Replacement is deterministic: the same text always gives the same result. E-mail addresses are replaced
 * first, then identity numbers, then phone numbers, and the three passes are repeated until nothing more is
 * found, so that {@code redact(redact(t).text())} finds nothing. Tokens contain no digits and no {@code @}, so a
 * token never forms personal data with its neighbours. The {@link Redaction} says how many items of each kind
 * were replaced, never what they were.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Redactor {
    private static final PersonalDataKind[] KINDS = PersonalDataKind.values();
    private static final List<Function<CharSequence, List<Found>>> PASSES = List.of(
            PersonalDataScanner::emailAddresses, PersonalDataScanner::identityNumbers,
            PersonalDataScanner::phoneNumbers);
    private static final Redactor SWEDISH = new Redactor(defaultTokens(Locale.forLanguageTag("sv")));
    private static final Redactor ENGLISH = new Redactor(defaultTokens(Locale.ENGLISH));

    /** Indexed by kind ordinal. */
    private final String[] tokens;

    private Redactor(String[] tokens) {
        this.tokens = tokens;
    }

    private static String[] defaultTokens(Locale locale) {
        String[] tokens = new String[KINDS.length];
        for (PersonalDataKind kind : KINDS) {
            tokens[kind.ordinal()] = kind.defaultToken(locale);
        }
        return tokens;
    }

    /**
     * Returns the redactor with Swedish tokens: {@code [personnummer]}, {@code [telefon]}, {@code [e-post]}.
     *
     * @return the Swedish redactor
     */
    public static Redactor swedish() {
        return SWEDISH;
    }

    /**
     * Returns the redactor with English tokens: {@code [id number]}, {@code [phone]}, {@code [e-mail]}.
     *
     * @return the English redactor
     */
    public static Redactor english() {
        return ENGLISH;
    }

    /**
     * Returns the redactor with the tokens of a reader's language: Swedish for a Swedish locale, English for any
     * other.
     *
     * @param locale the reader's locale
     * @return {@link #swedish()} or {@link #english()}
     */
    public static Redactor forLocale(Locale locale) {
        return PersonalDataKind.isSwedish(locale) ? SWEDISH : ENGLISH;
    }

    /**
     * Returns a redactor that replaces one kind with another token.
     *
     * @param kind the kind
     * @param token the replacement, such as {@code "█"} or {@code "[nummer borttaget]"}: not blank, and without
     *     digits or {@code @}, so that it never forms personal data with the text around it
     * @return a redactor with that token and this one's other tokens
     * @throws IllegalArgumentException when the token is blank or contains a digit or {@code @}
     */
    public Redactor withToken(PersonalDataKind kind, String token) {
        requireNonNull(kind, "kind");
        requireNonNull(token, "token");
        if (token.isBlank() || token.chars().anyMatch(c -> Character.isDigit(c) || c == '@')) {
            throw new IllegalArgumentException("A redaction token must not be blank and must contain no digits and"
                    + " no '@', so that it can never form personal data with the text around it; was '" + token + "'");
        }
        String[] copy = tokens.clone();
        copy[kind.ordinal()] = token;
        return new Redactor(copy);
    }

    /**
     * Returns the token that replaces a kind.
     *
     * @param kind the kind
     * @return such as {@code "[telefon]"}
     */
    public String token(PersonalDataKind kind) {
        return tokens[requireNonNull(kind, "kind").ordinal()];
    }

    /**
     * Returns every kind's token.
     *
     * @return an unmodifiable map in the order of {@link PersonalDataKind}
     */
    public Map<PersonalDataKind, String> tokens() {
        Map<PersonalDataKind, String> map = new EnumMap<>(PersonalDataKind.class);
        for (PersonalDataKind kind : KINDS) {
            map.put(kind, tokens[kind.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Replaces the personal data in a text with tokens.
     *
     * @param text free text, such as an observation's description
     * @return the redacted text and how many items of each kind were replaced
     */
    public Redaction redact(String text) {
        requireNonNull(text, "text");
        int[] counts = new int[KINDS.length];
        String current = text;
        boolean changed = true;
        while (changed) { // ends: every replacement removes an '@' or at least 7 digits and adds neither
            changed = false;
            for (Function<CharSequence, List<Found>> pass : PASSES) {
                List<Found> found = pass.apply(current);
                if (!found.isEmpty()) {
                    current = replace(current, found, counts);
                    changed = true;
                }
            }
        }
        return Redaction.of(current, counts);
    }

    private String replace(String text, List<Found> found, int[] counts) {
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Found f : found) {
            b.append(text, at, f.start()).append(tokens[f.kind().ordinal()]);
            counts[f.kind().ordinal()]++;
            at = f.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Redactor && Arrays.equals(((Redactor) other).tokens, tokens);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }

    /** Returns {@code Redactor[IDENTITY_NUMBER=[personnummer], …]}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "Redactor[", "]");
        for (PersonalDataKind kind : KINDS) {
            j.add(kind + "=" + tokens[kind.ordinal()]);
        }
        return j.toString();
    }
}
