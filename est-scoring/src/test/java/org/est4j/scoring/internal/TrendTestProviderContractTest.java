package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.picture.Trend;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.TrendTestProvider;
import org.est4j.core.spi.contract.TrendTestProviderContract;
import org.est4j.scoring.trend.TrendTests;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link TrendTestProviderContract} (from est-core's test-jar) pass for the built-in test and fail for
 * tests that break them: above all, a test that calls 3 against 1 a rise.
 */
class TrendTestProviderContractTest {

    private static TrendTestProviderContract<TrendTestProvider> contract(TrendTestProvider p) {
        return new TrendTestProviderContract<>() {
            @Override
            protected TrendTestProvider provider() {
                return p;
            }

            @Override
            protected boolean declaredForServiceLoader() {
                return false;
            }
        };
    }

    private static TrendTestProvider trendTest(String id, TrendTestProvider.TrendTest test) {
        return new TrendTestProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "A test trend test";
            }

            @Override
            public TrendTest create(PluginConfig config) {
                return test;
            }
        };
    }

    @Test
    void aTrendTestThatCallsEveryIncreaseARiseFailsTheThreeAgainstOneCheck() {
        TrendTestProvider naive = trendTest("naive", (comparison, current, days, baseline, periods, baselineDays) -> {
            Trend.Builder t = Trend.builder().comparison(comparison).current(current).currentExposureDays(days)
                    .baselineTotal(baseline).baselinePeriods(periods).baselineExposureDays(baselineDays).testId("naive");
            if (periods == 0) {
                return t.direction(Trend.Direction.INSUFFICIENT_DATA).build();
            }
            int sign = Double.compare(current / days, baseline / baselineDays);
            return t.pValue(0.0).direction(sign > 0 ? Trend.Direction.RISING : sign < 0 ? Trend.Direction.FALLING
                    : Trend.Direction.STABLE).build();
        });

        assertThatCode(() -> contract(naive).findsAnObviousRiseAndAnObviousFall()).doesNotThrowAnyException();
        assertThatThrownBy(() -> contract(naive).threeAgainstOneIsNotARise())
                .isInstanceOf(AssertionError.class).hasMessageContaining("3 against 1");
        assertThatCode(() -> {
            TrendTestProviderContract<TrendTestProvider> builtIn = contract(new PoissonExactTrendTestProvider());
            builtIn.threeAgainstOneIsNotARise();
            builtIn.trendCarriesTheFiguresGiven();
        }).doesNotThrowAnyException();
    }

    @Test
    void aTrendTestThatSignsWithAnotherIdFails() {
        TrendTestProvider borrowed = trendTest("borrowed", TrendTests.poissonExact());

        assertThatThrownBy(() -> contract(borrowed).trendCarriesTheFiguresGiven()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("borrowed");
    }
}
