package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.AssessmentModelProviderContract;
import org.junit.jupiter.api.Test;

class TrendAwareModelProviderTest extends AssessmentModelProviderContract<TrendAwareModelProvider> {

    @Override
    protected TrendAwareModelProvider provider() {
        return new TrendAwareModelProvider();
    }

    @Test
    void isTheBuiltInTrendAwareModel() {
        assertThat(provider().id()).isEqualTo("trend-aware");
        assertThat(provider().priority()).isZero();
        assertThat(provider().create(org.est4j.core.spi.PluginConfig.empty())).isInstanceOf(TrendAwareModel.class);
        assertThat(provider()).hasToString("AssessmentModelProvider trend-aware (built in)");
    }
}
