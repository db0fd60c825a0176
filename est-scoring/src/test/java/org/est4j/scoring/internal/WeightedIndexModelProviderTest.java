package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.AssessmentModelProviderContract;
import org.junit.jupiter.api.Test;

class WeightedIndexModelProviderTest extends AssessmentModelProviderContract<WeightedIndexModelProvider> {

    @Override
    protected WeightedIndexModelProvider provider() {
        return new WeightedIndexModelProvider();
    }

    @Test
    void isTheBuiltInWeightedIndexModel() {
        assertThat(provider().id()).isEqualTo("weighted-index");
        assertThat(provider().priority()).isZero();
        assertThat(provider().create(org.est4j.core.spi.PluginConfig.empty())).isInstanceOf(WeightedIndexModel.class);
        assertThat(provider()).hasToString("AssessmentModelProvider weighted-index (built in)");
    }
}
