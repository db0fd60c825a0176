package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class LevelViewTest {

    private static double contrast(String a, String b) {
        double la = LevelView.luminance(a);
        double lb = LevelView.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theTextColourOnAnyLevelColourMeetsWcagAa() {
        qt().forAll(integers().between(0, 0xFFFFFF)).check(rgb -> {
            String colour = String.format(Locale.ROOT, "#%06X", rgb);
            LevelView level = LevelView.builder().code("1").label("L").colour(colour).build();
            return contrast(colour, level.textColour()) >= 4.5;
        });
    }

    @Test
    void picksBlackOnYellowAndWhiteOnDarkGreen() {
        assertThat(LevelView.builder().code("3").label("Oroligt").colour("#FDD835").build().textColour())
                .isEqualTo("#000000");
        assertThat(LevelView.builder().code("1").label("Lugnt").colour("#2E7D32").build().textColour())
                .isEqualTo("#FFFFFF");
    }

    @Test
    void takesTheLabelOfTheLanguage() {
        LevelView en = LevelView.of(ReportSamples.scale().level("4"), Locale.ENGLISH);
        assertThat(en.label()).isEqualTo("Serious");
        assertThat(en.toString()).isEqualTo("LevelView[4 Serious #FB8C00]");
        assertThat(LevelView.of(ReportSamples.scale().level("4"), Locale.forLanguageTag("sv")).label())
                .isEqualTo("Allvarligt");
    }

    @Test
    void checksEveryAttribute() {
        assertThatThrownBy(() -> LevelView.builder().label(" ").colour("red").meaning("").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("code").hasMessageContaining("label")
                .hasMessageContaining("colour").hasMessageContaining("meaning");
    }
}
