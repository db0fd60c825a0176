package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.AssessmentModelProviderContract;
import org.junit.jupiter.api.Test;

class ThresholdModelProviderTest extends AssessmentModelProviderContract<ThresholdModelProvider> {

    @Override
    protected ThresholdModelProvider provider() {
        return new ThresholdModelProvider();
    }

    @Test
    void isTheBuiltInThresholdModel() {
        assertThat(provider().id()).isEqualTo("threshold");
        assertThat(provider().priority()).isZero();
        assertThat(provider().create(org.est4j.core.spi.PluginConfig.empty())).isInstanceOf(ThresholdModel.class);
        assertThat(provider()).hasToString("AssessmentModelProvider threshold (built in)");
    }
}
