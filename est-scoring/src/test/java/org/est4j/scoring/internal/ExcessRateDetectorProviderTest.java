package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.HotspotDetectorProviderContract;
import org.junit.jupiter.api.Test;

class ExcessRateDetectorProviderTest extends HotspotDetectorProviderContract<ExcessRateDetectorProvider> {

    @Override
    protected ExcessRateDetectorProvider provider() {
        return new ExcessRateDetectorProvider();
    }

    @Test
    void isTheBuiltInExcessRateDetector() {
        assertThat(provider().id()).isEqualTo("excess-rate");
        assertThat(provider().priority()).isZero();
        assertThat(provider().create(org.est4j.core.spi.PluginConfig.empty())).isInstanceOf(ExcessRateDetector.class);
        assertThat(provider()).hasToString("HotspotDetectorProvider excess-rate (built in)");
    }
}
