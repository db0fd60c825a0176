package org.est4j.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActorKindTest {
    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    @ParameterizedTest
    @EnumSource(ActorKind.class)
    void everyKindHasDistinctNonBlankLabelsInBothLanguages(ActorKind kind) {
        assertThat(kind.label(SV)).isNotBlank();
        assertThat(kind.label(Locale.ENGLISH)).isNotBlank();
    }

    @Test
    void labelsAreUniqueWithinALanguage() {
        for (Locale locale : new Locale[] {SV, Locale.ENGLISH}) {
            assertThat(Arrays.stream(ActorKind.values()).map(k -> k.label(locale)).collect(Collectors.toSet()))
                    .hasSize(ActorKind.values().length);
        }
    }

    @Test
    void swedishForAnySwedishLocaleAndEnglishOtherwise() {
        assertThat(ActorKind.POLICE.label(SV)).isEqualTo("Polisen");
        assertThat(ActorKind.HOUSING_COMPANY.label(Locale.forLanguageTag("sv-FI"))).isEqualTo("Bostadsbolag");
        assertThat(ActorKind.RESCUE_SERVICE.label(Locale.forLanguageTag("sv"))).isEqualTo("Räddningstjänst");
        assertThat(ActorKind.RESCUE_SERVICE.label(Locale.ENGLISH)).isEqualTo("Rescue service");
        assertThat(ActorKind.RESCUE_SERVICE.label(Locale.GERMAN)).isEqualTo("Rescue service");
        assertThat(ActorKind.RESCUE_SERVICE.label(Locale.ROOT)).isEqualTo("Rescue service");
    }

    @Test
    void coversTheActorsMunicipalitiesName() {
        assertThat(ActorKind.values()).extracting(Enum::name).contains("MUNICIPAL_UNIT", "POLICE", "HOUSING_COMPANY",
                "SCHOOL", "RESCUE_SERVICE", "BUSINESS", "ASSOCIATION", "CHURCH", "PUBLIC_TRANSPORT",
                "SECURITY_COMPANY", "CITIZEN_GROUP", "OTHER");
        assertThat(ActorKind.values()[ActorKind.values().length - 1]).isEqualTo(ActorKind.OTHER);
    }

    @Test
    void rejectsNullLocale() {
        assertThatNullPointerException().isThrownBy(() -> ActorKind.POLICE.label(null)).withMessage("locale");
    }
}
