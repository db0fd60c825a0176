package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisclosureTest {
    private static final String TEXT = "Kalle 19121212-1212 ringde från 070-123 45 67 kl 14:30";

    @ParameterizedTest
    @EnumSource(Audience.class)
    void followsTheAudiencesDefaultPolicy(Audience audience) {
        Disclosure d = Disclosure.forAudience(audience);
        DisclosurePolicy p = DisclosurePolicy.forAudience(audience);

        assertThat(d.policy()).isEqualTo(p);
        for (Visibility v : Visibility.values()) {
            assertThat(d.allows(v)).isEqualTo(p.allows(v));
        }
        assertThat(d.isSuppressed(2)).isEqualTo(p.isSuppressed(2));
        assertThat(d.redactor()).isEqualTo(Redactor.swedish());
    }

    @Test
    void theGroupReadsTextAsItIsOthersRedacted() {
        assertThat(Disclosure.forAudience(Audience.GROUP).redact(TEXT)).isEqualTo(TEXT);
        assertThat(Disclosure.forAudience(Audience.GROUP).redaction(TEXT)).isEqualTo(Redaction.unchanged(TEXT));
        assertThat(Disclosure.forAudience(Audience.PARTNERS).redact(TEXT))
                .isEqualTo("Kalle [personnummer] ringde från [telefon] kl 14:30");
        assertThat(Disclosure.forAudience(Audience.PUBLIC).redaction(TEXT).counts())
                .isEqualTo(Map.of(PersonalDataKind.IDENTITY_NUMBER, 1, PersonalDataKind.PHONE_NUMBER, 1));
        assertThat(Disclosure.of(DisclosurePolicy.builder().audience(Audience.GROUP).redactPersonalData(true).build())
                .redact(TEXT)).isEqualTo("Kalle [personnummer] ringde från [telefon] kl 14:30");
        assertThat(Disclosure.of(DisclosurePolicy.forAudience(Audience.PUBLIC), Redactor.english()).redact(TEXT))
                .isEqualTo("Kalle [id number] ringde från [phone] kl 14:30");
    }

    @Test
    void visibleKeepsWhatTheAudienceMaySeeInOrder() {
        List<Visibility> items = Arrays.asList(Visibility.PUBLIC, Visibility.GROUP, Visibility.PARTNERS,
                Visibility.PUBLIC);

        assertThat(Disclosure.forAudience(Audience.PUBLIC).visible(items, v -> v))
                .containsExactly(Visibility.PUBLIC, Visibility.PUBLIC);
        assertThat(Disclosure.forAudience(Audience.REPORTERS).visible(items, v -> v))
                .containsExactly(Visibility.PUBLIC, Visibility.PARTNERS, Visibility.PUBLIC);
        assertThat(Disclosure.forAudience(Audience.GROUP).visible(items, v -> v)).isEqualTo(items);
        assertThatThrownBy(() -> Disclosure.forAudience(Audience.GROUP).visible(List.of("x"), s -> null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("visibility of x");
    }

    @Test
    void suppressUsesThePolicysMinimumCount() {
        CountTable<String, String> counts = SuppressedTableTest.threeByThree();

        assertThat(Disclosure.forAudience(Audience.PUBLIC).suppress(counts)).isEqualTo(counts.suppress(3));
        assertThat(Disclosure.forAudience(Audience.PARTNERS).suppress(counts).suppressedCells()).isEmpty();
        assertThat(Disclosure.of(DisclosurePolicy.builder().audience(Audience.PUBLIC).minimumCount(5).build())
                .suppress(counts).minimumCount()).isEqualTo(5);
    }

    @Test
    void nullsAreRejectedByName() {
        Disclosure d = Disclosure.forAudience(Audience.PUBLIC);

        assertThatThrownBy(() -> d.redact(null)).hasMessage("text");
        assertThatThrownBy(() -> d.suppress(null)).hasMessage("table");
        assertThatThrownBy(() -> Disclosure.of(null)).hasMessage("policy");
        assertThatThrownBy(() -> Disclosure.of(d.policy(), null)).hasMessage("redactor");
    }

    @Test
    void equalsComparesPolicyAndRedactor() {
        new EqualsTester()
                .addEqualityGroup(Disclosure.forAudience(Audience.PUBLIC),
                        Disclosure.of(DisclosurePolicy.forAudience(Audience.PUBLIC), Redactor.swedish()))
                .addEqualityGroup(Disclosure.forAudience(Audience.POLITICIANS))
                .addEqualityGroup(Disclosure.of(DisclosurePolicy.forAudience(Audience.PUBLIC), Redactor.english()))
                .testEquals();
        assertThat(Disclosure.forAudience(Audience.PUBLIC).toString())
                .startsWith("Disclosure[DisclosurePolicy for PUBLIC: clearance PUBLIC, minimum count 3")
                .contains("Redactor[");
    }
}
