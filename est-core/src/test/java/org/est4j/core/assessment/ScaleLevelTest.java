package org.est4j.core.assessment;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScaleLevelTest {

    private static ScaleLevel.Builder valid() {
        return ScaleLevel.builder().code("3").rank(3).labelSv("Oroligt").labelEn("Unsettled").colour("#FDD835")
                .meaningSv("Återkommande händelser; extra insatser behövs.")
                .meaningEn("Repeated incidents; extra measures are needed.");
    }

    @Test
    void keepsItsAttributes() {
        ScaleLevel l = valid().build();

        assertThat(l.code()).isEqualTo("3");
        assertThat(l.rank()).isEqualTo(3);
        assertThat(l.labelSv()).isEqualTo("Oroligt");
        assertThat(l.labelEn()).isEqualTo("Unsettled");
        assertThat(l.colour()).isEqualTo("#FDD835");
        assertThat(l.meaning(java.util.Locale.ENGLISH)).isEqualTo(l.meaningEn())
                .isEqualTo("Repeated incidents; extra measures are needed.");
        assertThat(l.meaning(java.util.Locale.forLanguageTag("sv"))).isEqualTo(l.meaningSv());
    }

    @Test
    void labelFollowsTheLocale() {
        assertThat(valid().build().label(Locale.forLanguageTag("sv-SE"))).isEqualTo("Oroligt");
        assertThat(valid().build().label(Locale.ENGLISH)).isEqualTo("Unsettled");
        assertThat(valid().build().label(Locale.GERMAN)).isEqualTo("Unsettled");
    }

    @Test
    void lowerCaseColourIsStoredInUpperCaseSoThatLevelsCompareEqual() {
        ScaleLevel lower = valid().colour("#fdd835").build();

        assertThat(lower.colour()).isEqualTo("#FDD835");
        assertThat(lower).isEqualTo(valid().build());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no code", (Consumer<ScaleLevel.Builder>) b -> b.code(null), "code"),
                Arguments.of("blank code", (Consumer<ScaleLevel.Builder>) b -> b.code(" "), "code"),
                Arguments.of("code with a space", (Consumer<ScaleLevel.Builder>) b -> b.code("särskilt utsatt"), "code"),
                Arguments.of("rank 0", (Consumer<ScaleLevel.Builder>) b -> b.rank(0), "rank"),
                Arguments.of("negative rank", (Consumer<ScaleLevel.Builder>) b -> b.rank(-2), "rank"),
                Arguments.of("blank Swedish label", (Consumer<ScaleLevel.Builder>) b -> b.labelSv(""), "labelSv"),
                Arguments.of("no English label", (Consumer<ScaleLevel.Builder>) b -> b.labelEn(null), "labelEn"),
                Arguments.of("colour by name", (Consumer<ScaleLevel.Builder>) b -> b.colour("yellow"), "colour"),
                Arguments.of("colour without #", (Consumer<ScaleLevel.Builder>) b -> b.colour("FDD835"), "colour"),
                Arguments.of("short colour", (Consumer<ScaleLevel.Builder>) b -> b.colour("#FD8"), "colour"),
                Arguments.of("colour with alpha", (Consumer<ScaleLevel.Builder>) b -> b.colour("#FDD835FF"), "colour"),
                Arguments.of("non-hex colour", (Consumer<ScaleLevel.Builder>) b -> b.colour("#GGGGGG"), "colour"),
                Arguments.of("no colour", (Consumer<ScaleLevel.Builder>) b -> b.colour(null), "colour"),
                Arguments.of("blank Swedish meaning", (Consumer<ScaleLevel.Builder>) b -> b.meaningSv("  "), "meaningSv"),
                Arguments.of("blank English meaning", (Consumer<ScaleLevel.Builder>) b -> b.meaningEn("  "), "meaningEn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, Consumer<ScaleLevel.Builder> change, String path) {
        ScaleLevel.Builder b = valid();
        change.accept(b);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly(path));
    }

    @Test
    void emptyBuilderReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ScaleLevel.builder().build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("code", "rank", "labelSv", "labelEn", "colour", "meaningSv", "meaningEn"));
    }

    @Test
    void toStringShowsCodeLabelRankAndColour() {
        assertThat(valid().build()).hasToString("3 \"Oroligt\" (rank 3, #FDD835)");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), valid().build(), valid().colour("#fdd835").build())
                .addEqualityGroup(valid().code("three").build())
                .addEqualityGroup(valid().rank(2).build())
                .addEqualityGroup(valid().labelSv("Orolig").build())
                .addEqualityGroup(valid().labelEn("Troubled").build())
                .addEqualityGroup(valid().colour("#FDD836").build())
                .addEqualityGroup(valid().meaningSv("Other.").meaningEn("Other.").build())
                .testEquals();
    }
}
