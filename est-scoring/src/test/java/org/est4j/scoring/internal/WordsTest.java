package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class WordsTest {
    private static final Words SV = Words.of(PluginConfig.empty());
    private static final Words EN = Words.of(PluginConfig.empty().with("language", "en"));

    @Test
    void swedishIsTheDefaultAndEnglishTheAlternative() {
        assertThat(SV.swedish()).isTrue();
        assertThat(EN.swedish()).isFalse();
        assertThat(SV.t("ja", "yes")).isEqualTo("ja");
        assertThat(EN.t("ja", "yes")).isEqualTo("yes");
        assertThatThrownBy(() -> Words.of(PluginConfig.empty().with("language", "de")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("language");
    }

    @Test
    void formatsNumbersTheSameOnEveryMachine() {
        assertThat(SV.number(3.456, 2)).isEqualTo("3,46");
        assertThat(EN.number(3.456, 2)).isEqualTo("3.46");
        assertThat(EN.number(-1.5, 1)).isEqualTo("\u22121.5");
        assertThat(EN.number(-0.001, 1)).isEqualTo("0.0");
        assertThat(SV.percent(0.6)).isEqualTo("60 %");
        assertThat(SV.p(0.0123)).isEqualTo("p = 0,012");
        assertThat(EN.p(0.0004)).isEqualTo("p < 0.001");
        assertThat(SV.observations(1)).isEqualTo("1 iakttagelse");
        assertThat(EN.observations(12)).isEqualTo("12 observations");
    }

    @Test
    void namesLevelsCategoriesPeriodsAndWindows() {
        assertThat(SV.level(Scales.est5().level("4"))).isEqualTo("4 Allvarligt");
        assertThat(EN.level(Scales.trafficLight3().level("red"))).isEqualTo("Red");
        assertThat(SV.level(Scales.policeArea4().level("utsatt"))).isEqualTo("Utsatt område");
        assertThat(SV.category(CategoryId.of("property-damage"))).isEqualTo("Skadegörelse");
        assertThat(EN.category(CategoryId.of("property-damage.graffiti"))).isEqualTo("Graffiti");
        assertThat(EN.category(CategoryId.of("local-thing"))).isEqualTo("local-thing");
        assertThat(EN.topLevel(CategoryId.of("drugs.use"))).isEqualTo(CategoryId.of("drugs"));
        assertThat(EN.topLevel(CategoryId.of("local.thing"))).isEqualTo(CategoryId.of("local.thing"));
        assertThat(SV.period(Period.week(2026, 47))).isEqualTo("vecka 47 2026");
        assertThat(EN.window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22))))
                .isEqualTo("2026-11-16–2026-11-22");
        assertThat(EN.window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16))))
                .isEqualTo("2026-11-16");
    }
}
