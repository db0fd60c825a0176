package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.HotspotDetectorProviderContract;
import org.junit.jupiter.api.Test;

class RepeatLocationDetectorProviderTest extends HotspotDetectorProviderContract<RepeatLocationDetectorProvider> {

    @Override
    protected RepeatLocationDetectorProvider provider() {
        return new RepeatLocationDetectorProvider();
    }

    @Test
    void isTheBuiltInRepeatLocationDetector() {
        assertThat(provider().id()).isEqualTo("repeat-location");
        assertThat(provider().priority()).isZero();
        assertThat(provider().create(org.est4j.core.spi.PluginConfig.empty())).isInstanceOf(RepeatLocationDetector.class);
        assertThat(provider()).hasToString("HotspotDetectorProvider repeat-location (built in)");
    }
}
