package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.ScaleProviderContract;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

class TrafficLight3ScaleProviderTest extends ScaleProviderContract<TrafficLight3ScaleProvider> {

    @Override
    protected TrafficLight3ScaleProvider provider() {
        return new TrafficLight3ScaleProvider();
    }

    @Test
    void servesTheBuiltInScaleUnderItsIdWithTheBuiltInPriority() {
        TrafficLight3ScaleProvider provider = provider();
        assertThat(provider.id()).isEqualTo("traffic-light-3");
        assertThat(provider.scale()).isSameAs(Scales.trafficLight3()).extracting(s -> s.size()).isEqualTo(3);
        assertThat(provider.priority()).isZero();
        assertThat(provider).hasToString("ScaleProvider traffic-light-3 (built in): " + Scales.trafficLight3());
    }
}
