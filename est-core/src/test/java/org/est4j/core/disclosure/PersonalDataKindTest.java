package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataKindTest {
    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "IDENTITY_NUMBER          | personnummer         | identity number          | [personnummer] | [id number]",
        "POSSIBLE_IDENTITY_NUMBER | möjligt personnummer | possible identity number | [personnummer] | [id number]",
        "PHONE_NUMBER             | telefonnummer        | phone number             | [telefon]      | [phone]",
        "EMAIL_ADDRESS            | e-postadress         | e-mail address           | [e-post]       | [e-mail]"})
    void labelsAndTokens(PersonalDataKind kind, String labelSv, String labelEn, String tokenSv, String tokenEn) {
        assertThat(kind.labelSv()).isEqualTo(labelSv);
        assertThat(kind.labelEn()).isEqualTo(labelEn);
        assertThat(kind.label(SV)).isEqualTo(labelSv);
        assertThat(kind.label(Locale.UK)).isEqualTo(labelEn);
        assertThat(kind.defaultToken(SV)).isEqualTo(tokenSv);
        assertThat(kind.defaultToken(Locale.ENGLISH)).isEqualTo(tokenEn);
        assertThat(kind.defaultToken(Locale.FRENCH)).as("any other language reads English").isEqualTo(tokenEn);
        assertThat(tokenSv + tokenEn).as("tokens never form personal data").doesNotContainPattern("[0-9@]");
    }
}
