package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A kind of personal data that a {@link Redactor} finds in free text and replaces with a token.
 *
 * <table>
 *   <caption>Kinds and their default tokens</caption>
 *   <tr><th>kind</th><th>Swedish token</th><th>English token</th></tr>
 *   <tr><td>{@link #IDENTITY_NUMBER}</td><td>{@code [personnummer]}</td><td>{@code [id number]}</td></tr>
 *   <tr><td>{@link #POSSIBLE_IDENTITY_NUMBER}</td><td>{@code [personnummer]}</td><td>{@code [id number]}</td></tr>
 *   <tr><td>{@link #PHONE_NUMBER}</td><td>{@code [telefon]}</td><td>{@code [phone]}</td></tr>
 *   <tr><td>{@link #EMAIL_ADDRESS}</td><td>{@code [e-post]}</td><td>{@code [e-mail]}</td></tr>
 * </table>
 *
 * <p>A possible identity number gets the same token as a valid one: the reader of a redacted text has no use for
 * the difference, the group's statistics of what was redacted ({@link Redaction#counts()}) do.
 */
public enum PersonalDataKind {
    /**
     * A Swedish personal identity number (<i>personnummer</i>) or coordination number (<i>samordningsnummer</i>,
     * day of birth + 60) with a valid date and a valid check digit (Luhn), in any of its written forms.
     */
    IDENTITY_NUMBER("personnummer", "identity number", "[personnummer]", "[id number]"),
    /**
     * A number written like a personal identity number with a valid date whose check digit does not match: most
     * often a real number typed with one wrong digit, which still points at one person, so it is redacted too.
     */
    POSSIBLE_IDENTITY_NUMBER("möjligt personnummer", "possible identity number", "[personnummer]", "[id number]"),
    /** A Swedish phone number (national or with +46/0046) or an international one written with + or 00. */
    PHONE_NUMBER("telefonnummer", "phone number", "[telefon]", "[phone]"),
    /** An e-mail address. */
    EMAIL_ADDRESS("e-postadress", "e-mail address", "[e-post]", "[e-mail]");

    private final String labelSv;
    private final String labelEn;
    private final String tokenSv;
    private final String tokenEn;

    PersonalDataKind(String labelSv, String labelEn, String tokenSv, String tokenEn) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
        this.tokenSv = tokenSv;
        this.tokenEn = tokenEn;
    }

    /**
     * Returns the Swedish label.
     *
     * @return such as {@code "telefonnummer"}
     */
    public String labelSv() {
        return labelSv;
    }

    /**
     * Returns the English label.
     *
     * @return such as {@code "phone number"}
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Returns the label for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #labelSv()} or {@link #labelEn()}
     */
    public String label(Locale locale) {
        return isSwedish(locale) ? labelSv : labelEn;
    }

    /**
     * Returns the default token that replaces data of this kind in a text for a reader.
     *
     * @param locale the reader's locale: Swedish tokens for a Swedish locale, English for any other
     * @return such as {@code "[telefon]"} or {@code "[phone]"}
     */
    public String defaultToken(Locale locale) {
        return isSwedish(locale) ? tokenSv : tokenEn;
    }

    static boolean isSwedish(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage());
    }
}
