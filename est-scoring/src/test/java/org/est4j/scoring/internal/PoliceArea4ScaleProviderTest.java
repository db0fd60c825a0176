package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.ScaleProviderContract;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

class PoliceArea4ScaleProviderTest extends ScaleProviderContract<PoliceArea4ScaleProvider> {

    @Override
    protected PoliceArea4ScaleProvider provider() {
        return new PoliceArea4ScaleProvider();
    }

    @Test
    void servesTheBuiltInScaleUnderItsIdWithTheBuiltInPriority() {
        PoliceArea4ScaleProvider provider = provider();
        assertThat(provider.id()).isEqualTo("police-area-4");
        assertThat(provider.scale()).isSameAs(Scales.policeArea4()).extracting(s -> s.size()).isEqualTo(4);
        assertThat(provider.priority()).isZero();
        assertThat(provider).hasToString("ScaleProvider police-area-4 (built in): " + Scales.policeArea4());
    }
}
