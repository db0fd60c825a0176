package org.est4j.core.measure;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureTypeTest {

    static Stream<Arguments> builtIns() {
        return Stream.of(
                Arguments.of(MeasureType.LIGHTING, "lighting", "Belysning", "Lighting"),
                Arguments.of(MeasureType.GRAFFITI_REMOVAL, "graffiti-removal", "Klottersanering", "Graffiti removal"),
                Arguments.of(MeasureType.CLEANING, "cleaning", "Städning", "Cleaning"),
                Arguments.of(MeasureType.VEGETATION, "vegetation", "Röjning av växtlighet", "Vegetation clearance"),
                Arguments.of(MeasureType.GUARDS, "guards", "Väktare och ordningsvakter", "Guards"),
                Arguments.of(MeasureType.POLICE_PRESENCE, "police-presence", "Polisnärvaro", "Police presence"),
                Arguments.of(MeasureType.FIELD_WORKERS, "field-workers", "Fältarbetare", "Field workers"),
                Arguments.of(MeasureType.NIGHT_WALKERS, "night-walkers", "Nattvandrare", "Night walkers"),
                Arguments.of(MeasureType.DIALOGUE, "dialogue", "Dialog", "Dialogue"),
                Arguments.of(MeasureType.CAMERAS, "cameras", "Kamerabevakning", "Camera surveillance"),
                Arguments.of(MeasureType.OTHER, "other", "Övrigt", "Other"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("builtIns")
    void builtInHasCodeAndLabelsAndIsFoundByCode(MeasureType type, String code, String sv, String en) {
        assertThat(type.code()).isEqualTo(code);
        assertThat(type.labelSv()).isEqualTo(sv);
        assertThat(type.labelEn()).isEqualTo(en);
        assertThat(type.label(Locale.forLanguageTag("sv"))).isEqualTo(sv);
        assertThat(type.label(Locale.ENGLISH)).isEqualTo(en);
        assertThat(type.isBuiltIn()).isTrue();
        assertThat(type).hasToString(code);
        assertThat(MeasureType.of(code)).isSameAs(type);
        assertThat(MeasureType.of(code, sv, en)).isSameAs(type);
    }

    @Test
    void builtInsAreTheElevenConstantsInOrder() {
        assertThat(MeasureType.builtIns()).containsExactlyElementsOf(
                builtIns().map(a -> (MeasureType) a.get()[0]).collect(java.util.stream.Collectors.toList()));
        assertThatThrownBy(() -> MeasureType.builtIns().add(MeasureType.OTHER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ownCodeWithoutLabelsUsesTheCodeAsLabels() {
        MeasureType walk = MeasureType.of("trygghetsvandring");

        assertThat(walk.code()).isEqualTo("trygghetsvandring");
        assertThat(walk.labelSv()).isEqualTo("trygghetsvandring");
        assertThat(walk.labelEn()).isEqualTo("trygghetsvandring");
        assertThat(walk.isBuiltIn()).isFalse();
    }

    @Test
    void ownCodeWithLabels() {
        MeasureType walk = MeasureType.of("safety-walk", "Trygghetsvandring", "Safety walk");

        assertThat(walk.label(Locale.forLanguageTag("sv"))).isEqualTo("Trygghetsvandring");
        assertThat(walk.label(Locale.ENGLISH)).isEqualTo("Safety walk");
        assertThat(walk.isBuiltIn()).isFalse();
    }

    @Test
    void codesAreCaseSensitive() {
        assertThat(MeasureType.of("LIGHTING")).isNotEqualTo(MeasureType.LIGHTING);
        assertThat(MeasureType.of("LIGHTING").isBuiltIn()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "night walkers", "-x", "a;b"})
    void rejectsMalformedCodes(String code) {
        assertThatThrownBy(() -> MeasureType.of(code)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("code"));
    }

    @Test
    void builtInCodeCannotGetOtherLabels() {
        assertThatThrownBy(() -> MeasureType.of("lighting", "Ljus", "Light"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("code");
                    assertThat(e.getMessage()).contains("built in");
                });
    }

    @Test
    void blankLabelsAreRejectedTogether() {
        assertThatThrownBy(() -> MeasureType.of("own", " ", "")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("labelSv", "labelEn"));
    }

    @Test
    void sortsByCodeThenLabels() {
        List<MeasureType> types = new ArrayList<>(List.of(MeasureType.OTHER, MeasureType.of("own", "B", "B"),
                MeasureType.CAMERAS, MeasureType.of("own", "A", "A")));
        types.sort(null);

        assertThat(types).extracting(MeasureType::code).containsExactly("cameras", "other", "own", "own");
        assertThat(types.get(2).labelSv()).isEqualTo("A");
    }

    @Test
    void equalsComparesCodeAndLabels() {
        new EqualsTester()
                .addEqualityGroup(MeasureType.LIGHTING, MeasureType.of("lighting"),
                        MeasureType.of("lighting", "Belysning", "Lighting"))
                .addEqualityGroup(MeasureType.of("own"), MeasureType.of("own", "own", "own"))
                .addEqualityGroup(MeasureType.of("own", "Egen", "own"))
                .addEqualityGroup(MeasureType.of("own", "own", "Own"))
                .addEqualityGroup(MeasureType.OTHER)
                .testEquals();
    }
}
