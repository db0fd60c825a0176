package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void unchangedKeepsTheTextAndFoundNothing() {
        Redaction r = Redaction.unchanged("Klotter vid skolan");

        assertThat(r.text()).isEqualTo("Klotter vid skolan");
        assertThat(r.counts()).isEmpty();
        assertThat(r.total()).isZero();
        assertThat(r.found()).isFalse();
        assertThat(r.count(PersonalDataKind.PHONE_NUMBER)).isZero();
        assertThat(r).hasToString("Redaction[nothing found: \"Klotter vid skolan\"]");
    }

    @Test
    void countsAreByKindInKindOrderAndOnlyWhatWasFound() {
        Redaction r = Redaction.of("[telefon] [e-post] [telefon]", new int[] {0, 0, 2, 1});

        assertThat(r.counts()).containsExactly(Map.entry(PersonalDataKind.PHONE_NUMBER, 2),
                Map.entry(PersonalDataKind.EMAIL_ADDRESS, 1));
        assertThat(r.count(PersonalDataKind.PHONE_NUMBER)).isEqualTo(2);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.found()).isTrue();
        assertThat(r).hasToString("Redaction[PHONE_NUMBER=2, EMAIL_ADDRESS=1: \"[telefon] [e-post] [telefon]\"]");
        assertThatThrownBy(() -> r.counts().put(PersonalDataKind.IDENTITY_NUMBER, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringCutsALongText() {
        assertThat(Redaction.unchanged("x".repeat(100)).toString()).endsWith("x".repeat(60) + "…\"]");
    }

    @Test
    void equalsComparesTextAndCounts() {
        new EqualsTester()
                .addEqualityGroup(Redaction.unchanged("a"), Redaction.of("a", new int[4]))
                .addEqualityGroup(Redaction.unchanged("b"))
                .addEqualityGroup(Redaction.of("a", new int[] {1, 0, 0, 0}))
                .addEqualityGroup(Redaction.of("a", new int[] {0, 1, 0, 0}))
                .testEquals();
    }
}
