package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.spi.contract.ScaleProviderContract;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

class Est5ScaleProviderTest extends ScaleProviderContract<Est5ScaleProvider> {

    @Override
    protected Est5ScaleProvider provider() {
        return new Est5ScaleProvider();
    }

    @Test
    void servesTheBuiltInScaleUnderItsIdWithTheBuiltInPriority() {
        Est5ScaleProvider provider = provider();
        assertThat(provider.id()).isEqualTo("est-5");
        assertThat(provider.scale()).isSameAs(Scales.est5()).extracting(s -> s.size()).isEqualTo(5);
        assertThat(provider.priority()).isZero();
        assertThat(provider).hasToString("ScaleProvider est-5 (built in): " + Scales.est5());
    }
}
