package org.est4j.core.area;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link AreaLevel}. */
class AreaLevelTest {

    static Stream<Object[]> wellKnown() {
        return Stream.of(
                new Object[] {AreaLevel.COUNTY, "lan", "län", "county"},
                new Object[] {AreaLevel.MUNICIPALITY, "kommun", "kommun", "municipality"},
                new Object[] {AreaLevel.LOCALITY, "tatort", "tätort", "locality"},
                new Object[] {AreaLevel.DISTRICT, "stadsdel", "stadsdel", "district"},
                new Object[] {AreaLevel.NEIGHBOURHOOD, "omrade", "område", "neighbourhood"},
                new Object[] {AreaLevel.PLACE, "plats", "plats", "place"},
                new Object[] {AreaLevel.DESO, "deso", "DeSO", "DeSO"},
                new Object[] {AreaLevel.REGSO, "regso", "RegSO", "RegSO"});
    }

    @ParameterizedTest
    @MethodSource("wellKnown")
    void wellKnownLevelsHaveTheirCodesAndLabels(AreaLevel level, String code, String sv, String en) {
        assertThat(level.code()).isEqualTo(code);
        assertThat(level).hasToString(code);
        assertThat(AreaLevel.of(code)).isSameAs(level);
        assertThat(AreaLevel.of(code.toUpperCase(Locale.ROOT))).isSameAs(level);
        assertThat(level.isWellKnown()).isTrue();
        assertThat(level.displayName(Locale.forLanguageTag("sv-SE"))).isEqualTo(sv);
        assertThat(level.displayName(Locale.ENGLISH)).isEqualTo(en);
        assertThat(level.displayName(Locale.GERMAN)).isEqualTo(en);
    }

    @Test
    void anyOtherLevelIsData() {
        AreaLevel polis = AreaLevel.of("lokalpolisområde");
        assertThat(polis.code()).isEqualTo("lokalpolisområde");
        assertThat(polis.isWellKnown()).isFalse();
        assertThat(polis.displayName(Locale.ENGLISH)).isEqualTo("lokalpolisområde");
        assertThat(AreaLevel.of("Kvarter_2").code()).isEqualTo("kvarter_2");
        assertThat(AreaLevel.of("x").code()).isEqualTo("x");
        assertThat(AreaLevel.of("a".repeat(AreaLevel.MAX_LENGTH)).code()).hasSize(AreaLevel.MAX_LENGTH);
        assertThat(AreaLevel.of("Omra\u0308de")).isEqualTo(AreaLevel.of("omräde")); // NFC
    }

    static Stream<String> invalid() {
        return Stream.of("", " ", "1kommun", "_x", "-x", "kommun ", "två ord", "a.b", "a/b",
                "a".repeat(AreaLevel.MAX_LENGTH + 1));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsCodesOutsideTheForm(String code) {
        assertThatThrownBy(() -> AreaLevel.of(code))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Invalid area level")
                .hasMessageContaining("code:");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> AreaLevel.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> AreaLevel.PLACE.displayName(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityIsByCodeIgnoringCase() {
        new EqualsTester()
                .addEqualityGroup(AreaLevel.MUNICIPALITY, AreaLevel.of("kommun"), AreaLevel.of("KOMMUN"))
                .addEqualityGroup(AreaLevel.of("kvarter"), AreaLevel.of("Kvarter"))
                .addEqualityGroup(AreaLevel.PLACE)
                .testEquals();
    }

    @Test
    void sortsAlphabeticallyByCode() {
        List<AreaLevel> levels = new ArrayList<>(List.of(AreaLevel.PLACE, AreaLevel.MUNICIPALITY, AreaLevel.COUNTY,
                AreaLevel.of("kvarter")));
        levels.sort(null);
        assertThat(levels).extracting(AreaLevel::code).containsExactly("kommun", "kvarter", "lan", "plats");
    }

    @Test
    void wellKnownLevelsStayUniqueAfterSerialization() throws Exception {
        assertThat(roundTrip(AreaLevel.DESO)).isSameAs(AreaLevel.DESO);
        assertThat(roundTrip(AreaLevel.of("kvarter"))).isEqualTo(AreaLevel.of("kvarter"));
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
