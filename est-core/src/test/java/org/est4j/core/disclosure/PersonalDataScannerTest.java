package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of the scanner behind {@link Redactor#swedish()}, one step on either side of each rule (found by
 * mutation testing: these are the boundaries that no other test pinned): dates of birth and samordningsnummer,
 * the lengths of national and international phone numbers, opening hours and dates that are not phone numbers,
 * the characters that count as a dash or a space, and what a number may follow.
 */
class PersonalDataScannerTest {
    private static final Redactor SV = Redactor.swedish();

    static Stream<Arguments> dates() {
        // century (-1: none), yy, month, dd, valid
        return Stream.of(
                Arguments.of(-1, 80, 0, 10, false), Arguments.of(-1, 80, 1, 10, true),
                Arguments.of(-1, 80, 12, 10, true), Arguments.of(-1, 80, 13, 10, false),
                Arguments.of(-1, 80, 5, 0, false), Arguments.of(-1, 80, 5, 1, true),
                Arguments.of(-1, 80, 5, 31, true), Arguments.of(-1, 80, 6, 31, false),
                Arguments.of(-1, 80, 6, 30, true), Arguments.of(-1, 80, 5, 32, false),
                Arguments.of(-1, 80, 5, 60, false), Arguments.of(-1, 80, 5, 61, true),
                Arguments.of(-1, 80, 5, 91, true), Arguments.of(-1, 80, 5, 92, false),
                Arguments.of(-1, 80, 6, 91, false), Arguments.of(-1, 80, 2, 29, true),
                Arguments.of(-1, 81, 2, 29, false), Arguments.of(-1, 81, 2, 28, true),
                Arguments.of(-1, 0, 2, 29, true), Arguments.of(19, 0, 2, 29, false),
                Arguments.of(20, 0, 2, 29, true), Arguments.of(19, 4, 2, 29, true),
                Arguments.of(19, 4, 2, 30, false), Arguments.of(19, 81, 2, 89, false),
                Arguments.of(19, 80, 2, 89, true), Arguments.of(20, 1, 12, 31, true));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void aDateOfBirthIsAValidDayOfAValidMonthOrThatDayPlus60(int century, int yy, int month, int dd,
            boolean valid) {
        assertThat(PersonalDataScanner.isValidDate(century, yy, month, dd)).isEqualTo(valid);
    }

    static Stream<Arguments> texts() {
        // text, what the Swedish redactor leaves
        return Stream.of(
                // national numbers: a 0 and 8 to 10 digits in all
                Arguments.of("ring 0701234567 nu", "ring [telefon] nu"),
                Arguments.of("ring 070123456 nu", "ring [telefon] nu"),
                Arguments.of("ring 07012345 nu", "ring [telefon] nu"),
                Arguments.of("ring 0701234 nu", "ring 0701234 nu"),
                Arguments.of("ring 07012345678 nu", "ring 07012345678 nu"),
                Arguments.of("ring 070-123 45 67 nu", "ring [telefon] nu"),
                Arguments.of("ring 08-123 456 78 nu", "ring [telefon] nu"),
                Arguments.of("ring 07-123 456 78 nu", "ring 07-123 456 78 nu"),
                Arguments.of("ring 019 - 12 34 56 nu", "ring [telefon] nu"),
                Arguments.of("ring 070-023 45 67 nu", "ring 070-023 45 67 nu"),
                Arguments.of("ring (08) 123 456 78", "ring [telefon]"),
                // international: +46 and a Swedish number of 7 to 9 digits, or 8 to 15 digits in all
                Arguments.of("ring +46 70 123 45 67", "ring [telefon]"),
                Arguments.of("ring +46 070-123 45 67", "ring [telefon]"),
                Arguments.of("ring +46 8 123 456", "ring [telefon]"),
                Arguments.of("ring +46 8 123 45", "ring +46 8 123 45"),
                Arguments.of("ring +46 70 123 45 678", "ring [telefon] 678"),
                Arguments.of("ring +1 202 555 0100", "ring [telefon]"),
                Arguments.of("ring +12 345 678", "ring [telefon]"),
                Arguments.of("ring +12 345 67", "ring +12 345 67"),
                Arguments.of("ring +123456789012345 nu", "ring [telefon] nu"),
                Arguments.of("ring 0046 70 123 45 67", "ring [telefon]"),
                // opening hours and dates are not phone numbers
                Arguments.of("öppet 0800-1700", "öppet 0800-1700"),
                Arguments.of("öppet 0000-2359", "öppet 0000-2359"),
                Arguments.of("den 08-12-2026", "den 08-12-2026"),
                Arguments.of("den 08-01-1999", "den 08-01-1999"),
                Arguments.of("ring 070-123 45 67 2026-11-18", "ring [telefon] 2026-11-18"),
                Arguments.of("ring 070-123 45 67 1999-11-18", "ring [telefon] 1999-11-18"),
                // a number does not continue another
                Arguments.of("nr 12-070 123 45 67", "nr 12-070 123 45 67"),
                Arguments.of("nr 3.0701234567", "nr 3.0701234567"),
                Arguments.of("kl 1:0701234567", "kl 1:0701234567"),
                Arguments.of("a,0701234567", "a,[telefon]"),
                // dashes and spaces
                Arguments.of("pnr 121212\u20101212", "pnr [personnummer]"),
                Arguments.of("pnr 121212\u20141212", "pnr [personnummer]"),
                Arguments.of("pnr 121212\u22121212", "pnr [personnummer]"),
                Arguments.of("pnr 121212\u20151212", "pnr 121212\u20151212"),
                Arguments.of("pnr 121212 1212", "pnr [personnummer]"),
                Arguments.of("pnr 121212\u00a01212", "pnr [personnummer]"),
                Arguments.of("pnr 19121212-1212", "pnr [personnummer]"),
                Arguments.of("pnr 121272-1219", "pnr [personnummer]"),
                // e-mail: a local part before the @, a domain after it
                Arguments.of("skriv till a@example.se", "skriv till [e-post]"),
                Arguments.of("skriv till @example.se", "skriv till @example.se"),
                Arguments.of("a.b+c@example.se och d@example.se", "[e-post] och [e-post]"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void eachRuleStopsExactlyAtItsEdge(String text, String redacted) {
        assertThat(SV.redact(text).text()).isEqualTo(redacted);
    }

    @Test
    void dashesAreTheUnicodeHyphensAndDashesUpToTheEmDashAndTheMinusSign() {
        assertThat(PersonalDataScanner.isDash('-')).isTrue();
        assertThat(PersonalDataScanner.isDash('\u2010')).isTrue();
        assertThat(PersonalDataScanner.isDash('\u2014')).isTrue();
        assertThat(PersonalDataScanner.isDash('\u2212')).isTrue();
        assertThat(PersonalDataScanner.isDash('\u200F')).isFalse();
        assertThat(PersonalDataScanner.isDash('\u2015')).isFalse();
        assertThat(PersonalDataScanner.isDash('+')).isFalse();
        assertThat(PersonalDataScanner.isSpace('\u202F')).isTrue();
        assertThat(PersonalDataScanner.isSpace('\u2009')).isTrue();
        assertThat(PersonalDataScanner.isSpace('\t')).isFalse();
    }
}
