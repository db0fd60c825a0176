package org.est4j.example.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.spi.contract.ScaleProviderContract;
import org.junit.jupiter.api.Test;

class SchoolScaleProviderTest extends ScaleProviderContract<SchoolScaleProvider> {

    @Override
    protected SchoolScaleProvider provider() {
        return new SchoolScaleProvider();
    }

    @Test
    void gradesFromSafeToVeryUnsafe() {
        assertThat(provider().scale().levels()).extracting(ScaleLevel::labelSv)
                .containsExactly("Trygg", "Mest trygg", "Otrygg", "Mycket otrygg");
        assertThat(provider().scale().id()).isEqualTo(provider().id()).isEqualTo("skola-4");
    }
}
