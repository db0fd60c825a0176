package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.TrendTestProviderContract;
import org.junit.jupiter.api.Test;

class PoissonExactTrendTestProviderTest extends TrendTestProviderContract<PoissonExactTrendTestProvider> {

    @Override
    protected PoissonExactTrendTestProvider provider() {
        return new PoissonExactTrendTestProvider();
    }

    @Test
    void isTheBuiltInExactPoissonTest() {
        assertThat(provider().id()).isEqualTo("poisson-exact");
        assertThat(provider().priority()).isZero();
        assertThat(provider().create(org.est4j.core.spi.PluginConfig.empty()))
                .hasToString("TrendTest poisson-exact (alpha 0.05, min-total 5)");
        assertThat(provider()).hasToString("TrendTestProvider poisson-exact (built in)");
    }
}
