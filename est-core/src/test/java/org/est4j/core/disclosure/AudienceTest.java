package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudienceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GROUP,       GROUP,    EST-gruppen,       EST group",
        "PARTNERS,    PARTNERS, Samverkanspartner, Partners",
        "REPORTERS,   PARTNERS, Rapportörer,       Reporters",
        "POLITICIANS, PUBLIC,   Politiker,         Politicians",
        "PUBLIC,      PUBLIC,   Allmänheten,       The public"})
    void clearanceAndLabels(Audience audience, Visibility clearance, String sv, String en) {
        assertThat(audience.clearance()).isEqualTo(clearance);
        assertThat(audience.labelSv()).isEqualTo(sv);
        assertThat(audience.labelEn()).isEqualTo(en);
        assertThat(audience.label(Locale.forLanguageTag("sv-SE"))).isEqualTo(sv);
        assertThat(audience.label(Locale.ENGLISH)).isEqualTo(en);
    }
}
