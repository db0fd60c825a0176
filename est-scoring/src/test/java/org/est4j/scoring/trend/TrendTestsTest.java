package org.est4j.scoring.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.est4j.core.ValidationException;
import org.est4j.core.picture.Trend;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.plugin.UnknownPluginException;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.TrendTestProvider.TrendTest;
import org.junit.jupiter.api.Test;

class TrendTestsTest {

    @Test
    void poissonExactJudgesAWeekAgainstTheFourBefore() {
        TrendTest test = TrendTests.poissonExact();

        Trend rise = test.test(Trend.Comparison.PREVIOUS_PERIODS, 12, 7, 16, 4, 28);
        assertThat(rise.direction()).isEqualTo(Trend.Direction.RISING);
        assertThat(rise.testId()).isEqualTo(TrendTests.POISSON_EXACT).isEqualTo("poisson-exact");
        assertThat(rise.pValue().getAsDouble()).as("P(X = 0) + P(X ≥ 12) for X ~ Binomial(28, 1/5): below the"
                + " mean only 0 is as unlikely as 12").isCloseTo(0.006894, within(5e-7));
        assertThat(test.test(Trend.Comparison.PREVIOUS_PERIODS, 3, 7, 1, 1, 7).direction())
                .isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
    }

    @Test
    void settingsChangeTheVerdict() {
        TrendTest lenient = TrendTests.poissonExact(PluginConfig.empty().with("alpha", "0.2").with("min-total", "0"));

        assertThat(lenient.test(Trend.Comparison.PREVIOUS_PERIODS, 6, 7, 2, 1, 7).direction())
                .as("p = 2 · (1 + 8 + 28) / 256 = 0.289: still chance").isEqualTo(Trend.Direction.STABLE);
        assertThat(lenient.test(Trend.Comparison.PREVIOUS_PERIODS, 7, 7, 1, 1, 7).direction())
                .as("p = 2 · 9 / 256 = 0.070").isEqualTo(Trend.Direction.RISING);
        assertThatThrownBy(() -> TrendTests.poissonExact(PluginConfig.empty().with("alpha", "high")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("alpha");
    }

    @Test
    void pValueIsRsPoissonTest() {
        assertThat(TrendTests.poissonExactPValue(3, 7, 1, 7)).isEqualTo(0.625);
        assertThat(TrendTests.poissonExactPValue(2, 5, 13, 5)).isCloseTo(0.007385, within(5e-7));
        assertThat(TrendTests.poissonExactPValue(0, 7, 0, 7)).isEqualTo(1.0);
    }

    @Test
    void theRegistryServesTheSameTest() {
        TrendTest fromRegistry = TrendTests.plugin(EstPlugins.global(), TrendTests.POISSON_EXACT,
                PluginConfig.empty());

        assertThat(fromRegistry.test(Trend.Comparison.PREVIOUS_PERIODS, 12, 7, 16, 4, 28))
                .isEqualTo(TrendTests.poissonExact().test(Trend.Comparison.PREVIOUS_PERIODS, 12, 7, 16, 4, 28));
        assertThatThrownBy(() -> TrendTests.plugin(EstPlugins.global(), "cusum", PluginConfig.empty()))
                .isInstanceOf(UnknownPluginException.class).hasMessageContaining("poisson-exact");
    }
}
