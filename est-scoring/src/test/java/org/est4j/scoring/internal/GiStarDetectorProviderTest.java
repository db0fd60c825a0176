package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.HotspotDetectorProviderContract;
import org.junit.jupiter.api.Test;

class GiStarDetectorProviderTest extends HotspotDetectorProviderContract<GiStarDetectorProvider> {

    @Override
    protected GiStarDetectorProvider provider() {
        return new GiStarDetectorProvider();
    }

    @Test
    void isTheBuiltInGiStarDetector() {
        assertThat(provider().id()).isEqualTo("gi-star");
        assertThat(provider().priority()).isZero();
        assertThat(provider().create(org.est4j.core.spi.PluginConfig.empty())).isInstanceOf(GiStarDetector.class);
        assertThat(provider()).hasToString("HotspotDetectorProvider gi-star (built in)");
    }
}
